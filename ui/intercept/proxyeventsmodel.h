// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proxyevent.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QTimer>

namespace Framewise {

// What went wrong in an HTTP proxy, in words, one row per host and kind of trouble: TLS the client
// would not finish with the Framewise CA's certificate, requests the proxy refused, and TLS
// tunnelled untouched for a reason. A browser that retries a host a hundred times is one row
// counting to a hundred. Requests forwarded and tunnelled normally are only counted elsewhere.
// Bounded: beyond MaxRows the rows seen least recently go.
class ProxyEventsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, HostColumn, CountColumn, WhatColumn, ColumnCount };
    static constexpr int MaxRows = 200;
    static constexpr int FlushMs = 50;

    explicit ProxyEventsModel(QObject *parent = nullptr);

    // Taken in now, shown at the next flush (a short timer: a flood costs one update per flush).
    void add(const ProxyEvent &event);
    // Shows what add() took in so far at once.
    void flush();
    // Whether the model lists this kind of event at all.
    static bool lists(const ProxyEvent &event);
    // The event in words, as the What column and the tab's last-problem line show it.
    static QString describe(const ProxyEvent &event);
    // "host:port", "[v6]:port", or a placeholder when the request named none.
    static QString hostText(const ProxyEvent &event);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        ProxyEvent::Kind kind = ProxyEvent::Kind::Refused;
        QString host;
        int statusCode = 0;
        QString text; // the latest event's words
        QDateTime last;
        int count = 0;
    };

    QList<Row> m_rows;
    QList<std::pair<ProxyEvent, QDateTime>> m_pending;
    QTimer m_flushTimer;
};

} // namespace Framewise
