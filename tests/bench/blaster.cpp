// SPDX-License-Identifier: GPL-3.0-or-later
#include "blaster.h"

#include "payload.h"
#include "websocketwire.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTextStream>

#include <algorithm>

namespace Framewise {

namespace {
constexpr qint64 HighWater = qint64(4) * 1024 * 1024; // bytes waiting in the socket before pump() pauses
constexpr qint64 ChunkTarget = qint64(1024) * 1024; // pre-encoded middle frames per write
constexpr qsizetype ReadChunkSize = qsizetype(256) * 1024;
constexpr qsizetype MaxRequestSize = qsizetype(64) * 1024;
} // namespace

Blaster::Blaster(const QString &mode, qint64 count, qint64 size, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_count(count)
    , m_size(size)
    , m_text(mode != QStringLiteral("binary"))
{
    connect(&m_server, &QTcpServer::newConnection, this, &Blaster::onNewConnection);
}

Blaster::~Blaster() = default;

QString Blaster::setTls(const QString &certificatePath, const QString &keyPath)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificatePath, QSsl::Pem);
    if (chain.isEmpty())
        return QStringLiteral("no certificate in %1").arg(certificatePath);
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2").arg(keyPath, keyFile.errorString());
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        return QStringLiteral("no EC or RSA key in %1").arg(keyPath);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificate asked for
    m_server.tls = configuration;
    return {};
}

void Blaster::Server::incomingConnection(qintptr descriptor)
{
    if (!tls) {
        QTcpServer::incomingConnection(descriptor);
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(*tls);
    socket->startServerEncryption(); // readyRead comes with the decrypted request, after the TLS handshake
    addPendingConnection(socket);
}

bool Blaster::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        QTextStream(stderr) << "blaster: cannot listen: " << m_server.errorString() << '\n';
        return false;
    }
    QTextStream out(stdout);
    out << m_server.serverPort() << '\n';
    out.flush();
    return true;
}

void Blaster::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_socket) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_socket = socket;
        m_server.close();
        connect(m_socket, &QTcpSocket::readyRead, this, &Blaster::onReadyRead);
        connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_handshakeDone && m_mode != QStringLiteral("sink"))
                pump();
        });
        if (m_server.tls) {
            // bytesWritten above comes when bytes were encrypted; this one when the network took them.
            m_tlsSocket = qobject_cast<QSslSocket *>(socket);
            connect(m_tlsSocket, &QSslSocket::encryptedBytesWritten, this, [this] {
                if (m_handshakeDone && m_mode != QStringLiteral("sink"))
                    pump();
            });
            connect(m_tlsSocket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
                if (error != QAbstractSocket::RemoteHostClosedError)
                    QTextStream(stderr) << "blaster: TLS connection: " << m_tlsSocket->errorString() << '\n';
            });
        }
        connect(m_socket, &QTcpSocket::disconnected, this, [] { QCoreApplication::exit(0); });
    }
}

void Blaster::onReadyRead()
{
    if (!m_handshakeDone) {
        m_request += m_socket->readAll();
        const qsizetype end = m_request.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_request.size() > MaxRequestSize) {
                QTextStream(stderr) << "blaster: no end of the handshake request\n";
                QCoreApplication::exit(2);
            }
            return;
        }
        const QByteArray rest = m_request.mid(end + 4);
        onHandshakeRequest(m_request.left(end + 4));
        m_request.clear();
        if (m_mode == QStringLiteral("sink"))
            sinkBytes(rest.constData(), rest.size());
        else
            pump();
    }
    if (!m_readBuffer)
        m_readBuffer.reset(new char[ReadChunkSize]);
    for (;;) {
        const qint64 n = m_socket->read(m_readBuffer.get(), ReadChunkSize);
        if (n <= 0)
            break;
        if (m_mode == QStringLiteral("sink")) {
            sinkBytes(m_readBuffer.get(), qsizetype(n));
        } else if (!m_closeAnswered && (quint8(m_readBuffer[0]) & 0x0F) == 0x8) {
            // In the sending modes a client sends at most a Close: it is answered (1000) so that a
            // client that closes cleanly, as framewise-cli --count does, is measured to its exit.
            m_closeAnswered = true;
            m_socket->write(QByteArray::fromHex("880203e8"));
            m_socket->disconnectFromHost();
        }
    }
}

void Blaster::onHandshakeRequest(const QByteArray &request)
{
    const QByteArray key = WebSocketWire::headerValue(request, "Sec-WebSocket-Key");
    if (key.isEmpty()) {
        QTextStream(stderr) << "blaster: handshake request without Sec-WebSocket-Key\n";
        QCoreApplication::exit(2);
        return;
    }
    m_socket->write(WebSocketWire::switchingProtocols(key));
    m_handshakeDone = true;

    if (m_mode == QStringLiteral("sink"))
        return;
    // Pre-encode everything once: sending is then only handing the same buffer to the socket.
    const quint8 opcode = m_text ? 0x1 : 0x2;
    m_firstFrame = WebSocketWire::serverFrame(opcode, Payload::make(Payload::Position::First, m_size, m_text));
    m_lastFrame = WebSocketWire::serverFrame(opcode, Payload::make(Payload::Position::Last, m_size, m_text));
    const QByteArray middle
        = WebSocketWire::serverFrame(opcode, Payload::make(Payload::Position::Middle, m_size, m_text));
    m_frameLength = middle.size();
    m_middleLeft = std::max<qint64>(0, m_count - 2);
    m_framesPerChunk = std::clamp<qint64>(ChunkTarget / m_frameLength, 1, std::max<qint64>(1, m_middleLeft));
    m_chunk.reserve(qsizetype(m_framesPerChunk * m_frameLength));
    for (qint64 i = 0; i < m_framesPerChunk; ++i)
        m_chunk.append(middle);
    m_lastSent = m_count < 2;
    m_firstSent = m_count < 1;
}

void Blaster::pump()
{
    while (!m_closeAnswered && waitingBytes() < HighWater) {
        if (!m_firstSent) {
            m_socket->write(m_firstFrame);
            m_firstSent = true;
        } else if (m_middleLeft >= m_framesPerChunk) {
            m_socket->write(m_chunk); // shared with the socket's buffer, not copied
            m_middleLeft -= m_framesPerChunk;
        } else if (m_middleLeft > 0) {
            m_socket->write(m_chunk.constData(), m_middleLeft * m_frameLength);
            m_middleLeft = 0;
        } else if (!m_lastSent) {
            m_socket->write(m_lastFrame);
            m_lastSent = true;
        } else {
            break;
        }
    }
}

qint64 Blaster::waitingBytes() const
{
    return m_socket->bytesToWrite() + (m_tlsSocket ? m_tlsSocket->encryptedBytesToWrite() : 0);
}

void Blaster::sinkBytes(const char *data, qsizetype size)
{
    while (size > 0) {
        if (m_payloadLeft > 0) {
            const qint64 take = std::min<qint64>(size, m_payloadLeft);
            if (m_collect) {
                const qsizetype at = m_collected.size();
                m_collected.resize(qsizetype(at + take));
                char *out = m_collected.data() + at;
                for (qint64 i = 0; i < take; ++i)
                    out[i] = char(quint8(data[i]) ^ m_mask[(m_payloadPos + i) & 3]);
            }
            m_payloadPos += take;
            m_payloadLeft -= take;
            data += take;
            size -= qsizetype(take);
            if (m_payloadLeft == 0)
                sinkFrameDone();
            continue;
        }
        m_header[m_headerLength++] = *data++;
        --size;
        if (m_headerLength < 2)
            continue;
        const quint8 b0 = quint8(m_header[0]);
        const quint8 b1 = quint8(m_header[1]);
        const int length7 = b1 & 0x7F;
        const int extended = length7 == 126 ? 2 : (length7 == 127 ? 8 : 0);
        const bool masked = b1 & 0x80;
        const int needed = 2 + extended + (masked ? 4 : 0);
        if (m_headerLength < needed)
            continue;
        qint64 length = length7;
        if (extended) {
            length = 0;
            for (int i = 0; i < extended; ++i)
                length = (length << 8) | quint8(m_header[2 + i]);
        }
        if (!masked) {
            sinkFail(QStringLiteral("unmasked client frame"));
            std::fill(std::begin(m_mask), std::end(m_mask), quint8(0));
        } else {
            for (int i = 0; i < 4; ++i)
                m_mask[i] = quint8(m_header[2 + extended + i]);
        }
        m_headerLength = 0;
        m_fin = b0 & 0x80;
        m_opcode = b0 & 0x0F;
        m_payloadLeft = length;
        m_payloadPos = 0;
        sinkFrameStart();
        if (length == 0)
            sinkFrameDone();
    }
}

void Blaster::sinkFrameStart()
{
    if (m_opcode >= 0x8) { // control frame: not part of the count
        m_collect = false;
        return;
    }
    const qint64 index = m_messages;
    m_collect = index == 0 || index == m_count - 1 || index == Payload::sampledMiddleIndex(m_count);
    if (m_opcode != 0x0) {
        m_messageLength = 0;
        m_collected.clear();
    }
    m_messageLength += m_payloadLeft;
}

void Blaster::sinkFrameDone()
{
    if (m_opcode >= 0x8 || !m_fin)
        return;
    const qint64 index = m_messages++;
    m_payloadBytes += m_messageLength;
    if (m_messageLength != m_size)
        sinkFail(QStringLiteral("message %1 has %2 bytes").arg(index).arg(m_messageLength));
    if (m_collect) {
        const QByteArray expected = Payload::make(Payload::positionOf(index, m_count), m_size, m_text);
        if (m_collected != expected)
            sinkFail(QStringLiteral("message %1 has the wrong content").arg(index));
        m_collected.clear();
        m_collect = false;
    }
    if (m_messages == m_count && !m_doneSent) {
        m_doneSent = true;
        const QString verdict = m_sinkError.isEmpty() ? QStringLiteral("ok") : QStringLiteral("bad: ") + m_sinkError;
        const QString text = QStringLiteral("done %1 %2 %3").arg(m_messages).arg(m_payloadBytes).arg(verdict);
        m_socket->write(WebSocketWire::serverFrame(0x1, text.toUtf8()));
    }
}

void Blaster::sinkFail(const QString &why)
{
    if (m_sinkError.isEmpty())
        m_sinkError = why;
}

} // namespace Framewise
