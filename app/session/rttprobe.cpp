// SPDX-License-Identifier: GPL-3.0-or-later
#include "rttprobe.h"

#include "websocketchannel.h"

#include <algorithm>

namespace Framewise {

RttProbe::RttProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RttProbe::onTimeout);
}

void RttProbe::start(WebSocketChannel *channel, int intervalS)
{
    stop();
    if (!channel || intervalS <= 0)
        return;
    m_channel = channel;
    m_sequence = 0;
    m_intervalS = std::clamp(intervalS, MinIntervalS, MaxIntervalS);
    m_timer.setInterval(m_intervalS * 1000);
    connect(channel, &WebSocketChannel::started, this, [this] { m_timer.start(); });
    connect(channel, &WebSocketChannel::stateChanged, this, [this](WebSocketChannel::State state) {
        if (state != WebSocketChannel::State::Open)
            m_timer.stop();
    });
    if (channel->state() == WebSocketChannel::State::Open)
        m_timer.start();
}

void RttProbe::stop()
{
    m_timer.stop();
    if (m_channel)
        disconnect(m_channel, nullptr, this, nullptr);
    m_channel = nullptr;
    m_intervalS = 0;
}

void RttProbe::onTimeout()
{
    if (!m_channel || m_channel->state() != WebSocketChannel::State::Open) {
        m_timer.stop();
        return;
    }
    if (m_channel->isSuspended())
        return; // try again at the next interval
    const QByteArray payload = PayloadPrefix.toByteArray() + QByteArray::number(m_sequence + 1);
    if (m_channel->ping(payload) == ChannelError::None) {
        ++m_sequence;
        Q_EMIT pingSent(payload);
    }
}

} // namespace Framewise
