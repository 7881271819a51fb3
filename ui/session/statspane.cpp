// SPDX-License-Identifier: GPL-3.0-or-later
#include "statspane.h"

#include "messagelogmodel.h"
#include "session.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QResizeEvent>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <utility>

namespace Framewise {

namespace {
// Below this a chart's title, plot, time labels and legend no longer fit, and QtCharts shortens
// the labels to "…".
constexpr int ChartMinimumHeight = 150;
// QtCharts gives each label of an axis with n labels a slot of width / (n + 1) less twice its
// label padding (5 px), and shortens what does not fit; leave a little more.
constexpr int LabelGap = 14;
// What the chart has right of its plot for a label centred on the plot's right end.
constexpr int RightRoom = 4;

QChartView *makeChart(QWidget *parent, const QString &title, QCategoryAxis **x, QValueAxis **y)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    // The labels say their unit ("30 s", "1 min"): no axis title takes the labels' height.
    *x = new QCategoryAxis(chart);
    (*x)->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    *y = new QValueAxis(chart);
    (*y)->setLabelFormat(QStringLiteral("%g"));
    (*y)->setTickCount(3); // room for each label even at the smallest height
    chart->addAxis(*x, Qt::AlignBottom);
    chart->addAxis(*y, Qt::AlignLeft);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(ChartMinimumHeight); // the pane scrolls when three do not fit
    // Follow the application palette (light or dark).
    chart->setBackgroundBrush(parent->palette().base());
    chart->setTitleBrush(parent->palette().text());
    chart->legend()->setLabelColor(parent->palette().text().color());
    (*x)->setLabelsColor(parent->palette().text().color());
    (*y)->setLabelsColor(parent->palette().text().color());
    return view;
}

QLineSeries *addSeries(QChartView *view, QAbstractAxis *x, QAbstractAxis *y, const QString &name)
{
    auto *series = new QLineSeries(view->chart());
    series->setName(name);
    view->chart()->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    return series;
}

// The width the time labels share: the plot's, once the chart has been laid out.
int plotWidth(const QChartView *view)
{
    const qreal plot = view->chart()->plotArea().width();
    return plot > 0 ? int(plot) : std::max(0, view->width() - 80);
}
} // namespace

StatsPane::StatsPane(QWidget *parent)
    : QWidget(parent)
    , m_totals(new QLabel(this))
{
    m_rateView = makeChart(this, tr("Messages per second"), &m_rateX, &m_rateY);
    m_rttView = makeChart(this, tr("Ping round-trip time (ms)"), &m_rttX, &m_rttY);
    m_bytesView = makeChart(this, tr("KiB per second"), &m_bytesX, &m_bytesY);
    m_bytesIn = addSeries(m_bytesView, m_bytesX, m_bytesY, tr("received"));
    m_bytesOut = addSeries(m_bytesView, m_bytesX, m_bytesY, tr("sent"));
    m_in = addSeries(m_rateView, m_rateX, m_rateY, tr("received"));
    m_out = addSeries(m_rateView, m_rateX, m_rateY, tr("sent"));
    m_rtt = addSeries(m_rttView, m_rttX, m_rttY, tr("RTT"));
    // Every pong is a point: a single manual ping must show, and a line needs two.
    m_rtt->setPointsVisible(true);
    m_rtt->setMarkerSize(7);
    m_rttView->chart()->legend()->hide(); // one series, named by the title: the room goes to the plot
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_totals);
    layout->addWidget(m_rateView, 1);
    layout->addWidget(m_bytesView, 1);
    layout->addWidget(m_rttView, 1);
    setAccessibleName(tr("Statistics"));
    for (QChartView *view : { m_rateView, m_bytesView, m_rttView })
        connect(view->chart(), &QChart::plotAreaChanged, this, &StatsPane::updateTimeAxes);
    updateRates();
    updateRtt();
}

void StatsPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateTimeAxes();
}

QString StatsPane::timeLabel(qint64 seconds)
{
    const qint64 h = seconds / 3600;
    const qint64 min = seconds / 60 % 60;
    const qint64 s = seconds % 60;
    if (h == 0 && min == 0)
        return tr("%1 s").arg(s);
    if (h == 0)
        return s == 0 ? tr("%1 min").arg(min) : tr("%1 min %2 s").arg(min).arg(s);
    if (s != 0)
        return tr("%1 h %2 min %3 s").arg(h).arg(min).arg(s);
    return min == 0 ? tr("%1 h").arg(h) : tr("%1 h %2 min").arg(h).arg(min);
}

qint64 StatsPane::timeStep(double from, double to, int width, const QFontMetrics &metrics)
{
    static constexpr qint64 Steps[]
        = { 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 21600, 43200, 86400 };
    for (const qint64 step : Steps) {
        int widest = 0;
        qint64 count = 0;
        for (qint64 t = qint64(std::ceil(from / double(step))) * step; double(t) <= to; t += step) {
            widest = std::max(widest, metrics.horizontalAdvance(timeLabel(t)));
            if (++count > 64)
                break; // far too many already
        }
        if (count <= 64 && (count + 1) * (widest + LabelGap) <= width)
            return step;
    }
    return Steps[std::size(Steps) - 1];
}

QStringList StatsPane::timeLabels() const
{
    return m_rateX->categoriesLabels();
}

double StatsPane::latestTime() const
{
    double latest = 0;
    if (m_session) {
        if (!m_session->rateSamples().empty())
            latest = double(m_session->rateSamples().back().timeMs) / 1000.0;
        if (!m_session->rttSamples().empty())
            latest = std::max(latest, double(m_session->rttSamples().back().timeMs) / 1000.0);
    }
    return latest;
}

void StatsPane::updateTimeAxes()
{
    if (m_updatingAxes)
        return; // a new label set changes the plot area, which calls this again
    m_updatingAxes = true;
    const double to = std::max(10.0, latestTime());
    const double from = std::max(0.0, to - WindowSeconds);
    for (const auto &[axis, view] :
        { std::pair { m_rateX, m_rateView }, std::pair { m_bytesX, m_bytesView }, std::pair { m_rttX, m_rttView } }) {
        const int width = plotWidth(view);
        const QFontMetrics metrics(axis->labelsFont());
        const qint64 step = timeStep(from, to, width, metrics);
        const double pixelsPerSecond = double(width) / std::max(1.0, to - from);
        QStringList labels;
        QList<qint64> values;
        for (qint64 t = qint64(std::ceil(from / double(step))) * step; double(t) <= to; t += step) {
            const QString label = timeLabel(t);
            // A label centred too near the right end would be cut by the chart's edge.
            if ((to - double(t)) * pixelsPerSecond + RightRoom < metrics.horizontalAdvance(label) / 2.0)
                continue;
            labels.append(label);
            values.append(t);
        }
        if (labels != axis->categoriesLabels()) { // once per step at most, not every second
            const QStringList old = axis->categoriesLabels();
            for (const QString &label : old)
                axis->remove(label);
            axis->setStartValue(from);
            for (qsizetype i = 0; i < labels.size(); ++i)
                axis->append(labels.at(i), double(values.at(i)));
        } else if (axis->startValue() != from) {
            axis->setStartValue(from); // the window slides: the first category starts later
        }
        axis->setRange(from, to);
    }
    m_updatingAxes = false;
}

void StatsPane::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &Session::ratesSampled, this, &StatsPane::updateRates);
        connect(session, &Session::rttMeasured, this, &StatsPane::updateRtt);
    }
    updateRates();
    updateRtt();
}

QString StatsPane::totalsText() const
{
    return m_totals->text();
}

void StatsPane::updateRates()
{
    QList<QPointF> in;
    QList<QPointF> out;
    QList<QPointF> bytesIn;
    QList<QPointF> bytesOut;
    double maxBytes = 1;
    double maxRate = 1;
    if (m_session) {
        for (const auto &sample : m_session->rateSamples()) {
            const double t = double(sample.timeMs) / 1000.0;
            in.append({ t, double(sample.messagesIn) });
            out.append({ t, double(sample.messagesOut) });
            bytesIn.append({ t, double(sample.bytesIn) / 1024.0 });
            bytesOut.append({ t, double(sample.bytesOut) / 1024.0 });
            maxBytes = std::max({ maxBytes, double(sample.bytesIn) / 1024.0, double(sample.bytesOut) / 1024.0 });
            maxRate = std::max({ maxRate, double(sample.messagesIn), double(sample.messagesOut) });
        }
        const Session::Totals &totals = m_session->totals();
        m_totals->setText(tr("Received %n messages (%1),", nullptr, int(totals.messagesIn))
                              .arg(MessageLogModel::formatSize(totals.bytesIn))
            + u' '
            + tr("sent %n messages (%1).", nullptr, int(totals.messagesOut))
                  .arg(MessageLogModel::formatSize(totals.bytesOut))
            + u' '
            + tr("Last RTT: %1.")
                  .arg(m_session->lastRttUs() >= 0 ? tr("%1 ms").arg(double(m_session->lastRttUs()) / 1000.0, 0, 'f', 2)
                                                   : tr("none yet")));
    } else {
        m_totals->setText(tr("No connection yet."));
    }
    m_in->replace(in);
    m_out->replace(out);
    m_rateY->setRange(0, maxRate * 1.1);
    m_rateY->applyNiceNumbers();
    m_bytesIn->replace(bytesIn);
    m_bytesOut->replace(bytesOut);
    m_bytesY->setRange(0, maxBytes * 1.1);
    m_bytesY->applyNiceNumbers(); // round tick labels instead of 644.531
    updateTimeAxes();
}

void StatsPane::updateRtt()
{
    QList<QPointF> points;
    double maxRtt = 1;
    if (m_session) {
        for (const auto &sample : m_session->rttSamples()) {
            const double t = double(sample.timeMs) / 1000.0;
            const double ms = double(sample.rttUs) / 1000.0;
            points.append({ t, ms });
            maxRtt = std::max(maxRtt, ms);
        }
    }
    m_rtt->replace(points);
    m_rttY->setRange(0, maxRtt * 1.2);
    m_rttY->applyNiceNumbers();
    if (m_session)
        updateRates(); // the totals line shows the last RTT, and the time axes follow
    else
        updateTimeAxes();
}

} // namespace Framewise
