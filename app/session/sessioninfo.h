// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Framewise {

// What is known about one connection besides its messages: what the session store keeps in its
// sessions table and what exporters write around the messages. Handshake texts are already
// redacted (HandshakeText) unless a caller built them otherwise; times are microseconds since
// the Unix epoch.
struct SessionInfo {
    enum class State { Live, Ended, Interrupted, Imported };

    qint64 id = -1; // the store's id; -1 when not stored
    QString url;
    QString profileName;
    qint64 startedUs = 0;
    qint64 endedUs = 0; // 0: not known (still live, or interrupted)
    QString handshakeRequest; // request line and headers, one per line ('\n')
    QString handshakeResponse; // status line and headers; empty when no answer came
    // The body of an answer that was not 101 (a rejected upgrade), as UTF-8 text with secret
    // values redacted like the handshake; at most the 64 KiB the channel keeps. Empty otherwise.
    QString responseBody;
    qint64 requestHeadersSize = -1; // bytes on the wire including the empty line; -1 unknown
    qint64 responseHeadersSize = -1;
    double handshakeMs = -1; // request sent to response received; -1 unknown
    QString subprotocol;
    QString extensions;
    QString tlsSummary; // empty for ws://
    int closeCode = 0; // the code of the server's Close (1005 without code, 1006 when none came); 0 not known
    QString closeReason;
    QString stopStatus; // the sentence StopStatus::message() gave
    QString stopReason; // StopStatus::reasonName() of how it ended ("PingTimeout"); empty when not known
    State state = State::Live;
    qint64 messageCount = 0; // records, events included
    qint64 payloadBytes = 0;
    // What the connection was: "connection" (a tab's own connection to a server) or "intercept"
    // (an app's connection that Framewise stood in the middle of). Stored as is.
    QString kind = connectionKind();
    QString source; // imported sessions: the file name
    // A HAR import's fields that Framewise has no column for (the entry's time, serverIPAddress,
    // connection, pageref, _initiator, cookies, timings, the page), as a JSON object that
    // HarExporter writes back; empty for recorded sessions. See HarImporter.
    QString harExtra;

    static QString stateName(State state); // "live", "ended", "interrupted", "imported" (stored as is)
    static std::optional<State> stateFromName(const QString &name);
    static QString displayStateName(State state); // translated
    static QString connectionKind() { return QStringLiteral("connection"); }
    static QString interceptKind() { return QStringLiteral("intercept"); }
    static bool isKnownKind(const QString &kind) { return kind == connectionKind() || kind == interceptKind(); }
    static QString displayKindName(const QString &kind); // translated; an unknown kind as it is
    // How it ended in a few words, for a list: "closed 1000 — Normal closure", "refused (403)",
    // "ping timeout", "connection lost", "still open"… (translated). Sessions stored before the
    // stop reason was kept are told from their close code and handshake answer.
    QString endingText() const;
    // What a search of the History list (and `framewise-cli sessions --search`) looks through:
    // URL, profile, state, how it ended, the stop message, the source of an import and the kind
    // when it is not a plain connection.
    QString searchText() const;
    // The status code of the handshake answer (its first line), 0 when there was none.
    int httpStatus() const;
};

} // namespace Framewise
