// SPDX-License-Identifier: GPL-3.0-or-later
// Session files read by the importers: HarImporter (HAR from Chrome, Firefox, Framewise) and
// JsonLinesImporter (Framewise's JSON Lines). Input: [config] [file bytes...].
//   config bit 0: JSON Lines (set) or HAR (clear)
//          bit 1: "X-Api-Key" is one more secret header name
// Checks: a refused file gives an error in words and no session; an accepted one gives sessions
// whose records are consistent (seq from 0, sizes) and whose secret headers are redacted. Every
// accepted session then goes through its exporter and back: the second import must accept it,
// keep every record (kind, direction, marks, payload) and the session's kind, and a third pass
// must change nothing at all (the rejected upgrade's body and what a HAR import keeps for its
// export, harExtra, included).

#include "fuzzsupport.h"
#include "handshaketext.h"
#include "harexporter.h"
#include "harimporter.h"
#include "jsonlinesexporter.h"
#include "jsonlinesimporter.h"
#include "recordsource.h"

#include <QBuffer>
#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>

using namespace Framewise;

namespace {

const QString SourceName = QStringLiteral("fuzz");

// An imported session as exporters read it.
class ImportedSource : public RecordSource {
public:
    explicit ImportedSource(const ImportedSession &session)
        : m_session(session)
    {
    }
    SessionInfo info() const override { return m_session.info; }
    qsizetype count() const override { return m_session.records.size(); }
    bool read(qsizetype index, LogEntry *entry) override
    {
        *entry = m_session.records.at(index);
        return true;
    }

private:
    const ImportedSession &m_session;
};

std::unique_ptr<SessionImporter> makeImporter(bool jsonLines, const QList<QByteArray> &secrets)
{
    std::unique_ptr<SessionImporter> importer;
    if (jsonLines)
        importer = std::make_unique<JsonLinesImporter>();
    else
        importer = std::make_unique<HarImporter>();
    importer->setSecretHeaders(secrets);
    return importer;
}

void checkRedacted(const QString &handshake, const QList<QByteArray> &secrets)
{
    const HandshakeText::Parsed parsed = HandshakeText::parse(handshake);
    for (const HandshakeText::Header &header : parsed.headers) {
        if (HandshakeText::isSecretHeader(header.first.toUtf8(), secrets))
            FUZZ_CHECK(header.second == HandshakeText::redactedValue());
    }
}

void checkSession(const ImportedSession &session, const QList<QByteArray> &secrets)
{
    FUZZ_CHECK(session.info.state == SessionInfo::State::Imported);
    FUZZ_CHECK(session.info.source == SourceName);
    checkRedacted(session.info.handshakeRequest, secrets);
    checkRedacted(session.info.handshakeResponse, secrets);
    for (qsizetype i = 0; i < session.records.size(); ++i) {
        const LogEntry entry = session.records.at(i);
        FUZZ_CHECK(entry.seq == i);
        FUZZ_CHECK(entry.payloadOmitted || entry.payloadSize == entry.payload.size());
    }
}

// Exports one session in the importer's format and reads it back; the result must be accepted.
ImportedSession roundTrip(const ImportedSession &session, bool jsonLines, const QList<QByteArray> &secrets)
{
    std::unique_ptr<SessionExporter> exporter;
    if (jsonLines)
        exporter = std::make_unique<JsonLinesExporter>();
    else
        exporter = std::make_unique<HarExporter>();
    exporter->setIncludeSecrets(true); // already redacted on import; keep the texts as they are
    ImportedSource source(session);
    QByteArray file;
    QBuffer buffer(&file);
    buffer.open(QIODevice::WriteOnly);
    FUZZ_CHECK(exporter->exportToDevice(source, &buffer));
    FUZZ_CHECK(exporter->recordsWritten() == session.records.size());
    buffer.close();

    const std::unique_ptr<SessionImporter> importer = makeImporter(jsonLines, secrets);
    if (!importer->readData(file, SourceName)) {
        std::fprintf(stderr, "re-import failed: %s\n--- exported ---\n%s\n", qPrintable(importer->errorString()),
            file.constData());
        std::abort();
    }
    FUZZ_CHECK(importer->sessions().size() == 1);
    ImportedSession result = std::move(importer->sessions().front());
    checkSession(result, secrets);
    return result;
}

// What an export and import must keep of every record.
void checkSameRecords(const ImportedSession &a, const ImportedSession &b)
{
    FUZZ_CHECK(a.records.size() == b.records.size());
    for (qsizetype i = 0; i < a.records.size(); ++i) {
        const LogEntry x = a.records.at(i);
        const LogEntry y = b.records.at(i);
        FUZZ_CHECK(x.kind == y.kind);
        FUZZ_CHECK(x.direction == y.direction);
        FUZZ_CHECK(x.payloadOmitted == y.payloadOmitted);
        FUZZ_CHECK(x.marks == y.marks);
        FUZZ_CHECK(x.payload == y.payload);
    }
    FUZZ_CHECK(a.info.kind == b.info.kind);
}

void checkSameText(const QString &a, const QString &b, const char *what)
{
    if (a == b)
        return;
    std::fprintf(stderr, "%s differs after another export and import:\n[%s]\n[%s]\n", what,
        a.toUtf8().toPercentEncoding(" :/").constData(), b.toUtf8().toPercentEncoding(" :/").constData());
    std::abort();
}

// After one export and import everything is in the exported form: another pass changes nothing.
void checkIdentical(const ImportedSession &a, const ImportedSession &b)
{
    checkSameRecords(a, b);
    for (qsizetype i = 0; i < a.records.size(); ++i) {
        const LogEntry x = a.records.at(i);
        const LogEntry y = b.records.at(i);
        FUZZ_CHECK(x.seq == y.seq);
        FUZZ_CHECK(x.timeUs == y.timeUs);
        FUZZ_CHECK(x.payloadSize == y.payloadSize);
        FUZZ_CHECK(x.wireSize == y.wireSize);
        FUZZ_CHECK(x.closeCode == y.closeCode);
        FUZZ_CHECK(x.compressed == y.compressed);
    }
    const SessionInfo &x = a.info;
    const SessionInfo &y = b.info;
    checkSameText(x.url, y.url, "url");
    checkSameText(x.profileName, y.profileName, "profileName");
    FUZZ_CHECK(x.startedUs == y.startedUs);
    FUZZ_CHECK(x.endedUs == y.endedUs);
    checkSameText(x.handshakeRequest, y.handshakeRequest, "handshakeRequest");
    checkSameText(x.handshakeResponse, y.handshakeResponse, "handshakeResponse");
    FUZZ_CHECK(x.requestHeadersSize == y.requestHeadersSize);
    FUZZ_CHECK(x.responseHeadersSize == y.responseHeadersSize);
    checkSameText(x.subprotocol, y.subprotocol, "subprotocol");
    checkSameText(x.extensions, y.extensions, "extensions");
    checkSameText(x.tlsSummary, y.tlsSummary, "tlsSummary");
    FUZZ_CHECK(x.closeCode == y.closeCode);
    checkSameText(x.closeReason, y.closeReason, "closeReason");
    checkSameText(x.stopStatus, y.stopStatus, "stopStatus");
    checkSameText(x.responseBody, y.responseBody, "responseBody");
    checkSameText(x.harExtra, y.harExtra, "harExtra");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *input, size_t inputSize)
{
    if (inputSize < 1)
        return 0;
    const bool jsonLines = input[0] & 1;
    QList<QByteArray> secrets;
    if (input[0] & 2)
        secrets.append(QByteArrayLiteral("X-Api-Key"));
    const QByteArray data(reinterpret_cast<const char *>(input + 1), qsizetype(inputSize - 1));

    const std::unique_ptr<SessionImporter> importer = makeImporter(jsonLines, secrets);
    const bool ok = importer->readData(data, SourceName);
    if (!ok) {
        // "fuzz: " and then the reason in words; nothing half-read is left behind.
        FUZZ_CHECK(importer->errorString().startsWith(SourceName + QStringLiteral(": ")));
        FUZZ_CHECK(importer->errorString().size() > SourceName.size() + 2);
        FUZZ_CHECK(importer->sessions().empty());
        return 0;
    }
    FUZZ_CHECK(importer->errorString().isEmpty());
    FUZZ_CHECK(!importer->sessions().empty());
    for (const ImportedSession &session : importer->sessions()) {
        checkSession(session, secrets);
        const ImportedSession once = roundTrip(session, jsonLines, secrets);
        checkSameRecords(session, once);
        const ImportedSession twice = roundTrip(once, jsonLines, secrets);
        checkIdentical(once, twice);
    }
    return 0;
}
