// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logentry.h"
#include "sessioninfo.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Framewise {

class SessionLog;

// Shared test data for the store suites: a session log with every kind of record that is hard
// to carry through a format (binary with every byte value, empty and 1 MiB messages, non-ASCII
// and CSV/JSON-hostile text, control frames, a streamed file without payload (with its name, and
// one without), local events, records with every intercept mark and without),
// a handshake with credentials in it, and an RFC 4180 reader to check CSV exports.
class StoreTestData {
public:
    static constexpr qint64 BaseTimeUs = 1700000000123456; // 2023-11-14T22:13:20.123456Z

    static void fillLog(SessionLog &log);
    static SessionInfo info(); // unredacted: Authorization, Cookie and X-Api-Key carry secrets
    static QList<QByteArray> markedSecret() { return { QByteArray("X-Api-Key") }; }
    static QStringList secretValues(); // none of these may appear in a redacted export

    // RFC 4180: rows of fields; false with a reason when the text breaks the rules.
    static bool parseCsv(const QByteArray &data, QList<QStringList> *rows, QString *error);

    // Equal in everything a lossless format keeps; differences in words.
    static QString compare(const LogEntry &expected, const LogEntry &actual, bool wireDetails = true);
};

} // namespace Framewise
