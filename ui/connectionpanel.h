// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionsettings.h"
#include "websocketchannel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QToolButton;

namespace Framewise {

// Where a connection is described and started: URL (validated as you type: a bad URL shows
// why inline and disables Connect), profile picker, Origin, subprotocols, request headers
// (add / remove / disable rows), keepalive interval and timeout, message size limit,
// compression, and Connect/Disconnect with the state in words.
class ConnectionPanel : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionPanel(QWidget *parent = nullptr);

    ConnectionSettings settings() const;
    void setSettings(const ConnectionSettings &settings);
    void setState(WebSocketChannel::State state, const QString &detail = {});
    QString urlError() const;

    QLineEdit *urlEdit() const { return m_url; }
    QPushButton *connectButton() const { return m_connect; }
    QTableWidget *headersTable() const { return m_headers; }
    QLabel *stateLabel() const { return m_state; }
    void addHeaderRow(const QString &name = {}, const QString &value = {}, bool enabled = true);

Q_SIGNALS:
    void connectRequested(const Framewise::ConnectionSettings &settings);
    void disconnectRequested();

private:
    void validate();
    void toggleConnection();

    QComboBox *m_profiles;
    QLineEdit *m_url;
    QLabel *m_urlError;
    QPushButton *m_connect;
    QLabel *m_state;
    QToolButton *m_optionsToggle;
    QWidget *m_options;
    QLineEdit *m_origin;
    QLineEdit *m_protocols;
    QTableWidget *m_headers;
    QSpinBox *m_pingInterval;
    QSpinBox *m_pingTimeout;
    QSpinBox *m_maxMessage;
    QCheckBox *m_compression;
    WebSocketChannel::State m_channelState = WebSocketChannel::State::Idle;
};

} // namespace Framewise
