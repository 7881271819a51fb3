// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionimporter.h"

#include "harimporter.h"
#include "jsonlinesimporter.h"
#include "sessionstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonValue>

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

QList<qint64> SessionImporter::importInto(SessionStore &store, const QString &path)
{
    if (!read(path))
        return {};
    QList<qint64> ids = store.importSessions(m_sessions);
    if (ids.isEmpty())
        fail(store.errorString());
    return ids;
}

} // namespace Framewise
