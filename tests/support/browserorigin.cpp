// SPDX-License-Identifier: GPL-3.0-or-later
#include "browserorigin.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

namespace Framewise {

namespace {

constexpr int StartTimeoutMs = 10000;
constexpr int PortAttempts = 5;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

quint16 freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

bool isReport(const BrowserOrigin::Request &request)
{
    return request.method == QLatin1String("GET")
        && (request.target == QLatin1String("/report") || request.target.startsWith(QLatin1String("/report?")));
}

QString lastLines(const QByteArray &text, int count)
{
    const QStringList lines = QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
    return lines.mid(std::max<qsizetype>(0, lines.size() - count)).join(u'\n');
}

} // namespace

BrowserOrigin::BrowserOrigin() = default;

BrowserOrigin::~BrowserOrigin()
{
    stop();
}

bool BrowserOrigin::start(
    const QString &certificatePath, const QString &keyPath, PeerProcess::Kind peer, const QStringList &peerArguments)
{
    stop();
    m_error.clear();
    m_reportsSeen = 0;
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/framewise-origin-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    const QString page = ScriptProcess::testsFile(QStringLiteral("browser/page.html"));
    if (!QDir(m_dir->path()).mkpath(QStringLiteral("www"))
        || !QFile::copy(page, m_dir->filePath(QStringLiteral("www/page.html")))) {
        m_error = QStringLiteral("cannot copy %1 to %2").arg(page, m_dir->path());
        return false;
    }
    m_peer = std::make_unique<PeerProcess>(peer, peerArguments);
    if (!m_peer->isRunning()) {
        m_error = m_peer->errorString();
        return false;
    }
    // nginx cannot listen on port 0: take a port that was free a moment ago, and another one should
    // something else have bound it meanwhile.
    for (int attempt = 0; attempt < PortAttempts; ++attempt) {
        m_port = freePort();
        if (m_port == 0) {
            m_error = QStringLiteral("no free port on 127.0.0.1");
            return false;
        }
        if (!writeConfiguration(certificatePath, keyPath, m_peer->port()))
            return false;
        if (startNginx())
            return true;
        const bool portTaken = diagnostics().contains(QLatin1String("Address already in use"));
        stopNginx();
        if (!portTaken)
            return false;
    }
    return false;
}

bool BrowserOrigin::writeConfiguration(const QString &certificatePath, const QString &keyPath, quint16 peerPort)
{
    // One process (no master, no workers: as root a worker would switch to user nobody and lose the
    // private temp dir), logs in the temp dir. The access log has one request per line, its fields
    // separated by tabs (nginx escapes tabs and quotes inside values).
    QString configuration = QStringLiteral(R"(daemon off;
master_process off;
worker_processes 1;
pid "%1/nginx.pid";
error_log "%1/error.log" info;
events { worker_connections 256; }
http {
    types { text/html html; }
    default_type application/octet-stream;
    log_format framewise "$remote_addr\t$connection\t$request_method\t$request_uri\t$status";
    access_log "%1/access.log" framewise;
    client_body_temp_path "%1/body";
    proxy_temp_path "%1/proxy";
    fastcgi_temp_path "%1/fastcgi";
    uwsgi_temp_path "%1/uwsgi";
    scgi_temp_path "%1/scgi";
    server {
        listen 127.0.0.1:%2 ssl;
        ssl_certificate "%3";
        ssl_certificate_key "%4";
        location = / {
            root "%1/www";
            try_files /page.html =404;
            charset utf-8;
            add_header Cache-Control no-store;
        }
        location = /ws {
            proxy_pass http://127.0.0.1:%5;
            proxy_http_version 1.1;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection "upgrade";
            proxy_set_header Host $host;
            proxy_buffering off;
            proxy_read_timeout 600s;
            proxy_send_timeout 600s;
        }
        location = /report {
            add_header Cache-Control no-store;
            return 204;
        }
        location / {
            return 404;
        }
    }
}
)");
    // One pass: a % in a path must not be taken for a marker.
    configuration = configuration.arg(
        m_dir->path(), QString::number(m_port), certificatePath, keyPath, QString::number(peerPort));
    QFile file(m_dir->filePath(QStringLiteral("nginx.conf")));
    const QByteArray bytes = configuration.toUtf8();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        m_error = QStringLiteral("cannot write %1").arg(file.fileName());
        return false;
    }
    return true;
}

bool BrowserOrigin::startNginx()
{
    QFile::remove(m_dir->filePath(QStringLiteral("nginx.out")));
    QFile::remove(m_dir->filePath(QStringLiteral("access.log")));
    QFile::remove(m_dir->filePath(QStringLiteral("error.log")));
    m_nginx = std::make_unique<QProcess>();
    m_nginx->setProcessChannelMode(QProcess::MergedChannels);
    m_nginx->setStandardOutputFile(m_dir->filePath(QStringLiteral("nginx.out")));
    m_nginx->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    // -e: errors before the configuration is read go there too, not to /var/log/nginx.
    m_nginx->start(QStringLiteral("nginx"),
        { QStringLiteral("-e"), m_dir->filePath(QStringLiteral("error.log")), QStringLiteral("-p"), m_dir->path(),
            QStringLiteral("-c"), m_dir->filePath(QStringLiteral("nginx.conf")) });
    if (!m_nginx->waitForStarted(StartTimeoutMs)) {
        m_error = QStringLiteral("nginx did not start: %1").arg(m_nginx->errorString());
        return false;
    }
    const QDeadlineTimer deadline(StartTimeoutMs);
    while (!deadline.hasExpired() && m_nginx->state() == QProcess::Running) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(500)) {
            probe.abort();
            return true;
        }
        // nginx gives no signal when it listens: poll, boundedly.
        QThread::msleep(20);
    }
    m_error = QStringLiteral("nginx did not listen on 127.0.0.1:%1 within %2 ms\n%3")
                  .arg(m_port)
                  .arg(StartTimeoutMs)
                  .arg(diagnostics());
    return false;
}

void BrowserOrigin::stopNginx()
{
    if (!m_nginx)
        return;
    if (m_nginx->state() != QProcess::NotRunning) {
        m_nginx->terminate();
        if (!m_nginx->waitForFinished(5000)) {
            m_nginx->kill();
            m_nginx->waitForFinished(5000);
        }
    }
    m_nginx.reset();
}

void BrowserOrigin::stop()
{
    stopNginx();
    m_peer.reset();
}

bool BrowserOrigin::isRunning() const
{
    return m_nginx && m_nginx->state() == QProcess::Running && m_peer && m_peer->isRunning();
}

QUrl BrowserOrigin::url(int messages, int pageTimeoutMs) const
{
    QString query = QStringLiteral("n=%1").arg(messages);
    if (pageTimeoutMs > 0)
        query += QStringLiteral("&timeout=%1").arg(pageTimeoutMs);
    return QUrl(QStringLiteral("https://localhost:%1/?%2").arg(m_port).arg(query));
}

QList<BrowserOrigin::Request> BrowserOrigin::requests() const
{
    QList<Request> result;
    if (!m_dir)
        return result;
    const QList<QByteArray> lines = readFile(m_dir->filePath(QStringLiteral("access.log"))).split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() != 5)
            continue; // the empty tail, or a line nginx is still writing
        result.append({ QString::fromLatin1(fields.at(0)), fields.at(1).toLongLong(), QString::fromLatin1(fields.at(2)),
            QString::fromLatin1(fields.at(3)), fields.at(4).toInt() });
    }
    return result;
}

std::optional<QUrlQuery> BrowserOrigin::takeReport()
{
    int seen = 0;
    const QList<Request> all = requests();
    for (const Request &request : all) {
        if (!isReport(request) || seen++ < m_reportsSeen)
            continue;
        ++m_reportsSeen;
        const qsizetype question = request.target.indexOf(u'?');
        return QUrlQuery(question < 0 ? QString() : request.target.mid(question + 1));
    }
    return std::nullopt;
}

std::optional<QUrlQuery> BrowserOrigin::waitForReport(int timeoutMs)
{
    std::optional<QUrlQuery> report;
    // The result is in report: empty when the time ran out.
    (void)QTest::qWaitFor([&] { return (report = takeReport()).has_value(); }, timeoutMs);
    return report;
}

QString BrowserOrigin::errorLog() const
{
    return m_dir ? QString::fromUtf8(readFile(m_dir->filePath(QStringLiteral("error.log")))) : QString();
}

void BrowserOrigin::clearLogs()
{
    m_reportsSeen = 0;
    if (!m_dir)
        return;
    // nginx appends (O_APPEND), so its next line lands at the start of the emptied file.
    for (const char *name : { "access.log", "error.log" }) {
        QFile file(m_dir->filePath(QString::fromLatin1(name)));
        if (file.exists())
            file.resize(0);
    }
}

QString BrowserOrigin::diagnostics() const
{
    if (!m_dir)
        return QStringLiteral("origin not started");
    QString text = QStringLiteral("origin https://localhost:%1/ in %2\n--- nginx output ---\n%3\n"
                                  "--- error log (last lines) ---\n%4\n--- access log ---\n%5")
                       .arg(m_port)
                       .arg(m_dir->path(), lastLines(readFile(m_dir->filePath(QStringLiteral("nginx.out"))), 20),
                           lastLines(readFile(m_dir->filePath(QStringLiteral("error.log"))), 20),
                           lastLines(readFile(m_dir->filePath(QStringLiteral("access.log"))), 40));
    if (m_peer)
        text += QStringLiteral("\n--- peer stdout ---\n%1\n--- peer stderr ---\n%2")
                    .arg(lastLines(m_peer->output().toUtf8(), 20), lastLines(m_peer->errorOutput().toUtf8(), 20));
    return text;
}

} // namespace Framewise
