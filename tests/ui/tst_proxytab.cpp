// SPDX-License-Identifier: GPL-3.0-or-later
// The proxy in the real window (File › New proxy), with a CA made for the test (the keychain's is
// tst_cawindow's business): our own channel set to use the tab's proxy reaches QWebSocketServer
// echoes and shows up grouped by host with its messages in the session view; a CONNECT to a host
// not intercepted counts as a tunnel; a client that does not trust the CA is reported in words for
// its host; the New proxy dialog refuses a bad host pattern where it is typed; the CA's certificate
// is exported as PEM and as DER through the save dialog; CA details shows its fingerprints.
#include "appsettings.h"
#include "cadetailsdialog.h"
#include "certificateauthority.h"
#include "interceptconnection.h"
#include "interceptconnectionsmodel.h"
#include "interceptmessagesbox.h"
#include "interceptserver.h"
#include "intercepttab.h"
#include "mainwindow.h"
#include "messagelogmodel.h"
#include "proxydialog.h"
#include "proxyeventsmodel.h"
#include "proxyserver.h"
#include "session.h"
#include "sessioninfo.h"
#include "sessionstore.h"
#include "sessiontab.h"
#include "websocketchannel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkProxy>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSslCertificate>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Framewise;

namespace {
constexpr int WaitMs = 10000;

// Echoes every text message back.
class WebSocketEcho : public QObject {
public:
    WebSocketEcho()
        : server(QStringLiteral("echo"), QWebSocketServer::NonSecureMode)
    {
        connect(&server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QWebSocket::textMessageReceived, socket,
                    [socket](const QString &text) { socket->sendTextMessage(text); });
                connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return server.serverPort(); }
    QWebSocketServer server;
};

// Echoes every byte back: what a blind tunnel reaches.
class TcpEcho : public QTcpServer {
public:
    TcpEcho()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QIODevice::readyRead, socket, [socket] { socket->write(socket->readAll()); });
                connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost);
    }
};

QAction *menuAction(QWidget *window, const QString &text)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}
} // namespace

class TestProxyTab : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void connectionsAreListedByHostWithTheirMessages();
    void closingTheTabClosesAppsWithGoingAway();
    void connectToAHostNotInterceptedIsCountedAsATunnel();
    void clientNotTrustingTheCaIsReportedForItsHost();
    void proxyEventsAreGroupedAndBounded();
    void dialogRefusesABadHostPatternInline();
    void dialogYieldsProxySettings();
    void exportWritesPemAndDer();
    void caDetailsShowTheFingerprints();
    void everyFileMenuActionHasAnIcon();

private:
    InterceptTab *startProxy(const QStringList &hosts);
    // A client of the tab's proxy that has sent text to url and had it echoed.
    WebSocketChannel *connectThrough(InterceptTab *tab, const QUrl &url, const QByteArray &text);

    QTemporaryDir m_dir;
    CertificateAuthority m_ca;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<WebSocketChannel>> m_clients;
};

void TestProxyTab::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_ca = CertificateAuthority::generate(&error);
    QVERIFY2(!m_ca.isNull(), qPrintable(error));
}

void TestProxyTab::init()
{
    const QString name = QLatin1String(QTest::currentTestFunction());
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(name + QStringLiteral(".ini")));
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->setCertificateAuthority(m_ca); // not the keychain's
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestProxyTab::cleanup()
{
    m_clients.clear();
    m_window.reset();
    m_settings.reset();
}

InterceptTab *TestProxyTab::startProxy(const QStringList &hosts)
{
    ProxySettings settings;
    settings.intercept.listenPort = 0;
    settings.interceptHosts = hosts;
    QString error;
    InterceptTab *tab = m_window->addProxyTab(settings, &error);
    if (!tab)
        qWarning() << error;
    return tab;
}

WebSocketChannel *TestProxyTab::connectThrough(InterceptTab *tab, const QUrl &url, const QByteArray &text)
{
    auto client = std::make_unique<WebSocketChannel>();
    client->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), tab->proxy()->port()));
    QSignalSpy started(client.get(), &WebSocketChannel::started);
    QSignalSpy echoed(client.get(), &WebSocketChannel::messageAvailable);
    client->asyncOpen(url);
    if (!started.wait(WaitMs)) {
        qWarning() << "did not connect:" << client->stopStatus().message();
        return nullptr;
    }
    client->sendMsg(text);
    if (!echoed.wait(WaitMs) || echoed.constFirst().constFirst().toByteArray() != text)
        return nullptr;
    m_clients.push_back(std::move(client));
    return m_clients.back().get();
}

void TestProxyTab::connectionsAreListedByHostWithTheirMessages()
{
    InterceptTab *tab = startProxy({ QStringLiteral("127.0.0.1") });
    QVERIFY(tab);
    QCOMPARE(tab->mode(), InterceptTab::Mode::Proxy);
    QCOMPARE(tab->proxy()->certificateAuthority().leafKey(), m_ca.leafKey()); // the window's CA
    QCOMPARE(m_window->tabs()->currentWidget(), tab);
    const QString port = QString::number(tab->proxy()->port());
    QCOMPARE(tab->title(), QStringLiteral("Proxy :") + port);
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(tab)), tab->title());
    QAbstractItemModel *rows = tab->connectionsView()->model();
    QAbstractItemModelTester sortedTester(rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sourceTester(qobject_cast<QSortFilterProxyModel *>(rows)->sourceModel(),
        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester eventsTester(tab->proxyEvents(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Two servers: three clients, the first and third to the same one.
    WebSocketEcho first;
    WebSocketEcho second;
    const QUrl firstUrl(QStringLiteral("ws://127.0.0.1:%1/chat").arg(first.port()));
    QVERIFY(connectThrough(tab, firstUrl, "hello first"));
    QVERIFY(connectThrough(tab, QUrl(QStringLiteral("ws://127.0.0.1:%1/feed").arg(second.port())), "hello second"));
    QVERIFY(connectThrough(tab, firstUrl, "hello again"));
    QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), 3, WaitMs);

    // Each row says its host; each host's connections are together, in the order they came.
    const QString firstHost = QStringLiteral("127.0.0.1:%1").arg(first.port());
    const QString secondHost = QStringLiteral("127.0.0.1:%1").arg(second.port());
    QStringList hosts;
    QList<qulonglong> ids;
    for (int row = 0; row < rows->rowCount(); ++row) {
        hosts.append(rows->index(row, InterceptConnectionsModel::HostColumn).data().toString());
        ids.append(rows->index(row, InterceptConnectionsModel::IdColumn).data().toULongLong());
    }
    QCOMPARE(hosts.count(firstHost), 2);
    QCOMPARE(hosts.count(secondHost), 1);
    QVERIFY2(hosts.at(0) == hosts.at(1) || hosts.at(1) == hosts.at(2), qPrintable(hosts.join(u',')));
    const int firstRow = int(hosts.indexOf(firstHost));
    QVERIFY(ids.at(firstRow) < ids.at(firstRow + 1));
    QVERIFY(!tab->connectionsView()->isColumnHidden(InterceptConnectionsModel::HostColumn));

    // The first connection was shown as it came: its messages are in the window's session view.
    InterceptConnection *shown = tab->connectionAtRow(tab->connectionsView()->currentIndex().row());
    QVERIFY(shown);
    QCOMPARE(shown->upstreamUrl(), firstUrl);
    SessionTab *view = m_window->currentTab();
    QVERIFY(view);
    QCOMPARE(view->session(), shown->session());
    const auto previews = [this] {
        QStringList texts;
        const MessageLogModel *messages = m_window->currentTab()->messageModel();
        for (int row = 0; row < messages->rowCount(); ++row)
            texts.append(messages->index(row, MessageLogModel::PreviewColumn).data().toString());
        return texts.join(u'\n');
    };
    QTRY_VERIFY2_WITH_TIMEOUT(previews().count(QStringLiteral("hello first")) == 2, qPrintable(previews()), WaitMs);

    // Picking the other host's row shows its connection.
    const int secondRow = int(hosts.indexOf(secondHost));
    tab->connectionsView()->setCurrentIndex(rows->index(secondRow, 0));
    QVERIFY(m_window->currentTab());
    QCOMPARE(m_window->currentTab()->session(), tab->connectionAtRow(secondRow)->session());
    QTRY_VERIFY_WITH_TIMEOUT(previews().contains(QStringLiteral("hello second")), WaitMs);

    // The summary: the address to give apps, the hosts, the CA, the counts.
    const QString summary = tab->summaryLabel()->text();
    QVERIFY2(summary.contains(QStringLiteral("Proxy http://127.0.0.1:") + port), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("intercepting 127.0.0.1")), qPrintable(summary));
    QVERIFY2(summary.contains(QString::fromLatin1(m_ca.sha256Fingerprint().left(17))), qPrintable(summary));
    QTRY_VERIFY2_WITH_TIMEOUT(tab->summaryLabel()->text().contains(QStringLiteral("WebSocket connections: 3 (3 live)")),
        qPrintable(tab->summaryLabel()->text()), WaitMs);
    // Recorded as intercepts are (recording is on by default), named after the tab.
    QVERIFY(m_window->store()->isOpen());
    const auto recorded = [this, tab] {
        const QList<SessionInfo> stored = m_window->store()->sessions();
        return stored.size() == 3 && std::all_of(stored.cbegin(), stored.cend(), [tab](const SessionInfo &info) {
            return info.kind == SessionInfo::interceptKind() && info.profileName == tab->title();
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(recorded(), WaitMs);
    if (qEnvironmentVariableIsSet("FRAMEWISE_SCREENSHOT")) {
        tab->connectionsView()->setCurrentIndex(rows->index(firstRow, 0));
        QTest::qWait(500);
        QVERIFY(m_window->grab().save(qEnvironmentVariable("FRAMEWISE_SCREENSHOT")));
    }
}

void TestProxyTab::closingTheTabClosesAppsWithGoingAway()
{
    InterceptTab *tab = startProxy({});
    QVERIFY(tab);
    const quint16 port = tab->proxy()->port();
    WebSocketEcho echo;
    WebSocketChannel *client
        = connectThrough(tab, QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(echo.port())), "before closing");
    QVERIFY(client);
    QSignalSpy stopped(client, &WebSocketChannel::stopped);
    QVERIFY(m_window->closeTab(m_window->tabs()->indexOf(tab)));
    QVERIFY(stopped.wait(WaitMs));
    QCOMPARE(client->stopStatus().closeCodeReceived, quint16(1001));
    // The proxy no longer listens.
    QTcpSocket again;
    again.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!again.waitForConnected(2000) || again.waitForDisconnected(WaitMs));
}

void TestProxyTab::connectToAHostNotInterceptedIsCountedAsATunnel()
{
    InterceptTab *tab = startProxy({ QStringLiteral("localhost") });
    QVERIFY(tab);
    TcpEcho echo;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, tab->proxy()->port());
    QVERIFY(socket.waitForConnected(WaitMs));
    socket.write("CONNECT 127.0.0.1:" + QByteArray::number(echo.serverPort())
        + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(echo.serverPort()) + "\r\n\r\n");
    QByteArray got;
    QTRY_VERIFY_WITH_TIMEOUT((got += socket.readAll()).contains("\r\n\r\n"), WaitMs);
    QVERIFY2(got.startsWith("HTTP/1.1 200"), got.constData());
    socket.write("through the tunnel");
    QByteArray echoed;
    QTRY_COMPARE_WITH_TIMEOUT(echoed += socket.readAll(), QByteArray("through the tunnel"), WaitMs);
    QTRY_VERIFY2_WITH_TIMEOUT(tab->summaryLabel()->text().contains(QStringLiteral("tunnels: 1")),
        qPrintable(tab->summaryLabel()->text()), WaitMs);
    QVERIFY2(tab->summaryLabel()->text().contains(QStringLiteral("WebSocket connections: 0")),
        qPrintable(tab->summaryLabel()->text()));
    QCOMPARE(tab->connectionsView()->model()->rowCount(), 0);
    // A plain tunnel is only counted, not listed as a problem.
    QCOMPARE(tab->proxyEvents()->rowCount(), 0);
}

void TestProxyTab::clientNotTrustingTheCaIsReportedForItsHost()
{
    InterceptTab *tab = startProxy({ QStringLiteral("localhost") });
    QVERIFY(tab);
    QAbstractItemModelTester tester(tab->proxyEvents(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(tab->lastProblemLabel()->isHidden());
    // The client trusts the system's CAs only; TLS to the proxy fails before any server is asked.
    for (int attempt = 0; attempt < 2; ++attempt) {
        WebSocketChannel client;
        client.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), tab->proxy()->port()));
        QSignalSpy stopped(&client, &WebSocketChannel::stopped);
        client.asyncOpen(QUrl(QStringLiteral("wss://localhost:8443/")));
        QVERIFY(stopped.wait(WaitMs));
        QCOMPARE(client.stopStatus().reason, StopReason::TlsFailed);
    }
    QTRY_VERIFY2_WITH_TIMEOUT(tab->summaryLabel()->text().contains(QStringLiteral("TLS rejected: 2")),
        qPrintable(tab->summaryLabel()->text()), WaitMs);
    // In words, for that host: the line under the summary and one row counting both.
    QTRY_VERIFY_WITH_TIMEOUT(!tab->lastProblemLabel()->isHidden(), WaitMs);
    const QString line = tab->lastProblemLabel()->text();
    QVERIFY2(line.contains(QStringLiteral("localhost:8443: ")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("does not trust the Framewise CA")), qPrintable(line));
    QTRY_COMPARE_WITH_TIMEOUT(tab->proxyEvents()->rowCount(), 1, WaitMs);
    QAbstractItemModel *events = tab->proxyEventsView()->model();
    QCOMPARE(events->index(0, ProxyEventsModel::HostColumn).data().toString(), QStringLiteral("localhost:8443"));
    QCOMPARE(events->index(0, ProxyEventsModel::CountColumn).data().toInt(), 2);
    QVERIFY(events->index(0, ProxyEventsModel::WhatColumn)
                .data()
                .toString()
                .contains(QStringLiteral("does not trust the Framewise CA")));
    QVERIFY(events->index(0, 0).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("localhost:8443: ")));

    // A request the proxy refuses is listed too, apart from the TLS rejection.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, tab->proxy()->port());
    QVERIFY(socket.waitForConnected(WaitMs));
    socket.write("GET /not-a-proxy-request HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(tab->proxyEvents()->rowCount(), 2, WaitMs);
    QVERIFY(
        events->index(1, ProxyEventsModel::WhatColumn).data().toString().startsWith(QStringLiteral("refused (400)")));
    QTRY_VERIFY_WITH_TIMEOUT(tab->summaryLabel()->text().contains(QStringLiteral("refused: 1")), WaitMs);
}

void TestProxyTab::proxyEventsAreGroupedAndBounded()
{
    ProxyEventsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto event = [](ProxyEvent::Kind kind, const QString &host, const QString &detail) {
        ProxyEvent made;
        made.kind = kind;
        made.host = host;
        made.port = 443;
        made.detail = detail;
        return made;
    };
    // A browser retrying one host: one row counting them; forwarded requests and plain tunnels are
    // not problems.
    for (int i = 0; i < 50; ++i)
        model.add(event(ProxyEvent::Kind::TlsRejected, QStringLiteral("shop.example"), QStringLiteral("no trust")));
    model.add(event(ProxyEvent::Kind::Forwarded, QStringLiteral("shop.example"), {}));
    model.add(event(ProxyEvent::Kind::Tunnel, QStringLiteral("other.example"), {}));
    model.add(
        event(ProxyEvent::Kind::Tunnel, QStringLiteral("cdn.example"), QStringLiteral("TLS not decrypted: no CA")));
    QCOMPARE(model.rowCount(), 0); // shown at the next flush, in one go
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ProxyEventsModel::HostColumn).data().toString(), QStringLiteral("shop.example:443"));
    QCOMPARE(model.index(0, ProxyEventsModel::CountColumn).data().toInt(), 50);
    QCOMPARE(model.index(1, ProxyEventsModel::WhatColumn).data().toString(),
        QStringLiteral("tunnelled untouched: TLS not decrypted: no CA"));

    // Many hosts: no more than MaxRows, the least recently seen go.
    for (int i = 0; i < ProxyEventsModel::MaxRows + 20; ++i) {
        model.add(event(ProxyEvent::Kind::Refused, QStringLiteral("h%1.example").arg(i), QStringLiteral("x")));
        if (i % 50 == 0)
            model.flush();
    }
    model.add(event(ProxyEvent::Kind::TlsRejected, QStringLiteral("shop.example"), QStringLiteral("no trust")));
    model.flush();
    QCOMPARE(model.rowCount(), ProxyEventsModel::MaxRows);
    QStringList hosts;
    for (int row = 0; row < model.rowCount(); ++row)
        hosts.append(model.index(row, ProxyEventsModel::HostColumn).data().toString());
    QVERIFY(hosts.contains(QStringLiteral("shop.example:443"))); // seen again last
    QVERIFY(!hosts.contains(QStringLiteral("cdn.example:443")));
    QVERIFY(hosts.contains(QStringLiteral("h%1.example:443").arg(ProxyEventsModel::MaxRows + 19)));
}

void TestProxyTab::dialogRefusesABadHostPatternInline()
{
    ProxyDialog dialog;
    dialog.show();
    QVERIFY(dialog.hostsError()->isHidden());
    dialog.hostsEdit()->setFocus();
    QTest::keyClicks(dialog.hostsEdit(), QStringLiteral("example.com"));
    QVERIFY(dialog.hostsError()->isHidden());
    QTest::keyClick(dialog.hostsEdit(), Qt::Key_Return);
    QTest::keyClicks(dialog.hostsEdit(), QStringLiteral("exa mple.com"));
    // Said where it was typed, naming the pattern.
    QVERIFY(!dialog.hostsError()->isHidden());
    QVERIFY2(dialog.hostsError()->text().contains(QStringLiteral("“exa mple.com” is not a host pattern")),
        qPrintable(dialog.hostsError()->text()));
    dialog.accept(); // refused: the dialog stays
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.isVisible());
    QStringList problems;
    dialog.readSettings(&problems);
    QVERIFY2(problems.join(u'\n').contains(QStringLiteral("exa mple.com")), qPrintable(problems.join(u'\n')));

    // Fixed, the error goes as it is typed.
    dialog.hostsEdit()->setPlainText(QStringLiteral("example.com\n\n*.example.org:8443\n"));
    QVERIFY(dialog.hostsError()->isHidden());
    problems.clear();
    const ProxySettings settings = dialog.readSettings(&problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(
        settings.interceptHosts, (QStringList { QStringLiteral("example.com"), QStringLiteral("*.example.org:8443") }));
}

void TestProxyTab::dialogYieldsProxySettings()
{
    ProxyDialog dialog;
    dialog.show();
    // The defaults: loopback on 9080, TLS decrypted, no warning.
    QCOMPARE(dialog.listenEdit()->text(), QStringLiteral("127.0.0.1:9080"));
    QVERIFY(dialog.decryptBox()->isChecked());
    QVERIFY(dialog.listenWarning()->isHidden());
    QStringList problems;
    ProxySettings settings = dialog.readSettings(&problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(settings.intercept.listenPort, ProxySettings::DefaultPort);
    QVERIFY(settings.isLoopback());
    QVERIFY(settings.interceptHosts.isEmpty()); // every host
    QVERIFY(settings.decryptTls);

    // Reachable from elsewhere: said at once.
    dialog.listenEdit()->setText(QStringLiteral("0.0.0.0:9081"));
    QVERIFY(!dialog.listenWarning()->isHidden());
    dialog.decryptBox()->setChecked(false);
    dialog.messagesBox()->rulesEdit()->setPlainText(QStringLiteral("drop to-app:^heartbeat$\nfrobnicate both:x"));
    problems.clear();
    dialog.readSettings(&problems);
    QVERIFY2(problems.join(u'\n').contains(QStringLiteral("Rule line 2")), qPrintable(problems.join(u'\n')));
    dialog.messagesBox()->rulesEdit()->setPlainText(QStringLiteral("drop to-app:^heartbeat$"));
    dialog.clientCertificateEdit()->setText(QStringLiteral("/tmp/client.pem"));
    problems.clear();
    dialog.readSettings(&problems);
    QVERIFY2(problems.join(u'\n').contains(QStringLiteral("client certificate and its private key")),
        qPrintable(problems.join(u'\n')));
    dialog.clientCertificateEdit()->clear();
    const QString caFile = m_dir.filePath(QStringLiteral("extra-ca.pem"));
    {
        QFile file(caFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_ca.certificatePem());
    }
    dialog.caFilesEdit()->setText(caFile + QStringLiteral(" ; "));
    problems.clear();
    settings = dialog.readSettings(&problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(settings.intercept.listenPort, quint16(9081));
    QVERIFY(!settings.isLoopback());
    QVERIFY(!settings.decryptTls);
    QCOMPARE(settings.intercept.rules.size(), 1);
    QCOMPARE(settings.intercept.upstream.caFiles, QStringList { caFile });

    // What it yields comes back into a new dialog (New proxy starts from the last one).
    ProxyDialog again;
    again.setSettings(settings, dialog.rulesText());
    QCOMPARE(again.listenEdit()->text(), QStringLiteral("0.0.0.0:9081"));
    QVERIFY(!again.decryptBox()->isChecked());
    QCOMPARE(again.rulesText(), QStringLiteral("drop to-app:^heartbeat$"));
    QCOMPARE(again.caFilesEdit()->text(), caFile);
}

void TestProxyTab::exportWritesPemAndDer()
{
    QAction *exportCa = menuAction(m_window.get(), QStringLiteral("Export C&A certificate…"));
    QVERIFY(exportCa);
    // Through the save dialog as a person would: a name, and the type chosen in the dialog.
    const auto exportAs = [this, exportCa](const QString &name, bool derType) {
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (derType) { // picked in the file type box, as by hand
                auto *types = dialog->findChild<QComboBox *>(QStringLiteral("fileTypeCombo"));
                if (!types)
                    return;
                QTest::keyClick(types, Qt::Key_Down);
            }
            dialog->selectFile(m_dir.filePath(name));
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own is protected; it checks the name
            answered = true;
        });
        exportCa->trigger();
        return answered;
    };
    QVERIFY(exportAs(QStringLiteral("framewise-ca.pem"), false));
    QFile pem(m_dir.filePath(QStringLiteral("framewise-ca.pem")));
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QByteArray pemBytes = pem.readAll();
    QVERIFY(pemBytes.startsWith("-----BEGIN CERTIFICATE-----"));
    const QList<QSslCertificate> fromPem = QSslCertificate::fromData(pemBytes, QSsl::Pem);
    QCOMPARE(fromPem.size(), 1);
    QCOMPARE(fromPem.constFirst(), m_ca.certificate());
    QVERIFY2(m_window->exportStatus()->text().contains(QStringLiteral("(PEM)")),
        qPrintable(m_window->exportStatus()->text()));

    // The DER type chosen, no suffix typed: DER, named so.
    QVERIFY(exportAs(QStringLiteral("for-a-device"), true));
    QFile der(m_dir.filePath(QStringLiteral("for-a-device.der")));
    QVERIFY(der.open(QIODevice::ReadOnly));
    const QByteArray derBytes = der.readAll();
    QCOMPARE(QSslCertificate(derBytes, QSsl::Der), m_ca.certificate());
    QCOMPARE(derBytes, m_ca.certificateDer());
    QVERIFY(m_window->exportStatus()->text().contains(QStringLiteral("(DER)")));
    // A .cer name under the PEM type is DER too; .crt follows the type.
    QVERIFY(exportAs(QStringLiteral("windows.cer"), false));
    QFile cer(m_dir.filePath(QStringLiteral("windows.cer")));
    QVERIFY(cer.open(QIODevice::ReadOnly));
    QCOMPARE(cer.readAll(), m_ca.certificateDer());
    QVERIFY(MainWindow::wantsDer(QStringLiteral("a.crt"), true));
    QVERIFY(!MainWindow::wantsDer(QStringLiteral("a.crt"), false));
    QVERIFY(!MainWindow::wantsDer(QStringLiteral("a.pem"), true));
}

void TestProxyTab::caDetailsShowTheFingerprints()
{
    std::unique_ptr<CaDetailsDialog> dialog = m_window->caDetailsDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->sha256Label()->text().replace(u'\n', u':'), QString::fromLatin1(m_ca.sha256Fingerprint()));
    QCOMPARE(dialog->sha1Label()->text(), m_ca.sha1FingerprintText());
    QCOMPARE(dialog->subjectLabel()->text(), m_ca.certificate().subjectDisplayName());
    QVERIFY2(dialog->validityLabel()->text().contains(m_ca.notAfter().toUTC().toString(QStringLiteral("yyyy-MM-dd"))),
        qPrintable(dialog->validityLabel()->text()));
    QVERIFY2(
        dialog->keptLabel()->text().contains(QStringLiteral("this run only")), qPrintable(dialog->keptLabel()->text()));
    QVERIFY(dialog->noteLabel()->isHidden());

    // From the View menu, as a person opens it.
    QAction *details = menuAction(m_window.get(), QStringLiteral("CA &details…"));
    QVERIFY(details);
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto *open = qobject_cast<CaDetailsDialog *>(QApplication::activeModalWidget());
        if (!open)
            return;
        shown = open->sha256Label()->text();
        open->reject();
    });
    details->trigger();
    QCOMPARE(shown.replace(u'\n', u':'), QString::fromLatin1(m_ca.sha256Fingerprint()));
}

void TestProxyTab::everyFileMenuActionHasAnIcon()
{
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (!action->isSeparator() && !action->menu())
                QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
        }
    }
    QAction *newProxy = menuAction(m_window.get(), QStringLiteral("New &proxy…"));
    QVERIFY(newProxy);
    QVERIFY(!newProxy->shortcut().isEmpty());
    // No other action or shortcut of the window (a connection tab's included) shares its keys.
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action != newProxy)
            QVERIFY2(!action->shortcuts().contains(newProxy->shortcut()), qPrintable(action->text()));
    }
    for (QShortcut *shortcut : m_window->findChildren<QShortcut *>())
        QVERIFY(shortcut->key() != newProxy->shortcut());
}

QTEST_MAIN(TestProxyTab)
#include "tst_proxytab.moc"
