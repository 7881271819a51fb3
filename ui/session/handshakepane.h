// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPlainTextEdit;

namespace Framewise {

class Session;
struct SessionInfo;

// The opening handshake as it happened: redirect chain, request line and headers sent, status
// and headers received, the body of a rejected upgrade, negotiated subprotocol and extensions.
class HandshakePane : public QWidget {
    Q_OBJECT
public:
    explicit HandshakePane(QWidget *parent = nullptr);
    void showSession(Session *session);
    // A recorded or imported session: its texts as stored (already redacted).
    void showStored(const SessionInfo &info);
    QString text() const;

private:
    QPlainTextEdit *m_text;
};

} // namespace Framewise
