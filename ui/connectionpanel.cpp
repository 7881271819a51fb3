// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Framewise {

ConnectionPanel::ConnectionPanel(QWidget *parent)
    : QWidget(parent)
    , m_profiles(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_urlError(new QLabel(this))
    , m_connect(new QPushButton(tr("Connect"), this))
    , m_state(new QLabel(this))
    , m_optionsToggle(new QToolButton(this))
    , m_options(new QWidget(this))
    , m_origin(new QLineEdit(m_options))
    , m_protocols(new QLineEdit(m_options))
    , m_headers(new QTableWidget(0, 3, m_options))
    , m_pingInterval(new QSpinBox(m_options))
    , m_pingTimeout(new QSpinBox(m_options))
    , m_maxMessage(new QSpinBox(m_options))
    , m_compression(new QCheckBox(tr("Offer permessage-deflate compression"), m_options))
{
    // Profiles arrive with saved connections; the picker keeps its place in the layout.
    m_profiles->addItem(tr("Unsaved connection"));
    m_profiles->setEnabled(false);
    m_profiles->setAccessibleName(tr("Connection profile"));
    m_profiles->setToolTip(tr("Saved connection profiles"));
    m_url->setPlaceholderText(QStringLiteral("ws://127.0.0.1:8080/socket"));
    m_url->setAccessibleName(tr("WebSocket URL"));
    m_url->setClearButtonEnabled(true);
    m_urlError->setWordWrap(true);
    QPalette errorPalette = m_urlError->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_urlError->setPalette(errorPalette);
    m_connect->setAccessibleName(tr("Connect or disconnect"));
    m_connect->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_connect->setToolTip(tr("Connect / disconnect (Ctrl+K)"));
    m_state->setAccessibleName(tr("Connection state"));
    m_optionsToggle->setText(tr("Options"));
    m_optionsToggle->setCheckable(true);
    m_optionsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_optionsToggle->setArrowType(Qt::RightArrow);

    m_origin->setPlaceholderText(tr("none"));
    m_origin->setAccessibleName(tr("Origin"));
    m_protocols->setPlaceholderText(tr("e.g. chat, superchat"));
    m_protocols->setAccessibleName(tr("Subprotocols"));
    m_headers->setHorizontalHeaderLabels({ tr("On"), tr("Header"), tr("Value") });
    m_headers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_headers->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->setVisible(false);
    m_headers->setAccessibleName(tr("Request headers"));
    m_headers->setMaximumHeight(120);
    auto *addHeader = new QPushButton(tr("Add header"), m_options);
    auto *removeHeader = new QPushButton(tr("Remove header"), m_options);
    m_pingInterval->setRange(0, 3600);
    m_pingInterval->setSuffix(tr(" s"));
    m_pingInterval->setSpecialValueText(tr("off"));
    m_pingInterval->setAccessibleName(tr("Ping interval"));
    m_pingTimeout->setRange(1, 600);
    m_pingTimeout->setValue(WebSocketChannel::DefaultPingTimeoutS);
    m_pingTimeout->setSuffix(tr(" s"));
    m_pingTimeout->setAccessibleName(tr("Ping timeout"));
    m_maxMessage->setRange(1, 4096);
    m_maxMessage->setValue(1024);
    m_maxMessage->setSuffix(tr(" MiB"));
    m_maxMessage->setAccessibleName(tr("Message size limit"));
    m_compression->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Origin:"), m_origin);
    form->addRow(tr("Subprotocols:"), m_protocols);
    auto *headerButtons = new QHBoxLayout;
    headerButtons->addWidget(addHeader);
    headerButtons->addWidget(removeHeader);
    headerButtons->addStretch(1);
    auto *headerBox = new QVBoxLayout;
    headerBox->addWidget(m_headers);
    headerBox->addLayout(headerButtons);
    form->addRow(tr("Headers:"), headerBox);
    auto *keepalive = new QHBoxLayout;
    keepalive->addWidget(new QLabel(tr("every"), m_options));
    keepalive->addWidget(m_pingInterval);
    keepalive->addWidget(new QLabel(tr("timeout"), m_options));
    keepalive->addWidget(m_pingTimeout);
    keepalive->addStretch(1);
    form->addRow(tr("Keepalive ping:"), keepalive);
    form->addRow(tr("Largest message:"), m_maxMessage);
    form->addRow(QString(), m_compression);
    auto *optionsLayout = new QVBoxLayout(m_options);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    optionsLayout->addLayout(form);
    m_options->setVisible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_profiles);
    top->addWidget(m_url, 1);
    top->addWidget(m_connect);
    auto *second = new QHBoxLayout;
    second->addWidget(m_optionsToggle);
    second->addWidget(m_urlError, 1);
    second->addWidget(m_state);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(second);
    layout->addWidget(m_options);

    connect(m_url, &QLineEdit::textChanged, this, &ConnectionPanel::validate);
    connect(m_url, &QLineEdit::returnPressed, this, [this] {
        if (m_connect->isEnabled()
            && (m_channelState == WebSocketChannel::State::Idle || m_channelState == WebSocketChannel::State::Closed))
            toggleConnection();
    });
    connect(m_connect, &QPushButton::clicked, this, &ConnectionPanel::toggleConnection);
    connect(m_optionsToggle, &QToolButton::toggled, this, [this](bool on) {
        m_options->setVisible(on);
        m_optionsToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(addHeader, &QPushButton::clicked, this, [this] {
        addHeaderRow();
        m_headers->editItem(m_headers->item(m_headers->rowCount() - 1, 1));
    });
    connect(removeHeader, &QPushButton::clicked, this, [this] {
        const int row = m_headers->currentRow();
        if (row >= 0)
            m_headers->removeRow(row);
    });
    setState(WebSocketChannel::State::Idle);
    validate();
}

void ConnectionPanel::addHeaderRow(const QString &name, const QString &value, bool enabled)
{
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    auto *on = new QTableWidgetItem;
    on->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    on->setCheckState(enabled ? Qt::Checked : Qt::Unchecked);
    m_headers->setItem(row, 0, on);
    m_headers->setItem(row, 1, new QTableWidgetItem(name));
    m_headers->setItem(row, 2, new QTableWidgetItem(value));
}

QString ConnectionPanel::urlError() const
{
    return ConnectionSettings::validateUrl(m_url->text());
}

void ConnectionPanel::validate()
{
    const QString error = m_url->text().trimmed().isEmpty() ? QString() : urlError();
    m_urlError->setText(error);
    m_urlError->setVisible(!error.isEmpty());
    const bool idle
        = m_channelState == WebSocketChannel::State::Idle || m_channelState == WebSocketChannel::State::Closed;
    m_connect->setEnabled(!idle || urlError().isEmpty());
}

ConnectionSettings ConnectionPanel::settings() const
{
    ConnectionSettings s;
    s.url = QUrl(m_url->text().trimmed());
    s.origin = m_origin->text().trimmed();
    const QStringList protocols = m_protocols->text().split(u',', Qt::SkipEmptyParts);
    for (const QString &protocol : protocols) {
        if (!protocol.trimmed().isEmpty())
            s.protocols.append(protocol.trimmed());
    }
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const auto *on = m_headers->item(row, 0);
        const auto *name = m_headers->item(row, 1);
        const auto *value = m_headers->item(row, 2);
        if (!on || on->checkState() != Qt::Checked || !name || name->text().trimmed().isEmpty())
            continue;
        s.headers.append(name->text().trimmed().toUtf8(), value ? value->text().toUtf8() : QByteArray());
    }
    s.pingIntervalS = m_pingInterval->value();
    s.pingTimeoutS = m_pingTimeout->value();
    s.maxMessageSize = qint64(m_maxMessage->value()) * 1024 * 1024;
    s.deflate.enabled = m_compression->isChecked();
    return s;
}

void ConnectionPanel::setSettings(const ConnectionSettings &s)
{
    m_url->setText(s.url.toString());
    m_origin->setText(s.origin);
    m_protocols->setText(s.protocols.join(QStringLiteral(", ")));
    m_headers->setRowCount(0);
    for (const auto &[name, value] : s.headers.entries())
        addHeaderRow(QString::fromUtf8(name), QString::fromUtf8(value));
    m_pingInterval->setValue(s.pingIntervalS);
    m_pingTimeout->setValue(s.pingTimeoutS);
    m_maxMessage->setValue(int(std::clamp<qint64>(s.maxMessageSize / (1024 * 1024), 1, 4096)));
    m_compression->setChecked(s.deflate.enabled);
}

void ConnectionPanel::setState(WebSocketChannel::State state, const QString &detail)
{
    m_channelState = state;
    QString text;
    switch (state) {
    case WebSocketChannel::State::Idle:
        text = tr("Not connected");
        break;
    case WebSocketChannel::State::Connecting:
        text = tr("Connecting…");
        break;
    case WebSocketChannel::State::Open:
        text = tr("Open");
        break;
    case WebSocketChannel::State::Closing:
        text = tr("Closing…");
        break;
    case WebSocketChannel::State::Closed:
        text = detail.isEmpty() ? tr("Closed") : tr("Closed: %1").arg(detail);
        break;
    }
    m_state->setText(text);
    m_state->setToolTip(text);
    const bool idle = state == WebSocketChannel::State::Idle || state == WebSocketChannel::State::Closed;
    m_connect->setText(idle ? tr("Connect") : tr("Disconnect"));
    m_url->setReadOnly(!idle);
    m_options->setEnabled(idle);
    validate();
}

void ConnectionPanel::toggleConnection()
{
    const bool idle
        = m_channelState == WebSocketChannel::State::Idle || m_channelState == WebSocketChannel::State::Closed;
    if (idle) {
        if (urlError().isEmpty())
            Q_EMIT connectRequested(settings());
    } else {
        Q_EMIT disconnectRequested();
    }
}

} // namespace Framewise
