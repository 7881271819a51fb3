// SPDX-License-Identifier: GPL-3.0-or-later
// HTTP authentication of the opening handshake (RFC 7617 Basic, RFC 7616 Digest): a raw server
// answers 401 until a request carries an Authorization header that the test itself verifies,
// computing Basic and Digest with QCryptographicHash, not with the channel's helper. Also the
// challenge parser and the Digest computation against RFC 7616 section 3.9.1.
#include "rawwebsocketserver.h"
#include "stoptext.h"
#include "websocketchannel.h"

#include <QAuthenticator>
#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

using namespace Framewise;

namespace {

enum class Scheme { Basic, DigestSha256, DigestMd5 };

const QString User = QStringLiteral("alice");
const QString Password = QStringLiteral("s3cret pässword");
const QByteArray Realm = QByteArrayLiteral("r");
const QByteArray Nonce = QByteArrayLiteral("dcd98b7102dd2f0e8b11d0f600bfb0c093");
const QByteArray Opaque = QByteArrayLiteral("5ccc069c403ebaf9f0171e9517f40e41");
const QString Path = QStringLiteral("/auth/endpoint?room=1&x=%20y");

// name=value pairs of an Authorization (or challenge) parameter list, parsed here on its own:
// values are tokens or quoted strings with backslash escapes.
QMap<QByteArray, QByteArray> parseParams(const QByteArray &text)
{
    QMap<QByteArray, QByteArray> params;
    qsizetype i = 0;
    const auto skip = [&] {
        while (i < text.size() && (text.at(i) == ' ' || text.at(i) == ','))
            ++i;
    };
    while (true) {
        skip();
        if (i >= text.size())
            break;
        const qsizetype eq = text.indexOf('=', i);
        if (eq < 0)
            break;
        const QByteArray name = text.mid(i, eq - i).trimmed().toLower();
        i = eq + 1;
        QByteArray value;
        if (i < text.size() && text.at(i) == '"') {
            ++i;
            while (i < text.size() && text.at(i) != '"') {
                if (text.at(i) == '\\' && i + 1 < text.size())
                    ++i;
                value += text.at(i++);
            }
            ++i;
        } else {
            while (i < text.size() && text.at(i) != ',')
                value += text.at(i++);
            value = value.trimmed();
        }
        params.insert(name, value);
    }
    return params;
}

QByteArray hex(const QByteArray &data, QCryptographicHash::Algorithm algorithm)
{
    return QCryptographicHash::hash(data, algorithm).toHex();
}

QByteArray challengeFor(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Basic:
        return "Basic realm=\"" + Realm + '"';
    case Scheme::DigestSha256:
        return "Digest realm=\"" + Realm + "\", nonce=\"" + Nonce + "\", qop=\"auth\", algorithm=SHA-256";
    case Scheme::DigestMd5: // no algorithm parameter: MD5 is the default (RFC 7616 section 3.3)
        return "Digest realm=\"" + Realm + "\", nonce=\"" + Nonce + "\", qop=\"auth\", opaque=\"" + Opaque + '"';
    }
    return {};
}

// Empty when the Authorization value is right for this request; otherwise why not.
QString verifyAuthorization(Scheme scheme, const RawWebSocketServer::Request &request)
{
    const QByteArray authorization = request.header("Authorization");
    if (authorization.isEmpty())
        return QStringLiteral("no Authorization header");
    if (scheme == Scheme::Basic) {
        const QByteArray expected = "Basic " + QByteArray(User.toUtf8() + ':' + Password.toUtf8()).toBase64();
        return authorization == expected ? QString() : QStringLiteral("Basic value differs");
    }
    if (!authorization.startsWith("Digest "))
        return QStringLiteral("not Digest: %1").arg(QString::fromLatin1(authorization));
    const auto params = parseParams(authorization.mid(7));
    const auto algorithm = scheme == Scheme::DigestSha256 ? QCryptographicHash::Sha256 : QCryptographicHash::Md5;
    if (params.value("username") != User.toUtf8())
        return QStringLiteral("username");
    if (params.value("realm") != Realm || params.value("nonce") != Nonce)
        return QStringLiteral("realm or nonce");
    if (params.value("uri") != request.target)
        return QStringLiteral("uri %1 is not the request target %2")
            .arg(QString::fromLatin1(params.value("uri")), QString::fromLatin1(request.target));
    if (params.value("qop") != "auth")
        return QStringLiteral("qop");
    const QByteArray nc = params.value("nc");
    const QByteArray cnonce = params.value("cnonce");
    if (nc.size() != 8 || cnonce.isEmpty())
        return QStringLiteral("nc or cnonce");
    if (scheme == Scheme::DigestSha256 && params.value("algorithm") != "SHA-256")
        return QStringLiteral("algorithm");
    if (scheme == Scheme::DigestMd5) {
        if (params.contains("algorithm") && params.value("algorithm").toUpper() != "MD5")
            return QStringLiteral("algorithm");
        if (params.value("opaque") != Opaque) // RFC 7616: returned unchanged
            return QStringLiteral("opaque");
    }
    const QByteArray ha1 = hex(User.toUtf8() + ':' + Realm + ':' + Password.toUtf8(), algorithm);
    const QByteArray ha2 = hex(request.method + ':' + params.value("uri"), algorithm);
    const QByteArray expected = hex(ha1 + ':' + Nonce + ':' + nc + ':' + cnonce + ":auth:" + ha2, algorithm);
    return params.value("response") == expected ? QString() : QStringLiteral("response hash differs");
}

} // namespace

class TestAuth : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parseMultipleChallenges();
    void parseKeepsCommasAndEscapesInQuotedStrings();
    void strongestPrefersDigestSha256();
    void basicMatchesRfc7617();
    void digestMatchesRfc7616Example_data();
    void digestMatchesRfc7616Example();

    void credentialsUpFront_data();
    void credentialsUpFront();
    void credentialsFromSlot_data();
    void credentialsFromSlot();
    void wrongPasswordIsRetriedOnce_data();
    void wrongPasswordIsRetriedOnce();
    void noCredentialsReportsThe401_data();
    void noCredentialsReportsThe401();

private:
    // A server that demands scheme; m_verdicts gets one entry per request (empty = accepted).
    void startServer(Scheme scheme);
    void addSchemeRows();
    // Opens Path, which the server must turn down with httpStatus before started(); stopped is a
    // spy on the channel's stopped(), for the caller's later checks.
    void openRejected(WebSocketChannel &channel, QSignalSpy &stopped, int httpStatus);

    std::unique_ptr<RawWebSocketServer> m_server;
    QStringList m_verdicts;
};

void TestAuth::parseMultipleChallenges()
{
    const QList<AuthChallenge> challenges = AuthChallenge::parse({
        QByteArrayLiteral("Basic REALM=\"simple\", Digest realm=\"d\", nonce=\"n1\", qop=\"auth,auth-int\", "
                          "algorithm=SHA-256, stale=FALSE"),
        QByteArrayLiteral("Bearer realm=\"api\",error=\"invalid_token\""),
    });
    QCOMPARE(challenges.size(), 3);
    QCOMPARE(challenges.at(0).scheme, QByteArrayLiteral("Basic"));
    QVERIFY(challenges.at(0).isBasic());
    QCOMPARE(challenges.at(0).params.size(), 1);
    QCOMPARE(challenges.at(0).params.value("realm"), QByteArrayLiteral("simple"));
    QCOMPARE(challenges.at(0).realm(), QStringLiteral("simple"));

    const AuthChallenge &digest = challenges.at(1);
    QCOMPARE(digest.scheme, QByteArrayLiteral("Digest"));
    QVERIFY(digest.isDigest());
    QVERIFY(digest.isSupported());
    const QMap<QByteArray, QByteArray> expected { { "realm", "d" }, { "nonce", "n1" }, { "qop", "auth,auth-int" },
        { "algorithm", "SHA-256" }, { "stale", "FALSE" } };
    QCOMPARE(digest.params, expected);

    QCOMPARE(challenges.at(2).scheme, QByteArrayLiteral("Bearer"));
    QVERIFY(!challenges.at(2).isSupported());
    const QMap<QByteArray, QByteArray> bearer { { "realm", "api" }, { "error", "invalid_token" } };
    QCOMPARE(challenges.at(2).params, bearer);
}

void TestAuth::parseKeepsCommasAndEscapesInQuotedStrings()
{
    const QList<AuthChallenge> challenges = AuthChallenge::parse({ QByteArrayLiteral(
        R"(Digest realm="a \"quoted\" realm, with, commas", nonce="x,y=z", opaque="back\\slash", qop=auth, )"
        R"(Basic realm="second, \"one\"")") });
    QCOMPARE(challenges.size(), 2);
    QCOMPARE(challenges.at(0).scheme, QByteArrayLiteral("Digest"));
    QCOMPARE(challenges.at(0).params.value("realm"), QByteArrayLiteral(R"(a "quoted" realm, with, commas)"));
    QCOMPARE(challenges.at(0).params.value("nonce"), QByteArrayLiteral("x,y=z"));
    QCOMPARE(challenges.at(0).params.value("opaque"), QByteArrayLiteral(R"(back\slash)"));
    QCOMPARE(challenges.at(0).params.value("qop"), QByteArrayLiteral("auth"));
    QCOMPARE(challenges.at(0).params.size(), 4);
    QCOMPARE(challenges.at(1).scheme, QByteArrayLiteral("Basic"));
    QCOMPARE(challenges.at(1).realm(), QStringLiteral(R"(second, "one")"));
    QCOMPARE(challenges.at(1).params.size(), 1);
}

void TestAuth::strongestPrefersDigestSha256()
{
    const QList<AuthChallenge> challenges = AuthChallenge::parse(
        { QByteArrayLiteral("Basic realm=\"b\""), QByteArrayLiteral("Digest realm=\"m\", nonce=\"1\", qop=\"auth\""),
            QByteArrayLiteral("Digest realm=\"s\", nonce=\"2\", qop=\"auth\", algorithm=SHA-256"),
            QByteArrayLiteral("Digest realm=\"u\", nonce=\"3\", algorithm=SHA-512-256"), QByteArrayLiteral("Bearer") });
    QCOMPARE(challenges.size(), 5);
    QCOMPARE(AuthChallenge::strongest(challenges).realm(), QStringLiteral("s"));
    QCOMPARE(AuthChallenge::strongest(challenges.mid(0, 2)).realm(), QStringLiteral("m"));
    QCOMPARE(AuthChallenge::strongest({ challenges.at(0), challenges.at(3) }).realm(), QStringLiteral("b"));
    QVERIFY(AuthChallenge::strongest({ challenges.at(3), challenges.at(4) }).scheme.isEmpty());
}

void TestAuth::basicMatchesRfc7617()
{
    QCOMPARE(HttpAuthentication::basic(QStringLiteral("Aladdin"), QStringLiteral("open sesame")),
        QByteArrayLiteral("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="));
    // RFC 7617 section 2.1: with charset UTF-8, "test" / "123£".
    QCOMPARE(HttpAuthentication::basic(QStringLiteral("test"), QStringLiteral("123\u00A3")),
        QByteArrayLiteral("Basic dGVzdDoxMjPCow=="));
}

void TestAuth::digestMatchesRfc7616Example_data()
{
    QTest::addColumn<QByteArray>("algorithm");
    QTest::addColumn<QByteArray>("response");
    QTest::newRow("MD5") << QByteArrayLiteral("MD5") << QByteArrayLiteral("8ca523f5e9506fed4657c9700eebdbec");
    QTest::newRow("SHA-256") << QByteArrayLiteral("SHA-256")
                             << QByteArrayLiteral("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1");
}

void TestAuth::digestMatchesRfc7616Example()
{
    QFETCH(QByteArray, algorithm);
    QFETCH(QByteArray, response);
    // RFC 7616 section 3.9.1, the server's challenge as written there.
    const QList<AuthChallenge> challenges = AuthChallenge::parse({ "Digest realm=\"http-auth@example.org\", "
                                                                   "qop=\"auth, auth-int\", algorithm="
        + algorithm
        + ", nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", "
          "opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"" });
    QCOMPARE(challenges.size(), 1);
    const QByteArray value
        = HttpAuthentication::digest(challenges.first(), "GET", "/dir/index.html", QStringLiteral("Mufasa"),
            QStringLiteral("Circle of Life"), QByteArrayLiteral("f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ"), 1);
    QVERIFY2(value.startsWith("Digest "), value.constData());
    const auto params = parseParams(value.mid(7));
    QCOMPARE(params.value("response"), response);
    QCOMPARE(params.value("username"), QByteArrayLiteral("Mufasa"));
    QCOMPARE(params.value("realm"), QByteArrayLiteral("http-auth@example.org"));
    QCOMPARE(params.value("uri"), QByteArrayLiteral("/dir/index.html"));
    QCOMPARE(params.value("algorithm"), algorithm);
    QCOMPARE(params.value("nonce"), QByteArrayLiteral("7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v"));
    QCOMPARE(params.value("nc"), QByteArrayLiteral("00000001"));
    QCOMPARE(params.value("cnonce"), QByteArrayLiteral("f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ"));
    QCOMPARE(params.value("qop"), QByteArrayLiteral("auth"));
    QCOMPARE(params.value("opaque"), QByteArrayLiteral("FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"));
    // Digest dispatches from authorization(); its cnonce is random, so only the shape is fixed.
    const QByteArray viaDispatch = HttpAuthentication::authorization(
        challenges.first(), "GET", "/dir/index.html", QStringLiteral("Mufasa"), QStringLiteral("Circle of Life"));
    QVERIFY(viaDispatch.startsWith("Digest "));
    QVERIFY(parseParams(viaDispatch.mid(7)).value("cnonce").size() >= 16);
}

void TestAuth::openRejected(WebSocketChannel &channel, QSignalSpy &stopped, int httpStatus)
{
    QSignalSpy started(&channel, &WebSocketChannel::started);
    QCOMPARE(channel.asyncOpen(m_server->url(Path)), ChannelError::None);
    QVERIFY(stopped.wait(10000));
    QCOMPARE(started.size(), 0);
    const StopStatus status = stopped.first().first().value<StopStatus>();
    QCOMPARE(status.reason, StopReason::HandshakeRejected);
    QCOMPARE(status.httpStatus, httpStatus);
}

void TestAuth::startServer(Scheme scheme)
{
    m_verdicts.clear();
    m_server = std::make_unique<RawWebSocketServer>();
    m_server->setGate([this, scheme](const RawWebSocketServer::Request &request) {
        const QString verdict = verifyAuthorization(scheme, request);
        m_verdicts.append(verdict);
        if (verdict.isEmpty())
            return QByteArray();
        return RawWebSocketServer::httpResponse(
            401, "Unauthorized", { "WWW-Authenticate: " + challengeFor(scheme), "Content-Type: text/plain" });
    });
    QVERIFY(m_server->listen());
}

void TestAuth::addSchemeRows()
{
    QTest::addColumn<int>("scheme");
    QTest::newRow("Basic") << int(Scheme::Basic);
    QTest::newRow("Digest SHA-256") << int(Scheme::DigestSha256);
    QTest::newRow("Digest MD5 opaque") << int(Scheme::DigestMd5);
}

void TestAuth::credentialsUpFront_data()
{
    addSchemeRows();
}

void TestAuth::credentialsUpFront()
{
    QFETCH(int, scheme);
    startServer(Scheme(scheme));
    WebSocketChannel channel;
    QCOMPARE(channel.setCredentials(User, Password), ChannelError::None);
    QSignalSpy started(&channel, &WebSocketChannel::started);
    QSignalSpy stopped(&channel, &WebSocketChannel::stopped);
    int asked = 0;
    connect(&channel, &WebSocketChannel::authenticationRequired, this,
        [&](const AuthChallenge &, QAuthenticator *) { ++asked; });
    QSignalSpy responses(&channel, &WebSocketChannel::handshakeResponseReceived);
    QSignalSpy messages(&channel, &WebSocketChannel::messageAvailable);
    QCOMPARE(channel.asyncOpen(m_server->url(Path)), ChannelError::None);
    QVERIFY(QTest::qWaitFor([&] { return !started.isEmpty() || !stopped.isEmpty(); }, 10000));
    QVERIFY2(!started.isEmpty(), qPrintable(stopText(stopped) + u' ' + m_verdicts.join(u'|')));

    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(0).headerCount("Authorization"), 0);
    QCOMPARE(m_server->requests().at(1).headerCount("Authorization"), 1);
    QCOMPARE(m_verdicts, QStringList({ QStringLiteral("no Authorization header"), QString() }));
    QCOMPARE(responses.size(), 2); // exactly one 401, then the 101
    QCOMPARE(responses.at(0).first().value<HandshakeResponse>().statusCode, 401);
    QCOMPARE(responses.at(1).first().value<HandshakeResponse>().statusCode, 101);
    QCOMPARE(asked, 0); // the stored credentials answered the challenge
    QCOMPARE(
        channel.handshakeRequest().headers.value("Authorization"), m_server->requests().at(1).header("Authorization"));

    QCOMPARE(channel.sendMsg(QStringLiteral("after auth")), ChannelError::None);
    QVERIFY(messages.wait(5000));
    QCOMPARE(messages.first().first().toByteArray(), QByteArrayLiteral("after auth"));
    QCOMPARE(channel.close(), ChannelError::None);
    QVERIFY(stopped.wait(5000));
    QCOMPARE(stopped.first().first().value<StopStatus>().reason, StopReason::Ok);
}

void TestAuth::credentialsFromSlot_data()
{
    addSchemeRows();
}

void TestAuth::credentialsFromSlot()
{
    QFETCH(int, scheme);
    startServer(Scheme(scheme));
    WebSocketChannel channel;
    QList<AuthChallenge> challenges;
    QStringList authenticatorRealms;
    connect(&channel, &WebSocketChannel::authenticationRequired, this,
        [&](const AuthChallenge &challenge, QAuthenticator *authenticator) {
            challenges.append(challenge);
            authenticatorRealms.append(authenticator->realm());
            authenticator->setUser(User);
            authenticator->setPassword(Password);
        });
    QSignalSpy started(&channel, &WebSocketChannel::started);
    QSignalSpy stopped(&channel, &WebSocketChannel::stopped);
    QSignalSpy messages(&channel, &WebSocketChannel::messageAvailable);
    QCOMPARE(channel.asyncOpen(m_server->url(Path)), ChannelError::None);
    QVERIFY(QTest::qWaitFor([&] { return !started.isEmpty() || !stopped.isEmpty(); }, 10000));
    QVERIFY2(!started.isEmpty(), qPrintable(stopText(stopped) + u' ' + m_verdicts.join(u'|')));

    QCOMPARE(challenges.size(), 1);
    const AuthChallenge &challenge = challenges.first();
    QCOMPARE(challenge.realm(), QStringLiteral("r"));
    QCOMPARE(authenticatorRealms, QStringList { QStringLiteral("r") });
    switch (Scheme(scheme)) {
    case Scheme::Basic:
        QCOMPARE(challenge.scheme, QByteArrayLiteral("Basic"));
        QCOMPARE(challenge.params.size(), 1);
        break;
    case Scheme::DigestSha256:
        QCOMPARE(challenge.scheme, QByteArrayLiteral("Digest"));
        QCOMPARE(challenge.params.value("algorithm"), QByteArrayLiteral("SHA-256"));
        QCOMPARE(challenge.params.value("nonce"), Nonce);
        break;
    case Scheme::DigestMd5:
        QCOMPARE(challenge.scheme, QByteArrayLiteral("Digest"));
        QVERIFY(!challenge.params.contains("algorithm"));
        QCOMPARE(challenge.params.value("opaque"), Opaque);
        break;
    }
    QCOMPARE(m_verdicts, QStringList({ QStringLiteral("no Authorization header"), QString() }));

    QCOMPARE(channel.sendMsg(QStringLiteral("slot auth")), ChannelError::None);
    QVERIFY(messages.wait(5000));
    QCOMPARE(messages.first().first().toByteArray(), QByteArrayLiteral("slot auth"));
    channel.abort();
}

void TestAuth::wrongPasswordIsRetriedOnce_data()
{
    QTest::addColumn<int>("scheme");
    QTest::addColumn<bool>("fromSlot");
    QTest::newRow("Basic, set up front") << int(Scheme::Basic) << false;
    QTest::newRow("Digest SHA-256, set up front") << int(Scheme::DigestSha256) << false;
    QTest::newRow("Digest MD5, from slot") << int(Scheme::DigestMd5) << true;
}

void TestAuth::wrongPasswordIsRetriedOnce()
{
    QFETCH(int, scheme);
    QFETCH(bool, fromSlot);
    startServer(Scheme(scheme));
    WebSocketChannel channel;
    int asked = 0;
    if (fromSlot) {
        connect(&channel, &WebSocketChannel::authenticationRequired, this,
            [&](const AuthChallenge &, QAuthenticator *authenticator) {
                ++asked;
                authenticator->setUser(User);
                authenticator->setPassword(QStringLiteral("wrong"));
            });
    } else {
        QCOMPARE(channel.setCredentials(User, QStringLiteral("wrong")), ChannelError::None);
    }
    QSignalSpy stopped(&channel, &WebSocketChannel::stopped);
    openRejected(channel, stopped, 401);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(channel.handshakeResponse().statusCode, 401);
    QCOMPARE(channel.handshakeResponse().headers.value("WWW-Authenticate"), challengeFor(Scheme(scheme)));
    QTest::qWait(200); // a third attempt would arrive now
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).headerCount("Authorization"), 1);
    QCOMPARE(m_verdicts.size(), 2);
    QVERIFY(!m_verdicts.at(1).isEmpty());
    QCOMPARE(m_verdicts.at(1).startsWith(QLatin1String("no Authorization")), false);
    QCOMPARE(asked, fromSlot ? 1 : 0);
    QCOMPARE(stopped.size(), 1);
}

void TestAuth::noCredentialsReportsThe401_data()
{
    QTest::addColumn<bool>("withSlot");
    QTest::newRow("nobody listens") << false;
    QTest::newRow("slot leaves the authenticator empty") << true;
}

void TestAuth::noCredentialsReportsThe401()
{
    QFETCH(bool, withSlot);
    startServer(Scheme::DigestSha256);
    WebSocketChannel channel;
    int asked = 0;
    if (withSlot) {
        connect(&channel, &WebSocketChannel::authenticationRequired, this,
            [&](const AuthChallenge &, QAuthenticator *) { ++asked; });
    }
    QSignalSpy stopped(&channel, &WebSocketChannel::stopped);
    openRejected(channel, stopped, 401);
    if (QTest::currentTestFailed())
        return;
    QTest::qWait(200); // a retry would arrive now
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().at(0).headerCount("Authorization"), 0);
    QCOMPARE(asked, withSlot ? 1 : 0);
}

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
