// SPDX-License-Identifier: GPL-3.0-or-later
// Close codes over the whole 16-bit range against the table in channel-semantics.md, their
// names and descriptions, and the user-facing texts of StopStatus and ChannelError.
#include "channelerror.h"
#include "closecode.h"
#include "stopstatus.h"

#include <QSet>
#include <QTest>

using namespace Framewise;

namespace {

// channel-semantics.md, "Close codes": may be sent 1000-1003, 1007-1014, 3000-4999.
bool tableSendable(int code)
{
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
}

// RFC 6455 7.4.1 and 7.4.2, code by code: 0-999 unused; 1000-1003 defined; 1004 reserved; 1005
// and 1006 never on the wire; 1007-1011 defined (1010 meant for clients, accepted from either side
// as Firefox and ws do); 1012-1014 registered with IANA; 1015 never on the wire; 1016-2999
// reserved for the protocol; 3000-3999 registered; 4000-4999 private use; above, invalid.
bool tableValidReceived(int code)
{
    if (code < 1000 || code > 4999)
        return false;
    if (code == 1004 || code == 1005 || code == 1006 || code == 1015)
        return false;
    return code <= 1014 || code >= 3000;
}

struct Named {
    quint16 code;
    const char *name;
};

// The constants of the table (and of nsIWebSocketChannel).
const Named namedCodes[] = {
    { 1000, "CLOSE_NORMAL" },
    { 1001, "CLOSE_GOING_AWAY" },
    { 1002, "CLOSE_PROTOCOL_ERROR" },
    { 1003, "CLOSE_UNSUPPORTED_DATATYPE" },
    { 1005, "CLOSE_NO_STATUS" },
    { 1006, "CLOSE_ABNORMAL" },
    { 1007, "CLOSE_INVALID_PAYLOAD" },
    { 1008, "CLOSE_POLICY_VIOLATION" },
    { 1009, "CLOSE_TOO_LARGE" },
    { 1010, "CLOSE_EXTENSION_MISSING" },
    { 1011, "CLOSE_INTERNAL_ERROR" },
    { 1015, "CLOSE_TLS_FAILED" },
};

const StopReason allReasons[] = {
    StopReason::Ok,
    StopReason::ConnectionRefused,
    StopReason::HostNotFound,
    StopReason::OpenTimeout,
    StopReason::HandshakeRejected,
    StopReason::HandshakeInvalid,
    StopReason::ProtocolError,
    StopReason::InvalidPayload,
    StopReason::MessageTooLarge,
    StopReason::PingTimeout,
    StopReason::CloseTimeout,
    StopReason::ConnectionLost,
    StopReason::TlsFailed,
    StopReason::NetworkError,
    StopReason::Aborted,
    StopReason::RedirectFailed,
};

const char *const allReasonNames[] = {
    "Ok",
    "ConnectionRefused",
    "HostNotFound",
    "OpenTimeout",
    "HandshakeRejected",
    "HandshakeInvalid",
    "ProtocolError",
    "InvalidPayload",
    "MessageTooLarge",
    "PingTimeout",
    "CloseTimeout",
    "ConnectionLost",
    "TlsFailed",
    "NetworkError",
    "Aborted",
    "RedirectFailed",
};

const ChannelError allErrors[] = {
    ChannelError::None,
    ChannelError::AlreadyOpened,
    ChannelError::InProgress,
    ChannelError::NotOpen,
    ChannelError::Closing,
    ChannelError::InvalidUri,
    ChannelError::InvalidCloseCode,
    ChannelError::ReasonTooLong,
    ChannelError::InvalidArgument,
};

bool isSentence(const QString &text)
{
    const QString t = text.trimmed();
    return t.size() >= 10 && t.at(0).isUpper() && (t.endsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char('!')));
}

} // namespace

class TestCloseCode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void constants();
    void sendableOverWholeRange();
    void validReceivedOverWholeRange();
    void constantNames();
    void describe();
    void stopStatusMessages();
    void stopStatusMentionsHttpStatus();
    void stopStatusMentionsServerCloseCode();
    void stopStatusReasonNames();
    void stopStatusIsClean();
    void channelErrors();
};

void TestCloseCode::constants()
{
    QCOMPARE(CloseCode::None, quint16(0));
    QCOMPARE(CloseCode::Normal, quint16(1000));
    QCOMPARE(CloseCode::GoingAway, quint16(1001));
    QCOMPARE(CloseCode::ProtocolError, quint16(1002));
    QCOMPARE(CloseCode::UnsupportedDatatype, quint16(1003));
    QCOMPARE(CloseCode::NoStatus, quint16(1005));
    QCOMPARE(CloseCode::Abnormal, quint16(1006));
    QCOMPARE(CloseCode::InvalidPayload, quint16(1007));
    QCOMPARE(CloseCode::PolicyViolation, quint16(1008));
    QCOMPARE(CloseCode::TooLarge, quint16(1009));
    QCOMPARE(CloseCode::ExtensionMissing, quint16(1010));
    QCOMPARE(CloseCode::InternalError, quint16(1011));
    QCOMPARE(CloseCode::ServiceRestart, quint16(1012));
    QCOMPARE(CloseCode::TryAgainLater, quint16(1013));
    QCOMPARE(CloseCode::BadGateway, quint16(1014));
    QCOMPARE(CloseCode::TlsFailed, quint16(1015));
}

void TestCloseCode::sendableOverWholeRange()
{
    int sendable = 0;
    for (int code = 0; code <= 65535; ++code) {
        const bool got = CloseCode::isSendable(quint16(code));
        if (got != tableSendable(code))
            QFAIL(qPrintable(QStringLiteral("isSendable(%1) is %2").arg(code).arg(got)));
        sendable += got ? 1 : 0;
    }
    QCOMPARE(sendable, 4 + 8 + 2000);
}

void TestCloseCode::validReceivedOverWholeRange()
{
    int valid = 0;
    for (int code = 0; code <= 65535; ++code) {
        const bool got = CloseCode::isValidReceived(quint16(code));
        if (got != tableValidReceived(code))
            QFAIL(qPrintable(QStringLiteral("isValidReceived(%1) is %2").arg(code).arg(got)));
        valid += got ? 1 : 0;
    }
    QCOMPARE(valid, 4 + 8 + 2000);
    QVERIFY(CloseCode::isSendable(1010));
    QVERIFY(CloseCode::isValidReceived(1010));
}

void TestCloseCode::constantNames()
{
    QSet<int> named;
    for (const Named &n : namedCodes) {
        QCOMPARE(CloseCode::constantName(n.code), QString::fromLatin1(n.name));
        named.insert(n.code);
    }
    // Codes without a constant have no name.
    for (int code : { 0, 1, 999, 1004, 1016, 1100, 2000, 2999, 3000, 3999, 4000, 4999, 5000, 65535 })
        QCOMPARE(CloseCode::constantName(quint16(code)), QString());
    // No other code in the registered range borrows a constant's name.
    QSet<QString> names;
    for (int code = 0; code <= 65535; ++code) {
        const QString name = CloseCode::constantName(quint16(code));
        if (name.isEmpty())
            continue;
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        QVERIFY2(name.startsWith(QStringLiteral("CLOSE_")), qPrintable(name));
        QVERIFY2(named.contains(code) || (code >= 1012 && code <= 1014), qPrintable(QString::number(code)));
    }
}

void TestCloseCode::describe()
{
    QSet<QString> seen;
    for (const Named &n : namedCodes) {
        const QString text = CloseCode::describe(n.code);
        QVERIFY2(!text.trimmed().isEmpty(), n.name);
        QVERIFY2(!seen.contains(text), qPrintable(text));
        seen.insert(text);
    }
    for (int code : { 1012, 1013, 1014 }) {
        const QString text = CloseCode::describe(quint16(code));
        QVERIFY(!text.trimmed().isEmpty());
        QVERIFY2(!seen.contains(text), qPrintable(text));
        seen.insert(text);
    }
    // The examples of closecode.h and stopstatus.h.
    QCOMPARE(CloseCode::describe(1000), QStringLiteral("Normal closure"));
    QCOMPARE(CloseCode::describe(1001), QStringLiteral("Going away"));
    QCOMPARE(CloseCode::describe(4000), QStringLiteral("Private use (4000)"));
    // Unnamed codes still say something, and which code it is.
    for (int code : { 1004, 2999, 3000, 4999, 5000 }) {
        const QString text = CloseCode::describe(quint16(code));
        QVERIFY(!text.trimmed().isEmpty());
        QVERIFY2(text.contains(QString::number(code)), qPrintable(text));
    }
}

void TestCloseCode::stopStatusMessages()
{
    QSet<QString> seen;
    for (StopReason reason : allReasons) {
        StopStatus status;
        status.reason = reason;
        const QString message = status.message();
        QVERIFY2(isSentence(message), qPrintable(StopStatus::reasonName(reason) + QStringLiteral(": ") + message));
        QVERIFY2(!seen.contains(message), qPrintable(message)); // each reason has its own sentence
        seen.insert(message);
    }
}

void TestCloseCode::stopStatusMentionsHttpStatus()
{
    for (int http : { 400, 403, 404, 426, 503 }) {
        StopStatus status;
        status.reason = StopReason::HandshakeRejected;
        status.httpStatus = http;
        const QString message = status.message();
        QVERIFY2(isSentence(message), qPrintable(message));
        QVERIFY2(message.contains(QString::number(http)), qPrintable(message));
    }
}

void TestCloseCode::stopStatusMentionsServerCloseCode()
{
    for (quint16 code : { quint16(1001), quint16(1000), quint16(1011), quint16(4000), quint16(3123) }) {
        StopStatus status;
        status.reason = StopReason::Ok;
        status.closeFrameReceived = true;
        status.closeCodeReceived = code;
        status.closeReasonReceived = QStringLiteral("maintenance window");
        status.closeFrameSent = true;
        status.closeCodeSent = code; // the echo
        const QString message = status.message();
        QVERIFY2(isSentence(message), qPrintable(message));
        QVERIFY2(message.contains(QString::number(code)), qPrintable(message));
    }
}

void TestCloseCode::stopStatusReasonNames()
{
    QCOMPARE(int(std::size(allReasons)), int(std::size(allReasonNames)));
    for (std::size_t i = 0; i < std::size(allReasons); ++i)
        QCOMPARE(StopStatus::reasonName(allReasons[i]), QString::fromLatin1(allReasonNames[i]));
}

void TestCloseCode::stopStatusIsClean()
{
    for (StopReason reason : allReasons) {
        StopStatus status;
        status.reason = reason;
        QCOMPARE(status.isClean(), reason == StopReason::Ok);
    }
    // Defaults.
    const StopStatus status;
    QCOMPARE(status.reason, StopReason::Ok);
    QCOMPARE(status.closeCodeSent, quint16(0));
    QVERIFY(!status.closeFrameSent);
    QCOMPARE(status.closeCodeReceived, quint16(0));
    QVERIFY(!status.closeFrameReceived);
    QCOMPARE(status.httpStatus, 0);
}

void TestCloseCode::channelErrors()
{
    QSet<QString> seen;
    for (ChannelError error : allErrors) {
        const QString text = describeChannelError(error);
        QVERIFY2(!text.trimmed().isEmpty(), qPrintable(QString::number(int(error))));
        QVERIFY2(!seen.contains(text), qPrintable(text));
        seen.insert(text);
    }
}

QTEST_APPLESS_MAIN(TestCloseCode)

#include "tst_closecode.moc"
