// SPDX-License-Identifier: GPL-3.0-or-later
// SessionStore and SessionRecorder: the schema and WAL, recording a live Session against a real
// server on 127.0.0.1 (redacted handshake, every record, one stored session per connection),
// paged reads, closing right after the last append (nothing queued may be lost), search,
// deletion and retention, marking sessions of dead recorders interrupted, and the failures that
// must be reported in words while the live session carries on: a path that cannot be created, a
// file that is not a database, a newer schema, a locked database.
#include "harexporter.h"
#include "localechoserver.h"
#include "recordbatch.h"
#include "session.h"
#include "sessionlogsource.h"
#include "sessionrecorder.h"
#include "sessionstore.h"
#include "storedsession.h"
#include "storetestdata.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Framewise;

namespace {
// A direct connection to the database file, as another program would have one.
class RawDatabase {
public:
    explicit RawDatabase(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~RawDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_ok; }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return {};
        }
        return query.value(0);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        const bool ok = query.exec(sql);
        if (!ok)
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return ok;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_ok = false;
};

RecordBatch batchOf(const std::vector<QByteArray> &payloads, qint64 firstSeq = 0)
{
    RecordBatch batch;
    for (std::size_t i = 0; i < payloads.size(); ++i) {
        LogEntry entry;
        entry.seq = firstSeq + qint64(i);
        entry.timeUs = StoreTestData::BaseTimeUs + entry.seq;
        entry.kind = i % 2 ? MessageRecord::Kind::Binary : MessageRecord::Kind::Text;
        entry.direction = i % 3 ? MessageRecord::Direction::In : MessageRecord::Direction::Out;
        entry.payload = payloads[i];
        entry.payloadSize = entry.wireSize = payloads[i].size();
        batch.append(entry);
    }
    return batch;
}

qsizetype countOf(const SessionLog &log, MessageRecord::Direction direction)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < log.size(); ++i) {
        const MessageRecord &record = log.at(i);
        if (record.direction == direction
            && (record.kind == MessageRecord::Kind::Text || record.kind == MessageRecord::Kind::Binary))
            ++n;
    }
    return n;
}

qint64 deadPid()
{
    QProcess process;
    process.start(QStringLiteral("sleep"), { QStringLiteral("30") });
    process.waitForStarted();
    const qint64 pid = process.processId();
    process.kill();
    process.waitForFinished();
    return pid;
}
} // namespace

namespace {
// What the recording tests share: a local echo server, and a session recorded into a store.
struct Recording {
    // Starts the server and opens the store at storePath; what went wrong, or an empty string.
    QString start(const QString &storePath)
    {
        if (!server.start())
            return QStringLiteral("the local echo server did not start");
        if (!store.open(storePath))
            return QStringLiteral("the store did not open: ") + store.errorString();
        return {};
    }

    LocalEchoServer server;
    SessionStore store;
    Session session;
    SessionRecorder recorder { &session, &store };
};
} // namespace

class TestSessionStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void schemaAndWal();
    void recordAndReadBack();
    void pagedReads();
    void closeWritesWhatIsQueued_data();
    void closeWritesWhatIsQueued();
    void recorderRecordsALiveSession();
    void eachConnectionIsOneSession_data();
    void eachConnectionIsOneSession();
    void liveSessionsOfDeadRecordersAreInterrupted();
    void deleteAndRetention();
    void pathThatCannotBeCreated();
    void fileThatIsNotADatabase();
    void newerSchema();
    void versionOneDatabaseIsMigrated();
    void rejectedUpgradeBodyIsRecorded();
    void sentFilesAreKeptOrNamed();
    void earlierDatabaseGainsStopReason();
    void marksAndKindAreStored();
    void recorderRecordsKindAndMarks();
    void versionTwoDatabaseIsMigrated();
    void sessionCarriesOnWithoutStore();
    void lockedDatabaseStopsRecordingNotTheSession();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name = QStringLiteral("sessions.sqlite")) const { return m_dir->filePath(name); }
};

void TestSessionStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSessionStore::schemaAndWal()
{
    {
        SessionStore store;
        QVERIFY2(store.open(path()), qPrintable(store.errorString()));
        QVERIFY(store.canRecord());
        QCOMPARE(store.path(), path());
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }
    RawDatabase raw(path());
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(raw.value(QStringLiteral("PRAGMA auto_vacuum")).toInt(), 2); // incremental
    QCOMPARE(raw.value(QStringLiteral("SELECT max(version) FROM schema_version")).toInt(), 3);
    // A session's messages are one range of the primary key's b-tree, no second index to keep.
    const QString messages
        = raw.value(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'messages'")).toString();
    QVERIFY2(messages.contains(QStringLiteral("PRIMARY KEY (session_id, seq)"))
            && messages.endsWith(QStringLiteral("WITHOUT ROWID")),
        qPrintable(messages));
}

void TestSessionStore::recordAndReadBack()
{
    SessionStore store;
    QVERIFY(store.open(path()));
    QSignalSpy created(&store, &SessionStore::sessionCreated);
    SessionInfo info = StoreTestData::info();
    info.handshakeRequest = QStringLiteral("GET / HTTP/1.1\nHost: example.test");
    const int handle = store.beginSession(info);
    QVERIFY(handle > 0);
    QByteArray big(1024 * 1024, 'x');
    big[0] = '\0';
    const std::vector<QByteArray> payloads { QByteArray("one"), QByteArray("", 0), big,
        QStringLiteral("ü 🙂").toUtf8(), QByteArray("\x00\xff", 2) };
    store.appendRecords(handle, batchOf({ payloads[0], payloads[1] }));
    store.appendRecords(handle, batchOf({ payloads[2], payloads[3], payloads[4] }, 2));
    SessionInfo end = info;
    end.endedUs = info.startedUs + 5;
    end.state = SessionInfo::State::Ended;
    end.stopStatus = QStringLiteral("done");
    store.endSession(handle, end);
    QVERIFY(store.flush());
    QTRY_COMPARE(created.size(), 1);
    const qint64 id = store.sessionId(handle);
    QCOMPARE(created.first().at(1).toLongLong(), id);

    const auto stored = store.session(id);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->url, info.url);
    QCOMPARE(stored->profileName, info.profileName);
    QCOMPARE(stored->state, SessionInfo::State::Ended);
    QCOMPARE(stored->stopStatus, QStringLiteral("done"));
    QCOMPARE(stored->messageCount, qint64(5));
    QCOMPARE(stored->payloadBytes, qint64(3 + 1024 * 1024 + 7 + 2));
    QCOMPARE(stored->endedUs, end.endedUs);
    QCOMPARE(stored->handshakeMs, info.handshakeMs);
    const std::vector<LogEntry> messages = store.messages(id);
    QCOMPARE(messages.size(), payloads.size());
    for (std::size_t i = 0; i < payloads.size(); ++i) {
        QCOMPARE(messages[i].seq, qint64(i));
        QCOMPARE(messages[i].payload, payloads[i]);
        QCOMPARE(messages[i].payloadSize, qint64(payloads[i].size()));
    }
    QCOMPARE(store.sessions(QStringLiteral("EXAMPLE.test")).size(), 1);
    QCOMPARE(store.sessions(QStringLiteral("elsewhere")).size(), 0);
}

void TestSessionStore::pagedReads()
{
    SessionStore store;
    QVERIFY(store.open(path()));
    const int handle = store.beginSession(StoreTestData::info());
    const qint64 total = 3 * StoredSession::PageSize + 17;
    for (qint64 first = 0; first < total; first += 1000) {
        std::vector<QByteArray> payloads;
        for (qint64 i = first; i < std::min(total, first + 1000); ++i)
            payloads.push_back(QByteArray::number(i));
        store.appendRecords(handle, batchOf(payloads, first));
    }
    QVERIFY(store.flush());
    const qint64 id = store.sessionId(handle);
    const std::vector<LogEntry> page = store.messages(id, 4000, 200);
    QCOMPARE(page.size(), std::size_t(200));
    QCOMPARE(page.front().seq, qint64(4000));
    QCOMPARE(page.back().payload, QByteArray("4199"));

    StoredSession session(store.path(), id);
    QVERIFY2(session.open(), qPrintable(session.errorString()));
    QCOMPARE(session.count(), total);
    for (const qint64 index : { total - 1, qint64(0), qint64(StoredSession::PageSize), qint64(5000), total - 2 }) {
        LogEntry entry;
        QVERIFY(session.read(index, &entry));
        QCOMPARE(entry.seq, index);
        QCOMPARE(entry.payload, QByteArray::number(index));
    }
    // Front to back twice (the read-ahead pages), with a jump back in between.
    for (int pass = 0; pass < 2; ++pass) {
        for (qint64 index = 0; index < total; ++index) {
            LogEntry entry;
            QVERIFY(session.read(index, &entry));
            QCOMPARE(entry.seq, index);
            QCOMPARE(entry.payload, QByteArray::number(index));
            if (pass == 0 && index == StoredSession::PageSize + 5) {
                QVERIFY(session.read(3, &entry)); // a jump back, then on from where it was
                QCOMPARE(entry.payload, QByteArray("3"));
            }
        }
    }
    LogEntry entry;
    QVERIFY(!session.read(total, &entry));
    // Records missing from the database (deleted under the reader) are an error in words.
    StoredSession shorter(store.path(), id);
    QVERIFY(shorter.open());
    SessionInfo ended = StoreTestData::info();
    ended.state = SessionInfo::State::Ended;
    store.endSession(handle, ended);
    QVERIFY(store.flush());
    QVERIFY2(store.deleteSession(id), qPrintable(store.errorString()));
    QVERIFY(!shorter.read(0, &entry));
    QVERIFY2(shorter.errorString().contains(QStringLiteral("lacks record")), qPrintable(shorter.errorString()));
    StoredSession missing(store.path(), id + 100);
    QVERIFY(!missing.open());
    QVERIFY2(missing.errorString().contains(QStringLiteral("no session")), qPrintable(missing.errorString()));
}

void TestSessionStore::closeWritesWhatIsQueued_data()
{
    QTest::addColumn<bool>("destroy");
    QTest::newRow("close") << false;
    QTest::newRow("destructor") << true;
}

// The window closes the store on quit and framewise-cli when it exits, right after the last
// session ended: what was queued within the writer's last ~30 ms must not be lost, nor the end.
void TestSessionStore::closeWritesWhatIsQueued()
{
    QFETCH(bool, destroy);
    const std::vector<QByteArray> payloads { QByteArray("first"), QByteArray(64 * 1024, 'm'),
        QByteArray("\x00last", 5) };
    SessionInfo end = StoreTestData::info();
    end.endedUs = end.startedUs + 9;
    end.state = SessionInfo::State::Ended;
    end.closeCode = 1000;
    end.stopStatus = QStringLiteral("closed at once");
    {
        auto store = std::make_unique<SessionStore>();
        QVERIFY(store->open(path()));
        const int handle = store->beginSession(StoreTestData::info());
        QVERIFY(handle > 0);
        store->appendRecords(handle, batchOf({ payloads[0], payloads[1] }));
        store->appendRecords(handle, batchOf({ payloads[2] }, 2));
        store->endSession(handle, end);
        // No flush(), no waiting for the writer's timer.
        if (destroy)
            store.reset();
        else
            store->close();
    }

    SessionStore reopened;
    QVERIFY(reopened.open(path()));
    const QList<SessionInfo> sessions = reopened.sessions();
    QCOMPARE(sessions.size(), 1);
    const SessionInfo stored = sessions.first();
    QCOMPARE(stored.state, SessionInfo::State::Ended);
    QCOMPARE(stored.endedUs, end.endedUs);
    QCOMPARE(stored.closeCode, 1000);
    QCOMPARE(stored.stopStatus, end.stopStatus);
    QCOMPARE(stored.messageCount, qint64(payloads.size()));
    const std::vector<LogEntry> messages = reopened.messages(stored.id);
    QCOMPARE(messages.size(), payloads.size());
    for (std::size_t i = 0; i < payloads.size(); ++i) {
        QCOMPARE(messages[i].seq, qint64(i));
        QCOMPARE(messages[i].payload, payloads[i]);
    }
}

void TestSessionStore::recorderRecordsALiveSession()
{
    Recording recording;
    const QString notStarted = recording.start(path());
    QVERIFY2(notStarted.isEmpty(), qPrintable(notStarted));
    auto &[server, store, session, recorder] = recording;
    recorder.setSecretHeaders({ QByteArray("X-Token") });
    recorder.setProfileName(QStringLiteral("Local echo"));
    recorder.start();
    QSignalSpy started(&recorder, &SessionRecorder::recordingStarted);
    QSignalSpy ended(&recorder, &SessionRecorder::recordingEnded);

    ConnectionSettings settings;
    settings.url = server.url();
    settings.headers.append("Authorization", "Bearer live-secret");
    settings.headers.append("X-Token", "tok-secret");
    QCOMPARE(session.open(settings), ChannelError::None);
    QTRY_COMPARE(session.state(), WebSocketChannel::State::Open);
    QCOMPARE(started.size(), 1);
    QVERIFY(recorder.isRecording());
    QByteArray everyByte;
    for (int i = 0; i < 256; ++i)
        everyByte.append(char(i));
    QCOMPARE(session.sendText(QStringLiteral("hello ü")), ChannelError::None);
    QCOMPARE(session.sendBinary(everyByte), ChannelError::None);
    QCOMPARE(session.sendText(QString()), ChannelError::None);
    QCOMPARE(session.sendBinary(QByteArray(1024 * 1024, 'b')), ChannelError::None);
    QTRY_COMPARE(countOf(session.log(), MessageRecord::Direction::In), qsizetype(4));
    QCOMPARE(session.close(1000, QStringLiteral("done")), ChannelError::None);
    QTRY_VERIFY(session.hasStopped());
    QCOMPARE(ended.size(), 1);
    QVERIFY(!recorder.isRecording());
    QVERIFY(store.flush());

    const QList<SessionInfo> sessions = store.sessions();
    QCOMPARE(sessions.size(), 1);
    const SessionInfo &info = sessions.first();
    QCOMPARE(recorder.sessionId(), info.id);
    QCOMPARE(info.state, SessionInfo::State::Ended);
    QCOMPARE(info.url, server.url().toString());
    QCOMPARE(info.profileName, QStringLiteral("Local echo"));
    QVERIFY2(info.handshakeRequest.contains(QStringLiteral("\nAuthorization: [redacted]")),
        qPrintable(info.handshakeRequest));
    QVERIFY(info.handshakeRequest.contains(QStringLiteral("\nX-Token: [redacted]")));
    QVERIFY(!info.handshakeRequest.contains(QStringLiteral("secret")));
    QVERIFY(info.handshakeRequest.startsWith(QStringLiteral("GET / HTTP/1.1\n")));
    QVERIFY(info.handshakeResponse.startsWith(QStringLiteral("HTTP/1.1 101")));
    QVERIFY(info.requestHeadersSize > 0);
    QVERIFY(info.handshakeMs >= 0);
    QCOMPARE(info.stopStatus, session.lastStopStatus().message());
    QCOMPARE(info.closeCode, int(session.lastStopStatus().closeCodeReceived));
    QCOMPARE(info.stopReason, StopStatus::reasonName(session.lastStopStatus().reason)); // kept for the History list
    QCOMPARE(info.messageCount, qint64(session.log().size()));
    QCOMPARE(info.payloadBytes, session.log().payloadBytes());
    QVERIFY(info.endedUs >= info.startedUs);

    SessionLogSource live(session.log(), {});
    const std::vector<LogEntry> stored = store.messages(info.id);
    QCOMPARE(qsizetype(stored.size()), session.log().size());
    for (qsizetype i = 0; i < session.log().size(); ++i) {
        LogEntry expected;
        QVERIFY(live.read(i, &expected));
        QCOMPARE(stored[std::size_t(i)].seq, qint64(i));
        const QString problem = StoreTestData::compare(expected, stored[std::size_t(i)]);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("record %1: %2").arg(i).arg(problem)));
    }
}

void TestSessionStore::eachConnectionIsOneSession_data()
{
    QTest::addColumn<bool>("preserveLog");
    QTest::newRow("fresh log per connection") << false;
    QTest::newRow("preserved log") << true; // the recorder starts the second session mid-log
}

void TestSessionStore::eachConnectionIsOneSession()
{
    QFETCH(bool, preserveLog);
    LocalEchoServer server;
    QVERIFY(server.start());
    SessionStore store;
    QVERIFY(store.open(path()));
    Session session;
    session.setPreserveLog(preserveLog);
    SessionRecorder recorder(&session, &store);
    recorder.start();
    ConnectionSettings settings;
    settings.url = server.url();
    qsizetype firstSize = 0;
    qsizetype firstRecorded = 0;
    for (int round = 0; round < 2; ++round) {
        QCOMPARE(session.open(settings), ChannelError::None);
        QTRY_COMPARE(session.state(), WebSocketChannel::State::Open);
        QCOMPARE(session.sendText(QStringLiteral("round %1").arg(round)), ChannelError::None);
        QTRY_COMPARE(countOf(session.log(), MessageRecord::Direction::In), qsizetype(preserveLog ? round + 1 : 1));
        QCOMPARE(session.close(1000, QString()), ChannelError::None);
        QTRY_VERIFY(session.hasStopped());
        if (round == 0) {
            firstRecorded = session.log().size();
            firstSize = preserveLog ? firstRecorded : 0; // a fresh log starts the second round at 0
        }
    }
    QVERIFY(store.flush());
    const QList<SessionInfo> sessions = store.sessions();
    QCOMPARE(sessions.size(), 2);
    const SessionInfo &second = sessions.first(); // newest first
    QCOMPARE(second.messageCount, qint64(session.log().size() - firstSize));
    const std::vector<LogEntry> records = store.messages(second.id);
    QCOMPARE(records.front().seq, qint64(0));
    QCOMPARE(records.front().kind, MessageRecord::Kind::Event);
    bool sawRound1 = false;
    for (const LogEntry &entry : records) {
        QVERIFY(entry.payload != QByteArray("round 0"));
        sawRound1 = sawRound1 || entry.payload == QByteArray("round 1");
    }
    QVERIFY(sawRound1);
    QCOMPARE(sessions.last().messageCount, qint64(firstRecorded));
}

void TestSessionStore::liveSessionsOfDeadRecordersAreInterrupted()
{
    {
        SessionStore store;
        QVERIFY(store.open(path()));
    }
    const qint64 dead = deadPid();
    {
        RawDatabase raw(path());
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO sessions (url, started_us, state, recorder_pid) VALUES "
                                        "('ws://dead.test/', 1000, 'live', %1)")
                             .arg(dead)));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO sessions (url, started_us, state, recorder_pid) VALUES "
                                        "('ws://alive.test/', 2000, 'live', %1)")
                             .arg(qint64(::getpid()))));
        QVERIFY(
            raw.exec(QStringLiteral("INSERT INTO messages (session_id, seq, time_us, direction, opcode, "
                                    "payload_size, wire_size, flags, close_code, payload) VALUES "
                                    "(1, 0, 5000, 0, 1, 1, 1, 0, 0, x'41'), (1, 1, 7000, 0, 1, 1, 1, 0, 0, x'42')")));
    }
    SessionStore store;
    QVERIFY(store.open(path()));
    const auto interrupted = store.session(1);
    QVERIFY(interrupted.has_value());
    QCOMPARE(interrupted->state, SessionInfo::State::Interrupted);
    QCOMPARE(interrupted->endedUs, qint64(7000));
    QVERIFY2(interrupted->stopStatus.contains(QStringLiteral("interrupted")), qPrintable(interrupted->stopStatus));
    QCOMPARE(store.session(2)->state, SessionInfo::State::Live); // its recorder (this process) still runs
    QVERIFY(!store.deleteSession(2));
    QVERIFY2(store.errorString().contains(QStringLiteral("still being recorded")), qPrintable(store.errorString()));
    QVERIFY(store.deleteSession(1));
}

void TestSessionStore::deleteAndRetention()
{
    SessionStore store;
    QVERIFY(store.open(path()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000;
    const qint64 day = qint64(24) * 3600 * 1000000;
    std::vector<ImportedSession> sessions(3);
    const qint64 ages[] = { 40 * day, 10 * day, 0 };
    for (int i = 0; i < 3; ++i) {
        sessions[std::size_t(i)].info.url = QStringLiteral("ws://s%1.test/").arg(i);
        sessions[std::size_t(i)].info.startedUs = now - ages[i];
        sessions[std::size_t(i)].records = batchOf({ QByteArray(100 * 1024, char('a' + i)) });
    }
    const QList<qint64> ids = store.importSessions(sessions);
    QCOMPARE(ids.size(), 3);
    const int live = store.beginSession(StoreTestData::info()); // a recording is never deleted
    store.appendRecords(live, batchOf({ QByteArray(100 * 1024, 'l') }));
    QVERIFY(store.flush());

    QCOMPARE(store.deleteOlderThan(30), 1);
    QVERIFY(!store.session(ids.at(0)).has_value());
    QVERIFY(store.messages(ids.at(0)).empty());
    QCOMPARE(store.sessions().size(), 3);
    QCOMPARE(store.limitTotalSize(250 * 1024), 1); // three of 100 KiB: the oldest goes
    QVERIFY(!store.session(ids.at(1)).has_value());
    QVERIFY(store.session(ids.at(2)).has_value());
    QCOMPARE(store.limitTotalSize(0), 1); // everything but the live one
    QCOMPARE(store.sessions().size(), 1);
    QCOMPARE(store.sessions().first().state, SessionInfo::State::Live);
    QVERIFY(!store.deleteSession(store.sessionId(live)));
    QVERIFY(!store.deleteSession(12345));
    QVERIFY(store.errorString().contains(QStringLiteral("12345")));
    QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
}

void TestSessionStore::pathThatCannotBeCreated()
{
    QFile blocker(path(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    SessionStore store;
    QSignalSpy errors(&store, &SessionStore::errorOccurred);
    QVERIFY(!store.open(path(QStringLiteral("blocker/sub/sessions.sqlite"))));
    QVERIFY2(store.errorString().contains(QStringLiteral("Cannot create the folder")), qPrintable(store.errorString()));
    QVERIFY(store.errorString().contains(QStringLiteral("blocker/sub")));
    QCOMPARE(errors.size(), 1);
    QVERIFY(!store.canRecord());
    QCOMPARE(store.beginSession(StoreTestData::info()), 0);
    store.appendRecords(1, batchOf({ QByteArray("x") }));
    QVERIFY(store.sessions().isEmpty());

    SessionStore directory;
    QVERIFY(!directory.open(m_dir->path()));
    QVERIFY2(directory.errorString().contains(QStringLiteral("not a file")), qPrintable(directory.errorString()));
}

void TestSessionStore::fileThatIsNotADatabase()
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("These are not the bytes of an SQLite database.\n").repeated(200));
    file.close();
    SessionStore store;
    QVERIFY(!store.open(path()));
    QVERIFY2(store.errorString().contains(QStringLiteral("damaged or is not a Framewise session database")),
        qPrintable(store.errorString()));
    QVERIFY(store.errorString().contains(path()));
}

void TestSessionStore::newerSchema()
{
    {
        SessionStore store;
        QVERIFY(store.open(path()));
    }
    {
        RawDatabase raw(path());
        QVERIFY(raw.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
    }
    SessionStore store;
    QVERIFY(!store.open(path()));
    QVERIFY2(
        store.errorString().contains(QStringLiteral("newer version of Framewise")), qPrintable(store.errorString()));
}

void TestSessionStore::versionOneDatabaseIsMigrated()
{
    // A database written before response_body and har_extra existed (schema 1, as it was created).
    {
        RawDatabase raw(path());
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")));
        QVERIFY(raw.exec(QStringLiteral(
            "CREATE TABLE sessions (id INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT NOT NULL DEFAULT '', profile TEXT "
            "NOT NULL DEFAULT '', started_us INTEGER NOT NULL DEFAULT 0, ended_us INTEGER NOT NULL DEFAULT 0, "
            "handshake_request TEXT NOT NULL DEFAULT '', handshake_response TEXT NOT NULL DEFAULT '', "
            "request_headers_size INTEGER NOT NULL DEFAULT -1, response_headers_size INTEGER NOT NULL DEFAULT -1, "
            "handshake_ms REAL NOT NULL DEFAULT -1, subprotocol TEXT NOT NULL DEFAULT '', extensions TEXT NOT NULL "
            "DEFAULT '', tls_summary TEXT NOT NULL DEFAULT '', close_code INTEGER NOT NULL DEFAULT 0, close_reason "
            "TEXT NOT NULL DEFAULT '', stop_status TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT 'live', "
            "message_count INTEGER NOT NULL DEFAULT 0, payload_bytes INTEGER NOT NULL DEFAULT 0, source TEXT NOT "
            "NULL DEFAULT '', recorder_pid INTEGER NOT NULL DEFAULT 0)")));
        QVERIFY(raw.exec(QStringLiteral(
            "CREATE TABLE messages (session_id INTEGER NOT NULL, seq INTEGER NOT NULL, time_us INTEGER NOT NULL, "
            "direction INTEGER NOT NULL, opcode INTEGER NOT NULL, payload_size INTEGER NOT NULL, wire_size INTEGER "
            "NOT NULL, flags INTEGER NOT NULL, close_code INTEGER NOT NULL, payload BLOB, PRIMARY KEY (session_id, "
            "seq)) WITHOUT ROWID")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (1)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO sessions (url, started_us, handshake_response, state, "
                                        "message_count) VALUES ('ws://old.test/', 1000, 'HTTP/1.1 403 Forbidden', "
                                        "'ended', 1)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO messages VALUES (1, 0, 1000, 2, 0, 3, 3, 0, 0, x'6f6c64')")));
    }
    {
        SessionStore store;
        QVERIFY2(store.open(path()), qPrintable(store.errorString()));
        const QList<SessionInfo> sessions = store.sessions();
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.first().url, QStringLiteral("ws://old.test/"));
        QCOMPARE(sessions.first().handshakeResponse, QStringLiteral("HTTP/1.1 403 Forbidden"));
        QCOMPARE(sessions.first().responseBody, QString());
        QCOMPARE(sessions.first().harExtra, QString());
        QCOMPARE(store.messages(sessions.first().id).front().payload, QByteArray("old"));
        // The new columns take what a version 2 program writes.
        ImportedSession imported;
        imported.info.url = QStringLiteral("wss://new.test/");
        imported.info.state = SessionInfo::State::Imported;
        imported.info.responseBody = QStringLiteral("no entry");
        imported.info.harExtra = QStringLiteral("{\"entry\":{\"serverIPAddress\":\"192.0.2.1\"}}");
        const QList<qint64> ids = store.importSessions({ imported });
        QCOMPARE(ids.size(), 1);
        StoredSession stored(store.path(), ids.first());
        QVERIFY2(stored.open(), qPrintable(stored.errorString()));
        QCOMPARE(stored.info().responseBody, QStringLiteral("no entry"));
        QCOMPARE(stored.info().harExtra, imported.info.harExtra);
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }
    RawDatabase raw(path());
    QCOMPARE(raw.value(QStringLiteral("SELECT max(version) FROM schema_version")).toInt(), 3);
    QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM pragma_table_info('sessions') WHERE name IN "
                                      "('response_body', 'har_extra', 'kind')"))
                 .toInt(),
        3);
    QCOMPARE(
        raw.value(QStringLiteral("SELECT count(*) FROM pragma_table_info('messages') WHERE name = 'marks'")).toInt(),
        1);
    // Opening it again changes nothing more.
    {
        SessionStore again;
        QVERIFY2(again.open(path()), qPrintable(again.errorString()));
        QCOMPARE(again.sessions().size(), 2);
    }
    QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM schema_version WHERE version = 3")).toInt(), 1);
}

void TestSessionStore::rejectedUpgradeBodyIsRecorded()
{
    // A server that says no, with a body that quotes a secret the profile holds: the body is
    // recorded (redacted like the handshake) and a HAR export of the stored session has it.
    QTcpServer http;
    QVERIFY(http.listen(QHostAddress::LocalHost, 0));
    connect(&http, &QTcpServer::newConnection, this, [&http] {
        QTcpSocket *socket = http.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            const QByteArray body = "{\"error\":\"token tok-secret-42 expired\"}\n";
            socket->write("HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    });
    SessionStore store;
    QVERIFY(store.open(path()));
    Session session;
    SessionRecorder recorder(&session, &store);
    recorder.start();
    ConnectionSettings settings;
    settings.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/private").arg(http.serverPort()));
    settings.headers.append("X-Token", "tok-secret-42");
    settings.secretValues = { QStringLiteral("tok-secret-42") };
    QCOMPARE(session.open(settings), ChannelError::None);
    QTRY_VERIFY(session.hasStopped());
    QCOMPARE(session.lastStopStatus().httpStatus, 403);
    QVERIFY(store.flush());
    const QList<SessionInfo> sessions = store.sessions();
    QCOMPARE(sessions.size(), 1);
    const SessionInfo &info = sessions.first();
    QVERIFY2(info.handshakeResponse.startsWith(QStringLiteral("HTTP/1.1 403 Forbidden\n")),
        qPrintable(info.handshakeResponse));
    QCOMPARE(info.responseBody, QStringLiteral("{\"error\":\"token •••• expired\"}\n"));

    StoredSession stored(store.path(), info.id);
    QVERIFY(stored.open());
    HarExporter exporter;
    QByteArray har;
    QBuffer buffer(&har);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY2(exporter.exportToDevice(stored, &buffer), qPrintable(exporter.errorString()));
    QVERIFY(!har.contains("tok-secret-42"));
    const QJsonObject response = QJsonDocument::fromJson(har)
                                     .object()[u"log"]
                                     .toObject()[u"entries"]
                                     .toArray()
                                     .first()
                                     .toObject()[u"response"]
                                     .toObject();
    QCOMPARE(response.value(u"status").toInt(), 403);
    QCOMPARE(response[u"content"].toObject().value(u"text").toString(), info.responseBody);
    QCOMPARE(response[u"content"].toObject().value(u"mimeType").toString(), QStringLiteral("application/json"));
    QCOMPARE(response[u"content"].toObject().value(u"size").toInteger(), qint64(info.responseBody.toUtf8().size()));
}

void TestSessionStore::sentFilesAreKeptOrNamed()
{
    // Send file: up to Session::MaxKeptFileBytes the bytes are kept like a typed binary message;
    // a larger file is streamed, and its record keeps the file's name and size instead.
    Recording recording;
    const QString notStarted = recording.start(path());
    QVERIFY2(notStarted.isEmpty(), qPrintable(notStarted));
    auto &[server, store, session, recorder] = recording;
    recorder.start();
    QByteArray small(1000, Qt::Uninitialized);
    for (int i = 0; i < small.size(); ++i)
        small[i] = char(i * 7);
    const QByteArray big(Session::MaxKeptFileBytes + 1, 'b');
    for (const auto &[name, bytes] : { std::pair { "small.bin", small }, std::pair { "big.bin", big } }) {
        QFile file(path(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    ConnectionSettings settings;
    settings.url = server.url();
    QCOMPARE(session.open(settings), ChannelError::None);
    QTRY_COMPARE(session.state(), WebSocketChannel::State::Open);
    QCOMPARE(session.sendFile(path(QStringLiteral("small.bin"))), ChannelError::None);
    QCOMPARE(session.sendFile(path(QStringLiteral("big.bin"))), ChannelError::None);
    QTRY_COMPARE(countOf(session.log(), MessageRecord::Direction::In), qsizetype(2)); // both echoed
    QCOMPARE(session.close(1000, QString()), ChannelError::None);
    QTRY_VERIFY(session.hasStopped());
    QVERIFY(store.flush());

    std::vector<LogEntry> sent;
    for (const LogEntry &entry : store.messages(store.sessions().first().id)) {
        if (entry.direction == MessageRecord::Direction::Out && entry.kind == MessageRecord::Kind::Binary)
            sent.push_back(entry);
    }
    QCOMPARE(sent.size(), std::size_t(2));
    QVERIFY(!sent[0].payloadOmitted);
    QCOMPARE(sent[0].payloadSize, qint64(small.size()));
    QCOMPARE(sent[0].payload, small);
    QVERIFY(sent[1].payloadOmitted);
    QCOMPARE(sent[1].payloadSize, qint64(big.size()));
    QCOMPARE(sent[1].payload, QByteArray("big.bin"));
    // The live log says the same.
    qsizetype omitted = 0;
    for (qsizetype i = 0; i < session.log().size(); ++i) {
        if (session.log().at(i).payloadOmitted) {
            ++omitted;
            QCOMPARE(session.log().payload(i), QByteArray("big.bin"));
            QCOMPARE(session.log().at(i).payloadSize, qint64(big.size()));
        }
    }
    QCOMPARE(omitted, qsizetype(1));
}

// A database from before stop_reason was kept (schema 1) opens, gains the column, and its
// sessions still say how they ended (from their close code and handshake answer).
void TestSessionStore::earlierDatabaseGainsStopReason()
{
    {
        SessionStore store;
        QVERIFY(store.open(path()));
    }
    {
        RawDatabase raw(path());
        for (const char *column : { "stop_reason", "response_body", "har_extra" })
            QVERIFY(raw.exec(QStringLiteral("ALTER TABLE sessions DROP COLUMN %1").arg(QLatin1String(column))));
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM schema_version")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (1)")));
        QVERIFY(
            raw.exec(QStringLiteral("INSERT INTO sessions (url, started_us, state, close_code, handshake_response) "
                                    "VALUES ('ws://old/lost', 1, 'ended', 1006, 'HTTP/1.1 101 Switching Protocols')")));
        QVERIFY(
            raw.exec(QStringLiteral("INSERT INTO sessions (url, started_us, state, handshake_response) "
                                    "VALUES ('ws://old/refused', 2, 'ended', 'HTTP/1.1 403 Forbidden\nServer: x')")));
    }
    SessionStore store;
    QVERIFY2(store.open(path()), qPrintable(store.errorString()));
    const QList<SessionInfo> sessions = store.sessions();
    QCOMPARE(sessions.size(), 2);
    for (const SessionInfo &info : sessions) {
        QVERIFY(info.stopReason.isEmpty());
        QCOMPARE(info.endingText(),
            info.url.endsWith(QStringLiteral("lost")) ? QStringLiteral("connection lost")
                                                      : QStringLiteral("refused (403)"));
    }
    RawDatabase raw(path());
    QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM pragma_table_info('sessions') WHERE name = 'stop_reason'"))
                 .toInt(),
        1);
}

// Every combination of marks on a message, and a session's kind, are written and read back as
// they were: through SessionStore's reads, a StoredSession (what exports and the window read)
// and the columns themselves.
void TestSessionStore::marksAndKindAreStored()
{
    SessionStore store;
    QVERIFY2(store.open(path()), qPrintable(store.errorString()));
    SessionInfo intercepted = StoreTestData::info();
    intercepted.kind = SessionInfo::interceptKind();
    const int handle = store.beginSession(intercepted);
    const int plainHandle = store.beginSession(StoreTestData::info()); // kind not set: a connection
    constexpr int Combinations = MessageRecord::AllMarks + 1;
    std::vector<QByteArray> payloads;
    for (int marks = 0; marks < Combinations; ++marks)
        payloads.push_back(QByteArray::number(marks));
    RecordBatch batch = batchOf(payloads);
    RecordBatch marked;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        LogEntry entry = batch.at(i);
        entry.marks = quint8(i);
        marked.append(entry);
    }
    QCOMPARE(marked.at(Combinations - 1).marks, MessageRecord::AllMarks); // the batch keeps them too
    store.appendRecords(handle, std::move(marked));
    store.appendRecords(plainHandle, batchOf({ QByteArray("plain") }));
    SessionInfo end = intercepted;
    end.state = SessionInfo::State::Ended;
    end.kind = SessionInfo::connectionKind(); // the kind is the one the session began with
    store.endSession(handle, end);
    QVERIFY(store.flush());
    const qint64 id = store.sessionId(handle);
    const qint64 plainId = store.sessionId(plainHandle);

    QCOMPARE(store.session(id)->kind, SessionInfo::interceptKind());
    QCOMPARE(store.session(plainId)->kind, SessionInfo::connectionKind());
    QStringList kinds;
    for (const SessionInfo &info : store.sessions())
        kinds.append(info.kind);
    kinds.sort();
    QCOMPARE(kinds, (QStringList { QStringLiteral("connection"), QStringLiteral("intercept") }));
    // The History search finds an intercepted session by its kind; "connection" is not added to
    // every other one (it would match them all).
    QVERIFY(store.session(id)->searchText().contains(QStringLiteral("Intercept")));
    QVERIFY(!store.session(plainId)->searchText().contains(QStringLiteral("Connection")));

    const std::vector<LogEntry> messages = store.messages(id);
    QCOMPARE(int(messages.size()), Combinations);
    StoredSession stored(store.path(), id);
    QVERIFY2(stored.open(), qPrintable(stored.errorString()));
    QCOMPARE(stored.info().kind, SessionInfo::interceptKind());
    for (int marks = 0; marks < Combinations; ++marks) {
        QCOMPARE(messages[std::size_t(marks)].marks, quint8(marks));
        LogEntry entry;
        QVERIFY(stored.read(marks, &entry));
        QCOMPARE(entry.marks, quint8(marks));
        QCOMPARE(entry.payload, payloads[std::size_t(marks)]);
    }
    QCOMPARE(store.messages(plainId).front().marks, quint8(0));

    RawDatabase raw(path());
    QCOMPARE(
        raw.value(QStringLiteral("SELECT marks FROM messages WHERE session_id = %1 AND seq = 37").arg(id)).toInt(), 37);
    QCOMPARE(raw.value(QStringLiteral("SELECT kind FROM sessions WHERE id = %1").arg(id)).toString(),
        QStringLiteral("intercept"));
    QCOMPARE(raw.value(QStringLiteral("SELECT kind FROM sessions WHERE id = %1").arg(plainId)).toString(),
        QStringLiteral("connection"));
}

// SessionRecorder::setKind() names what each recorded connection is, and the marks a record had
// in the live log are the ones stored.
void TestSessionStore::recorderRecordsKindAndMarks()
{
    Recording recording;
    const QString notStarted = recording.start(path());
    QVERIFY2(notStarted.isEmpty(), qPrintable(notStarted));
    auto &[server, store, session, recorder] = recording;
    QCOMPARE(recorder.kind(), SessionInfo::connectionKind());
    recorder.setKind(SessionInfo::interceptKind());
    recorder.start();
    ConnectionSettings settings;
    settings.url = server.url();
    QCOMPARE(session.open(settings), ChannelError::None);
    QTRY_COMPARE(session.state(), WebSocketChannel::State::Open);
    QCOMPARE(session.sendText(QStringLiteral("from the app")), ChannelError::None);
    QTRY_COMPARE(countOf(session.log(), MessageRecord::Direction::In), qsizetype(1));
    // What an intercept's log holds besides: a message the user injected that the proxy held.
    MessageRecord injected;
    injected.timeUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    injected.direction = MessageRecord::Direction::Out;
    injected.kind = MessageRecord::Kind::Text;
    injected.marks = MessageRecord::Injected | MessageRecord::Held;
    const qsizetype row = session.log().append(injected, QByteArray("typed"));
    QCOMPARE(session.log().at(row).marks, quint8(MessageRecord::Injected | MessageRecord::Held));
    QCOMPARE(session.close(1000, QString()), ChannelError::None);
    QTRY_VERIFY(session.hasStopped());
    QVERIFY(store.flush());

    const QList<SessionInfo> sessions = store.sessions();
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.first().kind, SessionInfo::interceptKind());
    const std::vector<LogEntry> stored = store.messages(sessions.first().id);
    QCOMPARE(qsizetype(stored.size()), session.log().size());
    for (qsizetype i = 0; i < session.log().size(); ++i)
        QCOMPARE(stored[std::size_t(i)].marks, session.log().at(i).marks);
    QCOMPARE(stored[std::size_t(row)].payload, QByteArray("typed"));
    QCOMPARE(stored[std::size_t(row)].marks, quint8(MessageRecord::Injected | MessageRecord::Held));
}

// A database as version 2 wrote it (its CREATE statements as they were, not today's) opens,
// gains messages.marks and sessions.kind in place, and its rows read as before: unmarked
// messages of plain connections. New rows then carry both.
void TestSessionStore::versionTwoDatabaseIsMigrated()
{
    {
        RawDatabase raw(path());
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")));
        QVERIFY(raw.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS sessions ( id INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT NOT NULL DEFAULT "
            "'', profile TEXT NOT NULL DEFAULT '', started_us INTEGER NOT NULL DEFAULT 0, ended_us INTEGER NOT NULL "
            "DEFAULT 0, handshake_request TEXT NOT NULL DEFAULT '', handshake_response TEXT NOT NULL DEFAULT '', "
            "request_headers_size INTEGER NOT NULL DEFAULT -1, response_headers_size INTEGER NOT NULL DEFAULT -1, "
            "handshake_ms REAL NOT NULL DEFAULT -1, subprotocol TEXT NOT NULL DEFAULT '', extensions TEXT NOT NULL "
            "DEFAULT '', tls_summary TEXT NOT NULL DEFAULT '', close_code INTEGER NOT NULL DEFAULT 0, close_reason "
            "TEXT NOT NULL DEFAULT '', stop_status TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT 'live', "
            "message_count INTEGER NOT NULL DEFAULT 0, payload_bytes INTEGER NOT NULL DEFAULT 0, source TEXT NOT "
            "NULL DEFAULT '', recorder_pid INTEGER NOT NULL DEFAULT 0, response_body TEXT NOT NULL DEFAULT '', "
            "har_extra TEXT NOT NULL DEFAULT '', stop_reason TEXT NOT NULL DEFAULT '')")));
        QVERIFY(raw.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS messages ( session_id INTEGER NOT NULL, seq INTEGER NOT NULL, time_us "
            "INTEGER NOT NULL, direction INTEGER NOT NULL, opcode INTEGER NOT NULL, payload_size INTEGER NOT NULL, "
            "wire_size INTEGER NOT NULL, flags INTEGER NOT NULL, close_code INTEGER NOT NULL, payload BLOB, PRIMARY "
            "KEY (session_id, seq)) WITHOUT ROWID")));
        QVERIFY(raw.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS sessions_by_start ON sessions (started_us)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (2)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO sessions (url, started_us, ended_us, state, message_count, "
                                        "payload_bytes, stop_reason) VALUES ('ws://old.test/feed', 1000, 3000, "
                                        "'ended', 3, 8, 'Ok')")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO messages VALUES (1, 0, 1000, 1, 1, 3, 3, 0, 0, x'6f6c64'), "
                                        "(1, 1, 2000, 0, 2, 5, 4, 1, 0, x'0001020304'), "
                                        "(1, 2, 3000, 2, 0, 0, 0, 0, 0, x'')")));
    }
    SessionStore store;
    QVERIFY2(store.open(path()), qPrintable(store.errorString()));
    const QList<SessionInfo> sessions = store.sessions();
    QCOMPARE(sessions.size(), 1);
    const SessionInfo &old = sessions.first();
    QCOMPARE(old.url, QStringLiteral("ws://old.test/feed"));
    QCOMPARE(old.kind, SessionInfo::connectionKind());
    QCOMPARE(old.stopReason, QStringLiteral("Ok"));
    const std::vector<LogEntry> oldMessages = store.messages(old.id);
    QCOMPARE(oldMessages.size(), std::size_t(3));
    for (const LogEntry &entry : oldMessages)
        QCOMPARE(entry.marks, quint8(0));
    QCOMPARE(oldMessages[0].payload, QByteArray("old"));
    QCOMPARE(oldMessages[1].payload, QByteArray("\x00\x01\x02\x03\x04", 5));
    QVERIFY(oldMessages[1].compressed);
    QCOMPARE(oldMessages[1].wireSize, qint64(4));
    StoredSession oldStored(store.path(), old.id);
    QVERIFY2(oldStored.open(), qPrintable(oldStored.errorString()));
    QCOMPARE(oldStored.info().kind, SessionInfo::connectionKind());
    LogEntry entry;
    QVERIFY(oldStored.read(0, &entry));
    QCOMPARE(entry.marks, quint8(0));

    // The migrated database takes what version 3 writes.
    ImportedSession imported;
    imported.info.url = QStringLiteral("ws://new.test/");
    imported.info.kind = SessionInfo::interceptKind();
    LogEntry held;
    held.timeUs = 5000;
    held.direction = MessageRecord::Direction::Out;
    held.payload = "held";
    held.payloadSize = held.wireSize = 4;
    held.marks = MessageRecord::Held | MessageRecord::Edited;
    imported.records.append(held);
    const QList<qint64> ids = store.importSessions({ imported });
    QCOMPARE(ids.size(), 1);
    QCOMPARE(store.session(ids.first())->kind, SessionInfo::interceptKind());
    QCOMPARE(store.messages(ids.first()).front().marks, quint8(MessageRecord::Held | MessageRecord::Edited));
    QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));

    RawDatabase raw(path());
    QCOMPARE(raw.value(QStringLiteral("SELECT max(version) FROM schema_version")).toInt(), 3);
    QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM schema_version WHERE version = 3")).toInt(), 1);
    QCOMPARE(raw.value(QStringLiteral("SELECT dflt_value FROM pragma_table_info('messages') WHERE name = 'marks'"))
                 .toString(),
        QStringLiteral("0"));
    QCOMPARE(
        raw.value(QStringLiteral("SELECT \"notnull\" FROM pragma_table_info('sessions') WHERE name = 'kind'")).toInt(),
        1);
    QCOMPARE(raw.value(QStringLiteral("SELECT kind FROM sessions WHERE id = %1").arg(old.id)).toString(),
        QStringLiteral("connection"));
    QCOMPARE(raw.value(QStringLiteral("SELECT sum(marks) FROM messages WHERE session_id = %1").arg(old.id)).toInt(), 0);

    // A database that says version 2 but has the columns already (a migration another program
    // made, its version row lost) opens without adding them twice.
    QVERIFY(raw.exec(QStringLiteral("DELETE FROM schema_version")));
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (2)")));
    SessionStore again;
    QVERIFY2(again.open(path()), qPrintable(again.errorString()));
    QCOMPARE(again.messages(ids.first()).front().marks, quint8(MessageRecord::Held | MessageRecord::Edited));
    QCOMPARE(raw.value(QStringLiteral("SELECT max(version) FROM schema_version")).toInt(), 3);
}

void TestSessionStore::sessionCarriesOnWithoutStore()
{
    QFile blocker(path(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    SessionStore store;
    QVERIFY(!store.open(path(QStringLiteral("blocker/sessions.sqlite"))));
    LocalEchoServer server;
    QVERIFY(server.start());
    Session session;
    SessionRecorder recorder(&session, &store);
    recorder.start();
    ConnectionSettings settings;
    settings.url = server.url();
    QCOMPARE(session.open(settings), ChannelError::None);
    QTRY_COMPARE(session.state(), WebSocketChannel::State::Open);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(session.sendText(QStringLiteral("m%1").arg(i)), ChannelError::None);
    QTRY_COMPARE(countOf(session.log(), MessageRecord::Direction::In), qsizetype(3));
    QVERIFY(!recorder.isRecording());
    QCOMPARE(recorder.sessionId(), qint64(-1));
    QCOMPARE(session.close(1000, QString()), ChannelError::None);
    QTRY_VERIFY(session.hasStopped());
    QVERIFY(session.lastStopStatus().isClean());
}

void TestSessionStore::lockedDatabaseStopsRecordingNotTheSession()
{
    Recording recording;
    const QString notStarted = recording.start(path());
    QVERIFY2(notStarted.isEmpty(), qPrintable(notStarted));
    auto &[server, store, session, recorder] = recording;
    QSignalSpy errors(&store, &SessionStore::errorOccurred);
    recorder.start();
    ConnectionSettings settings;
    settings.url = server.url();
    QCOMPARE(session.open(settings), ChannelError::None);
    QTRY_COMPARE(session.state(), WebSocketChannel::State::Open);
    QVERIFY(store.flush());
    QVERIFY(recorder.sessionId() > 0);

    RawDatabase locker(path()); // another program takes the write lock and keeps it
    QVERIFY(locker.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QCOMPARE(session.sendText(QStringLiteral("while locked")), ChannelError::None);
    QVERIFY(errors.wait(15000)); // the busy timeout is 5 s
    QVERIFY2(store.errorString().contains(QStringLiteral("locked")), qPrintable(store.errorString()));
    QVERIFY(!store.canRecord());
    QCOMPARE(session.sendText(QStringLiteral("after the failure")), ChannelError::None);
    QTRY_COMPARE(countOf(session.log(), MessageRecord::Direction::In), qsizetype(2));
    QVERIFY(locker.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(session.close(1000, QString()), ChannelError::None);
    QTRY_VERIFY(session.hasStopped());
    QCOMPARE(errors.size(), 1); // said once
}

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
