// SPDX-License-Identifier: GPL-3.0-or-later
// The exporters and importers on a log with every hard case (binary with every byte value, empty
// and 1 MiB messages, non-ASCII and CSV/JSON-hostile text, control frames, a streamed file, local
// events): round trips for every format, the HAR structure against HAR 1.2 and the fields
// Chrome's importer reads, redaction, subsets, progress and cancel, a Chrome DevTools HAR, and
// malformed files that must name where they broke and import nothing.
#include "csvexporter.h"
#include "handshaketext.h"
#include "harexporter.h"
#include "harimporter.h"
#include "importedsessionsource.h"
#include "jsonlinesexporter.h"
#include "jsonlinesimporter.h"
#include "sessionlog.h"
#include "sessionlogsource.h"
#include "sessionstore.h"
#include "storedsession.h"
#include "storetestdata.h"
#include "textexporter.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Framewise;

namespace {
QByteArray exportBytes(SessionExporter &exporter, RecordSource &source)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!exporter.exportToDevice(source, &buffer))
        qWarning("export failed: %s", qPrintable(exporter.errorString()));
    return bytes;
}

std::vector<LogEntry> entriesOf(RecordSource &source)
{
    std::vector<LogEntry> entries;
    for (qsizetype i = 0; i < source.count(); ++i) {
        LogEntry entry;
        if (!source.read(i, &entry))
            break;
        entry.payload = QByteArray(entry.payload.constData(), entry.payload.size()); // own it
        entries.push_back(entry);
    }
    return entries;
}

std::vector<LogEntry> entriesOf(const RecordBatch &batch)
{
    std::vector<LogEntry> entries;
    for (qsizetype i = 0; i < batch.size(); ++i)
        entries.push_back(batch.at(i));
    return entries;
}

QString compareAll(const std::vector<LogEntry> &expected, const std::vector<LogEntry> &actual, bool wireDetails)
{
    if (expected.size() != actual.size())
        return QStringLiteral("%1 records expected, %2 read").arg(expected.size()).arg(actual.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const QString problem = StoreTestData::compare(expected[i], actual[i], wireDetails);
        if (!problem.isEmpty())
            return QStringLiteral("record %1: %2").arg(i).arg(problem);
    }
    return {};
}

// Reads `bytes` with `importer` and checks what both JSON Lines and HAR bring back: one session,
// records like `expected` (their wire sizes and compression flags too when wireDetails), and the
// session's URL, profile, times, subprotocol, stop status and handshake time. Returns the session,
// or null with the test failed.
const ImportedSession *importAndCompare(SessionImporter &importer, const QByteArray &bytes, const QString &name,
    const std::vector<LogEntry> &expected, bool wireDetails)
{
    [&] {
        QVERIFY2(importer.readData(bytes, name), qPrintable(importer.errorString()));
        QCOMPARE(importer.sessions().size(), std::size_t(1));
        const ImportedSession &session = importer.sessions().front();
        const QString problem = compareAll(expected, entriesOf(session.records), wireDetails);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const SessionInfo info = StoreTestData::info();
        QCOMPARE(session.info.url, info.url);
        QCOMPARE(session.info.profileName, info.profileName);
        QCOMPARE(session.info.startedUs, info.startedUs);
        QCOMPARE(session.info.endedUs, info.endedUs);
        QCOMPARE(session.info.subprotocol, info.subprotocol);
        QCOMPARE(session.info.stopStatus, info.stopStatus);
        QCOMPARE(session.info.handshakeMs, info.handshakeMs);
    }();
    return QTest::currentTestFailed() ? nullptr : &importer.sessions().front();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The first entry of a HAR document (log.entries[0]).
QJsonObject harEntry(const QByteArray &har)
{
    return QJsonDocument::fromJson(har).object()[u"log"].toObject()[u"entries"].toArray().first().toObject();
}

QJsonObject object(const QJsonObject &parent, const char *key)
{
    return parent.value(QLatin1String(key)).toObject();
}
} // namespace

class TestExporters : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonLinesRoundTrip();
    void harRoundTrip();
    void csvRoundTrip();
    void textExport();
    void harStructure();
    void harKeepsSecretsOnlyWhenAsked();
    void subsetInGivenOrder();
    void progressAndCancel();
    void failedExportLeavesNoFile();
    void storedSessionRoundTrip();
    void chromeHarImports();
    void malformedHar_data();
    void malformedHar();
    void malformedJsonLines();
    void outOfRangeHandshakeTimeIsUnknown();
    void controlCharactersStayOutOfHandshake();
    void controlCharactersCannotHideASecretHeader();
    void composedHandshakeParsesBackTheSame();
    void omittedSizesAreBounded();
    void omittedPayloadSaysSo();
    void rejectedUpgradeBody();
    void chromeMessageRules();
    void chromeEntryFieldsSurvive();
    void marksAndKindRoundTrip();
    void unknownMarkOrKindIsAnError_data();
    void unknownMarkOrKindIsAnError();

private:
    // The test log, with StoreTestData::info(), as exporter writes it.
    QByteArray exportLog(SessionExporter &exporter) const;

    SessionLog m_log;
    std::vector<LogEntry> m_entries;
    QTemporaryDir m_dir;
};

QByteArray TestExporters::exportLog(SessionExporter &exporter) const
{
    SessionLogSource source(m_log, StoreTestData::info());
    return exportBytes(exporter, source);
}

void TestExporters::initTestCase()
{
    QLocale::setDefault(QLocale::c()); // "3.0 MiB" in the notes for bytes that were not kept
    QVERIFY(m_dir.isValid());
    StoreTestData::fillLog(m_log);
    SessionLogSource source(m_log, StoreTestData::info());
    m_entries = entriesOf(source);
    QCOMPARE(m_entries.size(), std::size_t(m_log.size()));
    // The round trips below compare with what the log gives: it must carry the marks it was given.
    quint8 marksSeen = 0;
    for (const LogEntry &entry : m_entries)
        marksSeen |= entry.marks;
    QCOMPARE(marksSeen, MessageRecord::AllMarks);
    QCOMPARE(m_entries[1].marks, quint8(MessageRecord::Held | MessageRecord::Edited));
}

void TestExporters::jsonLinesRoundTrip()
{
    JsonLinesExporter exporter;
    exporter.setSecretHeaders(StoreTestData::markedSecret());
    const QByteArray bytes = exportLog(exporter);
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(bytes.count('\n'), m_log.size() + 1); // the session line, then one line per record
    for (const QString &secret : StoreTestData::secretValues())
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));

    JsonLinesImporter importer;
    const ImportedSession *imported = importAndCompare(importer, bytes, QStringLiteral("test.jsonl"), m_entries, true);
    if (!imported)
        return;
    const ImportedSession &session = *imported;
    const SessionInfo expected = StoreTestData::info();
    QCOMPARE(session.info.tlsSummary, expected.tlsSummary);
    QCOMPARE(session.info.closeCode, expected.closeCode);
    QCOMPARE(session.info.state, SessionInfo::State::Imported);
    QVERIFY(session.info.handshakeRequest.contains(QStringLiteral("Authorization: [redacted]")));
    QVERIFY(session.info.handshakeRequest.contains(QStringLiteral("X-Api-Key: [redacted]")));
    QVERIFY(session.info.handshakeRequest.contains(QStringLiteral("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==")));
}

void TestExporters::harRoundTrip()
{
    HarExporter exporter;
    const QByteArray bytes = exportLog(exporter);
    HarImporter importer;
    // HAR has no wire size or compression flag per message; everything else comes back, the
    // local events included (through "_framewise").
    const ImportedSession *imported = importAndCompare(importer, bytes, QStringLiteral("test.har"), m_entries, false);
    if (!imported)
        return;
    const ImportedSession &session = *imported;
    QCOMPARE(session.info.requestHeadersSize, StoreTestData::info().requestHeadersSize);
    QVERIFY2(session.info.handshakeRequest.startsWith(QStringLiteral("GET /chat?room=1&user=%C3%BC HTTP/1.1\n")),
        qPrintable(session.info.handshakeRequest));
    QVERIFY(session.info.handshakeResponse.startsWith(QStringLiteral("HTTP/1.1 101 Switching Protocols\n")));
    QVERIFY(session.info.handshakeResponse.contains(QStringLiteral("Set-Cookie: [redacted]")));
}

void TestExporters::csvRoundTrip()
{
    CsvExporter exporter;
    const QByteArray bytes = exportLog(exporter);
    QList<QStringList> rows;
    QString error;
    QVERIFY2(StoreTestData::parseCsv(bytes, &rows, &error), qPrintable(error));
    QCOMPARE(rows.size(), m_log.size() + 1);
    const QStringList header { QStringLiteral("seq"), QStringLiteral("time"), QStringLiteral("time_us"),
        QStringLiteral("direction"), QStringLiteral("kind"), QStringLiteral("opcode"), QStringLiteral("size"),
        QStringLiteral("wire_size"), QStringLiteral("compressed"), QStringLiteral("close_code"),
        QStringLiteral("encoding"), QStringLiteral("data"), QStringLiteral("marks") };
    QCOMPARE(rows.first(), header);
    for (qsizetype i = 0; i < m_log.size(); ++i) {
        const QStringList &row = rows.at(i + 1);
        const LogEntry &expected = m_entries[std::size_t(i)];
        QCOMPARE(row.size(), header.size());
        QCOMPARE(row.at(0).toLongLong(), qint64(i));
        QCOMPARE(QDateTime::fromString(row.at(1), Qt::ISODateWithMs).toMSecsSinceEpoch(), expected.timeUs / 1000);
        QCOMPARE(row.at(2).toLongLong(), expected.timeUs);
        QCOMPARE(row.at(3), LogEntry::directionName(expected.direction));
        QCOMPARE(row.at(4), LogEntry::kindName(expected.kind));
        QCOMPARE(row.at(5).toInt(), LogEntry::opcodeOf(expected.kind));
        QCOMPARE(row.at(6).toLongLong(), expected.payloadSize);
        QCOMPARE(row.at(7).toLongLong(), expected.wireSize);
        QCOMPARE(row.at(8), expected.compressed ? QStringLiteral("true") : QStringLiteral("false"));
        if (expected.kind == MessageRecord::Kind::Close)
            QCOMPARE(row.at(9).toInt(), int(expected.closeCode));
        // What an intercepting proxy did: names separated by spaces, empty for none.
        QCOMPARE(row.at(12), LogEntry::markNames(expected.marks).join(u' '));
        QCOMPARE(LogEntry::marksFromNames(row.at(12).split(u' ', Qt::SkipEmptyParts)), std::optional(expected.marks));
        if (expected.payloadOmitted) { // no bytes: says so, with the file's name when known
            QCOMPARE(row.at(10), QStringLiteral("omitted"));
            QCOMPARE(row.at(11), SessionExporter::omittedNote(expected));
            continue;
        }
        const QByteArray data = row.at(10) == QLatin1String("base64") ? QByteArray::fromBase64(row.at(11).toLatin1())
                                                                      : row.at(11).toUtf8();
        QVERIFY2(data == expected.payload, qPrintable(QStringLiteral("record %1 data").arg(i)));
    }
}

void TestExporters::textExport()
{
    TextExporter exporter;
    const QString text = QString::fromUtf8(exportLog(exporter));
    QVERIFY(text.contains(QStringLiteral("URL: wss://example.test:8443/chat?room=1&user=%C3%BC")));
    QVERIFY(text.contains(QStringLiteral("    Authorization: [redacted]")));
    QVERIFY(text.contains(QStringLiteral("    Cookie: [redacted]")));
    for (const QString &secret : { QStringLiteral("s3cr3t-token"), QStringLiteral("abc123") })
        QVERIFY(!text.contains(secret));
    QVERIFY(text.contains(QStringLiteral("[2023-11-14T22:13:20.124457Z] > [held, edited] text 5 B: hello\n")));
    QVERIFY(text.contains(QStringLiteral("> [injected] ping 2 B\n")));
    QVERIFY(text.contains(QStringLiteral("< [delayed, replied] text 300 B, compressed: zzz")));
    QVERIFY(text.contains(QStringLiteral("< text %1 B: grüße – 🙂 日本語\n").arg(m_entries[2].payloadSize)));
    QVERIFY(text.contains(QStringLiteral("< binary 256 B\n    00000000  00 01 02 03 04 05 06 07  08 09 0a 0b 0c 0d 0e "
                                         "0f  |................|\n")));
    QVERIFY(text.contains(QStringLiteral("    000000f0  f0 f1 f2 f3 f4 f5 f6 f7  f8 f9 fa fb fc fd fe ff  |..........."
                                         ".....|\n")));
    QVERIFY(text.contains(QStringLiteral("> [held, edited, dropped, injected, delayed, replied] binary 3145728 B "
                                         "(big.bin, 3.0 MiB, streamed from a file; not kept)\n")));
    QVERIFY(text.contains(QStringLiteral("< binary 2097152 B (2.0 MiB; not kept)\n")));
    QVERIFY(text.contains(QStringLiteral("> close 5 B, 1000: bye\n")));
    QVERIFY(text.contains(QStringLiteral("* The connection was closed (1000 Normal closure).\n")));
    QVERIFY(text.contains(QStringLiteral("Records (%1):").arg(m_log.size())));
    // 1 MiB of binary as a hex dump: 65536 lines of 16 bytes.
    QVERIFY(text.contains(QStringLiteral("    000ffff0  ")));
}

void TestExporters::harStructure()
{
    HarExporter exporter;
    exporter.setSecretHeaders(StoreTestData::markedSecret());
    const QByteArray bytes = exportLog(exporter);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    for (const QString &secret : StoreTestData::secretValues())
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));

    const QJsonObject log = object(document.object(), "log");
    QCOMPARE(log.value(u"version").toString(), QStringLiteral("1.2"));
    QCOMPARE(object(log, "creator").value(u"name").toString(), QStringLiteral("Framewise"));
    QVERIFY(object(log, "creator").value(u"version").isString());
    QVERIFY(log.value(u"pages").isArray());
    const QJsonArray entries = log.value(u"entries").toArray();
    QCOMPARE(entries.size(), 1);
    const QJsonObject entry = entries.first().toObject();
    const QDateTime started = QDateTime::fromString(entry.value(u"startedDateTime").toString(), Qt::ISODateWithMs);
    QVERIFY(started.isValid());
    QCOMPARE(started.toMSecsSinceEpoch(), StoreTestData::info().startedUs / 1000);
    QVERIFY(entry.value(u"time").isDouble());
    QVERIFY(entry.value(u"cache").isObject());
    QCOMPARE(entry.value(u"_resourceType").toString(), QStringLiteral("websocket"));

    const QJsonObject request = object(entry, "request");
    QCOMPARE(request.value(u"method").toString(), QStringLiteral("GET"));
    QCOMPARE(request.value(u"url").toString(), StoreTestData::info().url);
    QCOMPARE(request.value(u"httpVersion").toString(), QStringLiteral("HTTP/1.1"));
    QVERIFY(request.value(u"cookies").isArray());
    QVERIFY(request.value(u"queryString").isArray());
    const QJsonArray query = request.value(u"queryString").toArray();
    QCOMPARE(query.size(), 2);
    QCOMPARE(query.at(1).toObject().value(u"value").toString(), QStringLiteral("ü"));
    QCOMPARE(request.value(u"headersSize").toDouble(), 321.0);
    QCOMPARE(request.value(u"bodySize").toDouble(), 0.0);
    const QJsonArray requestHeaders = request.value(u"headers").toArray();
    QStringList redacted;
    for (const QJsonValue &header : requestHeaders) {
        QVERIFY(header.toObject().value(u"name").isString());
        QVERIFY(header.toObject().value(u"value").isString());
        if (header.toObject().value(u"value").toString() == QLatin1String("[redacted]"))
            redacted << header.toObject().value(u"name").toString();
    }
    QCOMPARE(redacted,
        (QStringList { QStringLiteral("Authorization"), QStringLiteral("Cookie"), QStringLiteral("X-Api-Key") }));

    const QJsonObject response = object(entry, "response");
    QCOMPARE(response.value(u"status").toDouble(), 101.0);
    QCOMPARE(response.value(u"statusText").toString(), QStringLiteral("Switching Protocols"));
    QCOMPARE(response.value(u"httpVersion").toString(), QStringLiteral("HTTP/1.1"));
    QVERIFY(response.value(u"cookies").isArray());
    QVERIFY(response.value(u"headers").isArray());
    QVERIFY(object(response, "content").value(u"size").isDouble());
    QVERIFY(object(response, "content").value(u"mimeType").isString());
    QVERIFY(response.value(u"redirectURL").isString());
    QCOMPARE(response.value(u"headersSize").toDouble(), 210.0);
    QVERIFY(response.value(u"bodySize").isDouble());
    QVERIFY(response.value(u"_transferSize").isDouble());
    QVERIFY(response.contains(u"_error"));

    // HAR 1.2: send, wait and receive are required and not negative; the optional ones are -1 when unknown.
    const QJsonObject timings = object(entry, "timings");
    for (const char *key : { "send", "wait", "receive" }) {
        QVERIFY2(timings.value(QLatin1String(key)).isDouble(), key);
        QVERIFY2(timings.value(QLatin1String(key)).toDouble() >= 0, key);
    }
    for (const char *key : { "blocked", "dns", "connect", "ssl", "_blocked_queueing" })
        QVERIFY2(timings.value(QLatin1String(key)).isDouble(), key);
    QCOMPARE(timings.value(u"wait").toDouble(), 12.5);
    QCOMPARE(entry.value(u"time").toDouble(), 12.5);

    const QJsonArray messages = entry.value(u"_webSocketMessages").toArray();
    std::vector<LogEntry> expected;
    for (const LogEntry &e : m_entries) {
        if (e.kind != MessageRecord::Kind::Event)
            expected.push_back(e);
    }
    QCOMPARE(std::size_t(messages.size()), expected.size());
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QJsonObject message = messages.at(i).toObject();
        const LogEntry &e = expected[std::size_t(i)];
        QCOMPARE(message.value(u"type").toString(),
            e.direction == MessageRecord::Direction::Out ? QStringLiteral("send") : QStringLiteral("receive"));
        QVERIFY(message.value(u"time").isDouble());
        QCOMPARE(qint64(std::llround(message.value(u"time").toDouble() * 1e6)), e.timeUs);
        QVERIFY(message.value(u"data").isString());
        // What an intercepting proxy did, in a member Chrome passes over; none: no member.
        QCOMPARE(message.contains(u"_marks"), e.marks != 0);
        QCOMPARE(message.value(u"_marks").toVariant().toStringList(), LogEntry::markNames(e.marks));
        if (e.payloadOmitted) {
            // Chrome lists a text frame's data as it is: the note, and the message's own details.
            QCOMPARE(message.value(u"opcode").toInt(), 1);
            QCOMPARE(message.value(u"data").toString(),
                e.payload.isEmpty() ? QStringLiteral("(2.0 MiB; not kept)")
                                    : QStringLiteral("(big.bin, 3.0 MiB, streamed from a file; not kept)"));
            QCOMPARE(message.value(u"_opcode").toInt(), 2);
            QCOMPARE(message.value(u"_omitted").toBool(), true);
            QCOMPARE(qint64(message.value(u"_size").toDouble()), e.payloadSize);
            QCOMPARE(message.value(u"_file").toString().toUtf8(), e.payload);
            QCOMPARE(message.contains(u"_file"), !e.payload.isEmpty());
            continue;
        }
        QCOMPARE(message.value(u"opcode").toInt(), LogEntry::opcodeOf(e.kind));
        QVERIFY(!message.contains(u"_omitted"));
        if (e.kind == MessageRecord::Kind::Text)
            QCOMPARE(message.value(u"data").toString().toUtf8(), e.payload);
        else
            QCOMPARE(QByteArray::fromBase64(message.value(u"data").toString().toLatin1()), e.payload);
    }
}

void TestExporters::harKeepsSecretsOnlyWhenAsked()
{
    HarExporter exporter;
    exporter.setSecretHeaders(StoreTestData::markedSecret());
    exporter.setIncludeSecrets(true);
    const QByteArray bytes = exportLog(exporter);
    for (const QString &secret : StoreTestData::secretValues())
        QVERIFY2(bytes.contains(secret.toUtf8()), qPrintable(secret));
    // Asked for: the Cookie header's pairs become HAR cookies too.
    const QJsonObject request = harEntry(bytes).value(u"request").toObject();
    const QJsonArray cookies = request.value(u"cookies").toArray();
    QCOMPARE(cookies.size(), 2);
    QCOMPARE(cookies.at(0).toObject().value(u"name").toString(), QStringLiteral("sid"));
    QCOMPARE(cookies.at(0).toObject().value(u"value").toString(), QStringLiteral("abc123"));
}

void TestExporters::subsetInGivenOrder()
{
    SessionLogSource source(m_log, StoreTestData::info());
    JsonLinesExporter exporter;
    exporter.setIndexes({ 5, 1, 9 });
    const QByteArray bytes = exportBytes(exporter, source);
    const QList<QByteArray> lines = bytes.split('\n');
    QCOMPARE(lines.size(), 5); // session, three records, the empty rest after the last newline
    QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(u"records").toInt(), 3);
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(u"seq").toInt(), 5);
    QCOMPARE(QJsonDocument::fromJson(lines.at(2)).object().value(u"seq").toInt(), 1);
    QCOMPARE(QJsonDocument::fromJson(lines.at(3)).object().value(u"seq").toInt(), 9);
    QCOMPARE(exporter.recordsWritten(), qint64(3));

    HarExporter har;
    har.setIndexes({ 2, 0 }); // a message and an event
    const QJsonObject entry = harEntry(exportBytes(har, source));
    QCOMPARE(entry.value(u"_webSocketMessages").toArray().size(), 1);
    QCOMPARE(entry.value(u"_framewise").toObject().value(u"events").toArray().size(), 1);

    JsonLinesExporter bad;
    bad.setIndexes({ 0, m_log.size() });
    QByteArray ignored;
    QBuffer buffer(&ignored);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(!bad.exportToDevice(source, &buffer));
    QVERIFY(bad.errorString().contains(QString::number(m_log.size())));
}

void TestExporters::progressAndCancel()
{
    // Enough records for several progress steps.
    SessionLog log;
    for (int i = 0; i < 20000; ++i) {
        MessageRecord record;
        record.timeUs = StoreTestData::BaseTimeUs + i;
        log.append(record, QByteArray::number(i));
    }
    SessionLogSource source(log, StoreTestData::info());
    QList<qint64> seen;
    JsonLinesExporter exporter;
    exporter.setProgress([&seen](qint64 done, qint64 total) {
        seen.append(done);
        return total == 20000;
    });
    const QString path = m_dir.filePath(QStringLiteral("progress.jsonl"));
    QVERIFY2(exporter.exportToFile(source, path), qPrintable(exporter.errorString()));
    QVERIFY(seen.size() >= 4);
    QCOMPARE(seen.last(), qint64(20000));
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));

    // Cancelled half-way: false, and the file from before stays as it was.
    const QByteArray before = readFile(path);
    HarExporter cancelled;
    cancelled.setProgress([](qint64 done, qint64) { return done < 8000; });
    QVERIFY(!cancelled.exportToFile(source, path));
    QVERIFY(cancelled.wasCancelled());
    QVERIFY(!cancelled.errorString().isEmpty());
    QVERIFY(!before.isEmpty());
    QCOMPARE(readFile(path), before);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.har"))));
    QVERIFY(!cancelled.exportToFile(source, m_dir.filePath(QStringLiteral("never.har"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.har"))));
}

void TestExporters::failedExportLeavesNoFile()
{
    SessionLogSource source(m_log, StoreTestData::info());
    QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    CsvExporter exporter;
    QVERIFY(!exporter.exportToFile(source, m_dir.filePath(QStringLiteral("blocker/out.csv"))));
    QVERIFY2(exporter.errorString().contains(QStringLiteral("blocker/out.csv")), qPrintable(exporter.errorString()));
}

void TestExporters::storedSessionRoundTrip()
{
    // Log -> JSONL -> store -> StoredSession -> JSONL: the message lines come back byte for byte,
    // and HAR from the store equals HAR from the log but for the state.
    SessionLogSource source(m_log, StoreTestData::info());
    JsonLinesExporter exporter;
    const QByteArray first = exportBytes(exporter, source);
    JsonLinesImporter importer;
    QVERIFY(importer.readData(first, QStringLiteral("first.jsonl")));
    SessionStore store;
    QVERIFY2(store.open(m_dir.filePath(QStringLiteral("roundtrip.sqlite"))), qPrintable(store.errorString()));
    const QList<qint64> ids = store.importSessions(importer.sessions());
    QCOMPARE(ids.size(), 1);
    StoredSession stored(store.path(), ids.first());
    QVERIFY2(stored.open(), qPrintable(stored.errorString()));
    QCOMPARE(stored.count(), m_log.size());
    const QString problem = compareAll(m_entries, entriesOf(stored), true);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    JsonLinesExporter again;
    const QByteArray second = exportBytes(again, stored);
    QCOMPARE(second.mid(second.indexOf('\n')), first.mid(first.indexOf('\n')));

    HarExporter harFromLog;
    HarExporter harFromStore;
    QByteArray fromLog = exportBytes(harFromLog, source);
    QByteArray fromStore = exportBytes(harFromStore, stored);
    fromLog.replace("\"state\":\"ended\"", "\"state\":\"imported\"");
    QCOMPARE(fromStore, fromLog);
}

void TestExporters::chromeHarImports()
{
    const QString fixture = QStringLiteral(FRAMEWISE_SOURCE_DIR "/tests/store/fixtures/chrome.har");
    HarImporter importer;
    QVERIFY2(importer.read(fixture), qPrintable(importer.errorString()));
    QCOMPARE(importer.sessions().size(), std::size_t(1));
    QCOMPARE(importer.skippedEntries(), qsizetype(1)); // the document request
    const ImportedSession &session = importer.sessions().front();
    QCOMPARE(session.info.url, QStringLiteral("wss://example.test/socket?token=t0k&v=2"));
    QCOMPARE(session.info.startedUs,
        QDateTime::fromString(QStringLiteral("2024-03-05T10:15:30.123Z"), Qt::ISODateWithMs).toMSecsSinceEpoch()
            * 1000);
    QCOMPARE(session.info.subprotocol, QStringLiteral("v2.ticker"));
    QCOMPARE(session.info.extensions, QStringLiteral("permessage-deflate; client_max_window_bits=15"));
    QCOMPARE(session.info.handshakeMs, 44.014);
    QCOMPARE(session.info.requestHeadersSize, qint64(612));
    QVERIFY(session.info.handshakeRequest.startsWith(QStringLiteral("GET /socket?token=t0k&v=2 HTTP/1.1\nHost: "
                                                                    "example.test\n")));
    QVERIFY(session.info.handshakeRequest.contains(QStringLiteral("Cookie: [redacted]")));
    QVERIFY(!session.info.handshakeRequest.contains(QStringLiteral("chrome-cookie-secret")));
    QVERIFY(session.info.handshakeResponse.startsWith(QStringLiteral("HTTP/1.1 101 Switching Protocols\n")));
    const std::vector<LogEntry> records = entriesOf(session.records);
    QCOMPARE(records.size(), std::size_t(4));
    QCOMPARE(records[0].direction, MessageRecord::Direction::Out);
    QCOMPARE(records[0].kind, MessageRecord::Kind::Text);
    QCOMPARE(records[0].payload, QByteArray("{\"op\":\"subscribe\",\"channel\":\"ticker\"}"));
    QCOMPARE(records[0].timeUs, qint64(1709633730212345));
    QCOMPARE(records[1].direction, MessageRecord::Direction::In);
    QCOMPARE(QString::fromUtf8(records[1].payload), QStringLiteral("{\"event\":\"subscribed\",\"price\":\"12 €\"}"));
    QCOMPARE(records[2].kind, MessageRecord::Kind::Binary);
    QCOMPARE(records[2].payload, QByteArray("\x00\x01\x02\x03\xff", 5));
    QCOMPARE(records[2].timeUs, qint64(1709633731500000));
    QCOMPARE(QString::fromUtf8(records[3].payload), QStringLiteral("bye ✓"));

    SessionStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("chrome.sqlite"))));
    HarImporter intoStore;
    QVERIFY2(intoStore.read(fixture), qPrintable(intoStore.errorString()));
    const QList<qint64> ids = store.importSessions(intoStore.sessions());
    QCOMPARE(ids.size(), 1);
    const QList<SessionInfo> sessions = store.sessions();
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.first().state, SessionInfo::State::Imported);
    QCOMPARE(sessions.first().source, QStringLiteral("chrome.har"));
    QCOMPARE(sessions.first().messageCount, qint64(4));
    QCOMPARE(sessions.first().endedUs, qint64(1709633732750000));
    const std::vector<LogEntry> stored = store.messages(ids.first());
    QCOMPARE(stored.size(), std::size_t(4));
    QCOMPARE(stored[2].payload, QByteArray("\x00\x01\x02\x03\xff", 5));
}

void TestExporters::malformedHar_data()
{
    QTest::addColumn<QByteArray>("har");
    QTest::addColumn<QString>("where");
    const QByteArray good = R"({"startedDateTime":"2024-03-05T10:15:30.123Z","_resourceType":"websocket",)"
                            R"("request":{"method":"GET","url":"wss://a.test/"},"_webSocketMessages":[)"
                            R"({"type":"send","time":1709633730.5,"opcode":1,"data":"x"}]})";
    const auto wrap = [](const QByteArray &entries) -> QByteArray {
        return "{\"log\":{\"version\":\"1.2\",\"entries\":[" + entries + "]}}";
    };
    QTest::newRow("truncated") << QByteArray("{\"log\": {\n  \"entries\": [\n    {\"request\": ")
                               << QStringLiteral("line 3, column");
    QTest::newRow("not json") << QByteArray("<html>\n</html>") << QStringLiteral("line 1, column 2");
    QTest::newRow("no log") << QByteArray("{\"version\":\"1.2\"}") << QStringLiteral("log: missing");
    QTest::newRow("entries not an array") << QByteArray("{\"log\":{\"entries\":{}}}") << QStringLiteral("log.entries");
    // (A message with a bad opcode, bad base64 or no time is left out, not the file: chromeQuirks.)
    QTest::newRow("messages not an array") << wrap(good
        + R"(,{"startedDateTime":"2024-03-05T10:15:31Z","request":{"url":"wss://b.test/"},"_webSocketMessages":{}})")
                                           << QStringLiteral("log.entries[1]._webSocketMessages");
    QTest::newRow("bad date") << wrap(
        R"({"startedDateTime":"yesterday","_resourceType":"websocket","request":{"url":"wss://b.test/"}})")
                              << QStringLiteral("log.entries[0].startedDateTime");
    QTest::newRow("no url") << wrap(
        R"({"startedDateTime":"2024-03-05T10:15:31Z","_resourceType":"websocket","request":{}})")
                            << QStringLiteral("log.entries[0].request.url");
    QTest::newRow("no websocket") << wrap(
        R"({"startedDateTime":"2024-03-05T10:15:31Z","request":{"url":"https://a.test/"}})")
                                  << QStringLiteral("no WebSocket connection");
}

void TestExporters::malformedHar()
{
    QFETCH(QByteArray, har);
    QFETCH(QString, where);
    const QString path = m_dir.filePath(
        QStringLiteral("broken-%1.har").arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(har);
    file.close();

    SessionStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("malformed.sqlite"))));
    const qsizetype before = store.sessions().size();
    HarImporter importer;
    QVERIFY(!importer.read(path));
    QVERIFY2(importer.errorString().contains(where), qPrintable(importer.errorString()));
    QVERIFY2(importer.errorString().startsWith(QFileInfo(path).fileName() + QStringLiteral(": ")),
        qPrintable(importer.errorString()));
    QVERIFY(importer.sessions().empty());
    QCOMPARE(store.sessions().size(), before); // nothing half-imported
    QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
}

void TestExporters::malformedJsonLines()
{
    JsonLinesImporter importer;
    const QByteArray data
        = "{\"record\":\"session\",\"url\":\"ws://a.test/\"}\n"
          "{\"record\":\"message\",\"time_us\":1,\"direction\":\"in\",\"kind\":\"text\",\"text\":\"a\"}\n"
          "\n"
          "{\"record\":\"message\",\"time_us\":2,\"direction\":\"sideways\",\"kind\":\"text\",\"text\":\"b\"}\n";
    QVERIFY(!importer.readData(data, QStringLiteral("x.jsonl")));
    QVERIFY2(importer.errorString().startsWith(QStringLiteral("x.jsonl: line 4")), qPrintable(importer.errorString()));
    QVERIFY(importer.sessions().empty());
    QVERIFY(!importer.readData(
        "{\"record\":\"session\"}\n{\"record\":\"message\",\"time_us\":1,", QStringLiteral("y.jsonl")));
    QVERIFY2(importer.errorString().startsWith(QStringLiteral("y.jsonl: line 2, column")),
        qPrintable(importer.errorString()));
}

void TestExporters::outOfRangeHandshakeTimeIsUnknown()
{
    // A file may claim any number; one too large for the exporter's arithmetic (1e300 ms, found by
    // fuzz_har) or negative comes in as unknown (-1), and the session exports and re-imports.
    for (const char *value : { "1e300", "-5", "1e12", "2e12" }) {
        JsonLinesImporter importer;
        const QByteArray data = QByteArray("{\"record\":\"session\",\"url\":\"ws://a.test/\",\"handshake_ms\":") + value
            + "}\n{\"record\":\"message\",\"time_us\":1,\"direction\":\"in\",\"kind\":\"text\",\"text\":\"a\"}\n";
        QVERIFY2(importer.readData(data, QStringLiteral("x.jsonl")), qPrintable(importer.errorString()));
        QCOMPARE(importer.sessions().size(), std::size_t(1));
        const double expected = qstrcmp(value, "1e12") == 0 ? 1e12 : -1;
        QCOMPARE(importer.sessions().front().info.handshakeMs, expected);
        for (const bool har : { false, true }) {
            ImportedSessionSource source(importer.sessions().front());
            JsonLinesExporter jsonLines;
            HarExporter harExporter;
            SessionExporter &exporter = har ? static_cast<SessionExporter &>(harExporter) : jsonLines;
            const QByteArray exported = exportBytes(exporter, source);
            QVERIFY(!exported.isEmpty());
            std::unique_ptr<SessionImporter> again;
            if (har)
                again = std::make_unique<HarImporter>();
            else
                again = std::make_unique<JsonLinesImporter>();
            QVERIFY2(again->readData(exported, QStringLiteral("again")), qPrintable(again->errorString()));
            QCOMPARE(again->sessions().front().records.size(), 1);
        }
    }
}

void TestExporters::controlCharactersStayOutOfHandshake()
{
    // fuzz_har's finding: "httpVersion": "HTTP/1.1" and 36 CRs. Every import composed the CRs into
    // the request line and every parse took one off, so import -> export -> import never settled.
    QByteArray finding
        = readFile(QStringLiteral(FRAMEWISE_SOURCE_DIR "/tests/fuzz/regressions/fuzz_har/httpversion-cr"));
    QVERIFY(finding.size() > 1);
    finding.remove(0, 1); // the fuzzer's configuration byte
    QVERIFY(finding.contains("HTTP/1.1\r\r\r"));
    // The same in every other field that goes into a reconstructed handshake.
    const QByteArray crafted
        = R"({"log":{"entries":[{"startedDateTime":"2024-03-05T10:15:30.123Z","_resourceType":"websocket",)"
          R"("request":{"method":"GET\r","url":"wss://a.test/s","httpVersion":"HTTP/1.1\r\n\r\nX-Injected: 1",)"
          R"("headers":[{"name":"Host\r","value":"a.test\r\r"},{"name":"X-A","value":"1\r\nX-Smuggled: 2\u0000\u007f"}]},)"
          R"("response":{"status":403,"statusText":"Forbidden\r\r","httpVersion":"HTTP/1.1\r",)"
          R"("headers":[{"name":"Content-Type","value":"text/plain\r"}]},"_webSocketMessages":[]}]}})";
    for (const QByteArray &file : { finding, crafted }) {
        HarImporter importer;
        QVERIFY2(importer.readData(file, QStringLiteral("cr.har")), qPrintable(importer.errorString()));
        const SessionInfo first = importer.sessions().front().info;
        for (const QString &text : { first.handshakeRequest, first.handshakeResponse }) {
            for (const QChar c : text)
                QVERIFY2(c == u'\n' || c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7f),
                    qPrintable(QStringLiteral("U+%1 in %2").arg(int(c.unicode()), 4, 16, QChar(u'0')).arg(text)));
        }
        const QStringList requestLines = first.handshakeRequest.split(u'\n');
        if (file == finding) {
            QCOMPARE(requestLines.first(), QStringLiteral("GET /socket?x=1 HTTP/1.1"));
        } else {
            QCOMPARE(requestLines.first(), QStringLiteral("GET /s HTTP/1.1X-Injected:1"));
            QCOMPARE(requestLines.size(), 3); // no smuggled header line
            QCOMPARE(requestLines.at(2), QStringLiteral("X-A: 1X-Smuggled: 2"));
            QCOMPARE(first.handshakeResponse, QStringLiteral("HTTP/1.1 403 Forbidden\nContent-Type: text/plain"));
        }
        // Export and import twice: the texts settle at once.
        SessionInfo previous = first;
        for (int pass = 0; pass < 2; ++pass) {
            ImportedSessionSource source(importer.sessions().front());
            HarExporter exporter;
            exporter.setIncludeSecrets(true);
            const QByteArray exported = exportBytes(exporter, source);
            QVERIFY2(importer.readData(exported, QStringLiteral("again.har")), qPrintable(importer.errorString()));
            const SessionInfo again = importer.sessions().front().info;
            QCOMPARE(again.handshakeRequest, previous.handshakeRequest);
            QCOMPARE(again.handshakeResponse, previous.handshakeResponse);
            previous = again;
        }
    }
}

void TestExporters::controlCharactersCannotHideASecretHeader()
{
    // fuzz_har's second finding: a header name with NULs in it ("Author\0ization") was not a secret
    // name, and composing the text left the NULs out, so "Authorization: <token>" came in unredacted.
    JsonLinesImporter jsonLines;
    const QByteArray line = "{\"record\":\"session\",\"url\":\"ws://a.test/\",\"handshake_request\":"
                            "\"GET / HTTP/1.1\\nAuthor\\u0000\\u0000ization: Bearer t0ken\\nX-\\u0001Api-Key: k3y\"}\n";
    jsonLines.setSecretHeaders({ QByteArray("X-Api-Key") });
    QVERIFY2(jsonLines.readData(line, QStringLiteral("x.jsonl")), qPrintable(jsonLines.errorString()));
    QCOMPARE(jsonLines.sessions().front().info.handshakeRequest,
        QStringLiteral("GET / HTTP/1.1\nAuthorization: [redacted]\nX-Api-Key: [redacted]"));
    const QByteArray har
        = R"({"log":{"entries":[{"startedDateTime":"2024-03-05T10:15:30.123Z","_resourceType":"websocket",)"
          R"("request":{"url":"wss://a.test/","headers":[{"name":"Cook\u0000ie","value":"sid=s3cret"}]},)"
          R"("response":{"status":101,"headers":[{"name":"Set-\u007fCookie","value":"sid=s3cret"}]}}]}})";
    HarImporter importer;
    QVERIFY2(importer.readData(har, QStringLiteral("x.har")), qPrintable(importer.errorString()));
    const SessionInfo info = importer.sessions().front().info;
    QCOMPARE(info.handshakeRequest, QStringLiteral("GET / HTTP/1.1\nCookie: [redacted]"));
    QCOMPARE(info.handshakeResponse, QStringLiteral("HTTP/1.1 101\nSet-Cookie: [redacted]"));
}

void TestExporters::composedHandshakeParsesBackTheSame()
{
    // What compose() writes, parse() reads back as it was, so import -> export -> import settles at
    // once (fuzz_har's regressions/fuzz_har/empty-name-after-controls: a name of only control
    // characters and a tab became ": " and then "::" in later passes).
    const QString nul = QString(QChar(0)) + QChar(1);
    for (const QString &name : QStringList { QString(), QStringLiteral("\t"), nul, QStringLiteral(" X-A "),
             QStringLiteral(":authority"), QStringLiteral("\tX") + nul }) {
        for (const QString &value :
            { QString(), QStringLiteral(" v "), QStringLiteral("a:b"), QString(nul + QStringLiteral("\tz")) }) {
            const QString text = HandshakeText::compose(QStringLiteral("GET / HTTP/1.1"), { { name, value } });
            const HandshakeText::Parsed parsed = HandshakeText::parse(text);
            QCOMPARE(parsed.headers.size(), 1);
            QCOMPARE(HandshakeText::compose(parsed.firstLine, parsed.headers), text);
        }
    }
}

void TestExporters::omittedSizesAreBounded()
{
    // A file may give a record whose bytes were not kept any size (fuzz_har: 5e96 twice, and the
    // batch's sum overflowed): from 0 to 1 TiB, and a batch's sum stops at qint64's maximum.
    const QByteArray lines
        = "{\"record\":\"session\",\"url\":\"ws://a.test/\"}\n"
          "{\"record\":\"message\",\"time_us\":1,\"direction\":\"out\",\"kind\":\"binary\",\"size\":5e96,"
          "\"omitted\":true,\"base64\":\"\"}\n"
          "{\"record\":\"message\",\"time_us\":2,\"direction\":\"out\",\"kind\":\"binary\",\"size\":-7,"
          "\"omitted\":true,\"base64\":\"\"}\n";
    JsonLinesImporter jsonLines;
    QVERIFY(jsonLines.readData(lines, QStringLiteral("x.jsonl")));
    QCOMPARE(jsonLines.sessions().front().records.at(0).payloadSize, SessionImporter::MaxOmittedSize);
    QCOMPARE(jsonLines.sessions().front().records.at(1).payloadSize, qint64(0));
    const QByteArray har
        = R"({"log":{"entries":[{"startedDateTime":"2024-03-05T10:15:30.123Z","_resourceType":"websocket",)"
          R"("request":{"url":"wss://a.test/"},"_webSocketMessages":[{"type":"send","time":1,"opcode":1,)"
          R"("data":"x","_opcode":2,"_omitted":true,"_size":"1e300"}]}]}})";
    HarImporter importer;
    QVERIFY(importer.readData(har, QStringLiteral("x.har")));
    QCOMPARE(importer.sessions().front().records.at(0).payloadSize, SessionImporter::MaxOmittedSize);
    RecordBatch batch;
    LogEntry huge;
    huge.payloadOmitted = true;
    huge.payloadSize = std::numeric_limits<qint64>::max() - 1;
    batch.append(huge);
    batch.append(huge);
    QCOMPARE(batch.payloadBytes(), std::numeric_limits<qint64>::max());
}

namespace {
QByteArray exportHar(const ImportedSession &session, bool includeSecrets = false)
{
    ImportedSessionSource source(session);
    HarExporter exporter;
    exporter.setIncludeSecrets(includeSecrets);
    return exportBytes(exporter, source);
}
} // namespace

void TestExporters::omittedPayloadSaysSo()
{
    // A streamed file's bytes were not kept: every format says so, with its name and size, and
    // HAR and JSON Lines bring the record back as it was.
    ImportedSession session;
    session.info = StoreTestData::info();
    LogEntry streamed;
    streamed.timeUs = StoreTestData::BaseTimeUs;
    streamed.direction = MessageRecord::Direction::Out;
    streamed.kind = MessageRecord::Kind::Binary;
    streamed.payloadOmitted = true;
    streamed.payloadSize = 1288490188; // 1.2 GiB
    streamed.wireSize = streamed.payloadSize;
    streamed.payload = QByteArrayLiteral("backup, 2024.tar");
    session.records.append(streamed);
    const QString note = QStringLiteral("(backup, 2024.tar, 1.2 GiB, streamed from a file; not kept)");
    QCOMPARE(SessionExporter::omittedNote(session.records.at(0)), note);

    const QJsonObject message = harEntry(exportHar(session))[u"_webSocketMessages"].toArray().first().toObject();
    QCOMPARE(message.value(u"type").toString(), QStringLiteral("send"));
    QCOMPARE(message.value(u"opcode").toInt(), 1); // a text frame: Chrome lists its data as it is
    QCOMPARE(message.value(u"data").toString(), note);
    QCOMPARE(message.value(u"_opcode").toInt(), 2);
    QCOMPARE(message.value(u"_omitted").toBool(), true);
    QCOMPARE(message.value(u"_size").toInteger(), qint64(1288490188));
    QCOMPARE(message.value(u"_file").toString(), QStringLiteral("backup, 2024.tar"));
    HarImporter har;
    QVERIFY2(har.readData(exportHar(session), QStringLiteral("x.har")), qPrintable(har.errorString()));
    QCOMPARE(har.skippedMessages(), qsizetype(0));
    const LogEntry fromHar = har.sessions().front().records.at(0);
    QCOMPARE(fromHar.kind, MessageRecord::Kind::Binary);
    QCOMPARE(fromHar.direction, MessageRecord::Direction::Out);
    QVERIFY(fromHar.payloadOmitted);
    QCOMPARE(fromHar.payloadSize, qint64(1288490188));
    QCOMPARE(fromHar.payload, QByteArrayLiteral("backup, 2024.tar"));

    ImportedSessionSource source(session);
    JsonLinesExporter jsonLines;
    const QByteArray lines = exportBytes(jsonLines, source);
    const QJsonObject line = QJsonDocument::fromJson(lines.split('\n').at(1)).object();
    QCOMPARE(line.value(u"omitted").toBool(), true);
    QCOMPARE(line.value(u"size").toInteger(), qint64(1288490188));
    QCOMPARE(line.value(u"file").toString(), QStringLiteral("backup, 2024.tar"));
    QCOMPARE(line.value(u"note").toString(), note);
    JsonLinesImporter jsonLinesImporter;
    QVERIFY(jsonLinesImporter.readData(lines, QStringLiteral("x.jsonl")));
    QCOMPARE(
        StoreTestData::compare(session.records.at(0), jsonLinesImporter.sessions().front().records.at(0)), QString());

    CsvExporter csv;
    QList<QStringList> rows;
    QString error;
    QVERIFY2(StoreTestData::parseCsv(exportBytes(csv, source), &rows, &error), qPrintable(error));
    QCOMPARE(rows.at(1).at(6), QStringLiteral("1288490188"));
    QCOMPARE(rows.at(1).at(10), QStringLiteral("omitted"));
    QCOMPARE(rows.at(1).at(11), note);
    TextExporter text;
    QVERIFY(exportBytes(text, source).contains(QByteArray("> binary 1288490188 B " + note.toUtf8() + '\n')));
}

void TestExporters::rejectedUpgradeBody()
{
    // A 403 with a body: HAR's response.content has it (text, size, mimeType from Content-Type),
    // bodySize too, and an import gives it back; JSON Lines and the text export carry it as well.
    ImportedSession session;
    session.info = StoreTestData::info();
    session.info.handshakeResponse
        = QStringLiteral("HTTP/1.1 403 Forbidden\nContent-Type: application/json; charset=utf-8\nContent-Length: 41");
    session.info.responseBody = QStringLiteral("{\"error\":\"token expired\",\"hint\":\"grüß\"}");
    session.info.subprotocol.clear();
    const qsizetype bodyBytes = session.info.responseBody.toUtf8().size();
    const QJsonObject response = harEntry(exportHar(session))[u"response"].toObject();
    QCOMPARE(response.value(u"status").toInt(), 403);
    const QJsonObject content = response.value(u"content").toObject();
    QCOMPARE(content.value(u"text").toString(), session.info.responseBody);
    QCOMPARE(content.value(u"size").toInteger(), qint64(bodyBytes));
    QCOMPARE(content.value(u"mimeType").toString(), QStringLiteral("application/json; charset=utf-8"));
    QVERIFY(!content.contains(u"encoding"));
    QCOMPARE(response.value(u"bodySize").toInteger(), qint64(bodyBytes));

    HarImporter importer;
    QVERIFY(importer.readData(exportHar(session), QStringLiteral("403.har")));
    QCOMPARE(importer.sessions().front().info.responseBody, session.info.responseBody);
    QVERIFY(importer.sessions().front().info.handshakeResponse.startsWith(QStringLiteral("HTTP/1.1 403 Forbidden\n")));
    // Without a body: no text, size 0, and the bodySize of an unknown body.
    session.info.responseBody.clear();
    const QJsonObject empty = harEntry(exportHar(session))[u"response"].toObject();
    QVERIFY(!empty[u"content"].toObject().contains(u"text"));
    QCOMPARE(empty[u"content"].toObject().value(u"size").toInteger(), qint64(0));
    QCOMPARE(empty.value(u"bodySize").toInteger(), qint64(-1));
    // Chrome writes bytes that are not text as base64.
    const QByteArray chrome
        = R"({"log":{"entries":[{"startedDateTime":"2024-03-05T10:15:30.123Z","_resourceType":"websocket",)"
          R"("request":{"url":"wss://a.test/"},"response":{"status":401,"statusText":"Unauthorized",)"
          R"("content":{"size":5,"mimeType":"text/plain","text":"bm8gd2F5","encoding":"base64"}}}]}})";
    QVERIFY(importer.readData(chrome, QStringLiteral("chrome.har")));
    QCOMPARE(importer.sessions().front().info.responseBody, QStringLiteral("no way"));

    session.info.responseBody = QStringLiteral("go away\nnow");
    ImportedSessionSource source(session);
    JsonLinesExporter jsonLines;
    JsonLinesImporter jsonLinesImporter;
    QVERIFY(jsonLinesImporter.readData(exportBytes(jsonLines, source), QStringLiteral("x.jsonl")));
    QCOMPARE(jsonLinesImporter.sessions().front().info.responseBody, QStringLiteral("go away\nnow"));
    TextExporter text;
    QVERIFY(exportBytes(text, source).contains("    Content-Length: 41\n    \n    go away\n    now\n"));
}

void TestExporters::chromeMessageRules()
{
    // Chrome's importer (HARFormat.ts, Importer.ts): a number may be written as a string; a
    // message without a time, a send/receive/error type, an opcode or data is left out. Framewise
    // also leaves out what it cannot hold (opcode 7, bad base64) and turns opcode 0 (a
    // continuation frame) into a row of the kind it continues. The rest of the file imports.
    const QByteArray har
        = R"({"log":{"entries":[{"startedDateTime":"2024-03-05T10:15:30.123Z","_resourceType":"websocket",)"
          R"("request":{"url":"wss://a.test/","headersSize":"210"},"response":{"status":"101",)"
          R"("statusText":"Switching Protocols","headersSize":"129"},"timings":{"wait":"12.5"},)"
          R"("_webSocketMessages":[)"
          R"({"type":"send","time":"1709633730.25","opcode":"1","data":"string numbers"},)" // 0: coerced
          R"({"type":"send","opcode":1,"data":"no time"},)" // left out
          R"({"type":"receive","time":1709633730.5,"data":"no opcode"},)" // left out
          R"({"type":"receive","time":1709633730.5,"opcode":1},)" // no data: left out
          R"({"time":1709633730.5,"opcode":1,"data":"no type"},)" // left out
          R"({"type":"sideways","time":1709633730.5,"opcode":1,"data":"x"},)" // left out
          R"({"type":"receive","time":"soon","opcode":1,"data":"time not a number"},)" // left out
          R"({"type":"receive","time":1709633730.5,"opcode":7,"data":"x"},)" // no such message: left out
          R"({"type":"receive","time":1709633730.5,"opcode":2,"data":"@@"},)" // bad base64: left out
          R"("not an object",)" // left out
          R"({"type":"receive","time":1709633731,"opcode":2,"data":"AAE="},)" // 1: binary
          R"({"type":"receive","time":1709633731.5,"opcode":0,"data":"Ag=="},)" // 2: continues binary
          R"({"type":"error","time":1709633732,"opcode":-1,"data":"net::ERR_CONNECTION_RESET"},)" // 3: error
          R"({"type":"send","time":1709633733,"opcode":0,"data":"more"},)" // 4: continues the text sent
          R"({"type":"receive","time":1709633734,"opcode":1,"data":42}]}]}})"; // 5: data as a number
    HarImporter importer;
    QVERIFY2(importer.readData(har, QStringLiteral("quirks.har")), qPrintable(importer.errorString()));
    QCOMPARE(importer.skippedMessages(), qsizetype(9));
    QCOMPARE(importer.skippedEntries(), qsizetype(0));
    const ImportedSession &session = importer.sessions().front();
    QCOMPARE(session.info.requestHeadersSize, qint64(210));
    QCOMPARE(session.info.responseHeadersSize, qint64(129));
    QCOMPARE(session.info.handshakeMs, 12.5);
    QVERIFY(session.info.handshakeResponse.startsWith(QStringLiteral("HTTP/1.1 101 Switching Protocols")));
    const std::vector<LogEntry> records = entriesOf(session.records);
    QCOMPARE(records.size(), std::size_t(6));
    QCOMPARE(records[0].direction, MessageRecord::Direction::Out);
    QCOMPARE(records[0].kind, MessageRecord::Kind::Text);
    QCOMPARE(records[0].timeUs, qint64(1709633730250000));
    QCOMPARE(records[0].payload, QByteArray("string numbers"));
    QCOMPARE(records[1].kind, MessageRecord::Kind::Binary);
    QCOMPARE(records[1].payload, QByteArray("\x00\x01", 2));
    QCOMPARE(records[2].direction, MessageRecord::Direction::In);
    QCOMPARE(records[2].kind, MessageRecord::Kind::Binary);
    QCOMPARE(records[2].payload, QByteArray("\x02"));
    QCOMPARE(records[2].timeUs, qint64(1709633731500000));
    QCOMPARE(records[3].direction, MessageRecord::Direction::Local);
    QCOMPARE(records[3].kind, MessageRecord::Kind::Event);
    QCOMPARE(records[3].payload, QByteArray("net::ERR_CONNECTION_RESET"));
    QCOMPARE(records[3].timeUs, qint64(1709633732000000));
    QCOMPARE(records[4].direction, MessageRecord::Direction::Out);
    QCOMPARE(records[4].kind, MessageRecord::Kind::Text);
    QCOMPARE(records[4].payload, QByteArray("more"));
    QCOMPARE(records[5].kind, MessageRecord::Kind::Text);
    QCOMPARE(records[5].payload, QByteArray("42"));
    for (std::size_t i = 0; i < records.size(); ++i)
        QCOMPARE(records[i].seq, qint64(i));

    // The error row goes back out as an "error" message in its place, and comes back as a row.
    const QByteArray exported = exportHar(session);
    const QJsonArray messages = harEntry(exported)[u"_webSocketMessages"].toArray();
    QCOMPARE(messages.size(), 6);
    const QJsonObject error = messages.at(3).toObject();
    QCOMPARE(error.value(u"type").toString(), QStringLiteral("error"));
    QCOMPARE(error.value(u"opcode").toInt(), -1);
    QCOMPARE(error.value(u"data").toString(), QStringLiteral("net::ERR_CONNECTION_RESET"));
    QCOMPARE(error.value(u"time").toDouble(), 1709633732.0);
    QVERIFY(harEntry(exported)[u"_framewise"].toObject()[u"events"].toArray().isEmpty());
    HarImporter again;
    QVERIFY(again.readData(exported, QStringLiteral("again.har")));
    QCOMPARE(again.skippedMessages(), qsizetype(0));
    QCOMPARE(compareAll(records, entriesOf(again.sessions().front().records), false), QString());
    QCOMPARE(again.sessions().front().info.harExtra, session.info.harExtra);
    // Through the store as well (its har_extra column).
    SessionStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("quirks.sqlite"))));
    const QList<qint64> ids = store.importSessions(again.sessions());
    QCOMPARE(ids.size(), 1);
    StoredSession stored(store.path(), ids.first());
    QVERIFY(stored.open());
    QCOMPARE(stored.info().harExtra, session.info.harExtra);
    HarExporter fromStore;
    QCOMPARE(harEntry(exportBytes(fromStore, stored))[u"_webSocketMessages"].toArray().at(3).toObject(), error);
}

void TestExporters::chromeEntryFieldsSurvive()
{
    // What Framewise has no field for is kept with the session and written back: the entry's
    // time, serverIPAddress, connection, pageref and page, _initiator, _priority, the timings,
    // and the cookies (their values redacted, as the Cookie header is).
    const QString fixture = QStringLiteral(FRAMEWISE_SOURCE_DIR "/tests/store/fixtures/chrome.har");
    const QJsonObject original = QJsonDocument::fromJson(readFile(fixture)).object();
    const QJsonObject originalEntry = original[u"log"].toObject()[u"entries"].toArray().at(1).toObject();
    HarImporter importer;
    QVERIFY(importer.read(fixture));
    const ImportedSession session = importer.sessions().front();
    QVERIFY(!session.info.harExtra.contains(QStringLiteral("chrome-cookie-secret")));

    const QByteArray exported = exportHar(session, true);
    QVERIFY(!exported.contains("chrome-cookie-secret"));
    const QJsonObject log = QJsonDocument::fromJson(exported).object()[u"log"].toObject();
    QCOMPARE(log.value(u"pages").toArray(), original[u"log"].toObject()[u"pages"].toArray());
    const QJsonObject entry = log[u"entries"].toArray().first().toObject();
    for (const char *key : { "time", "serverIPAddress", "connection", "pageref", "_initiator", "_priority" })
        QVERIFY2(entry.value(QLatin1String(key)) == originalEntry.value(QLatin1String(key)), key);
    QCOMPARE(entry.value(u"time").toDouble(), 45.218);
    QCOMPARE(entry.value(u"serverIPAddress").toString(), QStringLiteral("192.0.2.10"));
    QCOMPARE(entry.value(u"connection").toString(), QStringLiteral("4712"));
    QCOMPARE(entry.value(u"pageref").toString(), QStringLiteral("page_1"));
    QCOMPARE(entry[u"_initiator"]
                 .toObject()[u"stack"]
                 .toObject()[u"callFrames"]
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"lineNumber")
                 .toInt(),
        41);
    const QJsonObject timings = entry.value(u"timings").toObject();
    QCOMPARE(timings, originalEntry.value(u"timings").toObject());
    QJsonObject cookie = originalEntry[u"request"].toObject()[u"cookies"].toArray().first().toObject();
    cookie.insert(u"value", QStringLiteral("[redacted]"));
    QCOMPARE(entry[u"request"].toObject()[u"cookies"].toArray(), QJsonArray { cookie });
    QCOMPARE(entry[u"response"].toObject()[u"cookies"].toArray(), QJsonArray());

    // Import -> export -> import keeps it as it is, through JSON Lines too.
    HarImporter again;
    QVERIFY(again.readData(exported, QStringLiteral("again.har")));
    QCOMPARE(again.sessions().front().info.harExtra, session.info.harExtra);
    ImportedSessionSource source(session);
    JsonLinesExporter jsonLines;
    JsonLinesImporter fromJsonLines;
    QVERIFY(fromJsonLines.readData(exportBytes(jsonLines, source), QStringLiteral("x.jsonl")));
    QCOMPARE(fromJsonLines.sessions().front().info.harExtra, session.info.harExtra);
    // A file from Framewise itself has nothing extra.
    SessionLogSource live(m_log, StoreTestData::info());
    HarExporter ours;
    QVERIFY(again.readData(exportBytes(ours, live), QStringLiteral("ours.har")));
    QCOMPARE(again.sessions().front().info.harExtra, QString());
}

// An intercepted session: each mark alone and together on messages, control frames, a record
// whose bytes were not kept and local events, and the session's kind, through JSON Lines, HAR
// and the store. Unmarked records and plain connections write nothing for them.
void TestExporters::marksAndKindRoundTrip()
{
    using D = MessageRecord::Direction;
    using K = MessageRecord::Kind;
    ImportedSession session;
    session.info = StoreTestData::info();
    session.info.kind = SessionInfo::interceptKind();
    const auto add = [&session](D direction, K kind, const QByteArray &payload, quint8 marks) {
        LogEntry entry;
        entry.seq = session.records.size();
        entry.timeUs = StoreTestData::BaseTimeUs + entry.seq * 1000;
        entry.direction = direction;
        entry.kind = kind;
        entry.payload = payload;
        entry.payloadSize = entry.wireSize = payload.size();
        entry.marks = marks;
        if (kind == K::Close)
            entry.closeCode = quint16((quint8(payload.at(0)) << 8) | quint8(payload.at(1)));
        session.records.append(entry);
    };
    add(D::Local, K::Event, "intercepting", 0);
    for (const MessageRecord::Mark mark : LogEntry::marksOf(MessageRecord::AllMarks)) {
        add(D::Out, K::Text, LogEntry::markName(mark).toUtf8(), mark);
        add(D::In, K::Binary, QByteArray("\x00\x01", 2), mark);
    }
    add(D::Out, K::Text, "plain", 0);
    add(D::In, K::Ping, "p", MessageRecord::Held | MessageRecord::Dropped);
    add(D::Out, K::Close, QByteArray("\x03\xe8", 2), MessageRecord::Injected);
    add(D::Local, K::Event, "breakpoint released", MessageRecord::Held);
    LogEntry streamed;
    streamed.seq = session.records.size();
    streamed.timeUs = StoreTestData::BaseTimeUs + streamed.seq * 1000;
    streamed.direction = D::Out;
    streamed.kind = K::Binary;
    streamed.payloadOmitted = true;
    streamed.payloadSize = streamed.wireSize = 5 * 1024 * 1024;
    streamed.payload = "big.bin";
    streamed.marks = MessageRecord::AllMarks;
    session.records.append(streamed);
    const std::vector<LogEntry> expected = entriesOf(session.records);
    ImportedSessionSource source(session);

    JsonLinesExporter jsonLines;
    const QByteArray lines = exportBytes(jsonLines, source);
    const QList<QByteArray> split = lines.split('\n');
    QCOMPARE(QJsonDocument::fromJson(split.at(0)).object().value(u"kind").toString(), QStringLiteral("intercept"));
    QVERIFY2(split.at(2).contains(",\"marks\":[\"held\"],"), split.at(2).constData());
    QVERIFY2(!split.at(1).contains("marks"), split.at(1).constData()); // none: not written
    QVERIFY2(split.at(expected.size())
                 .contains("\"marks\":[\"held\",\"edited\",\"dropped\",\"injected\",\"delayed\","
                           "\"replied\"]"),
        split.at(expected.size()).constData());
    JsonLinesImporter fromLines;
    QVERIFY2(fromLines.readData(lines, QStringLiteral("intercept.jsonl")), qPrintable(fromLines.errorString()));
    QCOMPARE(fromLines.sessions().front().info.kind, SessionInfo::interceptKind());
    QString problem = compareAll(expected, entriesOf(fromLines.sessions().front().records), true);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    HarExporter har;
    const QByteArray harBytes = exportBytes(har, source);
    const QJsonObject entry = harEntry(harBytes);
    QCOMPARE(entry.value(u"_framewise").toObject().value(u"kind").toString(), QStringLiteral("intercept"));
    const QJsonArray events = entry.value(u"_framewise").toObject().value(u"events").toArray();
    QCOMPARE(events.size(), 2);
    QVERIFY(!events.at(0).toObject().contains(u"marks"));
    QCOMPARE(events.at(1).toObject().value(u"marks").toVariant().toStringList(), QStringList { u"held"_qs });
    HarImporter fromHar;
    QVERIFY2(fromHar.readData(harBytes, QStringLiteral("intercept.har")), qPrintable(fromHar.errorString()));
    QCOMPARE(fromHar.sessions().front().info.kind, SessionInfo::interceptKind());
    problem = compareAll(expected, entriesOf(fromHar.sessions().front().records), false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    SessionStore store;
    QVERIFY2(store.open(m_dir.filePath(QStringLiteral("marks.sqlite"))), qPrintable(store.errorString()));
    const QList<qint64> ids = store.importSessions(fromLines.sessions());
    QCOMPARE(ids.size(), 1);
    StoredSession stored(store.path(), ids.first());
    QVERIFY2(stored.open(), qPrintable(stored.errorString()));
    QCOMPARE(stored.info().kind, SessionInfo::interceptKind());
    problem = compareAll(expected, entriesOf(stored), true);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    JsonLinesExporter again;
    const QByteArray fromStore = exportBytes(again, stored);
    QCOMPARE(fromStore.mid(fromStore.indexOf('\n')), lines.mid(lines.indexOf('\n')));

    TextExporter text;
    const QByteArray textBytes = exportBytes(text, source);
    QVERIFY(textBytes.contains("\nKind: Intercept\n"));
    QVERIFY2(textBytes.contains("] * [held] breakpoint released\n"), textBytes.constData());

    // A Chrome "error" row of an imported HAR is written back as one, with its marks.
    const qint64 released = qint64(expected.size()) - 2; // the marked event
    QCOMPARE(QString::fromUtf8(expected[std::size_t(released)].payload), QStringLiteral("breakpoint released"));
    session.info.harExtra = QStringLiteral("{\"errors\":[%1]}").arg(released);
    HarExporter withError;
    const QByteArray errorHar = exportBytes(withError, source);
    const QJsonArray errorMessages = harEntry(errorHar).value(u"_webSocketMessages").toArray();
    const auto error = std::find_if(errorMessages.begin(), errorMessages.end(), [](const QJsonValue &message) {
        return message.toObject().value(u"type").toString() == QLatin1String("error");
    });
    QVERIFY(error != errorMessages.end());
    QCOMPARE((*error).toObject().value(u"_marks").toVariant().toStringList(), QStringList { u"held"_qs });
    HarImporter errorBack;
    QVERIFY2(errorBack.readData(errorHar, QStringLiteral("error.har")), qPrintable(errorBack.errorString()));
    problem = compareAll(expected, entriesOf(errorBack.sessions().front().records), false);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    session.info.harExtra.clear();

    // A plain connection says nothing about its kind, and reads back as one.
    session.info.kind = SessionInfo::connectionKind();
    JsonLinesExporter plain;
    const QByteArray plainLines = exportBytes(plain, source);
    QVERIFY(!QJsonDocument::fromJson(plainLines.split('\n').at(0)).object().contains(u"kind"));
    HarExporter plainHar;
    QVERIFY(!harEntry(exportBytes(plainHar, source)).value(u"_framewise").toObject().contains(u"kind"));
    JsonLinesImporter plainBack;
    QVERIFY(plainBack.readData(plainLines, QStringLiteral("plain.jsonl")));
    QCOMPARE(plainBack.sessions().front().info.kind, SessionInfo::connectionKind());
    TextExporter plainText;
    QVERIFY(!exportBytes(plainText, source).contains("\nKind: "));
}

void TestExporters::unknownMarkOrKindIsAnError_data()
{
    QTest::addColumn<bool>("jsonLines");
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("error");
    const QByteArray session = "{\"record\":\"session\",\"url\":\"ws://a.test/\"}\n";
    const QByteArray message
        = "{\"record\":\"message\",\"time_us\":1,\"direction\":\"in\",\"kind\":\"text\",\"text\":\"a\"";
    QTest::newRow("jsonl unknown mark")
        << true << session + message + "}\n" + message + ",\"marks\":[\"held\",\"paused\"]}\n"
        << QStringLiteral("x.jsonl: line 3: \"marks\": unknown mark \"paused\" (known marks: held, edited, dropped, "
                          "injected, delayed, replied)");
    QTest::newRow("jsonl marks not a list")
        << true << session + message + ",\"marks\":\"held\"}\n"
        << QStringLiteral("x.jsonl: line 2: \"marks\": not a list of marks (held, edited, dropped, injected, delayed, "
                          "replied)");
    QTest::newRow("jsonl mark not a name") << true << session + message + ",\"marks\":[4]}\n"
                                           << QStringLiteral("x.jsonl: line 2: \"marks\": not a list of marks");
    QTest::newRow("jsonl unknown kind")
        << true << QByteArray("{\"record\":\"session\",\"url\":\"ws://a.test/\",\"kind\":\"proxy\"}\n")
        << QStringLiteral("x.jsonl: line 1: \"kind\": the kind of session must be \"connection\" or \"intercept\"");
    const auto har = [](const QByteArray &messages, const QByteArray &framewise) -> QByteArray {
        return R"({"log":{"entries":[{"startedDateTime":"2024-03-05T10:15:30.123Z","_resourceType":"websocket",)"
               R"("request":{"url":"wss://a.test/"},"_webSocketMessages":[)"
            + messages + "]" + framewise + "}]}}";
    };
    QTest::newRow("har unknown mark")
        << false
        << har(R"({"type":"send","time":1.5,"opcode":1,"data":"x"},)"
               R"({"type":"send","time":1.6,"opcode":1,"data":"y","_marks":["edited","rewritten"]})",
               "")
        << QStringLiteral("x.har: log.entries[0]._webSocketMessages[1]._marks: unknown mark \"rewritten\"");
    QTest::newRow("har event mark")
        << false << har("", R"(,"_framewise":{"events":[{"before":0,"time":1.0,"text":"e","marks":["nope"]}]})")
        << QStringLiteral("x.har: log.entries[0]._framewise.events[0].marks: unknown mark \"nope\"");
    QTest::newRow("har unknown kind") << false << har("", R"(,"_framewise":{"kind":"mirror"})")
                                      << QStringLiteral("x.har: log.entries[0]._framewise.kind: the kind of session "
                                                        "must be \"connection\" or \"intercept\"");
}

void TestExporters::unknownMarkOrKindIsAnError()
{
    QFETCH(bool, jsonLines);
    QFETCH(QByteArray, file);
    QFETCH(QString, error);
    std::unique_ptr<SessionImporter> importer;
    if (jsonLines)
        importer = std::make_unique<JsonLinesImporter>();
    else
        importer = std::make_unique<HarImporter>();
    QVERIFY(!importer->readData(file, jsonLines ? QStringLiteral("x.jsonl") : QStringLiteral("x.har")));
    QVERIFY2(importer->errorString().startsWith(error), qPrintable(importer->errorString()));
    QVERIFY(importer->sessions().empty());
}

QTEST_GUILESS_MAIN(TestExporters)
#include "tst_exporters.moc"
