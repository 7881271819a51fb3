// SPDX-License-Identifier: GPL-3.0-or-later
// bench_store: session recording and export (issue 6). A blaster process (bench_channel
// --blaster) sends COUNT x 64-byte text messages as fast as they are taken to a headless
// Session, first without recording, then with a SessionRecorder writing to a SessionStore in a
// temporary directory. Prints both times and their ratio (target <= 1.5x), and the time until
// the last batch is on disk. Then exports the recorded session from the database to HAR and to
// JSON Lines and prints the output rate (target >= 200 MB/s), and the same from the live log.
// Wall times on a shared machine measure the machine; the CPU times of the measured thread are
// printed beside them. --synthetic skips the network: it writes COUNT records straight into a
// store and exports them from memory and from the database.
// Run: bench_store [COUNT] [--repeat N] [--synthetic]   (a Release build)
#include "blasterprocess.h"
#include "harexporter.h"
#include "jsonlinesexporter.h"
#include "recordbatch.h"
#include "session.h"
#include "sessionlogsource.h"
#include "sessionrecorder.h"
#include "sessionstore.h"
#include "storedsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>

using namespace Framewise;

namespace {

double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Run {
    double receivedMs = 0; // connected until the last message is in the session's log
    double flushedMs = 0; // ... until the store wrote the last batch (recording only)
    double cpuMs = 0; // CPU time of the session's thread until the last message
    qint64 storedId = -1;
};

// One flood into a headless Session; with store, recorded.
bool flood(qint64 count, SessionStore *store, Run *run)
{
    BlasterProcess blaster(count);
    if (blaster.port() == 0) {
        std::fprintf(stderr, "blaster did not start\n");
        return false;
    }
    Session session;
    std::unique_ptr<SessionRecorder> recorder;
    if (store) {
        recorder = std::make_unique<SessionRecorder>(&session, store);
        recorder->start();
    }
    ConnectionSettings settings;
    settings.url = blaster.url();
    settings.deflate.enabled = false; // the blaster does not compress
    qint64 received = 0;
    QElapsedTimer timer;
    timer.start();
    QString why;
    const ChannelError error = session.open(settings, &why);
    if (error != ChannelError::None || !session.channel()) {
        std::fprintf(
            stderr, "cannot open %s: %d %s\n", qPrintable(settings.url.toString()), int(error), qPrintable(why));
        return false;
    }
    double cpuStart = 0;
    QObject::connect(session.channel(), &WebSocketChannel::started, [&timer, &cpuStart] {
        timer.start();
        cpuStart = threadCpuMs();
    });
    QObject::connect(session.channel(), &WebSocketChannel::messageAvailable, [&](const QByteArray &) {
        // Connected after the session's own slot: the message is in the log when this runs.
        if (++received == count) {
            run->receivedMs = double(timer.nsecsElapsed()) / 1e6;
            run->cpuMs = threadCpuMs() - cpuStart;
            session.abort();
        }
    });
    QObject::connect(&session, &Session::stopped, QCoreApplication::instance(), &QCoreApplication::quit);
    QCoreApplication::exec();
    if (received != count) {
        std::fprintf(
            stderr, "received %lld of %lld\n", static_cast<long long>(received), static_cast<long long>(count));
        return false;
    }
    if (store) {
        if (!store->flush(600000)) {
            std::fprintf(stderr, "store: %s\n", qPrintable(store->errorString()));
            return false;
        }
        run->flushedMs = double(timer.nsecsElapsed()) / 1e6;
        run->storedId = recorder->sessionId();
    }
    return true;
}

struct ExportRun {
    double ms = 0;
    double cpuMs = 0; // this thread's CPU time: what the export costs when it gets a core to itself
    qint64 bytes = 0;
    double mbPerS() const { return ms > 0 ? double(bytes) / 1e6 / (ms / 1000.0) : 0; }
    double cpuMbPerS() const { return cpuMs > 0 ? double(bytes) / 1e6 / (cpuMs / 1000.0) : 0; }
};

bool exportOnce(SessionExporter &exporter, RecordSource &source, const QString &path, ExportRun *run)
{
    QElapsedTimer timer;
    timer.start();
    const double cpu = threadCpuMs();
    if (!exporter.exportToFile(source, path)) {
        std::fprintf(stderr, "export: %s\n", qPrintable(exporter.errorString()));
        return false;
    }
    run->ms = double(timer.nsecsElapsed()) / 1e6;
    run->cpuMs = threadCpuMs() - cpu;
    run->bytes = QFileInfo(path).size();
    return true;
}

// Exports source as HAR (stem.har) and as JSON Lines (stem.jsonl) in dir, one after the other.
bool exportBoth(RecordSource &source, const QTemporaryDir &dir, const QString &stem, ExportRun *har, ExportRun *jsonl)
{
    HarExporter harExporter;
    JsonLinesExporter jsonlExporter;
    return exportOnce(harExporter, source, dir.filePath(stem + QStringLiteral(".har")), har)
        && exportOnce(jsonlExporter, source, dir.filePath(stem + QStringLiteral(".jsonl")), jsonl);
}

// Without the network: COUNT messages like the blaster's straight into a SessionLog, written
// to a store through the recorder's path (RecordBatch, worker thread) and exported from both.
int synthetic(qint64 count, int repeat, const QTemporaryDir &dir)
{
    SessionLog log;
    const QByteArray payload(64, 'x');
    for (qint64 i = 0; i < count; ++i) {
        MessageRecord record;
        record.timeUs = qint64(1700000000) * 1000000 + i * 3;
        record.wireSize = 64;
        log.append(record, payload);
    }
    SessionInfo info;
    info.url = QStringLiteral("ws://127.0.0.1:1/");
    info.startedUs = qint64(1700000000) * 1000000;
    SessionLogSource live(log, info);
    SessionStore store;
    if (!store.open(dir.filePath(QStringLiteral("synthetic.sqlite"))))
        return 2;
    QElapsedTimer timer;
    timer.start();
    const int handle = store.beginSession(info);
    for (qint64 first = 0; first < count; first += 20000) {
        RecordBatch batch;
        LogEntry entry;
        for (qint64 i = first; i < std::min(count, first + 20000); ++i) {
            live.read(i, &entry);
            batch.append(entry);
        }
        store.appendRecords(handle, std::move(batch));
    }
    store.endSession(handle, info);
    if (!store.flush(600000))
        return 2;
    const double writeMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("  store only (no network): %lld records written in %.1f ms (%.2f us per record)\n",
        static_cast<long long>(count), writeMs, writeMs * 1000.0 / double(count));
    StoredSession stored(store.path(), store.sessionId(handle));
    if (!stored.open())
        return 2;
    {
        const double cpu0 = threadCpuMs();
        timer.restart();
        LogEntry entry;
        qint64 bytes = 0;
        for (qsizetype i = 0; i < stored.count(); ++i) {
            if (!stored.read(i, &entry))
                return 2;
            bytes += entry.payload.size();
        }
        std::printf("  reading the records back: %.1f ms (CPU %.1f ms, %.2f us per record; %lld payload bytes)\n",
            double(timer.nsecsElapsed()) / 1e6, threadCpuMs() - cpu0,
            (threadCpuMs() - cpu0) * 1000.0 / double(stored.count()), static_cast<long long>(bytes));
    }
    for (int r = 0; r < repeat; ++r) {
        for (RecordSource *source : { static_cast<RecordSource *>(&live), static_cast<RecordSource *>(&stored) }) {
            HarExporter har;
            JsonLinesExporter jsonl;
            ExportRun h;
            ExportRun j;
            const double cpu0 = threadCpuMs();
            if (!exportOnce(har, *source, dir.filePath(QStringLiteral("s.har")), &h))
                return 2;
            const double cpu1 = threadCpuMs();
            if (!exportOnce(jsonl, *source, dir.filePath(QStringLiteral("s.jsonl")), &j))
                return 2;
            const double cpu2 = threadCpuMs();
            std::printf(
                "  %s: HAR %.1f MB in %.1f ms (%.1f MB/s; CPU %.1f ms), JSONL %.1f MB in %.1f ms (%.1f MB/s; CPU "
                "%.1f ms)\n",
                source == &live ? "from memory" : "from store ", double(h.bytes) / 1e6, h.ms, h.mbPerS(), cpu1 - cpu0,
                double(j.bytes) / 1e6, j.ms, j.mbPerS(), cpu2 - cpu1);
        }
    }
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 count = 1000000;
    int repeat = 3;
    bool onlySynthetic = false;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--repeat") && i + 1 < args.size())
            repeat = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--synthetic"))
            onlySynthetic = true;
        else
            count = std::max<qint64>(1, args.at(i).toLongLong());
    }
    QTemporaryDir dir;
    if (onlySynthetic)
        return synthetic(count, repeat, dir);
    std::printf("bench_store: %lld x 64-byte text messages, best of %d\n", static_cast<long long>(count), repeat);

    double offMs = 1e300;
    double onMs = 1e300;
    double onFlushedMs = 1e300;
    qint64 storedId = -1;
    QString databasePath;
    for (int r = 0; r < repeat; ++r) {
        Run off;
        if (!flood(count, nullptr, &off))
            return 2;
        // A fresh database per run, so that every run writes the same amount.
        databasePath = dir.filePath(QStringLiteral("run%1.sqlite").arg(r));
        SessionStore store;
        if (!store.open(databasePath)) {
            std::fprintf(stderr, "store: %s\n", qPrintable(store.errorString()));
            return 2;
        }
        Run on;
        if (!flood(count, &store, &on))
            return 2;
        std::printf("  run %d: off %9.1f ms (CPU %.1f ms), on %9.1f ms (CPU %.1f ms; on disk after %.1f ms)\n", r + 1,
            off.receivedMs, off.cpuMs, on.receivedMs, on.cpuMs, on.flushedMs);
        std::fflush(stdout);
        offMs = std::min(offMs, off.receivedMs);
        if (on.receivedMs < onMs) {
            onMs = on.receivedMs;
            onFlushedMs = on.flushedMs;
        }
        storedId = on.storedId;
    }
    const double ratio = onMs / offMs;
    std::printf("  recording off:             %9.1f ms\n", offMs);
    std::printf("  recording on:              %9.1f ms  (%.2fx off; target <= 1.5x: %s)\n", onMs, ratio,
        ratio <= 1.5 ? "PASS" : "MISS");
    std::printf("  recording on, on disk:     %9.1f ms  (%.2fx off)\n", onFlushedMs, onFlushedMs / offMs);

    // Export the last recorded session from the database, and the same records from a live log.
    StoredSession stored(databasePath, storedId);
    if (!stored.open()) {
        std::fprintf(stderr, "stored session: %s\n", qPrintable(stored.errorString()));
        return 2;
    }
    ExportRun har;
    ExportRun jsonl;
    for (int r = 0; r < repeat; ++r) {
        ExportRun h;
        ExportRun j;
        if (!exportBoth(stored, dir, QStringLiteral("out"), &h, &j))
            return 2;
        if (har.ms == 0 || h.ms < har.ms)
            har = h;
        if (jsonl.ms == 0 || j.ms < jsonl.ms)
            jsonl = j;
    }
    std::printf("  export %lld stored records:\n", static_cast<long long>(stored.count()));
    std::printf("    HAR:                     %9.1f ms  %7.1f MB  %7.1f MB/s (target >= 200: %s); CPU %.1f ms = %.1f "
                "MB/s\n",
        har.ms, double(har.bytes) / 1e6, har.mbPerS(), har.mbPerS() >= 200 ? "PASS" : "MISS", har.cpuMs,
        har.cpuMbPerS());
    std::printf("    JSON Lines:              %9.1f ms  %7.1f MB  %7.1f MB/s (target >= 200: %s); CPU %.1f ms = %.1f "
                "MB/s\n",
        jsonl.ms, double(jsonl.bytes) / 1e6, jsonl.mbPerS(), jsonl.mbPerS() >= 200 ? "PASS" : "MISS", jsonl.cpuMs,
        jsonl.cpuMbPerS());

    // The same records from memory: what the exporters cost without SQLite.
    SessionLog log;
    for (qsizetype i = 0; i < stored.count(); ++i) {
        LogEntry entry;
        if (!stored.read(i, &entry))
            return 2;
        MessageRecord record;
        record.timeUs = entry.timeUs;
        record.direction = entry.direction;
        record.kind = entry.kind;
        record.wireSize = entry.wireSize;
        log.append(record, entry.payload);
    }
    SessionLogSource live(log, stored.info());
    ExportRun liveHar;
    ExportRun liveJsonl;
    if (!exportBoth(live, dir, QStringLiteral("live"), &liveHar, &liveJsonl))
        return 2;
    std::printf("  export the same from a live log:\n");
    std::printf("    HAR:                     %9.1f ms  %7.1f MB/s; CPU %.1f ms = %.1f MB/s\n", liveHar.ms,
        liveHar.mbPerS(), liveHar.cpuMs, liveHar.cpuMbPerS());
    std::printf("    JSON Lines:              %9.1f ms  %7.1f MB/s; CPU %.1f ms = %.1f MB/s\n", liveJsonl.ms,
        liveJsonl.mbPerS(), liveJsonl.cpuMs, liveJsonl.cpuMbPerS());
    return 0;
}
