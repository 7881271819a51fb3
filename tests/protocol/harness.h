// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rawserver.h"
#include "websocketchannel.h"

#include <QSignalSpy>
#include <QStringList>
#include <QTest>

namespace Framewise {

// A channel connected to a RawServer, with every signal recorded in order, for tests that
// check exactly what the client did.
struct Harness {
    RawServer server;
    WebSocketChannel channel;
    QStringList events;
    QList<QByteArray> texts;
    QList<QByteArray> binaries;
    QList<QPair<quint16, QString>> serverCloses;
    QList<QPair<QByteArray, qint64>> pongs;
    int stops = 0;

    Harness()
    {
        QObject::connect(&channel, &WebSocketChannel::started, [this] { events << QStringLiteral("started"); });
        QObject::connect(&channel, &WebSocketChannel::messageAvailable, [this](const QByteArray &m) {
            events << QStringLiteral("text");
            texts << m;
        });
        QObject::connect(&channel, &WebSocketChannel::binaryMessageAvailable, [this](const QByteArray &m) {
            events << QStringLiteral("binary");
            binaries << m;
        });
        QObject::connect(&channel, &WebSocketChannel::serverClosed, [this](quint16 code, const QString &reason) {
            events << QStringLiteral("serverClosed");
            serverCloses.append({ code, reason });
        });
        QObject::connect(&channel, &WebSocketChannel::pongReceived, [this](const QByteArray &p, qint64 rtt) {
            events << QStringLiteral("pong");
            pongs.append({ p, rtt });
        });
        QObject::connect(&channel, &WebSocketChannel::errorOccurred, [this] { events << QStringLiteral("error"); });
        QObject::connect(&channel, &WebSocketChannel::stopped, [this] {
            events << QStringLiteral("stopped");
            ++stops;
        });
    }

    bool open()
    {
        if (channel.asyncOpen(server.url()) != ChannelError::None)
            return false;
        return QTest::qWaitFor([this] { return events.contains(QStringLiteral("started")) || stops > 0; }, 10000)
            && events.contains(QStringLiteral("started"));
    }
    bool waitStopped(int ms = 10000)
    {
        return QTest::qWaitFor([this] { return stops > 0; }, ms);
    }
    bool waitClientFrames(qsizetype count, int ms = 10000)
    {
        return QTest::qWaitFor([this, count] { return server.clientFrames().size() >= count; }, ms);
    }
    StopStatus status() const { return channel.stopStatus(); }
    // The Close frame the client sent (waiting up to 5 s for it to arrive), or a default frame
    // with opcode 0 when none came.
    RawServer::ClientFrame clientClose() const
    {
        const auto find = [this]() -> const RawServer::ClientFrame * {
            for (const auto &frame : server.clientFrames()) {
                if (frame.opcode == 0x8)
                    return &frame;
            }
            return nullptr;
        };
        [[maybe_unused]] const bool arrived = QTest::qWaitFor([&find] { return find() != nullptr; }, 5000);
        const RawServer::ClientFrame *frame = find();
        return frame ? *frame : RawServer::ClientFrame();
    }
    bool stoppedLastAndOnce() const
    {
        return stops == 1 && !events.isEmpty() && events.last() == QStringLiteral("stopped");
    }
};

} // namespace Framewise
