// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessionlogtablemodel.h"

namespace Framewise {

// The log's "frames" mode: one row per frame on the wire (opcode, FIN, RSV bits, mask key,
// payload and header lengths), fed in the same batches as the message log.
class FrameLogModel : public SessionLogTableModel {
    Q_OBJECT
public:
    enum Column {
        IndexColumn,
        TimeColumn,
        DirectionColumn,
        OpcodeColumn,
        FinColumn,
        RsvColumn,
        MaskColumn,
        LengthColumn,
        HeaderColumn,
        MessageColumn,
        LegColumn, // only for an intercepted connection: the app's leg or the server's
        ColumnCount
    };
    static constexpr int MessageIndexRole = Qt::UserRole + 1;

    explicit FrameLogModel(Session *session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace Framewise
