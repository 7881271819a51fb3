// SPDX-License-Identifier: GPL-3.0-or-later
#include "browserprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace Framewise {

namespace {

constexpr qsizetype OutputLimit = qsizetype(1024) * 1024;
constexpr int CertutilTimeoutMs = 10000;

// Chromium's switches, beyond the profile, the proxy and the URL: no first-run pages, as few
// background requests as switches allow (see ChromiumBackgroundHosts and the resolver rules for
// the rest), no services that need a desktop session.
const char *const ChromiumSwitches[] = {
    "--headless=new",
    // As root Chromium refuses to start with its sandbox, and without user namespaces (containers)
    // the sandbox cannot start for anyone: the page under test is our own.
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-component-extensions-with-background-pages",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-sync",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--disable-breakpad",
    "--no-pings",
    "--metrics-recording-only",
    "--mute-audio",
    "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate",
    // No keyring over D-Bus (a test may run a private Secret Service).
    "--password-store=basic",
    "--use-mock-keychain",
    // The page's console.log() lines on stderr, for diagnostics().
    "--enable-logging=stderr",
    "--log-level=0",
};

// Hosts Chromium's own background requests go to (component updates, account checks) even with
// the switches above. They bypass the proxy, so a proxy under test sees only the page's traffic;
// bypassing, they meet the resolver rules and fail without a DNS query.
const char *const ChromiumBackgroundHosts = "*.google.com;*.googleapis.com;*.gvt1.com;*.gstatic.com";

// Firefox's user.js: name and value as JavaScript literals. Mostly what Mozilla's remote agent
// recommends for automation (remote/shared/RecommendedPreferences.sys.mjs), cut to what a quiet
// headless run needs. With all of them (and MOZ_REMOTE_SETTINGS_DEVTOOLS) strace saw Firefox 153
// make no DNS query and no connection beyond loopback; without them, a dozen hosts were looked up.
const char *const FirefoxPreferences[][2] = {
    // No first-run, welcome, what's-new or default-browser pages; no session restore.
    { "browser.shell.checkDefaultBrowser", "false" },
    { "browser.startup.homepage_override.mstone", "\"ignore\"" },
    { "browser.startup.page", "0" },
    { "browser.startup.homepage", "\"about:blank\"" },
    { "startup.homepage_welcome_url", "\"about:blank\"" },
    { "startup.homepage_welcome_url.additional", "\"\"" },
    { "browser.aboutwelcome.enabled", "false" },
    { "termsofuse.bypassNotification", "true" },
    { "datareporting.policy.dataSubmissionPolicyBypassNotification", "true" },
    { "browser.sessionstore.resume_from_crash", "false" },
    { "toolkit.startup.max_resumed_crashes", "-1" },
    { "browser.tabs.warnOnClose", "false" },
    // No updates of the browser, add-ons, plugins or search engines.
    { "app.update.disabledForTesting", "true" },
    { "app.update.auto", "false" },
    { "extensions.update.enabled", "false" },
    { "extensions.systemAddon.update.enabled", "false" },
    { "extensions.getAddons.cache.enabled", "false" },
    { "extensions.getAddons.discovery.api_url", "\"data:,\"" },
    { "extensions.blocklist.enabled", "false" },
    { "media.gmp-manager.updateEnabled", "false" },
    { "browser.search.update", "false" },
    // No telemetry, studies or experiments.
    { "datareporting.healthreport.uploadEnabled", "false" },
    { "datareporting.policy.dataSubmissionEnabled", "false" },
    { "datareporting.usage.uploadEnabled", "false" },
    { "toolkit.telemetry.enabled", "false" },
    { "toolkit.telemetry.unified", "false" },
    { "toolkit.telemetry.archive.enabled", "false" },
    { "toolkit.telemetry.server", "\"data:,\"" },
    { "telemetry.fog.test.localhost_port", "-1" },
    { "app.normandy.enabled", "false" },
    { "app.normandy.api_url", "\"\"" },
    { "app.shield.optoutstudies.enabled", "false" },
    // Remote settings (honoured with MOZ_REMOTE_SETTINGS_DEVTOOLS=1 in the environment).
    { "services.settings.server", "\"data:,#remote-settings-dummy/v1\"" },
    { "security.remote_settings.crlite_filters.enabled", "false" },
    { "security.remote_settings.intermediates.enabled", "false" },
    // No background connections: captive portal and connectivity checks, push, DoH, prefetching,
    // speculative connections, safe browsing and tracking-protection lists, geolocation, region,
    // new-tab content, accounts, translations, machine learning, backups.
    { "network.captive-portal-service.enabled", "false" },
    { "network.connectivity-service.enabled", "false" },
    { "dom.push.connection.enabled", "false" },
    { "network.trr.mode", "5" },
    { "network.dns.disablePrefetch", "true" },
    { "network.prefetch-next", "false" },
    { "network.http.speculative-parallel-limit", "0" },
    { "browser.urlbar.speculativeConnect.enabled", "false" },
    { "browser.places.speculativeConnect.enabled", "false" },
    { "browser.urlbar.suggest.searches", "false" },
    { "browser.urlbar.merino.endpointURL", "\"\"" },
    { "browser.safebrowsing.malware.enabled", "false" },
    { "browser.safebrowsing.phishing.enabled", "false" },
    { "browser.safebrowsing.downloads.enabled", "false" },
    { "browser.safebrowsing.blockedURIs.enabled", "false" },
    { "privacy.trackingprotection.enabled", "false" },
    { "security.certerrors.mitm.priming.enabled", "false" },
    { "geo.provider.network.url", "\"\"" },
    { "browser.region.network.url", "\"\"" },
    { "browser.region.update.enabled", "false" },
    { "browser.newtabpage.enabled", "false" },
    { "browser.newtab.preload", "false" },
    { "browser.newtabpage.activity-stream.default.sites", "\"\"" },
    { "browser.newtabpage.activity-stream.feeds.system.topstories", "false" },
    { "browser.newtabpage.activity-stream.feeds.topsites", "false" },
    { "browser.newtabpage.activity-stream.showSponsoredTopSites", "false" },
    { "browser.newtabpage.activity-stream.testing.shouldInitializeFeeds", "false" },
    { "browser.topsites.contile.enabled", "false" },
    { "browser.discovery.enabled", "false" },
    { "browser.pagethumbnails.capturing_disabled", "true" },
    { "identity.fxaccounts.enabled", "false" },
    { "browser.translations.enable", "false" },
    { "browser.ml.enable", "false" },
    { "browser.backup.enabled", "false" },
    // The page's console.log() lines on stdout, for diagnostics().
    { "devtools.console.stdout.content", "true" },
};

QString tempBase()
{
    // Removing a profile of a few hundred files costs milliseconds on tmpfs, far more on a disk.
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    return shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
}

QString certutilPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("certutil"));
}

void append(QByteArray *buffer, const QByteArray &data)
{
    buffer->append(data);
    if (buffer->size() > OutputLimit)
        buffer->remove(0, buffer->size() - OutputLimit);
}

// "host" for a host name or an IPv4 address, "[host]" for an IPv6 address.
QString hostForUrl(const QString &host)
{
    return host.contains(u':') ? u'[' + host + u']' : host;
}

} // namespace

BrowserProcess::BrowserProcess(Browser browser)
    : m_browser(browser)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
        [this] { append(&m_output, m_process.readAllStandardOutput()); });
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
        [this] { append(&m_errorOutput, m_process.readAllStandardError()); });
}

BrowserProcess::~BrowserProcess()
{
    stop();
    m_dir.reset(); // removes the profile, after every process that used it is gone
}

QString BrowserProcess::name(Browser browser)
{
    return browser == Browser::Chromium ? QStringLiteral("chromium") : QStringLiteral("firefox");
}

QString BrowserProcess::executable(Browser browser)
{
    if (browser == Browser::Firefox)
        return QStringLiteral("/usr/bin/firefox-esr");
    const QString binary = QStringLiteral("/usr/lib/chromium/chromium");
    return QFileInfo(binary).isExecutable() ? binary : QStringLiteral("/usr/bin/chromium");
}

bool BrowserProcess::available(Browser browser, QString *why)
{
    const QString package = browser == Browser::Chromium ? QStringLiteral("chromium") : QStringLiteral("firefox-esr");
    QString reason;
    if (!QFileInfo(executable(browser)).isExecutable())
        reason = QStringLiteral("%1 is not installed (%2; Debian package %3, see packaging/install-deps.sh)")
                     .arg(name(browser), executable(browser), package);
    else if (certutilPath().isEmpty())
        reason
            = QStringLiteral("certutil is not installed (Debian package libnss3-tools, see packaging/install-deps.sh)");
    if (why)
        *why = reason;
    return reason.isEmpty();
}

void BrowserProcess::setProxy(const QString &host, quint16 port)
{
    m_proxyHost = host;
    m_proxyPort = port;
}

QString BrowserProcess::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

QString BrowserProcess::nssDatabase() const
{
    if (!m_dir)
        return {};
    // Chromium reads the user's database in $HOME, Firefox the one in its profile.
    return m_browser == Browser::Chromium ? m_dir->filePath(QStringLiteral("home/.pki/nssdb"))
                                          : m_dir->filePath(QStringLiteral("profile"));
}

bool BrowserProcess::runCertutil(const QStringList &arguments)
{
    QProcess certutil;
    certutil.setProcessChannelMode(QProcess::MergedChannels);
    certutil.start(certutilPath(), arguments);
    const bool finished = certutil.waitForFinished(CertutilTimeoutMs);
    if (finished && certutil.exitStatus() == QProcess::NormalExit && certutil.exitCode() == 0)
        return true;
    if (!finished)
        certutil.kill();
    m_error = QStringLiteral("certutil %1 failed (%2): %3")
                  .arg(arguments.join(u' '), finished ? QString::number(certutil.exitCode()) : certutil.errorString(),
                      QString::fromLocal8Bit(certutil.readAll()));
    return false;
}

bool BrowserProcess::prepareProfile()
{
    m_dir = std::make_unique<QTemporaryDir>(tempBase() + QStringLiteral("/framewise-browser-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    const QDir dir(m_dir->path());
    const QString database = nssDatabase();
    if (!dir.mkpath(QStringLiteral("profile")) || !dir.mkpath(QStringLiteral("home")) || !dir.mkpath(database)) {
        m_error = QStringLiteral("cannot create the profile in %1").arg(m_dir->path());
        return false;
    }
    const QString databaseArgument = QStringLiteral("sql:") + database;
    if (!runCertutil(
            { QStringLiteral("-N"), QStringLiteral("-d"), databaseArgument, QStringLiteral("--empty-password") }))
        return false;
    for (qsizetype i = 0; i < m_trusted.size(); ++i) {
        if (!QFileInfo(m_trusted.at(i)).isReadable()) {
            m_error = QStringLiteral("no CA certificate at %1").arg(m_trusted.at(i));
            return false;
        }
        // C: a trusted CA for TLS servers; nothing for e-mail or code signing.
        if (!runCertutil({ QStringLiteral("-A"), QStringLiteral("-d"), databaseArgument, QStringLiteral("-n"),
                QStringLiteral("Framewise test CA %1").arg(i + 1), QStringLiteral("-t"), QStringLiteral("C,,"),
                QStringLiteral("-i"), m_trusted.at(i) }))
            return false;
    }
    return m_browser == Browser::Chromium || writeFirefoxPreferences();
}

bool BrowserProcess::writeFirefoxPreferences()
{
    QByteArray text;
    const auto add = [&text](const QByteArray &name, const QByteArray &value) {
        text += "user_pref(\"" + name + "\", " + value + ");\n";
    };
    for (const auto &preference : FirefoxPreferences)
        add(preference[0], preference[1]);
    if (m_proxyHost.isEmpty()) {
        add("network.proxy.type", "0"); // not the system's settings (5), which read $http_proxy
    } else {
        const QByteArray host = '"' + m_proxyHost.toUtf8() + '"';
        const QByteArray port = QByteArray::number(m_proxyPort);
        add("network.proxy.type", "1");
        add("network.proxy.http", host);
        add("network.proxy.http_port", port);
        add("network.proxy.ssl", host); // https and wss
        add("network.proxy.ssl_port", port);
        add("network.proxy.share_proxy_settings", "false");
        // Firefox never proxies localhost and 127.0.0.1 unless told so, whatever no_proxies_on says.
        add("network.proxy.allow_hijacking_localhost", "true");
        add("network.proxy.no_proxies_on", "\"\"");
        // A proxy that fails must fail the page, not be skipped.
        add("network.proxy.failover_direct", "false");
    }
    QFile file(m_dir->filePath(QStringLiteral("profile/user.js")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size()) {
        m_error = QStringLiteral("cannot write %1").arg(file.fileName());
        return false;
    }
    return true;
}

QStringList BrowserProcess::chromiumArguments(const QUrl &url) const
{
    QStringList arguments;
    for (const char *option : ChromiumSwitches)
        arguments.append(QString::fromLatin1(option));
    arguments.append(QStringLiteral("--user-data-dir=") + m_dir->filePath(QStringLiteral("profile")));
    // Debian's wrapper adds this below 3.8 GB of free /dev/shm (its check breaks where /dev/shm is
    // mounted twice, one reason to start the binary behind it).
    const QStorageInfo shm(QStringLiteral("/dev/shm"));
    if (!shm.isValid() || shm.bytesAvailable() < qint64(3800) * 1000 * 1000)
        arguments.append(QStringLiteral("--disable-dev-shm-usage"));
    // No DNS query leaves the machine: every name but the loopback ones fails. The rules apply to IP
    // literals too (a proxy at 127.0.0.1 would otherwise be unreachable).
    QString rules = QStringLiteral("MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1 , EXCLUDE [::1]");
    if (m_proxyHost.isEmpty()) {
        arguments.append(QStringLiteral("--no-proxy-server"));
    } else {
        rules += QStringLiteral(" , EXCLUDE ") + hostForUrl(m_proxyHost);
        arguments.append(QStringLiteral("--proxy-server=http://%1:%2").arg(hostForUrl(m_proxyHost)).arg(m_proxyPort));
        // <-loopback> lifts the implicit bypass of localhost, 127.0.0.1 and [::1].
        arguments.append(
            QStringLiteral("--proxy-bypass-list=<-loopback>;") + QString::fromLatin1(ChromiumBackgroundHosts));
    }
    arguments.append(QStringLiteral("--host-resolver-rules=") + rules);
    arguments.append(url.toString(QUrl::FullyEncoded));
    return arguments;
}

QStringList BrowserProcess::firefoxArguments(const QUrl &url) const
{
    return { QStringLiteral("--headless"), QStringLiteral("--no-remote"), QStringLiteral("--profile"),
        m_dir->filePath(QStringLiteral("profile")), url.toString(QUrl::FullyEncoded) };
}

bool BrowserProcess::start(const QUrl &url)
{
    stop();
    m_error.clear();
    m_output.clear();
    m_errorOutput.clear();
    m_group = 0;
    m_stopped = false;
    if (QString why; !available(m_browser, &why)) {
        m_error = why;
        return false;
    }
    if (!prepareProfile())
        return false;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_dir->filePath(QStringLiteral("home"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    // Headless: no display; and no proxy but the one set here.
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "http_proxy", "https_proxy", "all_proxy", "no_proxy",
             "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY" })
        env.remove(QString::fromLatin1(name));
    if (m_browser == Browser::Firefox) {
        env.insert(QStringLiteral("MOZ_CRASHREPORTER_DISABLE"), QStringLiteral("1"));
        env.insert(QStringLiteral("MOZ_DISABLE_AUTO_SAFE_MODE"), QStringLiteral("1"));
        // Lets services.settings.server point the remote-settings client at nothing.
        env.insert(QStringLiteral("MOZ_REMOTE_SETTINGS_DEVTOOLS"), QStringLiteral("1"));
    }
    m_process.setProcessEnvironment(env);
    m_process.setWorkingDirectory(m_dir->path());
    m_process.setChildProcessModifier([] {
        ::setpgid(0, 0); // a group of its own: stop() kills every process the browser starts
        ::prctl(PR_SET_PDEATHSIG, SIGKILL); // and it never outlives the test process
    });
    m_process.start(
        executable(m_browser), m_browser == Browser::Chromium ? chromiumArguments(url) : firefoxArguments(url));
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(executable(m_browser), m_process.errorString());
        return false;
    }
    m_group = m_process.processId();
    return true;
}

bool BrowserProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QList<qint64> BrowserProcess::processesInGroup(qint64 group)
{
    QList<qint64> result;
    if (group <= 0)
        return result;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/") + entry + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue; // gone meanwhile
        // pid (comm) state ppid pgrp ...: comm may hold spaces and parentheses, so read after the last ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2 && fields.at(0) != "Z" && fields.at(2).toLongLong() == group)
            result.append(pid);
    }
    return result;
}

void BrowserProcess::stop()
{
    if (m_group > 0 && !m_stopped) {
        m_stopped = true;
        // The whole group, also when the main process is gone already and left children behind.
        ::kill(-pid_t(m_group), SIGKILL);
        if (m_process.state() != QProcess::NotRunning)
            m_process.waitForFinished(5000);
        // SIGKILL is delivered at once but the processes take a moment to end; wait, boundedly, so
        // that no process still holds the profile when it is removed.
        const QDeadlineTimer deadline(3000);
        while (!processesInGroup(m_group).isEmpty() && !deadline.hasExpired())
            QThread::msleep(10);
    }
    collect();
}

void BrowserProcess::collect()
{
    if (m_process.openMode() == QIODevice::NotOpen)
        return; // never started
    append(&m_output, m_process.readAllStandardOutput());
    append(&m_errorOutput, m_process.readAllStandardError());
}

QByteArray BrowserProcess::standardOutput()
{
    collect();
    return m_output;
}

QByteArray BrowserProcess::standardError()
{
    collect();
    return m_errorOutput;
}

QString BrowserProcess::diagnostics(int lines)
{
    collect();
    const auto tail = [lines](const QByteArray &text) {
        QStringList kept;
        const QStringList all = QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : all) {
            // Without a session bus Chromium logs a dozen D-Bus errors at every start.
            if (!line.contains(QLatin1String(":dbus/")) && !line.contains(QLatin1String("D-Bus")))
                kept.append(line);
        }
        return kept.mid(std::max<qsizetype>(0, kept.size() - lines)).join(u'\n');
    };
    QString state;
    if (m_group == 0)
        state = QStringLiteral("not started");
    else if (isRunning())
        state = QStringLiteral("running (pid %1)").arg(m_group);
    else
        state = QStringLiteral("ended (%1, exit code %2)")
                    .arg(m_process.exitStatus() == QProcess::CrashExit ? QStringLiteral("killed or crashed")
                                                                       : QStringLiteral("exited"))
                    .arg(m_process.exitCode());
    return QStringLiteral("%1 %2, profile %3\n--- stderr (last lines) ---\n%4\n--- stdout (last lines) ---\n%5")
        .arg(name(m_browser), state, directory(), tail(m_errorOutput), tail(m_output));
}

} // namespace Framewise
