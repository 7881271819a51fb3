// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetestdata.h"

#include "sessionlog.h"

#include <QRandomGenerator>

namespace Framewise {

namespace {
void add(SessionLog &log, MessageRecord::Direction direction, MessageRecord::Kind kind, const QByteArray &payload,
    quint16 closeCode = 0, bool compressed = false, quint8 marks = 0)
{
    MessageRecord record;
    record.timeUs = StoreTestData::BaseTimeUs + log.size() * 1001;
    record.direction = direction;
    record.kind = kind;
    record.closeCode = closeCode;
    record.compressed = compressed;
    record.marks = marks;
    record.wireSize = compressed ? payload.size() / 2 : payload.size();
    log.append(record, payload);
}
} // namespace

void StoreTestData::fillLog(SessionLog &log)
{
    using D = MessageRecord::Direction;
    using K = MessageRecord::Kind;
    add(log, D::Local, K::Event, "Connected to wss://example.test:8443/chat (subprotocol chat)");
    // Marks as an intercepting proxy sets them: held and edited, dropped, injected, delayed, replied.
    add(log, D::Out, K::Text, "hello", 0, false, MessageRecord::Held | MessageRecord::Edited);
    add(log, D::In, K::Text, QStringLiteral("grüße – 🙂 日本語").toUtf8());
    add(log, D::In, K::Text, QByteArray("", 0));
    add(log, D::Out, K::Binary, QByteArray("", 0));
    QByteArray everyByte;
    for (int i = 0; i < 256; ++i)
        everyByte.append(char(i));
    add(log, D::In, K::Binary, everyByte);
    add(log, D::In, K::Text, QByteArray("\"a,b\"\r\nline2\tback\\slash \x01 end,"));
    QByteArray big(1024 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
    add(log, D::In, K::Binary, big);
    QByteArray bigText;
    while (bigText.size() < 1024 * 1024)
        bigText += QStringLiteral("Zeile %1: äöü \"quoted\", comma\n").arg(bigText.size()).toUtf8();
    bigText.truncate(1024 * 1024 - 1); // ends inside nothing multi-byte: the line is ASCII at the end
    while (!QByteArrayView(bigText).isValidUtf8())
        bigText.chop(1);
    add(log, D::Out, K::Text, bigText);
    add(log, D::Out, K::Ping, "p1", 0, false, MessageRecord::Injected);
    add(log, D::In, K::Pong, "p1", 0, false, MessageRecord::Dropped);
    add(log, D::In, K::Text, QByteArray(300, 'z'), 0, true, MessageRecord::Delayed | MessageRecord::Replied);
    MessageRecord streamed;
    streamed.timeUs = BaseTimeUs + log.size() * 1001;
    streamed.direction = D::Out;
    streamed.kind = K::Binary;
    streamed.payloadOmitted = true;
    streamed.marks = MessageRecord::AllMarks;
    streamed.payloadSize = 3 * 1024 * 1024;
    streamed.wireSize = streamed.payloadSize;
    log.append(streamed, QByteArrayLiteral("big.bin")); // not its bytes: the file's name
    streamed.payloadSize = 2 * 1024 * 1024; // and one whose name is not known (an older recording)
    streamed.wireSize = streamed.payloadSize;
    streamed.direction = D::In;
    streamed.marks = 0;
    log.append(streamed, QByteArray());
    add(log, D::Out, K::Close,
        QByteArray("\x03\xe8"
                   "bye",
            5),
        1000);
    add(log, D::In, K::Close, QByteArray("\x03\xe8", 2), 1000);
    add(log, D::Local, K::Event, "The connection was closed (1000 Normal closure).");
}

SessionInfo StoreTestData::info()
{
    SessionInfo info;
    info.url = QStringLiteral("wss://example.test:8443/chat?room=1&user=%C3%BC");
    info.profileName = QStringLiteral("Staging – chat");
    info.startedUs = BaseTimeUs - 5000;
    info.endedUs = BaseTimeUs + 20 * 1001;
    info.handshakeRequest = QStringLiteral(
        "GET /chat?room=1&user=%C3%BC HTTP/1.1\nHost: example.test:8443\nUpgrade: websocket\nConnection: Upgrade\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\nSec-WebSocket-Version: 13\nSec-WebSocket-Protocol: chat\n"
        "Authorization: Bearer s3cr3t-token\nCookie: sid=abc123; theme=dark\nX-Api-Key: key-9876\n"
        "User-Agent: Framewise/test");
    info.handshakeResponse
        = QStringLiteral("HTTP/1.1 101 Switching Protocols\nUpgrade: websocket\nConnection: Upgrade\n"
                         "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\nSec-WebSocket-Protocol: chat\n"
                         "Set-Cookie: session=zz-secret; Path=/; HttpOnly");
    info.requestHeadersSize = 321;
    info.responseHeadersSize = 210;
    info.handshakeMs = 12.5;
    info.subprotocol = QStringLiteral("chat");
    info.extensions = QString();
    info.tlsSummary = QStringLiteral("TLSv1.3, TLS_AES_256_GCM_SHA384 (256 bits)\nVerified.");
    info.closeCode = 1000;
    info.closeReason = QString();
    info.stopStatus = QStringLiteral("The connection was closed (1000 Normal closure).");
    info.state = SessionInfo::State::Ended;
    return info;
}

QStringList StoreTestData::secretValues()
{
    return { QStringLiteral("s3cr3t-token"), QStringLiteral("abc123"), QStringLiteral("key-9876"),
        QStringLiteral("zz-secret") };
}

bool StoreTestData::parseCsv(const QByteArray &data, QList<QStringList> *rows, QString *error)
{
    const QString text = QString::fromUtf8(data);
    QStringList row;
    QString field;
    qsizetype i = 0;
    bool fieldStarted = false;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (!fieldStarted && c == u'"') {
            ++i;
            while (true) {
                if (i >= text.size()) {
                    *error = QStringLiteral("unterminated quoted field in row %1").arg(rows->size() + 1);
                    return false;
                }
                if (text.at(i) == u'"') {
                    if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
            fieldStarted = true;
            if (i < text.size() && text.at(i) != u',' && text.at(i) != u'\r') {
                *error = QStringLiteral("text after a closing quote in row %1").arg(rows->size() + 1);
                return false;
            }
            continue;
        }
        if (c == u',') {
            row.append(field);
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n') {
                *error = QStringLiteral("a CR without LF outside quotes in row %1").arg(rows->size() + 1);
                return false;
            }
            row.append(field);
            rows->append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
            i += 2;
        } else if (c == u'\n' || c == u'"') {
            *error = QStringLiteral("a bare %1 outside quotes in row %2")
                         .arg(c == u'\n' ? QStringLiteral("LF") : QStringLiteral("quote"))
                         .arg(rows->size() + 1);
            return false;
        } else {
            field += c;
            fieldStarted = true;
            ++i;
        }
    }
    if (fieldStarted || !row.isEmpty()) {
        *error = QStringLiteral("the last row does not end with CRLF");
        return false;
    }
    return true;
}

QString StoreTestData::compare(const LogEntry &expected, const LogEntry &actual, bool wireDetails)
{
    QStringList problems;
    if (expected.timeUs != actual.timeUs)
        problems << QStringLiteral("time %1 != %2").arg(expected.timeUs).arg(actual.timeUs);
    if (expected.direction != actual.direction)
        problems << QStringLiteral("direction %1 != %2")
                        .arg(LogEntry::directionName(expected.direction), LogEntry::directionName(actual.direction));
    if (expected.kind != actual.kind)
        problems
            << QStringLiteral("kind %1 != %2").arg(LogEntry::kindName(expected.kind), LogEntry::kindName(actual.kind));
    if (expected.payloadSize != actual.payloadSize)
        problems << QStringLiteral("size %1 != %2").arg(expected.payloadSize).arg(actual.payloadSize);
    if (expected.payloadOmitted != actual.payloadOmitted)
        problems << QStringLiteral("omitted %1 != %2").arg(expected.payloadOmitted).arg(actual.payloadOmitted);
    if (expected.marks != actual.marks)
        problems << QStringLiteral("marks [%1] != [%2]")
                        .arg(LogEntry::markNames(expected.marks).join(u' '),
                            LogEntry::markNames(actual.marks).join(u' '));
    if (QByteArrayView(expected.payload) != QByteArrayView(actual.payload))
        problems << QStringLiteral("payload differs (%1 vs %2 bytes, first bytes %3 vs %4)")
                        .arg(expected.payload.size())
                        .arg(actual.payload.size())
                        .arg(QString::fromLatin1(expected.payload.left(16).toHex()),
                            QString::fromLatin1(actual.payload.left(16).toHex()));
    if (expected.kind == MessageRecord::Kind::Close && expected.closeCode != actual.closeCode)
        problems << QStringLiteral("close code %1 != %2").arg(expected.closeCode).arg(actual.closeCode);
    if (wireDetails) {
        if (expected.wireSize != actual.wireSize)
            problems << QStringLiteral("wire size %1 != %2").arg(expected.wireSize).arg(actual.wireSize);
        if (expected.compressed != actual.compressed)
            problems << QStringLiteral("compressed %1 != %2").arg(expected.compressed).arg(actual.compressed);
    }
    return problems.join(QStringLiteral("; "));
}

} // namespace Framewise
