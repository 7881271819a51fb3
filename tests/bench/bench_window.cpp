// SPDX-License-Identifier: GPL-3.0-or-later
// bench_window: the window under a flood. A blaster process (bench_channel --blaster) sends
// 1,000,000 x 64-byte text messages as fast as they are taken, first to a headless channel,
// then to a session tab with the log visible. Prints total times side by side, the worst
// lateness of a 10 ms timer (event-loop stall), memory per message above the idle window, the
// time to filter the million rows by a substring, and hex-view timings for 256 MiB.
// Run: QT_QPA_PLATFORM=offscreen ./bench_window [COUNT]   (or under xvfb-run for a real X server)
#include "appsettings.h"
#include "connectionpanel.h"
#include "hexview.h"
#include "logfilterproxymodel.h"
#include "mainwindow.h"
#include "messagelogmodel.h"
#include "session.h"
#include "sessiontab.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Framewise;

namespace {
qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct Blaster {
    QProcess process;
    quint16 port = 0;
    explicit Blaster(qint64 count)
    {
        process.start(QStringLiteral(FRAMEWISE_BENCH_CHANNEL),
            { QStringLiteral("--blaster"), QStringLiteral("text"), QString::number(count), QStringLiteral("64") });
        process.waitForStarted(5000);
        static const QRegularExpression number(QStringLiteral("(\\d+)"));
        QElapsedTimer timer;
        timer.start();
        QString out;
        while (port == 0 && timer.elapsed() < 10000) {
            process.waitForReadyRead(100);
            out += QString::fromUtf8(process.readAllStandardOutput());
            const auto match = number.match(out);
            if (match.hasMatch() && out.contains(u'\n'))
                port = quint16(match.captured(1).toUInt());
        }
    }
    ~Blaster()
    {
        process.kill();
        process.waitForFinished(3000);
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port)); }
};

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
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const qint64 count = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;

    // 1. The headless channel alone.
    double headlessMs = 0;
    {
        Blaster blaster(count);
        if (blaster.port == 0) {
            std::fprintf(stderr, "blaster did not start\n");
            return 2;
        }
        WebSocketChannel channel;
        qint64 received = 0;
        QElapsedTimer timer;
        QObject::connect(&channel, &WebSocketChannel::started, [&timer] { timer.start(); });
        QObject::connect(&channel, &WebSocketChannel::messageAvailable, [&](const QByteArray &) {
            if (++received == count) {
                headlessMs = double(timer.nsecsElapsed()) / 1e6;
                channel.abort();
            }
        });
        QObject::connect(&channel, &WebSocketChannel::stopped, &app, &QApplication::quit);
        channel.asyncOpen(blaster.url());
        app.exec();
        if (received != count) {
            std::fprintf(stderr, "headless: received %lld of %lld\n", static_cast<long long>(received),
                static_cast<long long>(count));
            return 2;
        }
    }

    // 2. The same flood into a visible session tab.
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("bench.ini")));
    settings.setFirstLaunchDone(true);
    MainWindow window(&settings);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    SessionTab *tab = window.currentTab();
    QApplication::processEvents();
    const qint64 idleRss = rssKiB();
    double windowMs = 0;
    qint64 stallMs = 0;
    {
        Blaster blaster(count);
        ConnectionSettings connection;
        connection.url = blaster.url();
        tab->connectionPanel()->setSettings(connection);
        StallMeter stall;
        QElapsedTimer timer;
        Session *session = tab->session();
        QObject::connect(session, &Session::stateChanged, [&timer](WebSocketChannel::State state) {
            if (state == WebSocketChannel::State::Open)
                timer.start();
        });
        QObject::connect(session, &Session::logGrew, &app, [&] {
            if (session->totals().messagesIn >= count && windowMs == 0) {
                windowMs = double(timer.nsecsElapsed()) / 1e6;
                QTimer::singleShot(50, &app, &QApplication::quit); // let the view show the last batch
            }
        });
        session->open(connection);
        app.exec();
        stallMs = stall.worstMs();
        session->abort();
    }
    const qint64 floodRss = rssKiB();
    const double bytesPerMessage = double(floodRss - idleRss) * 1024.0 / double(count);

    // 3. Filter the million rows by a substring (present in none: every row is searched).
    LogFilterProxyModel::Criteria criteria;
    criteria.text = QStringLiteral("no-such-text");
    QElapsedTimer filterTimer;
    filterTimer.start();
    tab->filterModel()->setCriteria(criteria);
    const double filterMs = double(filterTimer.nsecsElapsed()) / 1e6;
    const int filtered = tab->filterModel()->rowCount();

    // 4. A 256 MiB payload in the hex view.
    HexView hex;
    hex.resize(800, 600);
    hex.show();
    QByteArray big(qsizetype(256) << 20, 'x');
    QElapsedTimer hexTimer;
    hexTimer.start();
    hex.setData(big);
    (void)hex.grab();
    const double firstPaintMs = double(hexTimer.nsecsElapsed()) / 1e6;
    hexTimer.restart();
    hex.goToOffset(big.size() - 1);
    (void)hex.grab();
    const double jumpMs = double(hexTimer.nsecsElapsed()) / 1e6;

    std::printf("bench_window: %lld x 64-byte text messages\n", static_cast<long long>(count));
    std::printf("  headless channel:          %9.1f ms\n", headlessMs);
    std::printf("  window, log visible:       %9.1f ms  (%.2fx headless; target <= 2.0x: %s)\n", windowMs,
        windowMs / headlessMs, windowMs <= 2 * headlessMs ? "PASS" : "MISS");
    std::printf("  worst event-loop stall:    %9lld ms  (target <= 100 ms: %s)\n", static_cast<long long>(stallMs),
        stallMs <= 100 ? "PASS" : "MISS");
    std::printf("  memory above idle window:  %9.1f B/message (payload 64 + 100 = 164: %s)\n", bytesPerMessage,
        bytesPerMessage <= 164 ? "PASS" : "MISS");
    std::printf("  filter %d rows:       %9.1f ms  (%d shown; target < 150 ms: %s)\n", tab->messageModel()->rowCount(),
        filterMs, filtered, filterMs < 150 ? "PASS" : "MISS");
    std::printf("  hex 256 MiB first paint:   %9.1f ms  (target < 50 ms: %s)\n", firstPaintMs,
        firstPaintMs < 50 ? "PASS" : "MISS");
    std::printf("  hex jump to the end:       %9.1f ms  (target < 16 ms: %s)\n", jumpMs, jumpMs < 16 ? "PASS" : "MISS");
    return 0;
}
