// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a whole process, started the way a user starts it, in a scratch home: a URL on
// the command line connects at once (--no-connect only opens it), and the language chosen in
// View › Language is the one the next start uses (--lang wins for one run).
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

class TestWindowProcess : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        // No keychain here: a profile-free run does not need one.
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        return env;
    }

    // Runs the window until it quits by itself; the server lives in this event loop meanwhile.
    QString run(const QStringList &arguments, int *exitCode = nullptr)
    {
        QProcess window;
        window.setProcessEnvironment(environment());
        window.start(QStringLiteral(FRAMEWISE_WINDOW_PATH), arguments);
        if (!window.waitForStarted(10000))
            return QStringLiteral("did not start");
        QElapsedTimer timer;
        timer.start();
        while (window.state() != QProcess::NotRunning && timer.elapsed() < 30000)
            QTest::qWait(20);
        if (window.state() != QProcess::NotRunning) {
            window.kill();
            window.waitForFinished();
        }
        if (exitCode)
            *exitCode = window.exitCode();
        return QString::fromUtf8(window.readAllStandardOutput() + window.readAllStandardError());
    }

private Q_SLOTS:
    void urlOnTheCommandLineConnects()
    {
        QWebSocketServer server(QStringLiteral("command line"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QStringList paths;
        connect(&server, &QWebSocketServer::newConnection, this, [&server, &paths] {
            while (QWebSocket *socket = server.nextPendingConnection()) {
                paths.append(socket->requestUrl().path());
                socket->setParent(&server);
            }
        });
        const QString url = QStringLiteral("ws://127.0.0.1:%1/").arg(server.serverPort());
        const QString screenshot = m_home.filePath(QStringLiteral("shot.png"));
        int exitCode = -1;
        QString output = run({ url + QStringLiteral("one"), url + QStringLiteral("two"), QStringLiteral("--screenshot"),
                                 screenshot, QStringLiteral("--screenshot-delay"), QStringLiteral("2000") },
            &exitCode);
        QCOMPARE(exitCode, 0);
        paths.sort();
        QCOMPARE(paths, QStringList({ QStringLiteral("/one"), QStringLiteral("/two") }));
        QVERIFY2(QFile::exists(screenshot), qPrintable(output));

        paths.clear();
        output = run({ url + QStringLiteral("three"), QStringLiteral("--no-connect"), QStringLiteral("--screenshot"),
                         screenshot, QStringLiteral("--screenshot-delay"), QStringLiteral("1500") },
            &exitCode);
        QCOMPARE(exitCode, 0);
        QTest::qWait(200);
        QVERIFY2(paths.isEmpty(), qPrintable(paths.join(u' ')));
    }

    void savedLanguageWinsAtStart()
    {
        // What View › Language saves (AppSettings' key), as a file of a real user's home.
        const QString folder = m_home.filePath(QStringLiteral("config/Framewise"));
        QVERIFY(QDir().mkpath(folder));
        QFile settings(folder + QStringLiteral("/framewise.conf"));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[app]\nfirstLaunchDone=true\nlanguage=de\n");
        settings.close();
        QString output = run({ QStringLiteral("--help") });
        QVERIFY2(output.contains(QStringLiteral("Inspektor für WebSocket-Endpunkte.")), qPrintable(output));
        // --lang beats the saved choice for one run.
        output = run({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help") });
        QVERIFY2(output.contains(QStringLiteral("Inspector for WebSocket endpoints.")), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestWindowProcess)
#include "tst_window_process.moc"
