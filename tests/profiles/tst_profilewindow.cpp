// SPDX-License-Identifier: GPL-3.0-or-later
// Profiles in the real window, with the real keychain (run by with-keyring.sh in a scratch
// HOME): variables, secret headers masked, save / modified mark / rename / duplicate / delete,
// snippets, connecting from a profile to a real server that sees the secret, a second window
// that gets the secrets back from the keychain, export and import. At the end every file under
// the scratch HOME and the exports is searched: the secret value appears in none.
#include "appsettings.h"
#include "composer.h"
#include "connectionpanel.h"
#include "handshakepane.h"
#include "mainwindow.h"
#include "profilemanager.h"
#include "secretdelegate.h"
#include "session.h"
#include "sessionexporter.h"
#include "sessionlogsource.h"
#include "sessionrecorder.h"
#include "sessionstore.h"
#include "sessiontab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Framewise;

namespace {
const QString Secret = QStringLiteral("S3CRET-7f1c9a");
const QString SecretVariable = QStringLiteral("TOKEN-VAR-55d2e0");

// Exposes the delegate's protected initStyleOption as a member pointer, called on the real
// delegate (casting the delegate to this class would be undefined behaviour: it is not one).
class DelegateProbe : public SecretDelegate {
public:
    static auto initStyleOptionMember() { return &DelegateProbe::initStyleOption; }
};

// The delegate's display text for a cell, as the view would paint it.
QString paintedText(QTableWidget *table, int row, int column)
{
    auto *delegate = qobject_cast<SecretDelegate *>(table->itemDelegateForColumn(column));
    QStyleOptionViewItem option;
    (delegate->*DelegateProbe::initStyleOptionMember())(&option, table->model()->index(row, column));
    return option.text;
}
} // namespace

class TestProfileWindow : public QObject {
    Q_OBJECT

private:
    QString m_scratch; // the HOME with-keyring.sh made
    QString m_exportDir;
    std::unique_ptr<AppSettings> m_settings;
    QWebSocketServer m_server { QStringLiteral("profile test"), QWebSocketServer::NonSecureMode };
    QList<QWebSocket *> m_clients;
    QList<QNetworkRequest> m_requests;
    QStringList m_received;

    QUrl serverUrl() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server.serverPort())); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIntValue("FRAMEWISE_TEST_KEYRING") == 1, "run through with-keyring.sh");
        m_scratch = QDir::homePath() + QStringLiteral("/..");
        QVERIFY(QDir::homePath().startsWith(QDir::tempPath()));
        m_exportDir = QDir::homePath() + QStringLiteral("/exports");
        QDir().mkpath(m_exportDir);
        m_settings = std::make_unique<AppSettings>(
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/settings.ini"));
        m_settings->setFirstLaunchDone(true);
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this); // deleted with the test, not leaked
                m_clients.append(socket);
                m_requests.append(socket->request());
                connect(
                    socket, &QWebSocket::textMessageReceived, this, [this](const QString &t) { m_received.append(t); });
            }
        });
    }

    void profileLifecycleInTheWindow()
    {
        MainWindow window(m_settings.get());
        window.show();
        SessionTab *tab = window.currentTab();
        ConnectionPanel *panel = tab->connectionPanel();
        panel->setSecretPrompt([](Profile *, const QStringList &fields) {
            qWarning() << "unexpected secret prompt for" << fields;
            return false;
        });
        QVERIFY(panel->profilePicker()->isEnabled());
        QCOMPARE(panel->profilePicker()->count(), 1); // "Unsaved connection"

        // An undefined variable is reported before connecting and Connect is disabled.
        QTest::keyClicks(panel->urlEdit(), serverUrl().toString() + QStringLiteral("/{{room}}"));
        QVERIFY(!panel->connectButton()->isEnabled());
        QVERIFY2(panel->message().contains(QLatin1String("Undefined variable(s) in the URL: room")),
            qPrintable(panel->message()));
        panel->addVariableRow(QStringLiteral("room"), QStringLiteral("lobby"), false);
        panel->addVariableRow(QStringLiteral("token"), SecretVariable, true);
        QVERIFY(panel->connectButton()->isEnabled());
        QVERIFY(panel->message().isEmpty());

        // A secret header shows as dots until revealed.
        panel->addHeaderRow(QStringLiteral("X-Api-Key"), Secret, true, true);
        panel->addHeaderRow(QStringLiteral("X-Token"), QStringLiteral("Bearer {{token}}"), true, false);
        QCOMPARE(paintedText(panel->headersTable(), 0, 2), QString(8, QChar(0x2022)));
        QCOMPARE(paintedText(panel->variablesTable(), 1, 1), QString(8, QChar(0x2022)));
        QCOMPARE(paintedText(panel->variablesTable(), 0, 1), QStringLiteral("lobby"));
        panel->revealSecrets()->setChecked(true);
        QCOMPARE(paintedText(panel->headersTable(), 0, 2), Secret);
        panel->revealSecrets()->setChecked(false);

        // Save: the picker and the tab title show the name; the file has no secret, the keychain has it.
        QVERIFY(panel->saveProfileAs(QStringLiteral("Echo")));
        QCOMPARE(panel->profilePicker()->currentText(), QStringLiteral("Echo"));
        QCOMPARE(window.tabs()->tabText(window.tabs()->currentIndex()), QStringLiteral("Echo"));
        ProfileManager *manager = window.profiles();
        const QString id = panel->currentProfileId();
        QCOMPARE(manager->secrets().read(id, QStringLiteral("header:X-Api-Key")).value_or(QString()), Secret);
        QCOMPARE(manager->secrets().read(id, QStringLiteral("variable:token")).value_or(QString()), SecretVariable);
        QFile file(m_settings->profilesPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY(onDisk.contains("X-Api-Key"));
        QVERIFY(!onDisk.contains(Secret.toUtf8()));

        // Optional picture of the profile editor (docs/): FRAMEWISE_SCREENSHOT=file.png.
        const QString screenshot = qEnvironmentVariable("FRAMEWISE_SCREENSHOT");
        if (!screenshot.isEmpty()) {
            window.resize(1280, 800);
            for (QToolButton *button : panel->findChildren<QToolButton *>()) {
                if (button->text() == QLatin1String("Options"))
                    button->setChecked(true);
            }
            QTest::qWait(200);
            QVERIFY(window.grab().save(screenshot));
        }

        // An edit marks the profile modified; saving clears the mark.
        QLineEdit *origin = nullptr;
        for (QLineEdit *edit : panel->findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == QLatin1String("Origin"))
                origin = edit;
        }
        QVERIFY(origin);
        QTest::keyClicks(origin, QStringLiteral("http://localhost"));
        QVERIFY(panel->isModified());
        panel->setSnippets({ { QStringLiteral("hello"), QStringLiteral("hello {{room}}"), Snippet::Format::Text },
            { QStringLiteral("broken"), QStringLiteral("{{nope}}"), Snippet::Format::Text } });
        QVERIFY(panel->isModified());
        QCOMPARE(panel->profilePicker()->currentText(), QStringLiteral("Echo *"));
        QCOMPARE(window.tabs()->tabText(window.tabs()->currentIndex()), QStringLiteral("Echo *"));
        QVERIFY(panel->saveProfile());
        QVERIFY(!panel->isModified());
        QCOMPARE(panel->profilePicker()->currentText(), QStringLiteral("Echo"));

        // The session is recorded in the session store under the data directory.
        SessionStore store;
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        SessionRecorder recorder(tab->session(), &store);
        recorder.start();

        // Connect from the profile: the server sees the path from the variable and the secret header.
        QSignalSpy open(tab->session(), &Session::stateChanged);
        QTest::mouseClick(panel->connectButton(), Qt::LeftButton);
        QTRY_COMPARE(tab->session()->state(), WebSocketChannel::State::Open);
        QTRY_COMPARE(m_requests.size(), 1);
        QCOMPARE(m_requests.last().url().path(), QStringLiteral("/lobby"));
        QCOMPARE(m_requests.last().rawHeader("X-Api-Key"), Secret.toUtf8());
        QCOMPARE(m_requests.last().rawHeader("X-Token"), QByteArray("Bearer ") + SecretVariable.toUtf8());
        // The handshake pane hides both: the marked header and the header holding a secret variable.
        const QString handshake = tab->handshakePane()->text();
        QVERIFY2(handshake.contains(QStringLiteral("X-Api-Key: •••• (hidden)")), qPrintable(handshake));
        QVERIFY2(handshake.contains(QStringLiteral("X-Token: •••• (hidden)")), qPrintable(handshake));
        QVERIFY(!handshake.contains(Secret));
        QVERIFY(!handshake.contains(SecretVariable));

        // Snippets: one click sends with variables expanded; an undefined one sends nothing.
        Composer *composer = tab->composer();
        QCOMPARE(composer->snippets().size(), 2);
        QVERIFY(composer->sendSnippet(0));
        QTRY_COMPARE(m_received, QStringList { QStringLiteral("hello lobby") });
        QVERIFY(!composer->sendSnippet(1));
        QVERIFY2(composer->errorText().contains(QLatin1String("undefined variable(s): nope")),
            qPrintable(composer->errorText()));
        tab->session()->close(1000, QString());
        QTRY_COMPARE(tab->session()->state(), WebSocketChannel::State::Closed);

        // Exports of the session log in every format, as a user would make them.
        for (const QString &format : SessionExporter::formats()) {
            std::unique_ptr<SessionExporter> exporter = SessionExporter::create(format);
            SessionLogSource source(tab->session()->log(), SessionRecorder::describe(*tab->session()));
            const QString path = m_exportDir + QStringLiteral("/session.") + exporter->fileSuffix();
            QVERIFY2(exporter->exportToFile(source, path), qPrintable(exporter->errorString()));
            QVERIFY(QFileInfo(path).size() > 0);
        }
        recorder.stop();
        QVERIFY(store.flush());
        store.close();

        // A second tab's picker follows saves, renames and deletes made in the first.
        SessionTab *second = window.addTab();
        ConnectionPanel *other = second->connectionPanel();
        QCOMPARE(other->profilePicker()->count(), 2);
        QVERIFY(panel->renameProfile(QStringLiteral("Echo local")));
        QCOMPARE(other->profilePicker()->itemText(1), QStringLiteral("Echo local"));
        QVERIFY(panel->duplicateProfile(QStringLiteral("Echo copy")));
        QCOMPARE(other->profilePicker()->count(), 3);
        const QString copyId = panel->currentProfileId();
        QVERIFY(copyId != id);
        QCOMPARE(manager->secrets().read(copyId, QStringLiteral("header:X-Api-Key")).value_or(QString()), Secret);
        QVERIFY(panel->deleteProfile());
        QCOMPARE(other->profilePicker()->count(), 2);
        QVERIFY(!manager->secrets().read(copyId, QStringLiteral("header:X-Api-Key")).has_value());
        QCOMPARE(panel->urlEdit()->text(), serverUrl().toString() + QStringLiteral("/{{room}}")); // fields kept

        // Export for sharing: names of secrets, no values.
        const QString exported = m_exportDir + QStringLiteral("/profiles.json");
        QVERIFY(panel->exportProfiles(exported));
        QFile exportFile(exported);
        QVERIFY(exportFile.open(QIODevice::ReadOnly));
        const QByteArray exportText = exportFile.readAll();
        QVERIFY(exportText.contains("\"Echo local\""));
        QVERIFY(!exportText.contains(Secret.toUtf8()));

        // Import asks for the secrets it lacks and saves what was typed in the keychain.
        QStringList asked;
        other->setSecretPrompt([&asked](Profile *profile, const QStringList &fields) {
            asked = fields;
            profile->setSecretValue(QStringLiteral("header:X-Api-Key"), QStringLiteral("typed-on-import"));
            return true;
        });
        QVERIFY(other->importProfiles(exported));
        QCOMPARE(asked, QStringList({ QStringLiteral("header:X-Api-Key"), QStringLiteral("variable:token") }));
        const Profile *imported = manager->store().findByName(QStringLiteral("Echo local (2)"));
        QVERIFY(imported);
        QCOMPARE(manager->secrets().read(imported->id, QStringLiteral("header:X-Api-Key")).value_or(QString()),
            QStringLiteral("typed-on-import"));
    }

    void secondRunGetsSecretsFromTheKeychain()
    {
        MainWindow window(m_settings.get());
        window.show();
        ConnectionPanel *panel = window.currentTab()->connectionPanel();
        panel->setSecretPrompt([](Profile *, const QStringList &fields) {
            qWarning() << "unexpected secret prompt for" << fields;
            return false;
        });
        QComboBox *picker = panel->profilePicker();
        const int index = picker->findText(QStringLiteral("Echo local"));
        QVERIFY(index > 0);
        picker->setCurrentIndex(index);
        Q_EMIT picker->activated(index);
        QCOMPARE(panel->profile().headers.first().value, Secret);
        QCOMPARE(panel->profile().variables.at(1).value, SecretVariable);
        QVERIFY(!panel->isModified());
        QCOMPARE(panel->snippets().size(), 2);
    }

    void damagedProfilesFileIsReportedAndKept()
    {
        AppSettings settings(QDir::homePath() + QStringLiteral("/damaged/settings.ini"));
        settings.setFirstLaunchDone(true);
        QDir().mkpath(QDir::homePath() + QStringLiteral("/damaged"));
        QFile damaged(settings.profilesPath());
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"format\": \"framewise-profiles\", \"version\": 1, \"profiles\": [");
        damaged.close();
        MainWindow window(&settings);
        window.show();
        QVERIFY2(window.statusText().contains(QLatin1String("is not valid JSON")), qPrintable(window.statusText()));
        QVERIFY(window.statusText().contains(QLatin1String("left as it is")));
        ConnectionPanel *panel = window.currentTab()->connectionPanel();
        QTest::keyClicks(panel->urlEdit(), QStringLiteral("ws://127.0.0.1:9/"));
        QVERIFY(!panel->saveProfileAs(QStringLiteral("would overwrite"))); // refused, said why
        QVERIFY2(!panel->message().isEmpty(), "the refusal is explained");
        QVERIFY(damaged.open(QIODevice::ReadOnly));
        QCOMPARE(damaged.readAll(), QByteArray("{\"format\": \"framewise-profiles\", \"version\": 1, \"profiles\": ["));
    }

    void noSecretOnDisk()
    {
        m_settings->sync();
        QStringList hits;
        for (const QString &root : { m_scratch, m_exportDir }) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray data = file.readAll();
                if (data.contains(Secret.toUtf8()) || data.contains(SecretVariable.toUtf8()))
                    hits.append(path);
            }
        }
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    }
};

QTEST_MAIN(TestProfileWindow)
#include "tst_profilewindow.moc"
