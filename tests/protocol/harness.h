// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rawserver.h"
#include "websocketchannel.h"

#include <QList>
#include <QPair>
#include <QStringList>
#include <QTest>

namespace Framewise {

// A channel connected to a RawServer, with every listener event recorded in order (inspector
// events in their own lists), for tests that check exactly what the client did.
class Harness {
public:
    Harness();

    RawServer server;
    WebSocketChannel channel;
    // Listener events in order: started, text, binary, serverClosed, error, stopped.
    QStringList events;
    QList<QByteArray> texts;
    QList<QByteArray> binaries;
    QList<QPair<quint16, QString>> serverCloses;
    QList<QByteArray> pings;
    QList<QPair<QByteArray, qint64>> pongs;
    QList<HandshakeResponse> responses;
    QList<StopStatus> stopStatuses; // as handed to stopped()
    int stops = 0;

    // asyncOpen(server.url()) and wait for started() (false if the channel stopped instead).
    bool open(int ms = 10000);
    bool started() const { return events.contains(QStringLiteral("started")); }
    bool waitStopped(int ms = 10000);
    bool waitClientFrames(qsizetype count, int ms = 10000);
    StopStatus status() const { return channel.stopStatus(); }
    // The first Close frame the client sent (waiting up to 5 s for it), or a frame with opcode 0.
    RawServer::ClientFrame clientClose() const;
    // The opcodes of every frame the client sent, once the server saw its TCP end (up to 5 s).
    QList<quint8> finalClientOpcodes() const;
    // Empty when stopped() came exactly once, last, with the status stopStatus() reports, and
    // nothing followed once the client's TCP end reached the server; otherwise what went wrong.
    QString stopIssue() const;

    // Bytes the C heap holds right now (glibc mallinfo2: arena + mmapped blocks).
    static qint64 heapBytes();
};

} // namespace Framewise

#define FW_VERIFY_STOPPED_ONCE(harness)                                                                                \
    do {                                                                                                               \
        const QString fwIssue = (harness).stopIssue();                                                                 \
        QVERIFY2(fwIssue.isEmpty(), qPrintable(fwIssue));                                                              \
    } while (false)
