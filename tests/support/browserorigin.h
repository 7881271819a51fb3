// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peerprocess.h"

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <optional>

namespace Framewise {

// The web site a BrowserProcess opens: a real nginx on 127.0.0.1 with TLS (the certificate the
// test gives) that serves tests/browser/page.html at "/", proxies "/ws" (with the Upgrade headers)
// to a real echo peer it starts (tests/peers/python_peer.py or node_peer.js), and answers
// "/report" with 204. The page's script opens wss://<its host>/ws, has N text and N binary
// messages echoed, and requests /report?status=ok&sent=..&echoed=.. (or status=fail&reason=..);
// waitForReport() reads that from nginx's access log. https://localhost:PORT/ is its address.
//
// nginx dies with the test process (PR_SET_PDEATHSIG) and is stopped by the destructor.
class BrowserOrigin {
public:
    // One request as nginx logged it. remoteAddress tells who connected: a browser straight to
    // the origin is 127.0.0.1; a proxy may come from another loopback address (tinyproxy's Bind).
    struct Request {
        QString remoteAddress;
        qint64 connection = 0; // nginx's serial number of the TCP connection
        QString method;
        QString target; // path and query, as sent (percent-encoded)
        int status = 0;
    };

    BrowserOrigin();
    ~BrowserOrigin();
    BrowserOrigin(const BrowserOrigin &) = delete;
    BrowserOrigin &operator=(const BrowserOrigin &) = delete;

    // Starts the peer, then nginx with certificatePath (PEM, the chain to send) and keyPath. False
    // (see errorString()) when either did not come up.
    bool start(const QString &certificatePath, const QString &keyPath,
        PeerProcess::Kind peer = PeerProcess::Kind::Python, const QStringList &peerArguments = {});
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }

    quint16 port() const { return m_port; }
    // https://localhost:PORT/?n=messages (n text and n binary messages), &timeout=pageTimeoutMs
    // when it is not 0 (the page's own default is 20 s).
    QUrl url(int messages = 5, int pageTimeoutMs = 0) const;

    // The next report the page sent that this has not returned before, or nothing within timeoutMs
    // (runs the event loop meanwhile). Read values with QUrl::FullyDecoded: the page
    // percent-encodes them, e.g. queryItemValue("reason", QUrl::FullyDecoded).
    std::optional<QUrlQuery> waitForReport(int timeoutMs);
    // The same without waiting: the next report if it is in the log already.
    std::optional<QUrlQuery> takeReport();
    // Every request nginx logged since start() or clearLogs().
    QList<Request> requests() const;
    // nginx's error log at level info: failed TLS handshakes are there (a browser that does not
    // trust the certificate sends an alert: "... alert ... SSL alert number 46/48 ...").
    QString errorLog() const;
    // Empties both logs and forgets the reports seen: what follows belongs to the next case.
    void clearLogs();

    PeerProcess *peer() const { return m_peer.get(); }
    // For QVERIFY2 messages: nginx's output, both logs and the peer's output.
    QString diagnostics() const;

private:
    bool writeConfiguration(const QString &certificatePath, const QString &keyPath, quint16 peerPort);
    bool startNginx();
    void stopNginx();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PeerProcess> m_peer;
    std::unique_ptr<QProcess> m_nginx;
    quint16 m_port = 0;
    int m_reportsSeen = 0;
    QString m_error;
};

} // namespace Framewise
