// SPDX-License-Identifier: GPL-3.0-or-later
#include "handshakepane.h"

#include "handshaketext.h"
#include "session.h"
#include "sessioninfo.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Framewise {

HandshakePane::HandshakePane(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
{
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setAccessibleName(tr("Handshake"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    m_text->setPlainText(tr("Connect to see the opening handshake."));
}

void HandshakePane::showStored(const SessionInfo &info)
{
    const auto time = [](qint64 us) {
        return QDateTime::fromMSecsSinceEpoch(us / 1000).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    };
    QString out = tr("Recorded session of %1\n").arg(info.url);
    if (!info.source.isEmpty())
        out += tr("Imported from %1\n").arg(info.source);
    if (info.startedUs > 0)
        out += tr("Started: %1\n").arg(time(info.startedUs));
    if (info.endedUs > 0)
        out += tr("Ended: %1\n").arg(time(info.endedUs));
    out += tr("State: %1\n").arg(SessionInfo::displayStateName(info.state));
    out += u'\n';
    if (!info.handshakeRequest.isEmpty())
        out += tr("▶ Request\n") + info.handshakeRequest + QStringLiteral("\n\n");
    if (!info.handshakeResponse.isEmpty()) {
        out += tr("◀ Response\n") + info.handshakeResponse + u'\n';
        if (!info.responseBody.isEmpty()) // as the live pane shows it: after an empty line
            out += u'\n' + info.responseBody + u'\n';
        out += u'\n';
    }
    if (info.handshakeMs >= 0)
        out += tr("Handshake took %1 ms\n").arg(info.handshakeMs, 0, 'f', 1);
    out += tr("Subprotocol: %1\n").arg(info.subprotocol.isEmpty() ? tr("(none)") : info.subprotocol);
    out += tr("Extensions: %1\n").arg(info.extensions.isEmpty() ? tr("(none)") : info.extensions);
    if (info.closeCode != 0)
        out += tr("Close code: %1 %2\n").arg(info.closeCode).arg(info.closeReason);
    if (!info.stopStatus.isEmpty())
        out += tr("\nStopped: %1\n").arg(info.stopStatus);
    m_text->setPlainText(out);
}

QString HandshakePane::text() const
{
    return m_text->toPlainText();
}

void HandshakePane::showSession(Session *session)
{
    const ConnectionDetails details = session ? session->connectionDetails() : ConnectionDetails();
    if (!details.started) {
        m_text->setPlainText(tr("Connect to see the opening handshake."));
        return;
    }
    QString out;
    const ConnectionSettings &settings = session->settings();
    const auto headerLines = [&settings](const HttpHeaders &headers) {
        QString lines;
        for (const auto &[name, value] : headers.entries()) {
            // The one rule the recording and exports use (HandshakeText), not a copy of it.
            const bool secret = HandshakeText::isSecretHeader(name, settings.secretHeaders);
            lines += QString::fromLatin1(name) + QStringLiteral(": ")
                + (secret ? tr("•••• (hidden)") : QString::fromUtf8(value)) + u'\n';
        }
        return lines;
    };
    const QList<QUrl> &chain = details.redirectChain;
    if (chain.size() > 1) {
        out += tr("Redirects:\n");
        for (qsizetype i = 0; i < chain.size(); ++i)
            out += QStringLiteral("  %1. %2\n").arg(i + 1).arg(chain.at(i).toString());
        out += u'\n';
    }
    if (details.intercepted) {
        out += tr("▶ 1. Request from the app\n");
        out += QString::fromLatin1(details.appRequest.requestLine) + u'\n' + headerLines(details.appRequest.headers)
            + u'\n';
    }
    const HandshakeRequest &request = details.request;
    if (!request.requestLine.isEmpty()) {
        out += details.intercepted ? tr("▶ 2. Request sent upstream to %1\n").arg(details.url.toString())
                                   : tr("▶ Request to %1\n").arg(details.url.toString());
        out += QString::fromLatin1(request.requestLine) + u'\n' + headerLines(request.headers) + u'\n';
    }
    const HandshakeResponse &response = details.response;
    if (response.statusCode != 0) {
        out += details.intercepted ? tr("◀ 3. Response from the server\n") : tr("◀ Response\n");
        out += QString::fromLatin1(response.statusLine) + u'\n' + headerLines(response.headers);
        if (!response.body.isEmpty()) {
            out += u'\n' + QString::fromUtf8(response.body);
            if (response.bodyTruncated)
                out += tr("\n… (body truncated at 64 KiB)");
            out += u'\n';
        }
        out += u'\n';
    }
    if (details.intercepted && details.appResponse.statusCode != 0) {
        const HandshakeResponse &answer = details.appResponse;
        out += tr("◀ 4. Response sent to the app\n");
        out += QString::fromLatin1(answer.statusLine) + u'\n' + headerLines(answer.headers);
        if (!answer.body.isEmpty())
            out += u'\n' + QString::fromUtf8(answer.body) + u'\n';
        out += u'\n';
    }
    if (details.state == WebSocketChannel::State::Open || details.state == WebSocketChannel::State::Closing
        || (session->hasStopped() && session->lastStopStatus().reason == StopReason::Ok)) {
        out += tr("Subprotocol: %1\n").arg(details.protocol.isEmpty() ? tr("(none)") : details.protocol);
        out += tr("Extensions: %1\n").arg(details.extensions.isEmpty() ? tr("(none)") : details.extensions);
    }
    if (session->hasStopped()) {
        StopStatus status = session->lastStopStatus();
        if (status.reason == StopReason::HandshakeRejected)
            status.detail.clear(); // the body is right above, whole
        out += tr("\nStopped: %1\n").arg(status.message());
    }
    // A secret variable may sit in the URL or in any header: its value never shows.
    m_text->setPlainText(settings.redact(out));
}

} // namespace Framewise
