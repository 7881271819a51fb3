// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Framewise {

// The messages of fault_server.py's stream mode ("<seq> abcdef..." of sizeFor(seq) bytes), and a
// checker that the messages handed to it continue the sequence without a gap, a repeat or a wrong
// byte. Mirrors size_for() and stream_message() in the script.
class StreamMessages {
public:
    static int sizeFor(qint64 seq);
    static QByteArray message(qint64 seq);

    explicit StreamMessages(qint64 first = 0)
        : m_next(first)
    {
    }
    // False (see problem()) when payload is not exactly message(next()); then it stays false.
    bool accept(QByteArrayView payload);
    qint64 next() const { return m_next; }
    bool ok() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

private:
    qint64 m_next;
    QString m_problem;
};

} // namespace Framewise
