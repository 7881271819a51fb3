// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagerecord.h"
#include "sessionlogtablemodel.h"

namespace Framewise {

class SessionLog;

// The log of one session as a table, read straight from the SessionLog (no copy of any
// payload). Rows arrive in batches: the session reports growth at most every 25 ms and each
// report becomes one beginInsertRows/endInsertRows.
class MessageLogModel : public SessionLogTableModel {
    Q_OBJECT
public:
    // SincePreviousColumn and SinceStartColumn are DevTools-like timings, hidden until chosen
    // from the header's context menu.
    enum Column {
        IndexColumn,
        TimeColumn,
        SincePreviousColumn,
        SinceStartColumn,
        DirectionColumn,
        TypeColumn,
        SizeColumn,
        PreviewColumn,
        ColumnCount
    };
    enum Role {
        RecordIndexRole = Qt::UserRole + 1, // qsizetype index into the SessionLog
        KindRole, // MessageRecord::Kind as int
        DirectionRole, // MessageRecord::Direction as int
        DurationRole, // the timing columns' value in microseconds (qlonglong)
        MarksRole, // MessageRecord::Mark bits as int: what an intercepting proxy did to the message
    };
    static constexpr int PreviewLength = 200; // characters shown in the preview column

    explicit MessageLogModel(Session *session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const SessionLog &log() const;

    static QString formatSize(qint64 bytes);
    static QString formatTime(qint64 timeUs); // "HH:mm:ss.zzz" local time
    static QString formatDuration(qint64 us); // "+0.250 ms", "+12.3 ms", "+1.234 s", "+2 min 03.5 s"
    static QString preview(QByteArrayView payload, bool text, int maxLength = PreviewLength);
    // A mark as the Type column shows it before the kind: "‖" held, "✎" edited, "✕" dropped,
    // "✚" injected, "◷" delayed, "↩" replied (all in DejaVu Sans, Debian's default font).
    static QString markSymbol(MessageRecord::Mark mark);
    static QString markSymbols(quint8 marks); // "‖ ✎"; empty for none
    // A mark in words, for a message that went direction (Out: app -> server): "Dropped: not
    // forwarded to the server". Translated.
    static QString markDescription(MessageRecord::Mark mark, MessageRecord::Direction direction);
    // Each mark's symbol and description, one per line (the Type column's tooltip).
    static QString marksDescription(quint8 marks, MessageRecord::Direction direction);

private:
    qint64 durationUs(int row, int column) const;
};

} // namespace Framewise
