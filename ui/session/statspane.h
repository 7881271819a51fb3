// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session.h"

#include <QPointer>
#include <QWidget>

class QCategoryAxis;
class QChart;
class QChartView;
class QFontMetrics;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace Framewise {

// Messages and bytes per second in and out, and ping round-trip times, over time (QtCharts).
// Time runs from the connection's start; the axes are labelled "0 s", "30 s", "1 min"… at a
// step chosen so that every label fits the plot's width unshortened.
class StatsPane : public QWidget {
    Q_OBJECT
public:
    static constexpr double WindowSeconds = 300; // the plots show the last five minutes

    explicit StatsPane(QWidget *parent = nullptr);
    void setSession(Session *session);
    QLineSeries *messagesInSeries() const { return m_in; }
    QLineSeries *rttSeries() const { return m_rtt; }
    QLineSeries *bytesInSeries() const { return m_bytesIn; }
    QChartView *rateView() const { return m_rateView; }
    QChartView *bytesView() const { return m_bytesView; }
    QChartView *rttView() const { return m_rttView; }
    QString totalsText() const;
    // The time labels of the rates plot's axis, left to right (the other plots have the same).
    QStringList timeLabels() const;

    // "0 s", "45 s", "1 min", "1 min 30 s", "2 h 5 min": seconds since the connection started.
    static QString timeLabel(qint64 seconds);
    // The smallest step of a "nice" series (1, 2, 5, 10, 15, 30 s, 1, 2, 5, 10, 15, 30 min, 1 h…)
    // whose labels over [from, to] fit side by side into width pixels with metrics' font.
    static qint64 timeStep(double from, double to, int width, const QFontMetrics &metrics);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateRates();
    void updateRtt();
    void updateTimeAxes();
    double latestTime() const;

    QPointer<Session> m_session;
    QLabel *m_totals;
    QChartView *m_rateView;
    QChartView *m_rttView;
    QChartView *m_bytesView;
    QLineSeries *m_bytesIn;
    QLineSeries *m_bytesOut;
    QCategoryAxis *m_bytesX;
    QValueAxis *m_bytesY;
    QLineSeries *m_in;
    QLineSeries *m_out;
    QLineSeries *m_rtt;
    QCategoryAxis *m_rateX;
    QValueAxis *m_rateY;
    QCategoryAxis *m_rttX;
    QValueAxis *m_rttY;
    bool m_updatingAxes = false;
};

} // namespace Framewise
