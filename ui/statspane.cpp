// SPDX-License-Identifier: GPL-3.0-or-later
#include "statspane.h"

#include "messagelogmodel.h"
#include "session.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Framewise {

namespace {
QChartView *makeChart(QWidget *parent, const QString &title, QValueAxis **x, QValueAxis **y)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    *x = new QValueAxis(chart);
    (*x)->setTitleText(StatsPane::tr("seconds"));
    (*x)->setLabelFormat(QStringLiteral("%d"));
    *y = new QValueAxis(chart);
    (*y)->setLabelFormat(QStringLiteral("%g"));
    chart->addAxis(*x, Qt::AlignBottom);
    chart->addAxis(*y, Qt::AlignLeft);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(90); // three charts must not force a tall window
    // Follow the application palette (light or dark).
    chart->setBackgroundBrush(parent->palette().base());
    chart->setTitleBrush(parent->palette().text());
    chart->legend()->setLabelColor(parent->palette().text().color());
    (*x)->setLabelsColor(parent->palette().text().color());
    (*y)->setLabelsColor(parent->palette().text().color());
    (*x)->setTitleBrush(parent->palette().text());
    return view;
}

QLineSeries *addSeries(QChartView *view, QValueAxis *x, QValueAxis *y, const QString &name)
{
    auto *series = new QLineSeries(view->chart());
    series->setName(name);
    view->chart()->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    return series;
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
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_totals);
    layout->addWidget(m_rateView, 1);
    layout->addWidget(m_bytesView, 1);
    layout->addWidget(m_rttView, 1);
    setAccessibleName(tr("Statistics"));
    updateRates();
    updateRtt();
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
    double maxTime = 10;
    if (m_session) {
        for (const auto &sample : m_session->rateSamples()) {
            const double t = double(sample.timeMs) / 1000.0;
            in.append({ t, double(sample.messagesIn) });
            out.append({ t, double(sample.messagesOut) });
            bytesIn.append({ t, double(sample.bytesIn) / 1024.0 });
            bytesOut.append({ t, double(sample.bytesOut) / 1024.0 });
            maxBytes = std::max({ maxBytes, double(sample.bytesIn) / 1024.0, double(sample.bytesOut) / 1024.0 });
            maxRate = std::max({ maxRate, double(sample.messagesIn), double(sample.messagesOut) });
            maxTime = std::max(maxTime, t);
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
    m_rateX->setRange(std::max(0.0, maxTime - 300), maxTime);
    m_rateY->setRange(0, maxRate * 1.1);
    m_rateY->applyNiceNumbers();
    m_bytesIn->replace(bytesIn);
    m_bytesOut->replace(bytesOut);
    m_bytesX->setRange(std::max(0.0, maxTime - 300), maxTime);
    m_bytesY->setRange(0, maxBytes * 1.1);
    m_bytesY->applyNiceNumbers(); // round tick labels instead of 644.531
}

void StatsPane::updateRtt()
{
    QList<QPointF> points;
    double maxRtt = 1;
    double maxTime = 10;
    if (m_session) {
        for (const auto &sample : m_session->rttSamples()) {
            const double t = double(sample.timeMs) / 1000.0;
            const double ms = double(sample.rttUs) / 1000.0;
            points.append({ t, ms });
            maxRtt = std::max(maxRtt, ms);
            maxTime = std::max(maxTime, t);
        }
    }
    m_rtt->replace(points);
    m_rttX->setRange(std::max(0.0, maxTime - 300), maxTime);
    m_rttY->setRange(0, maxRtt * 1.2);
    m_rttY->applyNiceNumbers();
    if (m_session)
        updateRates(); // the totals line shows the last RTT
}

} // namespace Framewise
