// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtechoserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QWebSocket>

#include <memory>

namespace Framewise {

namespace {
constexpr qint64 MaxMessageSize = 256 * 1024 * 1024;

QByteArray pattern(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char(i % 251);
    return data;
}
} // namespace

QtEchoServer::QtEchoServer(const QStringList &subprotocols, QObject *parent)
    : QObject(parent)
    , m_server(QStringLiteral("framewise-qt-peer"), QWebSocketServer::NonSecureMode)
{
    m_server.setSupportedSubprotocols(subprotocols);
    connect(&m_server, &QWebSocketServer::newConnection, this, &QtEchoServer::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

QtEchoServer::~QtEchoServer()
{
    m_server.close();
}

void QtEchoServer::onNewConnection()
{
    while (QWebSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        socket->setMaxAllowedIncomingMessageSize(MaxMessageSize);
        socket->setMaxAllowedIncomingFrameSize(MaxMessageSize);
        connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &text) { onTextMessage(socket, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, socket,
            [socket](const QByteArray &data) { socket->sendBinaryMessage(data); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_output += QStringLiteral("CLOSED %1 %2\n").arg(int(socket->closeCode())).arg(socket->closeReason());
            socket->deleteLater();
        });
    }
}

void QtEchoServer::onTextMessage(QWebSocket *socket, const QString &text)
{
    if (!text.startsWith(u'!')) {
        socket->sendTextMessage(text);
        return;
    }
    const qsizetype space = text.indexOf(u' ');
    const QString command = space < 0 ? text : text.left(space);
    const QString rest = space < 0 ? QString() : text.mid(space + 1);
    if (command == QLatin1String("!headers")) {
        QJsonArray headers;
        const QNetworkRequest request = socket->request();
        const QList<QByteArray> names = request.rawHeaderList();
        for (const QByteArray &name : names)
            headers.append(QJsonArray { QString::fromLatin1(name), QString::fromUtf8(request.rawHeader(name)) });
        const QUrl url = socket->requestUrl();
        QString path = url.path(QUrl::FullyEncoded);
        if (url.hasQuery())
            path += u'?' + url.query(QUrl::FullyEncoded);
        const QJsonObject reply { { QStringLiteral("path"), path }, { QStringLiteral("headers"), headers } };
        socket->sendTextMessage(QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact)));
    } else if (command == QLatin1String("!close")) {
        const qsizetype cut = rest.indexOf(u' ');
        const int code = (cut < 0 ? rest : rest.left(cut)).toInt();
        socket->close(QWebSocketProtocol::CloseCode(code), cut < 0 ? QString() : rest.mid(cut + 1));
    } else if (command == QLatin1String("!ping")) {
        const QByteArray payload = rest.toUtf8();
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection
            = connect(socket, &QWebSocket::pong, socket, [socket, payload, connection](quint64, const QByteArray &got) {
                  if (got != payload)
                      return;
                  QObject::disconnect(*connection);
                  socket->sendTextMessage(QStringLiteral("pong-ok"));
              });
        socket->ping(payload);
    } else if (command == QLatin1String("!send-binary")) {
        socket->sendBinaryMessage(pattern(rest.toLongLong()));
    } else {
        socket->sendTextMessage(text);
    }
}

QUrl QtEchoServer::url(const QString &pathAndQuery) const
{
    const QString tail = pathAndQuery.isEmpty() ? QStringLiteral("/") : pathAndQuery;
    return QUrl(QStringLiteral("ws://127.0.0.1:") + QString::number(m_server.serverPort()) + tail);
}

bool QtEchoServer::waitForOutput(const QString &text, int ms)
{
    return QTest::qWaitFor([this, &text] { return m_output.contains(text); }, ms);
}

} // namespace Framewise
