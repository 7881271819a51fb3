// SPDX-License-Identifier: GPL-3.0-or-later
// bench_window: the window under a flood. A blaster process (bench_channel --blaster) sends
// 1,000,000 x 64-byte text messages as fast as they are taken, first to a headless channel,
// then to a session tab with the log visible. Prints total times side by side, the worst
// lateness of a 10 ms timer (event-loop stall), memory per message above the idle window, the
// time to filter the million rows by a substring, and hex-view timings for 256 MiB, each next
// to its target. The tab is a SessionTab on its own (not the main window, which records every
// session): the targets are for the window without recording. A last line, for information,
// repeats the flood into a fresh tab that records to a SessionStore in a temporary directory.
// With --repeat N the headless and window floods alternate N times (a fresh tab each time) and
// the times are the best of N, as for bench_channel; memory, filter and hex are from the first.
// With --flood-only it stops after the floods (for profiling them with perf).
// Run: QT_QPA_PLATFORM=offscreen ./bench_window [COUNT] [--repeat N] [--flood-only]   (or under xvfb-run)
#include "blasterprocess.h"
#include "connectionpanel.h"
#include "hexview.h"
#include "logfilterproxymodel.h"
#include "messagelogmodel.h"
#include "processmemory.h"
#include "session.h"
#include "sessionrecorder.h"
#include "sessionstore.h"
#include "sessiontab.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Framewise;

namespace {
// Worst lateness of a 10 ms repeating timer while something runs.
class StallMeter : public QObject {
public:
    StallMeter()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_worst = std::max(m_worst, now - m_last - 10);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 worstMs() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

// A top-level window around one session tab, as the main window shows it.
struct TabWindow {
    QWidget window;
    SessionTab *tab;
    TabWindow()
        : tab(new SessionTab(&window))
    {
        auto *layout = new QVBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(tab);
        window.resize(1280, 800);
        window.show();
        QApplication::processEvents();
    }
};

// Floods count messages into tab's session; returns the time from open until the log model has
// every message (0 when the flood failed), and the worst stall through stallMs.
double floodTab(SessionTab *tab, qint64 count, qint64 *stallMs)
{
    BlasterProcess blaster(count);
    if (blaster.port() == 0)
        return 0;
    ConnectionSettings connection;
    connection.url = blaster.url();
    tab->connectionPanel()->setSettings(connection);
    StallMeter stall;
    QElapsedTimer timer;
    double ms = 0;
    Session *session = tab->session();
    const QMetaObject::Connection opened
        = QObject::connect(session, &Session::stateChanged, [&timer](WebSocketChannel::State state) {
              if (state == WebSocketChannel::State::Open)
                  timer.start();
          });
    const QMetaObject::Connection grew = QObject::connect(session, &Session::logGrew, qApp, [&] {
        if (session->totals().messagesIn >= count && ms == 0) {
            ms = double(timer.nsecsElapsed()) / 1e6;
            QTimer::singleShot(50, qApp, &QApplication::quit); // let the view show the last batch
        }
    });
    session->open(connection);
    QApplication::exec();
    QObject::disconnect(opened);
    QObject::disconnect(grew);
    if (stallMs)
        *stallMs = stall.worstMs();
    session->abort();
    return ms;
}

const char *verdict(bool pass)
{
    return pass ? "PASS" : "MISS";
}
} // namespace
// The headless channel alone: the time from started() to the last message (0 when it failed).
double floodHeadless(qint64 count)
{
    BlasterProcess blaster(count);
    if (blaster.port() == 0)
        return 0;
    WebSocketChannel channel;
    qint64 received = 0;
    double ms = 0;
    QElapsedTimer timer;
    QObject::connect(&channel, &WebSocketChannel::started, [&timer] { timer.start(); });
    QObject::connect(&channel, &WebSocketChannel::messageAvailable, [&](const QByteArray &) {
        if (++received == count) {
            ms = double(timer.nsecsElapsed()) / 1e6;
            channel.abort();
        }
    });
    QObject::connect(&channel, &WebSocketChannel::stopped, qApp, &QApplication::quit);
    channel.asyncOpen(blaster.url());
    QApplication::exec();
    return received == count ? ms : 0;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n == 0 ? 0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    qint64 count = 1000000;
    int repeat = 1;
    bool floodOnly = false;
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--repeat") && i + 1 < args.size())
            repeat = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--flood-only"))
            floodOnly = true;
        else
            count = args.at(i).toLongLong();
    }

    // 1. The headless channel alone.
    std::vector<double> headlessRuns;
    const double firstHeadlessMs = floodHeadless(count);
    if (firstHeadlessMs == 0) {
        std::fprintf(stderr, "headless: the flood failed\n");
        return 2;
    }
    headlessRuns.push_back(firstHeadlessMs);

    // 2. The same flood into a visible session tab.
    auto shown = std::make_unique<TabWindow>();
    SessionTab *tab = shown->tab;
    QApplication::processEvents();
    const qint64 idleRss = ProcessMemory::rssBytes();
    qint64 stallMs = 0;
    const double firstWindowMs = floodTab(tab, count, &stallMs);
    if (firstWindowMs == 0 || tab->messageModel()->rowCount() < count) {
        std::fprintf(stderr, "window: the log has %d rows of %lld\n", tab->messageModel()->rowCount(),
            static_cast<long long>(count));
        return 2;
    }
    const qint64 floodRss = ProcessMemory::rssBytes();
    const double bytesPerMessage = double(floodRss - idleRss) / double(count);
    std::vector<double> windowRuns { firstWindowMs };
    qint64 worstStallMs = stallMs; // the figure is the first run's; this one is for information

    // More pairs of floods, each window flood into a fresh tab (the first stays for the filter).
    for (int r = 1; r < repeat; ++r) {
        const double headless = floodHeadless(count);
        TabWindow fresh;
        qint64 stall = 0;
        const double window = floodTab(fresh.tab, count, &stall);
        if (headless == 0 || window == 0) {
            std::fprintf(stderr, "repeat %d: a flood failed\n", r + 1);
            return 2;
        }
        headlessRuns.push_back(headless);
        windowRuns.push_back(window);
        worstStallMs = std::max(worstStallMs, stall);
    }
    const double headlessMs = *std::min_element(headlessRuns.cbegin(), headlessRuns.cend());
    const double windowMs = *std::min_element(windowRuns.cbegin(), windowRuns.cend());
    if (floodOnly) {
        std::printf("bench_window --flood-only: best headless %.1f ms, window %.1f ms (%.2fx), worst stall %lld ms\n",
            headlessMs, windowMs, windowMs / headlessMs, static_cast<long long>(worstStallMs));
        for (std::size_t r = 0; r < windowRuns.size(); ++r)
            std::printf("  run %zu: headless %.1f ms, window %.1f ms\n", r + 1, headlessRuns.at(r), windowRuns.at(r));
        return 0;
    }

    // 3. Filter the million rows by a substring (present in none: every row is searched).
    LogFilterProxyModel::Criteria criteria;
    criteria.text = QStringLiteral("no-such-text");
    QElapsedTimer filterTimer;
    filterTimer.start();
    tab->filterModel()->setCriteria(criteria);
    const double filterMs = double(filterTimer.nsecsElapsed()) / 1e6;
    const int filtered = tab->filterModel()->rowCount();
    const int rows = tab->messageModel()->rowCount();

    // 4. A 256 MiB payload in the hex view.
    double firstPaintMs = 0;
    double jumpMs = 0;
    {
        HexView hex;
        hex.resize(800, 600);
        hex.show();
        QByteArray big(qsizetype(256) << 20, 'x');
        QElapsedTimer hexTimer;
        hexTimer.start();
        hex.setData(big);
        (void)hex.grab();
        firstPaintMs = double(hexTimer.nsecsElapsed()) / 1e6;
        hexTimer.restart();
        hex.goToOffset(big.size() - 1);
        (void)hex.grab();
        jumpMs = double(hexTimer.nsecsElapsed()) / 1e6;
    }

    // 5. For information: the flood into a fresh tab that records to a store.
    shown.reset();
    double recordingMs = 0;
    {
        QTemporaryDir storeDir;
        SessionStore store;
        if (store.open(storeDir.filePath(QStringLiteral("bench.sqlite")))) {
            TabWindow recorded;
            SessionRecorder recorder(recorded.tab->session(), &store);
            recorder.start();
            recordingMs = floodTab(recorded.tab, count, nullptr);
            store.flush(600000);
        }
    }

    const double ratio = windowMs / headlessMs;
    std::printf("bench_window: %lld x 64-byte text messages, offscreen: %s, times best of %d\n",
        static_cast<long long>(count), QApplication::platformName() == QLatin1String("offscreen") ? "yes" : "no",
        repeat);
    std::printf("  %-36s %12s   %-28s %s\n", "measure", "figure", "target", "result");
    std::printf("  %-36s %9.1f ms\n", "headless channel", headlessMs);
    if (repeat > 1)
        std::printf("  %-36s %9.1f ms   (window %.1f ms, %.2fx)\n", "median of the runs: headless",
            median(headlessRuns), median(windowRuns), median(windowRuns) / median(headlessRuns));
    std::printf("  %-36s %9.1f ms   %-28s %s  (%.2fx headless)\n", "window, log visible", windowMs, "<= 2.0x headless",
        verdict(ratio <= 2.0), ratio);
    std::printf("  %-36s %9lld ms   %-28s %s\n", "worst event-loop stall (10 ms timer)",
        static_cast<long long>(stallMs), "<= 100 ms", verdict(stallMs <= 100));
    if (repeat > 1)
        std::printf("  %-36s %9lld ms\n", "worst stall over all runs", static_cast<long long>(worstStallMs));
    std::printf("  %-36s %9.1f B    %-28s %s\n", "memory above idle window, per msg", bytesPerMessage,
        "<= 64 + 100 = 164 B", verdict(bytesPerMessage <= 164));
    std::printf("  %-36s %9.1f ms   %-28s %s  (%d of %d rows shown)\n", "filter the log by a substring", filterMs,
        "< 150 ms", verdict(filterMs < 150), filtered, rows);
    std::printf("  %-36s %9.1f ms   %-28s %s\n", "hex view 256 MiB: first paint", firstPaintMs, "< 50 ms",
        verdict(firstPaintMs < 50));
    std::printf(
        "  %-36s %9.1f ms   %-28s %s\n", "hex view 256 MiB: jump to the end", jumpMs, "< 16 ms", verdict(jumpMs < 16));
    if (recordingMs > 0)
        std::printf("  %-36s %9.1f ms   %-28s      (%.2fx headless)\n", "with recording (information)", recordingMs,
            "none", recordingMs / headlessMs);
    else
        std::printf("  %-36s %12s   (the store could not record)\n", "with recording (information)", "-");
    return 0;
}
