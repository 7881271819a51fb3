// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionimporter.h"

#include "harimporter.h"
#include "jsonlinesimporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Framewise {

std::unique_ptr<SessionImporter> SessionImporter::forFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return std::make_unique<JsonLinesImporter>();
    if (suffix != QLatin1String("har")) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray start = file.read(4096);
            if (start.contains("\"record\":\"session\"") || start.contains("\"record\": \"session\""))
                return std::make_unique<JsonLinesImporter>();
        }
    }
    return std::make_unique<HarImporter>();
}

void SessionImporter::start(const QString &sourceName)
{
    m_sessions.clear();
    m_skipped = 0;
    m_skippedMessages = 0;
    m_error.clear();
    m_source = sourceName;
}

bool SessionImporter::fail(const QString &message)
{
    m_error = m_source.isEmpty() ? message : m_source + QStringLiteral(": ") + message;
    m_sessions.clear();
    return false;
}

qint64 SessionImporter::jsonInteger(const QJsonValue &value, double fallback)
{
    constexpr double Limit = 9223372036854774784.0; // the largest double below 2^63
    const double number = value.toDouble(fallback);
    return std::isnan(number) ? 0 : qint64(std::clamp(number, -Limit, Limit));
}

qint64 SessionImporter::omittedSize(const QJsonValue &value)
{
    return std::clamp<qint64>(jsonInteger(value), 0, MaxOmittedSize);
}

double SessionImporter::jsonMilliseconds(const QJsonValue &value)
{
    const double ms = value.toDouble(-1);
    return ms >= 0 && ms <= MaxMilliseconds ? ms : -1; // false for NaN too
}

bool SessionImporter::readMarks(const QJsonValue &value, const QString &where, quint8 *marks)
{
    *marks = 0;
    if (value.isUndefined())
        return true;
    const QString known = LogEntry::markNames(MessageRecord::AllMarks).join(QStringLiteral(", "));
    if (!value.isArray())
        return fail(tr("%1: not a list of marks (%2)").arg(where, known));
    QStringList names;
    const QJsonArray list = value.toArray();
    for (const QJsonValue name : list) {
        if (!name.isString())
            return fail(tr("%1: not a list of marks (%2)").arg(where, known));
        names.append(name.toString());
    }
    QString unknown;
    const std::optional<quint8> parsed = LogEntry::marksFromNames(names, &unknown);
    if (!parsed)
        return fail(tr("%1: unknown mark \"%2\" (known marks: %3)").arg(where, unknown, known));
    *marks = *parsed;
    return true;
}

bool SessionImporter::readKind(const QJsonValue &value, const QString &where, QString *kind)
{
    *kind = SessionInfo::connectionKind();
    if (value.isUndefined())
        return true;
    if (!value.isString() || !SessionInfo::isKnownKind(value.toString()))
        return fail(tr("%1: the kind of session must be \"%2\" or \"%3\"")
                        .arg(where, SessionInfo::connectionKind(), SessionInfo::interceptKind()));
    *kind = value.toString();
    return true;
}

QString SessionImporter::lineAndColumn(const QByteArray &data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    qsizetype line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return tr("line %1, column %2").arg(line).arg(offset - lineStart + 1);
}

bool SessionImporter::read(const QString &path)
{
    m_sessions.clear();
    m_skipped = 0;
    m_skippedMessages = 0;
    m_error.clear();
    m_source = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot be read: %1").arg(file.errorString()));
    return readData(file.readAll(), m_source);
}

} // namespace Framewise
