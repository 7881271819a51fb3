// SPDX-License-Identifier: GPL-3.0-or-later
// The session store under disk faults while a Session receives a sequence-numbered stream from
// fault_server.py: a full disk and a read-only file system. The store must say what went wrong in
// words (once), stop recording, keep what it had written intact, and the live Session must go on
// receiving with nothing lost in memory.
//
// The disk faults are real: as root with the right to mount (CI's container and this machine), each
// test mounts a tmpfs of its own in a temporary folder (2 MiB to fill, or remounted read-only) and
// unmounts it afterwards. Without that right, a full disk is RLIMIT_FSIZE (files of this process
// cannot grow past 2 MiB; SIGXFSZ ignored so write() fails with EFBIG) and read-only is a folder
// without write permission; root without the right to mount skips the read-only case, as root
// ignores file modes. FRAMEWISE_FAULTS_NO_MOUNT=1 forces the fallbacks.
//
// And a writer that cannot keep up (another process holds the database's write lock): the
// recorder must hold the live session back (its channel suspended) instead of queueing without
// bound, let it go once the writer caught up, and lose nothing on either side.
#include "databaselock.h"
#include "faultserver.h"
#include "logentry.h"
#include "scratchmount.h"
#include "session.h"
#include "sessionrecorder.h"
#include "sessionstore.h"
#include "streammessages.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace Framewise;

namespace {
constexpr qint64 MiB = 1024 * 1024;

qsizetype receivedTexts(const SessionLog &log)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < log.size(); ++i)
        n += log.at(i).direction == MessageRecord::Direction::In && log.at(i).kind == MessageRecord::Kind::Text;
    return n;
}

// Empty when the log's received texts are the stream from message 0 on, without a gap.
QString checkLog(const SessionLog &log)
{
    StreamMessages stream;
    for (qsizetype i = 0; i < log.size(); ++i) {
        if (log.at(i).direction == MessageRecord::Direction::In && log.at(i).kind == MessageRecord::Kind::Text
            && !stream.accept(log.payloadView(i)))
            return QStringLiteral("log record %1: %2").arg(i).arg(stream.problem());
    }
    return stream.next() > 0 ? QString() : QStringLiteral("no message in the log");
}

// RLIMIT_FSIZE for this process for as long as it lives (the fallback for a full disk).
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_old {};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

// A Session receiving fault_server.py's stream, recorded into store.
struct Receiver {
    explicit Receiver(SessionStore *store, int rate = 20000)
        : server(
            { QStringLiteral("--mode"), QStringLiteral("stream"), QStringLiteral("--rate"), QString::number(rate) })
        , recorder(&session, store)
    {
    }
    bool open(QString *why)
    {
        if (!server.waitForPort()) {
            *why = server.errorString();
            return false;
        }
        recorder.start();
        ConnectionSettings settings;
        settings.url = server.url();
        return session.open(settings, why) == ChannelError::None;
    }
    bool waitForMore(qsizetype count, int ms = 15000)
    {
        const qsizetype target = receivedTexts(session.log()) + count;
        return QTest::qWaitFor([&] { return receivedTexts(session.log()) >= target; }, ms);
    }

    // After the store failed: the session still receives (in memory), closes cleanly, and its log
    // is whole. Fails the test when not.
    void carriesOnAndClosesCleanly()
    {
        QVERIFY(waitForMore(20000));
        QCOMPARE(session.state(), WebSocketChannel::State::Open);
        QCOMPARE(session.close(1000, QString()), ChannelError::None);
        QTRY_VERIFY_WITH_TIMEOUT(session.hasStopped(), 10000);
        QVERIFY(session.lastStopStatus().isClean());
        const QString logProblem = checkLog(session.log());
        QVERIFY2(logProblem.isEmpty(), qPrintable(logProblem));
    }

    FaultServer server;
    Session session;
    SessionRecorder recorder;
};
} // namespace

class TestFaultsStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fullDisk();
    void readOnlyFileSystem_data();
    void readOnlyFileSystem();
    void slowWriterHoldsTheSessionBack();
};

void TestFaultsStore::fullDisk()
{
    ScratchMount scratch;
    const bool mounted = scratch.mountTmpfs(2 * MiB);
    std::unique_ptr<FileSizeLimit> limit;
    if (!mounted) {
        qInfo("no tmpfs (%s): a full disk is RLIMIT_FSIZE of 2 MiB instead", qPrintable(scratch.errorString()));
        limit = std::make_unique<FileSizeLimit>(2 * MiB);
        QVERIFY(limit->ok());
    }
    const QString path = scratch.filePath(QStringLiteral("sessions.sqlite"));
    SessionStore store;
    QSignalSpy errors(&store, &SessionStore::errorOccurred);
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    Receiver receiver(&store);
    QString why;
    QVERIFY2(receiver.open(&why), qPrintable(why));
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 20000); // 2 MiB hold a few thousand messages
    const qsizetype atFailure = receivedTexts(receiver.session.log());
    qDebug("the store failed after %lld messages: %s", qint64(atFailure), qPrintable(store.errorString()));
    QVERIFY2(store.errorString().contains(path), qPrintable(store.errorString()));
    if (mounted) {
        QVERIFY2(store.errorString().contains(QStringLiteral("is full")), qPrintable(store.errorString()));
    } else {
        QVERIFY2(store.errorString().contains(QStringLiteral("is full"))
                || store.errorString().contains(QStringLiteral("failed")),
            qPrintable(store.errorString()));
    }
    QVERIFY(!store.canRecord());

    // The live session goes on receiving, in memory.
    receiver.carriesOnAndClosesCleanly();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(errors.size(), 1); // said once
    limit.reset();

    // What the store wrote before the disk filled is intact: the log's first records, exactly.
    const qint64 id = receiver.recorder.sessionId();
    QVERIFY(id > 0);
    const std::vector<LogEntry> stored = store.messages(id);
    QVERIFY(!stored.empty());
    QVERIFY(qsizetype(stored.size()) < receiver.session.log().size());
    StreamMessages storedStream;
    for (std::size_t i = 0; i < stored.size(); ++i) {
        const LogEntry &entry = stored[i];
        QCOMPARE(entry.seq, qint64(i));
        QCOMPARE(entry.kind, receiver.session.log().at(qsizetype(i)).kind);
        QVERIFY(entry.payload == receiver.session.log().payload(qsizetype(i)));
        if (entry.direction == MessageRecord::Direction::In && entry.kind == MessageRecord::Kind::Text)
            QVERIFY2(storedStream.accept(entry.payload), qPrintable(storedStream.problem()));
    }
    qDebug("%lld records were stored before the disk filled", qint64(stored.size()));
}

void TestFaultsStore::readOnlyFileSystem_data()
{
    QTest::addColumn<bool>("existing");
    QTest::newRow("a database made before") << true;
    QTest::newRow("no database yet") << false;
}

void TestFaultsStore::readOnlyFileSystem()
{
    // The store is opened and the recording starts while the session is already receiving, as when
    // recording is switched on in a live tab.
    QFETCH(bool, existing);
    ScratchMount scratch;
    if (!scratch.mountTmpfs(4 * MiB) && ::geteuid() == 0)
        QSKIP(qPrintable(
            QStringLiteral("root ignores file modes and cannot mount here (%1)").arg(scratch.errorString())));
    const QString path = scratch.filePath(QStringLiteral("sessions.sqlite"));
    if (existing) {
        SessionStore before;
        QVERIFY2(before.open(path), qPrintable(before.errorString()));
    }
    QVERIFY2(scratch.makeReadOnly(), qPrintable(scratch.errorString()));

    SessionStore store;
    QSignalSpy errors(&store, &SessionStore::errorOccurred);
    Receiver receiver(&store);
    QString why;
    QVERIFY2(receiver.open(&why), qPrintable(why));
    QVERIFY(receiver.waitForMore(2000));
    const bool opened = store.open(path);
    receiver.recorder.start();
    if (opened)
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 10000); // the first write fails
    qDebug("open %s: %s", opened ? "succeeded" : "failed", qPrintable(store.errorString()));
    QVERIFY2(store.errorString().contains(path), qPrintable(store.errorString()));
    QVERIFY2(store.errorString().contains(QStringLiteral("read-only")), qPrintable(store.errorString()));
    QVERIFY(!store.canRecord());
    QTRY_VERIFY(!receiver.recorder.isRecording());

    receiver.carriesOnAndClosesCleanly();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(errors.size(), 1);
}

void TestFaultsStore::slowWriterHoldsTheSessionBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sessions.sqlite"));
    SessionStore store;
    QSignalSpy errors(&store, &SessionStore::errorOccurred);
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    // Declared before the receiver: its recorder, destroyed while holding back (a failed check
    // ends the test early), reports the release to these.
    QList<bool> changes;
    qint64 worstBacklog = 0;
    Receiver receiver(&store, 40000);
    // Small limits, so that the few seconds a write may wait for a lock are enough to reach them.
    SessionRecorder::HoldBackLimits limits;
    limits.holdBackBytes = 1024 * 1024;
    limits.holdBackAgeMs = 300;
    limits.hardBytes = 8 * MiB;
    limits.releaseBytes = 256 * 1024;
    receiver.recorder.setHoldBackLimits(limits);
    connect(&receiver.recorder, &SessionRecorder::holdingBackChanged, this, [&](bool holding) {
        changes.append(holding);
        if (holding)
            QVERIFY(receiver.session.channel()->isSuspended());
    });
    connect(&receiver.session, &Session::logGrew, this,
        [&] { worstBacklog = std::max(worstBacklog, store.backlog().bytes); });
    QString why;
    QVERIFY2(receiver.open(&why), qPrintable(why));
    QVERIFY(receiver.waitForMore(2000));
    QTRY_VERIFY_WITH_TIMEOUT(receiver.recorder.sessionId() > 0, 5000);
    QVERIFY(changes.isEmpty()); // the writer keeps up: nothing held back

    // Another connection takes the write lock; the writer waits for it (up to the busy timeout).
    DatabaseLock blocker(path);
    QVERIFY2(blocker.lock(), qPrintable(blocker.errorString()));
    QElapsedTimer locked;
    locked.start();
    QTRY_VERIFY_WITH_TIMEOUT(receiver.recorder.isHoldingBack(), 3500);
    qDebug("held back %lld ms after the lock; backlog %lld bytes", locked.elapsed(), store.backlog().bytes);
    // While held back the channel reads nothing: the log stops growing.
    const qsizetype heldAt = receiver.session.log().size();
    QTest::qWait(300);
    QVERIFY(receiver.recorder.isHoldingBack());
    QCOMPARE(receiver.session.log().size(), heldAt);
    QCOMPARE(receiver.session.state(), WebSocketChannel::State::Open);
    QVERIFY2(blocker.unlock(), qPrintable(blocker.errorString()));

    // The writer catches up, the session is let go and goes on receiving.
    QTRY_VERIFY_WITH_TIMEOUT(!receiver.recorder.isHoldingBack(), 10000);
    QVERIFY(!receiver.session.channel()->isSuspended());
    QVERIFY(receiver.waitForMore(20000));
    // Held, released, and maybe held again: the server then sends what it owes as fast as it can,
    // which a writer under ASan may not keep up with.
    QVERIFY2(changes.size() >= 2, qPrintable(QString::number(changes.size())));
    for (qsizetype i = 0; i < changes.size(); ++i)
        QCOMPARE(changes.at(i), i % 2 == 0);
    QVERIFY(receiver.recorder.holdBackCount() >= 1);
    // Bounded: after the release the server sends what it owes as fast as it can, and a young backlog
    // may grow (holdBackAgeMs) up to hardBytes, plus what arrives before the next check (one logGrew).
    qDebug("worst backlog %lld bytes (limits %lld, hard %lld)", worstBacklog, limits.holdBackBytes, limits.hardBytes);
    QVERIFY2(worstBacklog < limits.hardBytes + 8 * MiB, qPrintable(QString::number(worstBacklog)));

    QCOMPARE(receiver.session.close(1000, QString()), ChannelError::None);
    QTRY_VERIFY_WITH_TIMEOUT(receiver.session.hasStopped(), 10000);
    QVERIFY(receiver.session.lastStopStatus().isClean());
    QVERIFY(store.flush());
    QVERIFY2(errors.isEmpty(), qPrintable(store.errorString()));
    const QString logProblem = checkLog(receiver.session.log());
    QVERIFY2(logProblem.isEmpty(), qPrintable(logProblem));
    // Every record is in the database, in order, the same as in the log.
    const std::vector<LogEntry> stored = store.messages(receiver.recorder.sessionId());
    QCOMPARE(qsizetype(stored.size()), receiver.session.log().size());
    for (std::size_t i = 0; i < stored.size(); ++i) {
        QCOMPARE(stored[i].seq, qint64(i));
        QVERIFY(stored[i].payload == receiver.session.log().payload(qsizetype(i)));
    }
}

QTEST_GUILESS_MAIN(TestFaultsStore)
#include "tst_faults_store.moc"
