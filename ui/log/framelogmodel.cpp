// SPDX-License-Identifier: GPL-3.0-or-later
#include "framelogmodel.h"

#include "frameinfo.h"
#include "messagelogmodel.h"
#include "session.h"

namespace Framewise {

FrameLogModel::FrameLogModel(Session *session, QObject *parent)
    : SessionLogTableModel(session, session->log().frameCount(),
        session->connectionDetails().intercepted ? int(ColumnCount) : int(LegColumn), parent)
{
    connect(session, &Session::logGrew, this, [this] { growTo(m_session->log().frameCount()); });
}

QVariant FrameLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_session)
        return {};
    const SessionLog &log = m_session->log();
    if (index.row() >= log.frameCount())
        return {};
    const FrameRecord &frame = log.frameAt(index.row());
    if (role == MessageIndexRole)
        return frame.messageIndex;
    if (role == Qt::TextAlignmentRole && (index.column() == LengthColumn || index.column() == HeaderColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IndexColumn:
        return index.row() + 1;
    case TimeColumn:
        return MessageLogModel::formatTime(frame.timeUs);
    case DirectionColumn:
        return frame.has(FrameRecord::Outgoing) ? QStringLiteral("↑") : QStringLiteral("↓");
    case OpcodeColumn:
        return QStringLiteral("%1 (0x%2)").arg(QLatin1String(Opcode::name(frame.opcode))).arg(frame.opcode, 0, 16);
    case FinColumn:
        return frame.has(FrameRecord::Fin) ? QStringLiteral("1") : QStringLiteral("0");
    case RsvColumn:
        return QStringLiteral("%1%2%3")
            .arg(frame.has(FrameRecord::Rsv1) ? 1 : 0)
            .arg(frame.has(FrameRecord::Rsv2) ? 1 : 0)
            .arg(frame.has(FrameRecord::Rsv3) ? 1 : 0);
    case MaskColumn:
        return frame.has(FrameRecord::Masked) ? QStringLiteral("%1").arg(frame.maskKey, 8, 16, QLatin1Char('0'))
                                              : tr("none");
    case LengthColumn:
        return frame.payloadLength;
    case HeaderColumn:
        return frame.headerLength;
    case MessageColumn:
        return frame.messageIndex >= 0 ? QVariant(frame.messageIndex + 1) : QVariant();
    case LegColumn:
        return frame.has(FrameRecord::AppLeg) ? tr("app") : tr("server");
    default:
        return {};
    }
}

QVariant FrameLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IndexColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case DirectionColumn:
        return tr("Dir");
    case OpcodeColumn:
        return tr("Opcode");
    case FinColumn:
        return tr("FIN");
    case RsvColumn:
        return tr("RSV");
    case MaskColumn:
        return tr("Mask key");
    case LengthColumn:
        return tr("Payload");
    case HeaderColumn:
        return tr("Header");
    case MessageColumn:
        return tr("Message");
    case LegColumn:
        return tr("Leg");
    default:
        return {};
    }
}

} // namespace Framewise
