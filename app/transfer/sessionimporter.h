// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importedsession.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QJsonValue;

#include <memory>
#include <vector>

namespace Framewise {

// Reads sessions from a file into memory (read()); SessionStore::importSessions() then puts them
// into the store in one transaction, so a file that breaks half-way imports nothing. Errors name the
// file and where it broke (a line and column, or a JSON path such as
// log.entries[2]._webSocketMessages[7].data).
class SessionImporter {
    Q_DECLARE_TR_FUNCTIONS(SessionImporter)
public:
    SessionImporter() = default;
    virtual ~SessionImporter() = default;
    SessionImporter(const SessionImporter &) = delete;
    SessionImporter &operator=(const SessionImporter &) = delete;

    // HarImporter for .har, JsonLinesImporter for .jsonl/.ndjson; by content otherwise.
    static std::unique_ptr<SessionImporter> forFile(const QString &path);

    // Extra header names to redact on import (besides Authorization, Cookie, ...).
    void setSecretHeaders(const QList<QByteArray> &names) { m_secretHeaders = names; }

    bool read(const QString &path);
    virtual bool readData(const QByteArray &data, const QString &sourceName) = 0;
    std::vector<ImportedSession> &sessions() { return m_sessions; }
    qsizetype skippedEntries() const { return m_skipped; } // entries that were not WebSocket connections
    // Messages left out because a part Chrome's importer needs was missing or unusable (time,
    // type, opcode, data), in all sessions of the file.
    qsizetype skippedMessages() const { return m_skippedMessages; }
    // The largest size a record whose bytes were not kept may claim (1 TiB; more is taken as this).
    static constexpr qint64 MaxOmittedSize = qint64(1) << 40;
    QString errorString() const { return m_error; }

protected:
    void start(const QString &sourceName); // forgets an earlier read: readData() begins with it
    bool fail(const QString &message); // sets the error (prefixed with the source), clears sessions
    // The location of byte offset in data as "line L, column C".
    static QString lineAndColumn(const QByteArray &data, qsizetype offset);
    // A JSON number as qint64 (fallback when it is not a number), clamped to qint64's range:
    // converting a larger double is undefined behaviour.
    static qint64 jsonInteger(const QJsonValue &value, double fallback = 0);
    // A duration in milliseconds, or -1 (unknown) when it is not a number, negative or beyond
    // MaxMilliseconds (a file may say 1e300 or Infinity; exporting that overflowed).
    static double jsonMilliseconds(const QJsonValue &value);
    static constexpr double MaxMilliseconds = 1e12; // ~32 years
    // The size of a message whose bytes were not kept, from 0 to MaxOmittedSize: a file may say
    // anything, and sums of such sizes must not overflow.
    static qint64 omittedSize(const QJsonValue &value);
    // A record's marks from a list of names (LogEntry::markName()); absent is none. False, with
    // the error set, when it is not a list of strings or names a mark this version does not know;
    // where says where in the file ("line 4: \"marks\"", "log.entries[0]._webSocketMessages[3]._marks").
    bool readMarks(const QJsonValue &value, const QString &where, quint8 *marks);
    // A session's kind (SessionInfo::kind); absent is "connection". False, with the error set,
    // for anything but one of the known kinds.
    bool readKind(const QJsonValue &value, const QString &where, QString *kind);

    QString m_source;
    QList<QByteArray> m_secretHeaders;
    std::vector<ImportedSession> m_sessions;
    qsizetype m_skipped = 0;
    qsizetype m_skippedMessages = 0;
    QString m_error;
};

} // namespace Framewise
