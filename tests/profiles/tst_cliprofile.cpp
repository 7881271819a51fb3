// SPDX-License-Identifier: GPL-3.0-or-later
// framewise-cli --profile NAME against a real server, with the profile's secrets in the real
// keychain (run by with-keyring.sh), and the clear errors when a profile cannot be used. The
// leak test records such a connection and exports it, then searches every file written and
// every line printed for the secrets.
#include "clirun.h"
#include "peerprocess.h"
#include "profilemanager.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <sys/stat.h>

using namespace Framewise;

class TestCliProfile : public QObject {
    Q_OBJECT

private:
    QWebSocketServer m_server { QStringLiteral("cli profile test"), QWebSocketServer::NonSecureMode };
    QList<QNetworkRequest> m_requests;

    static int modeOf(const QString &path)
    {
        struct stat st = {};
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            return -1;
        return int(st.st_mode & 07777);
    }

    // Every secret in every form it could be written in: as typed, percent-encoded, and inside
    // the Basic credentials of the URL's user info.
    static QList<QByteArray> forms(const QStringList &secrets)
    {
        QList<QByteArray> found;
        for (const QString &secret : secrets) {
            found.append(secret.toUtf8());
            found.append(QUrl::toPercentEncoding(secret));
            found.append(secret.toUtf8().toBase64());
        }
        return found;
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
        const CliResult result = runCli({ QStringLiteral("--profile"), QStringLiteral("Local API"),
            QStringLiteral("--send"), QStringLiteral("hi"), QStringLiteral("--count"), QStringLiteral("1") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
        QVERIFY2(result.outText().contains(QLatin1String("< text 2 B: HI")), qPrintable(result.outText()));
        QCOMPARE(m_requests.size(), 1);
        QCOMPARE(m_requests.last().url().path(), QStringLiteral("/v1/feed"));
        QCOMPARE(m_requests.last().rawHeader("X-Api-Key"), QByteArray("cli-S3CRET"));
        QCOMPARE(m_requests.last().rawHeader("Origin"), QByteArray("https://profile.example"));
    }

    void commandLineWinsOverTheProfile()
    {
        const CliResult result = runCli({ QStringLiteral("--profile"), QStringLiteral("Local API"),
            QStringLiteral("--origin"), QStringLiteral("https://cli.example"),
            QStringLiteral("ws://127.0.0.1:%1/other").arg(m_server.serverPort()), QStringLiteral("--send"),
            QStringLiteral("x"), QStringLiteral("--count"), QStringLiteral("1") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
        QCOMPARE(m_requests.last().url().path(), QStringLiteral("/other"));
        QCOMPARE(m_requests.last().rawHeader("Origin"), QByteArray("https://cli.example"));
        QCOMPARE(m_requests.last().rawHeader("X-Api-Key"), QByteArray("cli-S3CRET"));
    }

    void clearErrors()
    {
        const qsizetype before = m_requests.size();
        CliResult result = runCli({ QStringLiteral("--profile"), QStringLiteral("Nope") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.errText().contains(QLatin1String("no profile named")), qPrintable(result.errText()));

        result = runCli({ QStringLiteral("--profile"), QStringLiteral("Broken") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(
            result.errText().contains(QLatin1String("Undefined variable(s): undefined")), qPrintable(result.errText()));

        // No keychain reachable: the secret cannot be had, and the CLI says so instead of sending
        // the header without it.
        QProcessEnvironment noBus = QProcessEnvironment::systemEnvironment();
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        result = runCli({ QStringLiteral("--profile"), QStringLiteral("Local API") }, noBus);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.errText().contains(QLatin1String("header:X-Api-Key")), qPrintable(result.errText()));
        QVERIFY2(result.errText().contains(QLatin1String("No keychain is available")), qPrintable(result.errText()));
        QCOMPARE(m_requests.size(), before); // nothing connected
    }

    // Issue 16, items 1-3 and 5: a profile's secret header, a secret variable in the query and in
    // a header, a cookie, the server's Set-Cookie and a password in the URL's user info, recorded
    // with --record and printed with --jsonl, then exported in every format: no secret in any file
    // written (database, exports, profiles, settings) nor in any line printed; files are 0600 and
    // folders 0700. --show-secrets prints them, and still records none.
    void recordingExportsAndOutputHideEverySecret()
    {
        const QString header = QStringLiteral("hdr-S3CRET-1a");
        const QString variable = QStringLiteral("var-S3CRET/2b&x");
        const QString password = QStringLiteral("url-S3CRET-3c");
        const QString cookie = QStringLiteral("cookie-S3CRET-4d");
        const QString setCookie = QStringLiteral("setcookie-S3CRET-5e");
        const QList<QByteArray> secrets = forms({ header, variable, password, cookie, setCookie });

        PeerProcess peer(
            PeerProcess::Kind::Python, { QStringLiteral("--set-cookie"), QStringLiteral("srv=") + setCookie });
        QVERIFY2(peer.isRunning(), qPrintable(peer.errorString()));
        ProfileManager manager;
        QCOMPARE(manager.load(), ProfileStore::Status::Ok);
        Profile profile = Profile::create(QStringLiteral("Leaky"));
        profile.url = QStringLiteral("ws://127.0.0.1:%1/feed?token={{token}}&plain=1").arg(peer.port());
        profile.headers = { { QStringLiteral("X-Api-Key"), header, true, true },
            { QStringLiteral("X-Trace"), QStringLiteral("t-{{token}}"), false, true },
            { QStringLiteral("Cookie"), QStringLiteral("sid=") + cookie, false, true } };
        profile.variables = { { QStringLiteral("token"), variable, true } };
        QString error;
        QVERIFY2(manager.save(profile, &error), qPrintable(error));

        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("data/sessions.sqlite"));
        const QStringList record { QStringLiteral("--record"), QStringLiteral("--db"), db, QStringLiteral("--jsonl") };
        const QStringList chat { QStringLiteral("--send"), QStringLiteral("hello"), QStringLiteral("--count"),
            QStringLiteral("1") };
        QStringList printed;
        CliResult result = runCli(QStringList { QStringLiteral("--profile"), QStringLiteral("Leaky") } + record + chat);
        QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
        printed << result.outText() << result.errText();
        QVERIFY2(result.outText().contains(QLatin1String("\"text\":\"hello\"")), qPrintable(result.outText()));
        // The headers were sent (their values hidden): the search below is not vacuous.
        QVERIFY2(
            result.outText().contains(QLatin1String("[\"X-Api-Key\",\"[redacted]\"]")), qPrintable(result.outText()));
        QVERIFY2(
            result.outText().contains(QLatin1String("[\"Set-Cookie\",\"[redacted]\"]")), qPrintable(result.outText()));

        // A password in the URL's user info, on the command line.
        QUrl withPassword = peer.url(QStringLiteral("/login"));
        withPassword.setUserName(QStringLiteral("alice"));
        withPassword.setPassword(password);
        result = runCli(QStringList { withPassword.toString() } + record
            + QStringList { QStringLiteral("--count"), QStringLiteral("0") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
        printed << result.outText() << result.errText();

        // Export every recorded session in every format.
        result = runCli({ QStringLiteral("sessions"), QStringLiteral("--db"), db, QStringLiteral("--jsonl") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
        QList<qint64> ids;
        qint64 leaky = -1;
        for (const QString &line : result.outText().split(u'\n', Qt::SkipEmptyParts)) {
            const QJsonObject session = QJsonDocument::fromJson(line.toUtf8()).object();
            ids.append(session.value(QStringLiteral("id")).toInteger());
            if (session.value(QStringLiteral("profile")).toString() == QLatin1String("Leaky"))
                leaky = ids.last(); // the CLI names the profile now
        }
        QCOMPARE(ids.size(), 2);
        QVERIFY2(leaky >= 0, qPrintable(result.outText()));
        for (const qint64 id : std::as_const(ids)) {
            for (const QString &format :
                { QStringLiteral("har"), QStringLiteral("jsonl"), QStringLiteral("csv"), QStringLiteral("text") }) {
                const QString file = dir.filePath(QStringLiteral("export-%1.%2").arg(id).arg(format));
                result = runCli({ QStringLiteral("export"), QString::number(id), QStringLiteral("--db"), db,
                    QStringLiteral("--format"), format, QStringLiteral("-o"), file });
                QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
                QVERIFY(QFileInfo(file).size() > 0);
                QCOMPARE(modeOf(file), 0600);
            }
        }
        // The exported handshake still shows that the headers were there.
        QFile har(dir.filePath(QStringLiteral("export-%1.har").arg(leaky)));
        QVERIFY(har.open(QIODevice::ReadOnly));
        const QByteArray harText = har.readAll();
        QVERIFY(harText.contains("X-Api-Key") && harText.contains("X-Trace") && harText.contains("Set-Cookie"));

        // Files are private; the database's folder was made 0700.
        QCOMPARE(modeOf(db), 0600);
        QCOMPARE(modeOf(QFileInfo(db).absolutePath()), 0700);
        const QString profilesFile = ProfileStore::defaultPath();
        QCOMPARE(modeOf(profilesFile), 0600);
        QCOMPARE(modeOf(QFileInfo(profilesFile).absolutePath()), 0700);

        // Nothing on disk or printed holds a secret, in any form.
        QStringList hits;
        const auto search = [&hits, &secrets](const QString &where, const QByteArray &data) {
            for (const QByteArray &secret : secrets) {
                if (data.contains(secret))
                    hits.append(where + QStringLiteral(": ") + QString::fromUtf8(secret));
            }
        };
        for (const QString &root : { dir.path(), QFileInfo(profilesFile).absolutePath(),
                 QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) }) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.contains(QLatin1String("/keyrings/")))
                    continue; // the keychain's own file, encrypted
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                search(path, file.readAll());
            }
        }
        for (const QString &text : std::as_const(printed))
            search(QStringLiteral("printed"), text.toUtf8());
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));

        // --show-secrets: printed as sent, on request; the recording still hides them.
        result = runCli(QStringList { QStringLiteral("--profile"), QStringLiteral("Leaky"), QStringLiteral("--jsonl"),
            QStringLiteral("--show-secrets"), QStringLiteral("--count"), QStringLiteral("0") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
        QVERIFY2(
            result.outText().contains(header) && result.outText().contains(setCookie), qPrintable(result.outText()));
    }

    // Issue 16 item 8: a profiles file that cannot be used is a file problem (exit 3), not a
    // usage error; the file is kept and backed up once. Last: it damages the shared file.
    void damagedProfilesFileExitsThree()
    {
        const QString path = ProfileStore::defaultPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ not json");
        file.close();
        for (int run = 0; run < 2; ++run) {
            const CliResult result = runCli({ QStringLiteral("--profile"), QStringLiteral("Local API") });
            QCOMPARE(result.exitCode, 3);
            QVERIFY2(result.errText().contains(QLatin1String("is not valid JSON")), qPrintable(result.errText()));
            QVERIFY2(!result.errText().contains(QLatin1String("--help")), qPrintable(result.errText()));
        }
        const QFileInfo info(path);
        QCOMPARE(
            info.absoluteDir().entryList({ info.fileName() + QStringLiteral(".backup-*") }, QDir::Files).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliProfile)
#include "tst_cliprofile.moc"
