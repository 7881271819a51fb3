// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "websocketchannel.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QProcess;

namespace Framewise {

// The measured client of bench_intercept and bench_proxy, a process of its own (their --reader
// mode): a WebSocketChannel, the fastest client here, so that the path between it and the server
// is what is measured. It opens the URL (wss:// trusting only the CA in caFile; directly or through
// an HTTP proxy's CONNECT) and receives COUNT messages of SIZE bytes, checking the count, every
// size, and the content of the first, a middle and the last message. With pauseMs it reads nothing
// for that long once open (the channel is suspended, so the bytes wait in the socket buffers and
// TCP flow control reaches back to whatever feeds them). It offers permessage-deflate only when
// told. At the end it prints one line, "RESULT " and a JSON object, which runProcess() reads back.
class BenchReader : public QObject {
public:
    struct Settings {
        QUrl url; // ws://HOST:PORT/ or wss://HOST:PORT/
        qint64 count = 0;
        qint64 size = 0;
        bool text = false;
        int pauseMs = 0;
        bool offerDeflate = false;
        QString caFile; // wss://: the only CA trusted (PEM)
        quint16 proxyPort = 0; // an HTTP proxy on 127.0.0.1; 0: none
        int exitDelayMs = 500; // from the result until the process exits (the Close goes out)
    };

    // What a run found. Times from asyncOpen() (TCP, a proxy's CONNECT, TLS, the WebSocket
    // handshake) on, in nanoseconds, -1 when they did not happen.
    struct Result {
        bool ok = false; // every message arrived, the right size, the sampled ones with the right content
        QString error;
        qint64 received = 0;
        qint64 bytes = 0; // payload
        qint64 elapsedNs = -1; // until the last message arrived
        qint64 startedNs = -1; // until the WebSocket was open
        qint64 afterResumeNs = -1; // from the end of the pause (no pause: from the opening) until the last message
        qint64 wireBytes = 0; // what the reader's socket got
        bool deflate = false; // the connection was compressed
        double cpuS = -1; // the reader's user + system time
        qint64 peakRssKiB = -1; // the reader's VmHWM
    };

    explicit BenchReader(Settings settings);

    // A reader for settings in this process, until it exits: its exit code.
    static int run(const Settings &settings);
    // Runs a reader as a child process, this program with "--reader" and arguments (the bench's own
    // reader command line), its errors forwarded, until it exits; after timeoutS seconds and graceMs
    // it is killed. What it printed; when it was killed, the error says so, and when it printed
    // nothing, the error says how it exited.
    static Result runProcess(QProcess &process, const QStringList &arguments, int timeoutS, int graceMs = 0);

    void start();

private:
    static constexpr int StallLimitS = 30;

    void received(const QByteArray &message);
    void finish(const QString &error);

    Settings m_settings;
    QByteArray m_expected[3]; // by Payload::Position
    WebSocketChannel m_channel;
    QElapsedTimer m_clock;
    QTimer m_stall;
    qint64 m_startedNs = -1;
    qint64 m_resumedNs = -1;
    qint64 m_received = 0;
    qint64 m_lastReceived = 0;
    int m_stalledS = 0;
    qint64 m_bytes = 0;
    QString m_error;
    bool m_done = false;
};

} // namespace Framewise
