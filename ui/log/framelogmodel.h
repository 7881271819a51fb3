// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session.h"
#include <QAbstractTableModel>

#include <QPointer>

namespace Framewise {

// The log's "frames" mode: one row per frame on the wire (opcode, FIN, RSV bits, mask key,
// payload and header lengths), fed in the same batches as the message log.
class FrameLogModel : public QAbstractTableModel {
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
        ColumnCount
    };
    static constexpr int MessageIndexRole = Qt::UserRole + 1;

    explicit FrameLogModel(Session *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void grow();

    QPointer<Session> m_session;
    int m_rows = 0;
};

} // namespace Framewise
