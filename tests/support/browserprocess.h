// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Framewise {

enum class Browser { Chromium, Firefox };

// A real browser for a test: Debian's Chromium or Firefox ESR, headless, in a fresh temporary
// profile (and HOME) that trusts exactly the CA certificates it is given, through the NSS database
// the browser reads (certutil -t "C,,": trusted to issue TLS server certificates), never through a
// switch that ignores certificate errors. Optionally every request goes to an HTTP proxy, loopback
// included (https and wss through CONNECT). It opens one URL and reports nothing itself: the page
// it loads reports to its server (see BrowserOrigin).
//
// The browser runs in its own process group; stop() and the destructor SIGKILL the whole group
// (renderers, content processes, zygotes), and the destructor removes the profile. The browser
// also dies with the test process (PR_SET_PDEATHSIG). The profile is quiet: no first-run pages,
// no updates, no telemetry, no sign-in, no safe browsing, no DNS query beyond localhost
// (Chromium's resolver rules; Firefox's prefs), so traffic leaves 127.0.0.1 only if the page asks
// for it. With a proxy, the proxy sees the page's requests only: Chromium sends the Google hosts
// of its own background requests around it (to fail at its resolver).
class BrowserProcess {
public:
    explicit BrowserProcess(Browser browser);
    ~BrowserProcess();
    BrowserProcess(const BrowserProcess &) = delete;
    BrowserProcess &operator=(const BrowserProcess &) = delete;

    // True when the browser and certutil (libnss3-tools) are installed; otherwise why not.
    static bool available(Browser browser, QString *why = nullptr);
    static QString name(Browser browser); // "chromium", "firefox"
    // What the test starts; Chromium's is the binary behind Debian's /usr/bin/chromium wrapper
    // (the wrapper adds extensions, API keys and switches of its own).
    static QString executable(Browser browser);

    Browser browser() const { return m_browser; }
    // Before start(): PEM files of the CAs the profile trusts for TLS servers (none: it trusts no
    // private CA at all, but still has its own NSS database).
    void setTrustedCertificates(const QStringList &pemPaths) { m_trusted = pemPaths; }
    // Before start(): an HTTP proxy for every scheme (http, https, ws, wss), localhost and
    // 127.0.0.1 included. Without one the browser connects directly and ignores $http_proxy.
    void setProxy(const QString &host, quint16 port);

    // Makes the profile and its NSS database, then starts the browser on url. False (see
    // errorString()) when a step failed; the browser is then not running.
    bool start(const QUrl &url);
    bool isRunning() const;
    // SIGKILL to the whole process group, then waits for the browser's main process.
    void stop();

    QString errorString() const { return m_error; }
    // Everything the browser wrote so far (both kept up to 1 MiB, the latest part).
    QByteArray standardOutput();
    QByteArray standardError();
    // For QVERIFY2 messages: how the process ended (if it did) and the last lines of its stderr and
    // stdout, without the D-Bus complaints Chromium prints at every start.
    QString diagnostics(int lines = 30);

    // The process group (the browser's main process id), 0 before start(); kept after stop().
    qint64 processGroup() const { return m_group; }
    // The processes of a group that are alive (zombies left out), from /proc.
    static QList<qint64> processesInGroup(qint64 group);
    // The temporary directory holding profile/ and home/ (empty before start()).
    QString directory() const;
    // The NSS database the browser reads (a directory; certutil -d sql:<it>).
    QString nssDatabase() const;

private:
    bool prepareProfile();
    bool runCertutil(const QStringList &arguments);
    bool writeFirefoxPreferences();
    QStringList chromiumArguments(const QUrl &url) const;
    QStringList firefoxArguments(const QUrl &url) const;
    void collect();

    Browser m_browser;
    QStringList m_trusted;
    QString m_proxyHost;
    quint16 m_proxyPort = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    qint64 m_group = 0;
    bool m_stopped = false;
    QByteArray m_output;
    QByteArray m_errorOutput;
    QString m_error;
};

} // namespace Framewise
