// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpheaders.h"
#include "stopstatus.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <memory>

class QFile;
class QTextStream;

namespace Framewise {

class LocalEchoServer;
class WebSocketChannel;

// framewise-cli's session: one connection driven by command-line options, printing every event
// as a line for people or as JSON Lines for scripts, and ending with an exit code per outcome.
class CliRunner : public QObject {
    Q_OBJECT
public:
    struct Options {
        QUrl url;
        bool localEcho = false;
        HttpHeaders headers;
        QString origin;
        QStringList protocols;
        int pingInterval = 0;
        int pingTimeout = 10;
        QStringList send;
        QString sendFile;
        bool echo = false;
        qint64 count = -1; // close after this many received messages; -1: no limit
        quint16 closeCode = 1000;
        QString closeReason;
        bool jsonl = false;
        bool quiet = false;
        int openTimeoutMs = 20000;
        int lingerMs = 500; // after the last --send is acknowledged, wait this long for replies
        bool compression = true;
    };

    // Exit codes: 0 clean close; 1 internal error; 2 usage error; 10 + StopReason for the others.
    static constexpr int ExitOk = 0;
    static constexpr int ExitUsage = 2;
    static int exitCodeFor(StopReason reason);
    static QString exitCodeTable(); // for --help and the README

    CliRunner(const Options &options, QTextStream *out, QTextStream *err, QObject *parent = nullptr);
    ~CliRunner() override;

    // Validates options (returns a message on error) and starts; finished(exitCode) follows.
    QString start();
    // Closes normally (Ctrl+C / SIGTERM).
    void interrupt();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onStarted();
    void onMessage(bool text, const QByteArray &payload);
    void onStopped(const StopStatus &status);
    void sendAll();
    void maybeFinishSending();
    void closeNow();
    void printEvent(const QString &event, const QString &direction, const QString &opcode, const QByteArray &payload,
        const QString &human, const QJsonObject &extra = {});

    Options m_options;
    QTextStream *m_out;
    QTextStream *m_err;
    std::unique_ptr<LocalEchoServer> m_server;
    WebSocketChannel *m_channel = nullptr;
    std::unique_ptr<QFile> m_file;
    qint64 m_received = 0;
    int m_pendingAcks = 0;
    bool m_sendingDone = false;
    QTimer m_linger;
};

} // namespace Framewise
