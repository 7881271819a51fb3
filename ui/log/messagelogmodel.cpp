// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelogmodel.h"

#include "logentry.h"
#include "session.h"
#include "utf8validator.h"

#include <QApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QFont>
#include <QPalette>

namespace Framewise {

MessageLogModel::MessageLogModel(Session *session, QObject *parent)
    : SessionLogTableModel(session, session->log().size(), ColumnCount, parent)
{
    connect(session, &Session::logGrew, this, &MessageLogModel::growTo);
}

const SessionLog &MessageLogModel::log() const
{
    return m_session->log();
}

QString MessageLogModel::formatSize(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%1 B").arg(bytes);
    if (bytes < qint64(1024) * 1024)
        return tr("%1 KiB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    if (bytes < qint64(1024) * 1024 * 1024)
        return tr("%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
    return tr("%1 GiB").arg(double(bytes) / (1024.0 * 1024.0 * 1024.0), 0, 'f', 2);
}

QString MessageLogModel::formatTime(qint64 timeUs)
{
    return QDateTime::fromMSecsSinceEpoch(timeUs / 1000).toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString MessageLogModel::formatDuration(qint64 us)
{
    if (us < 1000)
        return tr("+%1 ms").arg(double(us) / 1000.0, 0, 'f', 3);
    if (us < qint64(1000) * 1000)
        return tr("+%1 ms").arg(double(us) / 1000.0, 0, 'f', 1);
    if (us < qint64(60) * 1000 * 1000)
        return tr("+%1 s").arg(double(us) / 1e6, 0, 'f', 3);
    const qint64 minutes = us / (qint64(60) * 1000 * 1000);
    const double seconds = double(us - minutes * 60 * 1000 * 1000) / 1e6;
    return tr("+%1 min %2 s").arg(minutes).arg(seconds, 4, 'f', 1, u'0');
}

qint64 MessageLogModel::durationUs(int row, int column) const
{
    const SessionLog &log = m_session->log();
    // Since connect: from the first row of the row's own connection (a preserved log holds several).
    const qsizetype from = column == SincePreviousColumn ? std::max(row - 1, 0) : m_session->connectionStartOf(row);
    return std::max<qint64>(0, log.at(row).timeUs - log.at(from).timeUs);
}

QString MessageLogModel::preview(QByteArrayView payload, bool text, int maxLength)
{
    if (text) {
        // Decode only what the preview needs; one line, control characters made visible.
        const QByteArrayView head = payload.first(std::min<qsizetype>(payload.size(), qsizetype(maxLength) * 4));
        QString result = QString::fromUtf8(head).left(maxLength);
        for (QChar &c : result) {
            if (c == u'\n' || c == u'\r' || c == u'\t')
                c = u' ';
            else if (c.unicode() < 0x20)
                c = QChar(0x2400 + c.unicode()); // control pictures
        }
        if (payload.size() > head.size() || result.size() == maxLength)
            result += u'…';
        return result;
    }
    const qsizetype n = std::min<qsizetype>(payload.size(), maxLength / 3);
    QString result = QString::fromLatin1(payload.first(n).toByteArray().toHex(' '));
    if (payload.size() > n)
        result += u'…';
    return result;
}

QString MessageLogModel::markSymbol(MessageRecord::Mark mark)
{
    switch (mark) {
    case MessageRecord::Held:
        return QStringLiteral("‖");
    case MessageRecord::Edited:
        return QStringLiteral("✎");
    case MessageRecord::Dropped:
        return QStringLiteral("✕");
    case MessageRecord::Injected:
        return QStringLiteral("✚");
    case MessageRecord::Delayed:
        return QStringLiteral("◷");
    case MessageRecord::Replied:
        return QStringLiteral("↩");
    }
    return {};
}

QString MessageLogModel::markSymbols(quint8 marks)
{
    QStringList symbols;
    for (const MessageRecord::Mark mark : LogEntry::marksOf(marks))
        symbols.append(markSymbol(mark));
    return symbols.join(u' ');
}

QString MessageLogModel::markDescription(MessageRecord::Mark mark, MessageRecord::Direction direction)
{
    // Out is app -> server, In server -> app: the side a message did or did not reach.
    const bool out = direction == MessageRecord::Direction::Out;
    const bool in = direction == MessageRecord::Direction::In;
    switch (mark) {
    case MessageRecord::Held:
        return tr("Held at a breakpoint");
    case MessageRecord::Edited:
        return tr("Edited: its data was changed by a rule or by hand");
    case MessageRecord::Dropped:
        return out ? tr("Dropped: not forwarded to the server")
            : in   ? tr("Dropped: not forwarded to the app")
                   : tr("Dropped: not forwarded");
    case MessageRecord::Injected:
        return out ? tr("Injected: sent to the server by you, not by the app")
            : in   ? tr("Injected: sent to the app by you, not by the server")
                   : tr("Injected: sent by you");
    case MessageRecord::Delayed:
        return tr("Delayed: forwarded late by a delay rule");
    case MessageRecord::Replied:
        return tr("Replied: answered by a reply rule instead of forwarded");
    }
    return {};
}

QString MessageLogModel::marksDescription(quint8 marks, MessageRecord::Direction direction)
{
    QStringList lines;
    for (const MessageRecord::Mark mark : LogEntry::marksOf(marks))
        lines.append(markSymbol(mark) + u' ' + markDescription(mark, direction));
    return lines.join(u'\n');
}

QVariant MessageLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_session)
        return {};
    const SessionLog &log = m_session->log();
    if (index.row() >= log.size())
        return {};
    const MessageRecord &record = log.at(index.row());
    using Kind = MessageRecord::Kind;
    using Direction = MessageRecord::Direction;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IndexColumn:
            return index.row() + 1;
        case TimeColumn:
            return formatTime(record.timeUs);
        case SincePreviousColumn:
        case SinceStartColumn:
            return formatDuration(durationUs(index.row(), index.column()));
        case DirectionColumn:
            return record.direction == Direction::In ? QStringLiteral("↓")
                : record.direction == Direction::Out ? QStringLiteral("↑")
                                                     : QStringLiteral("•");
        case TypeColumn: {
            QString type;
            switch (record.kind) {
            case Kind::Text:
                type = tr("text");
                break;
            case Kind::Binary:
                type = tr("binary");
                break;
            case Kind::Ping:
                type = tr("ping");
                break;
            case Kind::Pong:
                type = tr("pong");
                break;
            case Kind::Close:
                type = tr("close");
                break;
            case Kind::Event:
                type = tr("event");
                break;
            }
            // What an intercepting proxy did, as symbols; in front, so that the narrow column
            // elides the kind's word rather than them. The tooltip and detail pane say it in words.
            if (record.marks != 0)
                type = markSymbols(record.marks) + u' ' + type;
            return type;
        }
        case SizeColumn:
            if (record.kind == Kind::Event)
                return {};
            if (record.compressed && record.wireSize != record.payloadSize)
                return tr("%1 (%2 on wire)").arg(formatSize(record.payloadSize), formatSize(record.wireSize));
            return formatSize(record.payloadSize);
        case PreviewColumn: {
            if (record.payloadOmitted) {
                // Which file and how big: the bytes themselves were never kept. The record keeps
                // the file's name; a live session also knows its whole path.
                const QString file = log.sourceFile(index.row());
                const QString name
                    = file.isEmpty() ? QString::fromUtf8(log.payloadView(index.row())) : QFileInfo(file).fileName();
                if (!name.isEmpty())
                    return tr("%1 · %2 (streamed from a file; not kept)").arg(name, formatSize(record.payloadSize));
                if (record.direction == Direction::Out)
                    return tr("%1 (streamed from a file; not kept)").arg(formatSize(record.payloadSize));
                return tr("%1 (not kept)").arg(formatSize(record.payloadSize));
            }
            const QByteArrayView payload = log.payloadView(index.row());
            if (record.kind == Kind::Close) {
                if (payload.size() < 2)
                    return tr("(no code)");
                return tr("%1 %2").arg(record.closeCode).arg(QString::fromUtf8(payload.sliced(2)));
            }
            const bool text = record.kind == Kind::Text || record.kind == Kind::Event
                || ((record.kind == Kind::Ping || record.kind == Kind::Pong)
                    && Utf8Validator::isValid(payload.data(), payload.size()));
            return preview(payload, text);
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TypeColumn && record.marks != 0)
            return marksDescription(record.marks, record.direction);
        if (index.column() == SizeColumn && record.kind != Kind::Event)
            return tr("%n frame(s), %1 bytes on the wire", nullptr, int(record.frameCount)).arg(record.wireSize);
        return {};
    case Qt::ForegroundRole: {
        const QPalette palette = QApplication::palette();
        if (record.kind == Kind::Event)
            return palette.color(QPalette::PlaceholderText);
        if (record.kind == Kind::Ping || record.kind == Kind::Pong || record.kind == Kind::Close)
            return palette.color(QPalette::Disabled, QPalette::Text);
        if (index.column() == DirectionColumn)
            return record.direction == Direction::In ? QColor(0x2e, 0x8b, 0x57) : QColor(0x1e, 0x6f, 0xd9);
        return {};
    }
    case Qt::FontRole: {
        // A dropped message's data never reached the other side: struck through.
        const bool struck = (record.marks & MessageRecord::Dropped) && index.column() == PreviewColumn;
        if (record.kind == Kind::Binary && index.column() == PreviewColumn) {
            QFont font(QStringLiteral("monospace"));
            font.setStyleHint(QFont::Monospace);
            font.setStrikeOut(struck);
            return font;
        }
        if (record.kind == Kind::Event || struck) {
            QFont font;
            font.setItalic(record.kind == Kind::Event);
            font.setStrikeOut(struck);
            return font;
        }
        return {};
    }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == IndexColumn || index.column() == SincePreviousColumn
            || index.column() == SinceStartColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RecordIndexRole:
        return qlonglong(index.row());
    case KindRole:
        return int(record.kind);
    case DirectionRole:
        return int(record.direction);
    case MarksRole:
        return int(record.marks);
    case DurationRole:
        if (index.column() == SincePreviousColumn || index.column() == SinceStartColumn)
            return qlonglong(durationUs(index.row(), index.column()));
        return {};
    default:
        return {};
    }
}

QVariant MessageLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IndexColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case SincePreviousColumn:
        return tr("Since previous");
    case SinceStartColumn:
        return tr("Since connect");
    case DirectionColumn:
        return tr("Dir");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case PreviewColumn:
        return tr("Data");
    default:
        return {};
    }
}

} // namespace Framewise
