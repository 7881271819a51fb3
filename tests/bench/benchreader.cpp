// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchreader.h"

#include "childprocess.h"
#include "payload.h"
#include "processmemory.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkProxy>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>
#include <utility>

namespace Framewise {

namespace {

double cpuSecondsOfSelf()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

QJsonObject toJson(const BenchReader::Result &result)
{
    return { { QStringLiteral("ok"), result.ok }, { QStringLiteral("error"), result.error },
        { QStringLiteral("received"), result.received }, { QStringLiteral("bytes"), result.bytes },
        { QStringLiteral("elapsedNs"), result.elapsedNs }, { QStringLiteral("startedNs"), result.startedNs },
        { QStringLiteral("afterResumeNs"), result.afterResumeNs }, { QStringLiteral("wireBytes"), result.wireBytes },
        { QStringLiteral("deflate"), result.deflate }, { QStringLiteral("cpuS"), result.cpuS },
        { QStringLiteral("peakRssKiB"), result.peakRssKiB } };
}

BenchReader::Result fromJson(const QJsonObject &object)
{
    const auto integer
        = [&object](const QString &key, qint64 absent) { return qint64(object.value(key).toDouble(double(absent))); };
    BenchReader::Result result;
    result.ok = object.value(QStringLiteral("ok")).toBool();
    result.error = object.value(QStringLiteral("error")).toString();
    result.received = integer(QStringLiteral("received"), 0);
    result.bytes = integer(QStringLiteral("bytes"), 0);
    result.elapsedNs = integer(QStringLiteral("elapsedNs"), -1);
    result.startedNs = integer(QStringLiteral("startedNs"), -1);
    result.afterResumeNs = integer(QStringLiteral("afterResumeNs"), -1);
    result.wireBytes = integer(QStringLiteral("wireBytes"), 0);
    result.deflate = object.value(QStringLiteral("deflate")).toBool();
    result.cpuS = object.value(QStringLiteral("cpuS")).toDouble(-1);
    result.peakRssKiB = integer(QStringLiteral("peakRssKiB"), -1);
    return result;
}

} // namespace

BenchReader::BenchReader(Settings settings)
    : m_settings(std::move(settings))
    , m_expected { Payload::make(Payload::Position::First, m_settings.size, m_settings.text),
        Payload::make(Payload::Position::Middle, m_settings.size, m_settings.text),
        Payload::make(Payload::Position::Last, m_settings.size, m_settings.text) }
{
    connect(&m_channel, &WebSocketChannel::started, this, [this] {
        m_startedNs = m_clock.nsecsElapsed();
        if (m_settings.pauseMs <= 0) {
            m_resumedNs = m_startedNs;
            return;
        }
        m_channel.suspend();
        QTimer::singleShot(m_settings.pauseMs, this, [this] {
            m_resumedNs = m_clock.nsecsElapsed();
            m_channel.resume();
        });
    });
    const auto onMessage = [this](const QByteArray &message) { received(message); };
    connect(&m_channel, &WebSocketChannel::binaryMessageAvailable, this, onMessage, Qt::DirectConnection);
    connect(&m_channel, &WebSocketChannel::messageAvailable, this, onMessage, Qt::DirectConnection);
    connect(&m_channel, &WebSocketChannel::stopped, this, [this](const StopStatus &status) {
        finish(QStringLiteral("the connection ended after %1 of %2 messages: %3")
                   .arg(m_received)
                   .arg(m_settings.count)
                   .arg(status.message()));
    });
    m_stall.setInterval(1000);
    connect(&m_stall, &QTimer::timeout, this, [this] {
        if (m_startedNs >= 0 && m_resumedNs < 0)
            return; // the pause: nothing arrives on purpose
        if (m_received != m_lastReceived) {
            m_lastReceived = m_received;
            m_stalledS = 0;
        } else if (++m_stalledS >= StallLimitS) {
            finish(QStringLiteral("no message for %1 s (%2 of %3)")
                       .arg(StallLimitS)
                       .arg(m_received)
                       .arg(m_settings.count));
        }
    });
}

int BenchReader::run(const Settings &settings)
{
    BenchReader reader(settings);
    reader.start();
    return QCoreApplication::exec();
}

BenchReader::Result BenchReader::runProcess(QProcess &process, const QStringList &arguments, int timeoutS, int graceMs)
{
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(), QStringList { QStringLiteral("--reader") } + arguments);
    const bool finished = ChildProcess::finishWithin(process, timeoutS * 1000 + graceMs);
    Result result;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (line.startsWith("RESULT "))
            result = fromJson(QJsonDocument::fromJson(line.mid(7)).object());
    }
    if (!finished)
        result.error = QStringLiteral("the client did not finish within %1 s").arg(timeoutS);
    else if (!result.ok && result.error.isEmpty())
        result.error = QStringLiteral("the client exited with %1 and no result").arg(process.exitCode());
    return result;
}

void BenchReader::start()
{
    if (!m_settings.caFile.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_settings.caFile, QSsl::Pem));
        if (tls.caCertificates().isEmpty()) {
            finish(QStringLiteral("no certificate in %1").arg(m_settings.caFile));
            return;
        }
        m_channel.setSslConfiguration(tls);
    }
    // Qt's TLS backend (a plugin) and OpenSSL load now, not inside the measured time.
    if (m_settings.url.scheme() == QLatin1String("wss") && !QSslSocket::supportsSsl()) {
        finish(QStringLiteral("no TLS backend"));
        return;
    }
    DeflateOptions deflate = m_channel.deflateOptions();
    deflate.enabled = m_settings.offerDeflate;
    m_channel.setDeflateOptions(deflate);
    m_channel.setMaxMessageSize(std::max<qint64>(m_settings.size, m_channel.maxMessageSize()));
    m_channel.setProxy(m_settings.proxyPort == 0
            ? QNetworkProxy(QNetworkProxy::NoProxy)
            : QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_settings.proxyPort));
    m_clock.start();
    m_stall.start();
    const ChannelError error = m_channel.asyncOpen(m_settings.url);
    if (error != ChannelError::None)
        finish(describeChannelError(error));
}

void BenchReader::received(const QByteArray &message)
{
    const qint64 index = m_received++;
    m_bytes += message.size();
    if (message.size() != m_settings.size && m_error.isEmpty())
        m_error = QStringLiteral("message %1 has %2 bytes").arg(index).arg(message.size());
    if (index == 0 || index == m_settings.count - 1 || index == Payload::sampledMiddleIndex(m_settings.count)) {
        const Payload::Position position = Payload::positionOf(index, m_settings.count);
        if (message != m_expected[int(position)] && m_error.isEmpty())
            m_error = QStringLiteral("message %1 has the wrong content").arg(index);
    }
    if (m_received == m_settings.count)
        finish({});
}

void BenchReader::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    Result result;
    result.elapsedNs = m_clock.isValid() ? m_clock.nsecsElapsed() : -1;
    if (m_error.isEmpty())
        m_error = error;
    result.ok = m_error.isEmpty() && m_received == m_settings.count;
    result.error = m_error;
    result.received = m_received;
    result.bytes = m_bytes;
    result.startedNs = m_startedNs;
    result.afterResumeNs = m_resumedNs < 0 ? -1 : result.elapsedNs - m_resumedNs;
    result.wireBytes = m_channel.bytesReceived();
    result.deflate = m_channel.isCompressionActive();
    result.cpuS = cpuSecondsOfSelf();
    result.peakRssKiB = ProcessMemory::statusKiB("VmHWM");
    QTextStream(stdout) << "RESULT " << QString::fromUtf8(QJsonDocument(toJson(result)).toJson(QJsonDocument::Compact))
                        << Qt::endl;
    m_channel.close(1000, {});
    QTimer::singleShot(m_settings.exitDelayMs, qApp, [] { QCoreApplication::exit(0); });
}

} // namespace Framewise
