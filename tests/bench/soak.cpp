// SPDX-License-Identifier: GPL-3.0-or-later
// soak: a long run on demand (never from CTest; issue 8). fault_server.py streams sequence-numbered
// text messages of mixed sizes (16 B to 16 KiB, about 280 B on average) at --rate a second, and a
// ping every second, into a real SessionTab (offscreen) with keepalive on, recorded by a
// SessionRecorder into a SessionStore in a temporary folder. Every few seconds it prints the time,
// the messages received, the rate, RSS, the heap in use, the records cleared from the log, the
// store's rows, the records it has yet to write (backlog) and the worst lateness of a 10 ms timer. At the end it checks
// that no sequence number is missing or damaged, in the session's log (checked as it grows) and in the database (read
// back in pages), and that RSS grew less than 5% after warm-up.
//
// The log keeps every message in memory by design, so a flat RSS is only meaningful without it:
// like a user pressing Clear, the soak clears the tab's log every --sample seconds, right after the
// recorder took the new records (in the same logGrew: a clear between two notifications would drop
// the records of the last 25 ms from the recording), and samples RSS just after each clear. Before
// each sample, free heap pages go back to the system (malloc_trim, as the store's writer does
// every 64 MiB): otherwise RSS swings by tens of MiB with what glibc happens to keep cached from the
// cleared log, which is neither growth nor a leak; pages that fragmentation pins stay counted. The
// table prints RSS both ways.
//
//   QT_QPA_PLATFORM=offscreen soak [--seconds 600] [--rate 50000] [--sample 5] [--warmup S] [--max-rss MiB]
//
// Exit status: 0 when both checks pass, 1 when one fails, 2 on a usage error or a failed start.
#include "faultserver.h"
#include "processmemory.h"
#include "session.h"
#include "sessionrecorder.h"
#include "sessionstore.h"
#include "sessiontab.h"
#include "streammessages.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <vector>

#include <malloc.h>

using namespace Framewise;

namespace {
constexpr double MiB = 1024.0 * 1024.0;

struct Options {
    int seconds = 600;
    int rate = 50000;
    int sampleS = 5;
    int warmupS = -1;
    int maxRssMiB = 4096;
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The run: the tab, the recorder, the checks and the table.
class Soak : public QObject {
public:
    Soak(const Options &options, const QString &storePath)
        : m_options(options)
        , m_server({ QStringLiteral("--mode"), QStringLiteral("stream"), QStringLiteral("--rate"),
              QString::number(options.rate) })
    {
        m_storeOk = m_store.open(storePath);
        // Made after the store and before our own logGrew handler: the recorder pulls first.
        m_recorder = std::make_unique<SessionRecorder>(m_tab.session(), &m_store);
        connect(m_tab.session(), &Session::logGrew, this, [this] { onLogGrew(); });
        connect(&m_store, &SessionStore::errorOccurred, this, [this](const QString &message) {
            out() << "STORE ERROR: " << message << Qt::endl;
            m_storeError = message;
        });
        m_probe.setTimerType(Qt::PreciseTimer);
        m_probe.setInterval(10);
        connect(&m_probe, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            if (m_lastTick >= 0)
                m_worstLateMs = std::max(m_worstLateMs, now - m_lastTick - 10);
            m_lastTick = now;
        });
        m_sampler.setInterval(m_options.sampleS * 1000);
        // The sample (and the clear) waits for the next logGrew, so it follows the recorder's pull.
        connect(&m_sampler, &QTimer::timeout, this, [this] { m_sampleDue = true; });
    }

    int run()
    {
        if (!m_storeOk) {
            out() << "cannot open the store: " << m_store.errorString() << Qt::endl;
            return 2;
        }
        if (!m_server.waitForPort()) {
            out() << m_server.errorString() << Qt::endl;
            return 2;
        }
        m_tab.resize(1280, 800);
        m_tab.show();
        m_recorder->start();
        ConnectionSettings settings;
        settings.url = m_server.url();
        settings.pingIntervalS = 1; // keepalive on; the stream keeps it from having to ping
        settings.pingTimeoutS = 5;
        QString error;
        if (m_tab.session()->open(settings, &error) != ChannelError::None) {
            out() << "cannot connect: " << error << Qt::endl;
            return 2;
        }
        out() << "soak: " << m_options.seconds << " s at " << m_options.rate
              << " messages/s into a SessionTab with recording on; every " << m_options.sampleS
              << " s the tab's log is cleared (as a user would) and RSS is sampled right after, so it is net of "
                 "the log's payloads (\"RSS MiB\" after malloc_trim, \"untrimmed\" before it); warm-up "
              << m_options.warmupS << " s" << Qt::endl;
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10")
                     .arg(QStringLiteral("time s"), 7)
                     .arg(QStringLiteral("messages"), 11)
                     .arg(QStringLiteral("msg/s"), 8)
                     .arg(QStringLiteral("RSS MiB"), 8)
                     .arg(QStringLiteral("untrimmed"), 9)
                     .arg(QStringLiteral("heap MiB"), 9)
                     .arg(QStringLiteral("cleared"), 9)
                     .arg(QStringLiteral("store rows"), 11)
                     .arg(QStringLiteral("backlog"), 8)
                     .arg(QStringLiteral("late ms"), 8)
              << Qt::endl;
        m_clock.start();
        m_probe.start();
        m_sampler.start();
        QTimer::singleShot(m_options.seconds * 1000, this, [this] { finish(); });
        return QCoreApplication::exec();
    }

private:
    void onLogGrew()
    {
        Session *session = m_tab.session();
        const SessionLog &log = session->log();
        for (qsizetype i = m_checked; i < log.size(); ++i) {
            const MessageRecord &record = log.at(i);
            if (record.direction != MessageRecord::Direction::In)
                continue;
            if (record.kind == MessageRecord::Kind::Text) {
                if (!m_logStream.accept(log.payloadView(i)) && m_logProblem.isEmpty())
                    m_logProblem = m_logStream.problem();
            } else if (record.kind == MessageRecord::Kind::Ping) {
                ++m_pings;
            }
        }
        m_checked = log.size();
        if (m_sampleDue) {
            m_sampleDue = false;
            const qsizetype cleared = log.size();
            m_tab.clearLog(); // the recorder has taken every record of this notification
            m_checked = 0;
            sample(cleared);
        }
    }

    // One row of the table, right after a clear: RSS without the log's payloads.
    void sample(qsizetype cleared)
    {
        const qint64 nowMs = m_clock.elapsed();
        const qint64 messages = m_logStream.next();
        const qint64 rate = (messages - m_lastMessages) * 1000 / std::max<qint64>(1, nowMs - m_lastSampleMs);
        m_lastMessages = messages;
        m_lastSampleMs = nowMs;
        const qint64 rssCached = ProcessMemory::rssBytes();
#ifdef __GLIBC__
        ::malloc_trim(0);
#endif
        const qint64 rss = ProcessMemory::rssBytes();
        const qint64 heap = ProcessMemory::heapInUseBytes();
        qint64 rows = 0;
        if (const auto info = m_store.session(m_recorder->sessionId()))
            rows = info->messageCount;
        m_samples.push_back({ nowMs / 1000, rss, heap });
        m_worstLateOverall = std::max(m_worstLateOverall, m_worstLateMs);
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10")
                     .arg(double(nowMs) / 1000, 7, 'f', 1)
                     .arg(messages, 11)
                     .arg(rate, 8)
                     .arg(double(rss) / MiB, 8, 'f', 1)
                     .arg(double(rssCached) / MiB, 9, 'f', 1)
                     .arg(double(heap) / MiB, 9, 'f', 1)
                     .arg(cleared, 9)
                     .arg(rows, 11)
                     .arg(m_recorder->recordedCount() - rows, 8)
                     .arg(m_worstLateMs, 8)
              << Qt::endl;
        m_worstLateMs = 0;
        if (rss > qint64(m_options.maxRssMiB) * 1024 * 1024 && !m_overCap) {
            // A shared machine is not a place to find out how far it grows: stop and say so.
            m_overCap = true;
            out() << "RSS passed --max-rss " << m_options.maxRssMiB << " MiB: stopping early" << Qt::endl;
            QTimer::singleShot(0, this, [this] { finish(); });
        }
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_sampler.stop();
        m_probe.stop();
        const qint64 elapsedMs = m_clock.elapsed();
        Session *session = m_tab.session();
        session->close(1000, QStringLiteral("soak done"));
        QElapsedTimer wait;
        wait.start();
        while (!session->hasStopped() && wait.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        onLogGrew(); // the last records
        const qint64 received = m_logStream.next();
        m_server.waitForLines(QStringLiteral("SENT "), 1, 5000);
        const qint64 sent = m_server.value(QStringLiteral("SENT"));
        QElapsedTimer flushTimer;
        flushTimer.start();
        const bool flushed = m_store.flush(600000);
        out() << "closed: " << session->lastStopStatus().message() << "; store flushed in " << flushTimer.elapsed()
              << " ms" << (flushed ? "" : " (FAILED)") << Qt::endl;

        // The database, read back in pages: every received text, in order, intact.
        StreamMessages stored;
        QString storedProblem;
        qint64 rows = 0;
        const qint64 id = m_recorder->sessionId();
        QElapsedTimer readTimer;
        readTimer.start();
        for (qint64 from = 0;; from += 100000) {
            const std::vector<LogEntry> page = m_store.messages(id, from, 100000);
            for (const LogEntry &entry : page) {
                if (entry.seq != rows && storedProblem.isEmpty())
                    storedProblem = QStringLiteral("row %1 has seq %2").arg(rows).arg(entry.seq);
                ++rows;
                if (entry.direction == MessageRecord::Direction::In && entry.kind == MessageRecord::Kind::Text
                    && !stored.accept(entry.payload) && storedProblem.isEmpty())
                    storedProblem = stored.problem();
            }
            if (page.size() < 100000)
                break;
        }

        // RSS after warm-up: the mean of the first three samples after it against the last three.
        std::vector<qint64> after;
        std::vector<qint64> heapAfter;
        for (const auto &s : m_samples) {
            if (s.t >= m_options.warmupS) {
                after.push_back(s.rss);
                heapAfter.push_back(s.heap);
            }
        }
        double growth = -1;
        qint64 warm = 0;
        qint64 last = 0;
        qint64 peak = 0;
        qint64 heapWarm = 0;
        qint64 heapLast = 0;
        if (after.size() >= 6) {
            warm = (after[0] + after[1] + after[2]) / 3;
            last = (after[after.size() - 1] + after[after.size() - 2] + after[after.size() - 3]) / 3;
            peak = *std::max_element(after.begin(), after.end());
            growth = double(last - warm) / double(warm);
            heapWarm = (heapAfter[0] + heapAfter[1] + heapAfter[2]) / 3;
            heapLast
                = (heapAfter[heapAfter.size() - 1] + heapAfter[heapAfter.size() - 2] + heapAfter[heapAfter.size() - 3])
                / 3;
        }
        const bool rssOk = !m_overCap && growth >= 0 && growth < 0.05;
        const bool logOk = m_logProblem.isEmpty() && received > 0 && (sent < 0 || sent == received);
        const bool dbOk = storedProblem.isEmpty() && flushed && m_storeError.isEmpty() && stored.next() == received
            && rows == m_recorder->recordedCount();

        out() << Qt::endl << "duration            " << elapsedMs / 1000.0 << " s" << Qt::endl;
        out() << "messages            " << received << " received, " << sent << " sent by the server ("
              << qint64(double(received) * 1000 / double(elapsedMs)) << " msg/s, target " << m_options.rate << ")"
              << Qt::endl;
        out() << "server pings        " << m_pings << " (every one answered by the channel)" << Qt::endl;
        out() << "worst 10 ms timer lateness " << m_worstLateOverall << " ms" << Qt::endl;
        out() << "held back           " << m_recorder->holdBackCount()
              << " times (the channel suspended while the store's writer caught up)" << Qt::endl;
        out() << "store               " << rows << " rows (" << stored.next() << " texts) read back in "
              << readTimer.elapsed() << " ms" << Qt::endl;
        if (growth >= 0) {
            out() << "RSS after warm-up   " << QString::number(double(warm) / MiB, 'f', 1) << " MiB -> "
                  << QString::number(double(last) / MiB, 'f', 1) << " MiB at the end (peak "
                  << QString::number(double(peak) / MiB, 'f', 1) << " MiB): " << QString::number(growth * 100, 'f', 2)
                  << "% growth" << Qt::endl;
            out() << "heap in use         " << QString::number(double(heapWarm) / MiB, 'f', 1) << " MiB -> "
                  << QString::number(double(heapLast) / MiB, 'f', 1)
                  << " MiB (live allocations; RSS above it is what the allocator kept from earlier peaks)" << Qt::endl;
        } else {
            out() << "RSS after warm-up   too few samples after the warm-up to judge" << Qt::endl;
        }
        out() << "check: RSS growth after warm-up < 5%: " << (rssOk ? "PASS" : "FAIL") << Qt::endl;
        out() << "check: no sequence number missing in the log: " << (logOk ? "PASS" : "FAIL") << ' ' << m_logProblem
              << Qt::endl;
        out() << "check: no sequence number missing in the database: " << (dbOk ? "PASS" : "FAIL") << ' '
              << storedProblem << Qt::endl;
        QCoreApplication::exit(rssOk && logOk && dbOk ? 0 : 1);
    }

    struct Sample {
        qint64 t;
        qint64 rss;
        qint64 heap;
    };

    Options m_options;
    FaultServer m_server;
    SessionStore m_store;
    SessionTab m_tab;
    std::unique_ptr<SessionRecorder> m_recorder;
    bool m_storeOk = false;
    QString m_storeError;
    StreamMessages m_logStream;
    QString m_logProblem;
    qsizetype m_checked = 0;
    qint64 m_pings = 0;
    bool m_sampleDue = false;
    bool m_overCap = false;
    bool m_finished = false;
    QElapsedTimer m_clock;
    QTimer m_probe;
    QTimer m_sampler;
    qint64 m_lastTick = -1;
    qint64 m_worstLateMs = 0;
    qint64 m_worstLateOverall = 0;
    qint64 m_lastMessages = 0;
    qint64 m_lastSampleMs = 0;
    std::vector<Sample> m_samples;
};
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Soak run: a recorded SessionTab under a long stream."));
    parser.addHelpOption();
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Duration (default 600)."),
        QStringLiteral("s"), QStringLiteral("600"));
    const QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("Messages a second (default 50000)."),
        QStringLiteral("n"), QStringLiteral("50000"));
    const QCommandLineOption sample(QStringLiteral("sample"),
        QStringLiteral("Seconds between samples; the log is cleared at each (default 5)."), QStringLiteral("s"),
        QStringLiteral("5"));
    const QCommandLineOption maxRss(QStringLiteral("max-rss"),
        QStringLiteral("Stop early (and fail) when RSS passes this many MiB (default 4096)."), QStringLiteral("MiB"),
        QStringLiteral("4096"));
    const QCommandLineOption warmup(QStringLiteral("warmup"),
        QStringLiteral("Warm-up seconds before RSS is judged (default: a fifth of the run, at most 60)."),
        QStringLiteral("s"));
    parser.addOptions({ seconds, rate, sample, maxRss, warmup });
    parser.process(app);
    Options options;
    bool ok = true;
    const auto number = [&parser, &ok](const QCommandLineOption &option) {
        bool valid = false;
        const int n = parser.value(option).toInt(&valid);
        ok = ok && valid && n > 0;
        return n;
    };
    options.seconds = number(seconds);
    options.rate = number(rate);
    options.sampleS = number(sample);
    options.maxRssMiB = number(maxRss);
    options.warmupS = parser.isSet(warmup) ? number(warmup) : std::min(60, options.seconds / 5);
    if (!ok) {
        out() << "every option takes a positive whole number" << Qt::endl;
        return 2;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        out() << "no temporary folder: " << dir.errorString() << Qt::endl;
        return 2;
    }
    Soak soak(options, dir.filePath(QStringLiteral("sessions.sqlite")));
    return soak.run();
}
