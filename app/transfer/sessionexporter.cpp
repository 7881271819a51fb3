// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionexporter.h"

#include "csvexporter.h"
#include "handshaketext.h"
#include "harexporter.h"
#include "jsonlinesexporter.h"
#include "recordsource.h"
#include "textexporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace Framewise {

namespace {
constexpr qsizetype FlushBytes = qsizetype(1024) * 1024;
constexpr qint64 ProgressEvery = 4096;
} // namespace

std::unique_ptr<SessionExporter> SessionExporter::create(const QString &format)
{
    const QString name = format.toLower();
    if (name == QLatin1String("har"))
        return std::make_unique<HarExporter>();
    if (name == QLatin1String("jsonl"))
        return std::make_unique<JsonLinesExporter>();
    if (name == QLatin1String("csv"))
        return std::make_unique<CsvExporter>();
    if (name == QLatin1String("text"))
        return std::make_unique<TextExporter>();
    return nullptr;
}

QStringList SessionExporter::formats()
{
    return { QStringLiteral("har"), QStringLiteral("jsonl"), QStringLiteral("csv"), QStringLiteral("text") };
}

QString SessionExporter::omittedNote(const LogEntry &entry)
{
    const QString size = QLocale().formattedDataSize(entry.payloadSize, 1);
    if (entry.payload.isEmpty())
        return tr("(%1; not kept)").arg(size);
    return tr("(%1, %2, streamed from a file; not kept)").arg(QString::fromUtf8(entry.payload), size);
}

QByteArray SessionExporter::marksJson(quint8 marks)
{
    QByteArray json;
    const QStringList names = LogEntry::markNames(marks);
    if (names.isEmpty())
        return json;
    json.append('[');
    for (const QString &name : names) {
        if (json.size() > 1)
            json.append(',');
        json.append('"').append(name.toLatin1()).append('"'); // the names are plain ASCII words
    }
    json.append(']');
    return json;
}

SessionInfo SessionExporter::exportedInfo(const SessionInfo &info) const
{
    if (m_includeSecrets)
        return info;
    SessionInfo result = info;
    result.handshakeRequest = HandshakeText::redactText(info.handshakeRequest, m_secretHeaders);
    result.handshakeResponse = HandshakeText::redactText(info.handshakeResponse, m_secretHeaders);
    return result;
}

bool SessionExporter::flushBuffer(QIODevice *device)
{
    if (m_out.isEmpty())
        return true;
    const qint64 written = device->write(m_out.constData(), m_out.size());
    if (written != m_out.size()) {
        m_error = tr("Writing the export failed: %1").arg(device->errorString());
        return false;
    }
    m_bytesWritten += written;
    m_out.resize(0); // keeps the capacity
    return true;
}

bool SessionExporter::exportToDevice(RecordSource &source, QIODevice *device)
{
    m_error.clear();
    m_cancelled = false;
    m_bytesWritten = 0;
    m_recordsWritten = 0;
    m_out.resize(0); // grows to about FlushBytes as records come, and keeps that between flushes
    const qint64 available = source.count();
    const bool subset = !m_indexes.empty();
    const qint64 total = subset ? qint64(m_indexes.size()) : available;
    for (const qsizetype index : m_indexes) {
        if (index < 0 || index >= available) {
            m_error = tr("Record %1 does not exist (the session has %2).").arg(index).arg(available);
            return false;
        }
    }
    writeBegin(exportedInfo(source.info()), total);
    LogEntry entry;
    for (qint64 i = 0; i < total; ++i) {
        const qsizetype index = subset ? m_indexes[std::size_t(i)] : qsizetype(i);
        if (!source.read(index, &entry)) {
            m_error = tr("Reading record %1 failed: %2").arg(index).arg(source.errorString());
            return false;
        }
        writeRecord(entry);
        ++m_recordsWritten;
        if (m_out.size() >= FlushBytes && !flushBuffer(device))
            return false;
        if (m_progress && (i + 1) % ProgressEvery == 0 && !m_progress(i + 1, total)) {
            m_cancelled = true;
            m_error = tr("The export was cancelled.");
            return false;
        }
    }
    writeEnd();
    if (!flushBuffer(device))
        return false;
    if (m_progress && !m_progress(total, total)) {
        m_cancelled = true;
        m_error = tr("The export was cancelled.");
        return false;
    }
    return true;
}

bool SessionExporter::exportToFile(RecordSource &source, const QString &path)
{
    const bool replacing = QFileInfo::exists(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // An export holds the session: private to the user (0600). A file the user chose to replace
    // keeps the mode it had (QSaveFile carries it over).
    if (!replacing)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!exportToDevice(source, &file)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Framewise
