// SPDX-License-Identifier: GPL-3.0-or-later
// framewise-cli --profile NAME against a real server, with the profile's secrets in the real
// keychain (run by with-keyring.sh), and the clear errors when a profile cannot be used.
#include "profilemanager.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Framewise;

class TestCliProfile : public QObject {
    Q_OBJECT

private:
    QWebSocketServer m_server { QStringLiteral("cli profile test"), QWebSocketServer::NonSecureMode };
    QList<QNetworkRequest> m_requests;

    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Result runCli(const QStringList &arguments, const QProcessEnvironment &environment = {})
    {
        QProcess cli;
        if (!environment.isEmpty())
            cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(FRAMEWISE_CLI_PATH), arguments);
        if (!cli.waitForStarted(10000))
            return {};
        // The server lives in this event loop: wait without blocking it.
        QDeadlineTimer deadline(30000);
        while (cli.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(20);
        return { cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput()),
            QString::fromUtf8(cli.readAllStandardError()) };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIntValue("FRAMEWISE_TEST_KEYRING") == 1, "run through with-keyring.sh");
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                m_requests.append(socket->request());
                connect(socket, &QWebSocket::textMessageReceived, socket,
                    [socket](const QString &text) { socket->sendTextMessage(text.toUpper()); });
                connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            }
        });

        ProfileManager manager; // the default location, under with-keyring.sh's scratch XDG_CONFIG_HOME
        QCOMPARE(manager.load(), ProfileStore::Status::Ok);
        Profile profile = Profile::create(QStringLiteral("Local API"));
        profile.url = QStringLiteral("ws://127.0.0.1:%1/{{path}}").arg(m_server.serverPort());
        profile.origin = QStringLiteral("https://profile.example");
        profile.headers = { { QStringLiteral("X-Api-Key"), QStringLiteral("cli-S3CRET"), true, true } };
        profile.variables = { { QStringLiteral("path"), QStringLiteral("v1/feed"), false } };
        QString error;
        QVERIFY2(manager.save(profile, &error), qPrintable(error));
        Profile broken = Profile::create(QStringLiteral("Broken"));
        broken.url = QStringLiteral("ws://127.0.0.1:%1/{{undefined}}").arg(m_server.serverPort());
        QVERIFY2(manager.save(broken, &error), qPrintable(error));
    }

    void connectsWithTheProfilesSecrets()
    {
        const Result result = runCli({ QStringLiteral("--profile"), QStringLiteral("Local API"),
            QStringLiteral("--send"), QStringLiteral("hi"), QStringLiteral("--count"), QStringLiteral("1") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QLatin1String("< text 2 B: HI")), qPrintable(result.out));
        QCOMPARE(m_requests.size(), 1);
        QCOMPARE(m_requests.last().url().path(), QStringLiteral("/v1/feed"));
        QCOMPARE(m_requests.last().rawHeader("X-Api-Key"), QByteArray("cli-S3CRET"));
        QCOMPARE(m_requests.last().rawHeader("Origin"), QByteArray("https://profile.example"));
    }

    void commandLineWinsOverTheProfile()
    {
        const Result result = runCli({ QStringLiteral("--profile"), QStringLiteral("Local API"),
            QStringLiteral("--origin"), QStringLiteral("https://cli.example"),
            QStringLiteral("ws://127.0.0.1:%1/other").arg(m_server.serverPort()), QStringLiteral("--send"),
            QStringLiteral("x"), QStringLiteral("--count"), QStringLiteral("1") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(m_requests.last().url().path(), QStringLiteral("/other"));
        QCOMPARE(m_requests.last().rawHeader("Origin"), QByteArray("https://cli.example"));
        QCOMPARE(m_requests.last().rawHeader("X-Api-Key"), QByteArray("cli-S3CRET"));
    }

    void clearErrors()
    {
        const qsizetype before = m_requests.size();
        Result result = runCli({ QStringLiteral("--profile"), QStringLiteral("Nope") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("no profile named")), qPrintable(result.err));

        result = runCli({ QStringLiteral("--profile"), QStringLiteral("Broken") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("Undefined variable(s): undefined")), qPrintable(result.err));

        // No keychain reachable: the secret cannot be had, and the CLI says so instead of sending
        // the header without it.
        QProcessEnvironment noBus = QProcessEnvironment::systemEnvironment();
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        result = runCli({ QStringLiteral("--profile"), QStringLiteral("Local API") }, noBus);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("header:X-Api-Key")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("No keychain is available")), qPrintable(result.err));
        QCOMPARE(m_requests.size(), before); // nothing connected
    }
};

QTEST_GUILESS_MAIN(TestCliProfile)
#include "tst_cliprofile.moc"
