// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session.h"

#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace Framewise {

// Messages and bytes per second in and out, and ping round-trip times, over time (QtCharts).
class StatsPane : public QWidget {
    Q_OBJECT
public:
    explicit StatsPane(QWidget *parent = nullptr);
    void setSession(Session *session);
    QLineSeries *messagesInSeries() const { return m_in; }
    QLineSeries *rttSeries() const { return m_rtt; }
    QLineSeries *bytesInSeries() const { return m_bytesIn; }
    QString totalsText() const;

private:
    void updateRates();
    void updateRtt();

    QPointer<Session> m_session;
    QLabel *m_totals;
    QChartView *m_rateView;
    QChartView *m_rttView;
    QChartView *m_bytesView;
    QLineSeries *m_bytesIn;
    QLineSeries *m_bytesOut;
    QValueAxis *m_bytesX;
    QValueAxis *m_bytesY;
    QLineSeries *m_in;
    QLineSeries *m_out;
    QLineSeries *m_rtt;
    QValueAxis *m_rateX;
    QValueAxis *m_rateY;
    QValueAxis *m_rttX;
    QValueAxis *m_rttY;
};

} // namespace Framewise
