// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logentry.h"
#include "sessioninfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QIODevice;

namespace Framewise {

class RecordSource;

// The streaming part every export format shares: reads records one at a time from a
// RecordSource (a live log or a stored session), lets the format append text to a buffer that
// goes to the device every MiB, reports progress and can be cancelled. Files are written with
// QSaveFile, so a failed or cancelled export leaves no half-written file behind.
class SessionExporter {
    Q_DECLARE_TR_FUNCTIONS(SessionExporter)
public:
    // done of total records; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    SessionExporter() = default;
    virtual ~SessionExporter() = default;
    SessionExporter(const SessionExporter &) = delete;
    SessionExporter &operator=(const SessionExporter &) = delete;

    // "har", "jsonl", "csv", "text"; nullptr for anything else.
    static std::unique_ptr<SessionExporter> create(const QString &format);
    static QStringList formats();

    virtual QString format() const = 0;
    virtual QString fileSuffix() const = 0;

    // Export only these record indexes, in this order (empty: every record).
    void setIndexes(std::vector<qsizetype> indexes) { m_indexes = std::move(indexes); }
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Header values are redacted (Authorization, Cookie, ... and these names) unless
    // includeSecrets is set. A stored session's texts were redacted when they were recorded.
    void setIncludeSecrets(bool include) { m_includeSecrets = include; }
    void setSecretHeaders(const QList<QByteArray> &names) { m_secretHeaders = names; }

    bool exportToFile(RecordSource &source, const QString &path);
    bool exportToDevice(RecordSource &source, QIODevice *device);

    QString errorString() const { return m_error; }

    // What exports say instead of a payload that was not kept (LogEntry::payloadOmitted):
    // "(big.bin, 3.0 MiB, streamed from a file; not kept)", or "(3.0 MiB; not kept)" when the
    // record has no file name.
    static QString omittedNote(const LogEntry &entry);
    // A record's marks as JSON, ["held","edited"] (LogEntry::markNames()); empty for none.
    static QByteArray marksJson(quint8 marks);
    bool wasCancelled() const { return m_cancelled; }
    qint64 bytesWritten() const { return m_bytesWritten; }
    qint64 recordsWritten() const { return m_recordsWritten; }

protected:
    virtual void writeBegin(const SessionInfo &info, qint64 count) = 0;
    virtual void writeRecord(const LogEntry &entry) = 0;
    virtual void writeEnd() = 0;

    // The session's texts as they may be exported (re-redacted unless secrets were asked for).
    SessionInfo exportedInfo(const SessionInfo &info) const;
    QByteArray m_out; // formats append here; flushed to the device between records

private:
    bool flushBuffer(QIODevice *device);

    std::vector<qsizetype> m_indexes;
    Progress m_progress;
    bool m_includeSecrets = false;
    QList<QByteArray> m_secretHeaders;
    QString m_error;
    bool m_cancelled = false;
    qint64 m_bytesWritten = 0;
    qint64 m_recordsWritten = 0;
};

} // namespace Framewise
