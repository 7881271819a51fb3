// SPDX-License-Identifier: GPL-3.0-or-later
// The browser harness without Framewise in the way: each browser, in a fresh profile, loads
// page.html from BrowserOrigin (nginx with TLS, a certificate from the test CA) and has its
// wss:// messages echoed by the Python peer behind nginx; the page's report arrives in nginx's
// access log. Three cases per browser: the CA trusted through the profile's NSS database (the page
// reports ok); not trusted (the browser refuses the certificate, nothing loads); and through a
// real tinyproxy (every request, the page's and the WebSocket's, reached nginx from tinyproxy's
// address, each over a CONNECT tunnel to localhost).
#include "browserorigin.h"
#include "browserprocess.h"
#include "certificateset.h"
#include "processguard.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Framewise;

namespace {

constexpr int Messages = 5; // text and binary each: 10 echoes
// The page gives up (and reports why) after PageTimeoutMs; the test waits a little longer. Every
// wait is bounded so that the worst case (every row failing by timeout) stays within CTest's
// TIMEOUT: 4 x 20 s + 2 x (15 + 2) s.
constexpr int PageTimeoutMs = 15000;
constexpr int ReportTimeoutMs = 20000;
constexpr int RefusalTimeoutMs = 15000;
// After the browser refused the certificate, how long no request may arrive.
constexpr int QuietAfterRefusalMs = 2000;
// tinyproxy connects to the origin from this address; the browser itself connects from 127.0.0.1.
const QString ProxyOutgoingAddress = QStringLiteral("127.0.0.2");

QString describe(const QList<BrowserOrigin::Request> &requests)
{
    QStringList lines;
    for (const BrowserOrigin::Request &request : requests)
        lines.append(QStringLiteral("%1 #%2 %3 %4 -> %5")
                         .arg(request.remoteAddress, QString::number(request.connection), request.method,
                             request.target, QString::number(request.status)));
    return lines.isEmpty() ? QStringLiteral("(no request)") : lines.join(u'\n');
}

bool hasRequest(const QList<BrowserOrigin::Request> &requests, const QString &path, int status)
{
    return std::any_of(requests.cbegin(), requests.cend(), [&](const BrowserOrigin::Request &request) {
        return request.method == QLatin1String("GET") && QUrl(request.target).path() == path
            && request.status == status;
    });
}

// The CAs an NSS database holds, as certutil -L lists them.
QString listCertificates(const QString &database)
{
    QProcess certutil;
    certutil.setProcessChannelMode(QProcess::MergedChannels);
    certutil.start(
        QStringLiteral("certutil"), { QStringLiteral("-L"), QStringLiteral("-d"), QStringLiteral("sql:") + database });
    certutil.waitForFinished(10000);
    return QString::fromLocal8Bit(certutil.readAll());
}

QString noReport(bool refused)
{
    return refused ? QStringLiteral("the browser refused the origin's certificate (a TLS alert in nginx's error log)\n")
                   : QStringLiteral("no report within %1 ms\n").arg(ReportTimeoutMs);
}

} // namespace

class TestBrowserHarness : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void trustedDirect_data() { browserRows(); }
    void trustedDirect();
    void untrustedDirect_data() { browserRows(); }
    void untrustedDirect();
    void throughHttpProxy_data() { browserRows(); }
    void throughHttpProxy();

private:
    static void browserRows();
    QString failureText(BrowserProcess &process);
    // The page's report, or nothing: within ReportTimeoutMs, or as soon as the browser refused the
    // origin's certificate (its TLS alert is in nginx's error log; *refused says so).
    std::optional<QUrlQuery> waitForReport(bool *refused);
    // Stops the browser the way the destructor does and checks that nothing of it is left.
    void finish(std::unique_ptr<BrowserProcess> &process);
    void startTinyproxy();
    QByteArray tinyproxyLog() const;

    QTemporaryDir m_dir;
    CertificateSet m_certificates;
    BrowserOrigin m_origin;
    ProcessGuard m_proxy;
    quint16 m_proxyPort = 0;
};

void TestBrowserHarness::browserRows()
{
    QTest::addColumn<Browser>("browser");
    QTest::newRow("chromium") << Browser::Chromium;
    QTest::newRow("firefox") << Browser::Firefox;
}

void TestBrowserHarness::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString error = m_certificates.generate(m_dir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_origin.start(m_certificates.server.certificatePath, m_certificates.server.keyPath),
        qPrintable(m_origin.errorString()));
}

void TestBrowserHarness::init()
{
    m_origin.clearLogs();
    m_origin.peer()->clearOutput();
}

void TestBrowserHarness::cleanup()
{
    m_proxy.stop();
}

QString TestBrowserHarness::failureText(BrowserProcess &process)
{
    return process.diagnostics() + u'\n' + m_origin.diagnostics();
}

std::optional<QUrlQuery> TestBrowserHarness::waitForReport(bool *refused)
{
    std::optional<QUrlQuery> report;
    *refused = false;
    (void)QTest::qWaitFor(
        [&] {
            report = m_origin.takeReport();
            *refused = !report && m_origin.errorLog().contains(QLatin1String("SSL alert number"));
            return report || *refused;
        },
        ReportTimeoutMs);
    return report;
}

void TestBrowserHarness::finish(std::unique_ptr<BrowserProcess> &process)
{
    const qint64 group = process->processGroup();
    const QString directory = process->directory();
    // A browser is a handful of processes (renderers, content, GPU, network, zygotes), all in the
    // group BrowserProcess made for them.
    const qsizetype running = BrowserProcess::processesInGroup(group).size();
    QVERIFY2(running >= 2, qPrintable(QStringLiteral("%1 processes in group %2").arg(running).arg(group)));
    QElapsedTimer timer;
    timer.start();
    process.reset();
    qInfo("teardown of %lld processes: %lld ms", qint64(running), timer.elapsed());
    const QList<qint64> left = BrowserProcess::processesInGroup(group);
    QVERIFY2(left.isEmpty(),
        qPrintable(
            QStringLiteral("%1 processes of group %2 outlived their BrowserProcess").arg(left.size()).arg(group)));
    QVERIFY2(!QFileInfo::exists(directory), qPrintable(directory));
}

void TestBrowserHarness::trustedDirect()
{
    QFETCH(Browser, browser);
    if (QString why; !BrowserProcess::available(browser, &why))
        QSKIP(qPrintable(why));
    QElapsedTimer timer;
    timer.start();
    auto process = std::make_unique<BrowserProcess>(browser);
    process->setTrustedCertificates({ m_certificates.ca.certificatePath });
    QVERIFY2(process->start(m_origin.url(Messages, PageTimeoutMs)), qPrintable(process->errorString()));
    const qint64 started = timer.elapsed();

    bool refused = false;
    const std::optional<QUrlQuery> report = waitForReport(&refused);
    QVERIFY2(report, qPrintable(noReport(refused) + failureText(*process)));
    qInfo("%s: started in %lld ms, report after %lld ms", qPrintable(BrowserProcess::name(browser)), started,
        timer.elapsed());
    QVERIFY2(report->queryItemValue(QStringLiteral("status")) == QLatin1String("ok"),
        qPrintable(
            report->queryItemValue(QStringLiteral("reason"), QUrl::FullyDecoded) + u'\n' + failureText(*process)));
    QCOMPARE(report->queryItemValue(QStringLiteral("sent")).toInt(), 2 * Messages);
    QCOMPARE(report->queryItemValue(QStringLiteral("echoed")).toInt(), 2 * Messages);

    // Straight to the origin: the page, the upgrade and the report came from the browser's own
    // connections (127.0.0.1), and the page's Close reached the peer.
    const QList<BrowserOrigin::Request> requests = m_origin.requests();
    QVERIFY2(hasRequest(requests, QStringLiteral("/"), 200), qPrintable(describe(requests)));
    QVERIFY2(hasRequest(requests, QStringLiteral("/ws"), 101), qPrintable(describe(requests)));
    for (const BrowserOrigin::Request &request : requests)
        QVERIFY2(request.remoteAddress == QLatin1String("127.0.0.1"), qPrintable(describe(requests)));
    QVERIFY2(m_origin.peer()->waitForOutput(QStringLiteral("CLOSED 1000 done"), 5000),
        qPrintable(m_origin.peer()->output()));
    // The trust came from the profile's own NSS database: it holds the test CA, for TLS servers.
    const QString listed = listCertificates(process->nssDatabase());
    QVERIFY2(listed.contains(QRegularExpression(QStringLiteral("Framewise test CA 1 +C,,"))), qPrintable(listed));
    finish(process);
}

void TestBrowserHarness::untrustedDirect()
{
    QFETCH(Browser, browser);
    if (QString why; !BrowserProcess::available(browser, &why))
        QSKIP(qPrintable(why));
    QElapsedTimer timer;
    timer.start();
    auto process = std::make_unique<BrowserProcess>(browser); // its NSS database holds no CA
    QVERIFY2(process->start(m_origin.url(Messages, PageTimeoutMs)), qPrintable(process->errorString()));

    // The browser refuses the certificate and says so to nginx with a TLS alert (Chromium
    // "certificate unknown" during the handshake, Firefox "unknown ca" right after it) ...
    const auto alerted = [&] { return m_origin.errorLog().contains(QLatin1String("SSL alert number")); };
    (void)QTest::qWaitFor([&] { return alerted() || !m_origin.requests().isEmpty(); }, RefusalTimeoutMs);
    QVERIFY2(m_origin.requests().isEmpty(),
        qPrintable(QStringLiteral("the page loaded without the CA:\n") + describe(m_origin.requests())));
    QVERIFY2(alerted(), qPrintable(failureText(*process)));
    const qint64 refused = timer.elapsed();
    // ... and goes no further: no request, so no page, no WebSocket and no report.
    const std::optional<QUrlQuery> report = m_origin.waitForReport(QuietAfterRefusalMs);
    QVERIFY2(!report, qPrintable(report ? report->toString(QUrl::FullyDecoded) : QString()));
    QVERIFY2(m_origin.requests().isEmpty(), qPrintable(describe(m_origin.requests())));
    if (browser == Browser::Chromium) {
        // -202 is ERR_CERT_AUTHORITY_INVALID.
        QVERIFY2(process->standardError().contains("net_error -202"), qPrintable(process->diagnostics()));
    }
    // It had an NSS database of its own all the same, only without the CA.
    const QString listed = listCertificates(process->nssDatabase());
    QVERIFY2(listed.contains(QLatin1String("Trust Attributes")) && !listed.contains(QLatin1String("Framewise")),
        qPrintable(listed));
    qInfo("%s: certificate refused after %lld ms", qPrintable(BrowserProcess::name(browser)), refused);
    finish(process);
}

void TestBrowserHarness::startTinyproxy()
{
    m_proxyPort = ProcessGuard::freePort();
    QVERIFY(m_proxyPort != 0);
    QFile::remove(m_dir.filePath(QStringLiteral("tinyproxy.log")));
    // Only CONNECT to the origin's host and port is let through; anything else the browser might
    // send is refused before tinyproxy looks a name up. Bind: its connections to the origin come
    // from 127.0.0.2, so nginx's log tells a proxied request from a direct one.
    QFile filter(m_dir.filePath(QStringLiteral("tinyproxy.filter")));
    QVERIFY(filter.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(filter.write("^localhost$\n") > 0);
    filter.close();
    const QString config = QStringLiteral("Port %1\n"
                                          "Listen 127.0.0.1\n"
                                          "Bind %2\n"
                                          "Timeout 30\n"
                                          "MaxClients 20\n"
                                          "Allow 127.0.0.1\n"
                                          "ConnectPort %3\n"
                                          "Filter \"%4\"\n"
                                          "FilterType ere\n"
                                          "FilterDefaultDeny Yes\n"
                                          "LogFile \"%5/tinyproxy.log\"\n"
                                          "LogLevel Connect\n"
                                          "PidFile \"%5/tinyproxy.pid\"\n")
                               .arg(m_proxyPort)
                               .arg(ProxyOutgoingAddress)
                               .arg(m_origin.port())
                               .arg(filter.fileName(), m_dir.path());
    QFile file(m_dir.filePath(QStringLiteral("tinyproxy.conf")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.write(config.toUtf8()) > 0);
    file.close();
    QVERIFY(
        m_proxy.start(QStringLiteral("tinyproxy"), { QStringLiteral("-d"), QStringLiteral("-c"), file.fileName() }));
    QVERIFY2(m_proxy.waitForPort(m_proxyPort), m_proxy.output().constData());
}

QByteArray TestBrowserHarness::tinyproxyLog() const
{
    QFile file(m_dir.filePath(QStringLiteral("tinyproxy.log")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestBrowserHarness::throughHttpProxy()
{
    QFETCH(Browser, browser);
    if (QString why; !BrowserProcess::available(browser, &why))
        QSKIP(qPrintable(why));
    startTinyproxy();
    if (QTest::currentTestFailed())
        return;
    QElapsedTimer timer;
    timer.start();
    auto process = std::make_unique<BrowserProcess>(browser);
    process->setTrustedCertificates({ m_certificates.ca.certificatePath });
    process->setProxy(QStringLiteral("127.0.0.1"), m_proxyPort);
    QVERIFY2(process->start(m_origin.url(Messages, PageTimeoutMs)), qPrintable(process->errorString()));

    bool refused = false;
    const std::optional<QUrlQuery> report = waitForReport(&refused);
    const QString proxyLog = QString::fromUtf8(tinyproxyLog());
    QVERIFY2(report,
        qPrintable(noReport(refused) + failureText(*process) + QStringLiteral("\n--- tinyproxy log ---\n") + proxyLog));
    qInfo("%s through tinyproxy: report after %lld ms", qPrintable(BrowserProcess::name(browser)), timer.elapsed());
    QVERIFY2(report->queryItemValue(QStringLiteral("status")) == QLatin1String("ok"),
        qPrintable(
            report->queryItemValue(QStringLiteral("reason"), QUrl::FullyDecoded) + u'\n' + failureText(*process)));
    QCOMPARE(report->queryItemValue(QStringLiteral("echoed")).toInt(), 2 * Messages);

    // Every request reached nginx from tinyproxy's address: the page (https) and the upgrade (wss)
    // went through the proxy although the host is localhost.
    const QList<BrowserOrigin::Request> requests = m_origin.requests();
    QVERIFY2(hasRequest(requests, QStringLiteral("/"), 200), qPrintable(describe(requests)));
    QVERIFY2(hasRequest(requests, QStringLiteral("/ws"), 101), qPrintable(describe(requests)));
    for (const BrowserOrigin::Request &request : requests)
        QVERIFY2(request.remoteAddress == ProxyOutgoingAddress, qPrintable(describe(requests) + u'\n' + proxyLog));

    // As CONNECT tunnels to localhost:PORT, one per TLS connection at least (the page's and the
    // WebSocket's); and the browser sent the proxy nothing else (no background traffic).
    static const QRegularExpression requestLine(
        QStringLiteral("Request \\(file descriptor \\d+\\): (.*)$"), QRegularExpression::MultilineOption);
    const QString expected = QStringLiteral("CONNECT localhost:%1 HTTP/1.1").arg(m_origin.port());
    QSet<qint64> connections;
    for (const BrowserOrigin::Request &request : requests)
        connections.insert(request.connection);
    int tunnels = 0;
    for (auto it = requestLine.globalMatch(proxyLog); it.hasNext();) {
        const QString line = it.next().captured(1).trimmed();
        QVERIFY2(line == expected,
            qPrintable(QStringLiteral("the proxy got more than the page's traffic: %1\n%2").arg(line, proxyLog)));
        ++tunnels;
    }
    QVERIFY2(connections.size() >= 2 && tunnels >= connections.size(),
        qPrintable(QStringLiteral("%1 CONNECTs for %2 connections\n%3\n%4")
                       .arg(tunnels)
                       .arg(connections.size())
                       .arg(describe(requests), proxyLog)));
    finish(process);
}

QTEST_GUILESS_MAIN(TestBrowserHarness)
#include "tst_browserharness.moc"
