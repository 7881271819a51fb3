// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

class QWebSocket;

namespace Framewise {

class WebSocketChannel;

// One measured run in its own process (bench_channel --client IMPL SCENARIO PORT COUNT SIZE):
// connects to a blaster with either WebSocketChannel or QWebSocket, receives or sends the
// scenario's messages, checks them, and reports one JSON object (time, counts, peak RSS).
class BenchClient : public QObject {
    Q_OBJECT
public:
    enum class Implementation { Framewise, Qt };

    BenchClient(Implementation implementation, const Scenario &scenario, quint16 port, QObject *parent = nullptr);
    ~BenchClient() override;

    void start();
    QJsonObject result() const;
    static std::optional<Implementation> implementationByName(const QString &name);
    static QString implementationName(Implementation implementation);
    static qint64 peakRssKiB(); // VmHWM of this process
    static qint64 cpuNs(); // user + system CPU time of this process

Q_SIGNALS:
    void finished();

private:
    void startFramewise();
    void startQt();
    void onOpen();
    template <typename Message> void received(const Message &message, const Message *expected);
    // Handlers both implementations share: a text message is measured in a text receive scenario
    // and is the server's "done" report in a send scenario; a binary one only arrives measured.
    template <typename Text> void onTextMessage(const Text &message, const Text *expected);
    void onBinaryMessage(const QByteArray &message);
    void onDoneMessage(const QByteArray &text);
    void schedulePump();
    void pump();
    qint64 backlog() const; // messages handed to the implementation but not yet written to the OS
    void fail(const QString &why);
    void complete();

    Implementation m_implementation;
    Scenario m_scenario;
    quint16 m_port;
    WebSocketChannel *m_channel = nullptr;
    QWebSocket *m_socket = nullptr;
    QElapsedTimer m_timer;
    QTimer m_watchdog;
    QTimer m_stallCheck;
    qint64 m_lastProgress = -1;
    int m_stalledMs = 0;
    qint64 m_elapsedNs = -1;
    qint64 m_cpuAtStartNs = 0;
    qint64 m_cpuUsedNs = -1; // from start() to the end of the run: the client's own work, without the wait
    bool m_done = false;
    QString m_error;

    // Expected messages (first, middle, last) in the form each API delivers or takes.
    QByteArray m_expectedBytes[3];
    QString m_expectedText[3];

    // Receiving.
    qint64 m_received = 0;
    qint64 m_receivedBytes = 0;
    qint64 m_wrongSize = 0;

    // Sending.
    qint64 m_sent = 0;
    qint64 m_acknowledged = 0; // Framewise: acknowledged() count
    qint64 m_wireFrameLength = 0; // QWebSocket: bytes of one masked frame, to turn bytesToWrite into messages
    bool m_sending = false; // open, send scenario: the socket's progress signals drive pump()
    bool m_pumpScheduled = false;
    QString m_sinkReport;
};

} // namespace Framewise
