// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionpanel.h"

#include "errortext.h"
#include "handshaketext.h"
#include "icons.h"
#include "profilemanager.h"
#include "rttprobe.h"
#include "secretdelegate.h"
#include "secretsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Framewise {

namespace {
// Columns of the headers table and of the variables table.
enum HeaderColumn { HeaderOn, HeaderName, HeaderValue, HeaderSecret };
enum VariableColumn { VariableName, VariableValue, VariableSecret };

QTableWidgetItem *checkItem(bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

bool cellChecked(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item && item->checkState() == Qt::Checked;
}

QStringList splitList(const QString &text, QChar separator)
{
    QStringList result;
    const QStringList parts = text.split(separator, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            result.append(part.trimmed());
    }
    return result;
}

QTableWidget *makeTable(int columns, const QStringList &labels, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setHorizontalHeaderLabels(labels);
    table->horizontalHeader()->setStretchLastSection(false);
    table->verticalHeader()->setVisible(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

QLineEdit *secretEdit(const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(accessibleName);
    return edit;
}
} // namespace

ConnectionPanel::ConnectionPanel(QWidget *parent)
    : QWidget(parent)
    , m_profiles(new QComboBox(this))
    , m_profileMenuButton(new QToolButton(this))
    , m_url(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_connect(new QPushButton(tr("Connect"), this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_state(new QLabel(this))
    , m_optionsToggle(new QToolButton(this))
    , m_options(new QTabWidget(this))
    , m_reveal(new QCheckBox(tr("Show secrets"), this))
{
    m_profiles->addItem(tr("Unsaved connection"), QString());
    m_profiles->setEnabled(false);
    m_profiles->setAccessibleName(tr("Connection profile"));
    m_profiles->setToolTip(tr("Saved connection profiles"));
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileMenuButton->setText(tr("Profile"));
    m_profileMenuButton->setAccessibleName(tr("Profile actions"));
    m_profileMenuButton->setToolTip(tr("Save, rename, duplicate, delete, import or export profiles"));
    m_profileMenuButton->setPopupMode(QToolButton::InstantPopup);
    m_profileMenuButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *profileMenu = new QMenu(m_profileMenuButton);
    m_profileMenuButton->setMenu(profileMenu);
    m_profileMenuButton->setEnabled(false);
    connect(profileMenu, &QMenu::aboutToShow, this, [this, profileMenu] { populateMenu(profileMenu); });

    m_url->setPlaceholderText(QStringLiteral("ws://127.0.0.1:8080/socket"));
    m_url->setAccessibleName(tr("WebSocket URL"));
    m_url->setClearButtonEnabled(true);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Connection message"));
    m_connect->setAccessibleName(tr("Connect or disconnect"));
    m_connect->setToolTip(tr("Connect / disconnect (Ctrl+K)"));
    m_pause->setCheckable(true);
    m_pause->setEnabled(false);
    m_pause->setAccessibleName(tr("Pause receiving"));
    m_pause->setToolTip(tr("Pause receiving (Ctrl+Shift+P): stop reading from the server. What it sends waits in "
                           "the network buffers and TCP holds it back; nothing is lost, keepalive pings pause, "
                           "sending still works."));
    // Shortcuts of their own, not the buttons': QAbstractButton::setText() replaces a button's
    // shortcut with the text's mnemonic, and setState() renames both buttons.
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this), &QShortcut::activated, m_connect,
        &QPushButton::animateClick);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this), &QShortcut::activated, m_pause,
        &QPushButton::animateClick);
    m_state->setAccessibleName(tr("Connection state"));
    // A rejected upgrade's state says what the server answered: long, so it wraps instead of
    // widening the window.
    m_state->setWordWrap(true);
    m_state->setAlignment(Qt::AlignRight | Qt::AlignVCenter); // where the short states always were
    m_state->setTextInteractionFlags(
        Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_state, &QLabel::linkActivated, this, &ConnectionPanel::handshakeLinkActivated);
    m_optionsToggle->setText(tr("Options"));
    m_optionsToggle->setCheckable(true);
    m_optionsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_optionsToggle->setArrowType(Qt::RightArrow);
    m_reveal->setAccessibleName(tr("Show secret values"));
    m_reveal->setToolTip(tr("Secret header values, secret variables and passwords are shown as dots until ticked"));

    buildOptions();

    auto *top = new QHBoxLayout;
    top->addWidget(m_profiles);
    top->addWidget(m_profileMenuButton);
    top->addWidget(m_url, 1);
    top->addWidget(m_connect);
    top->addWidget(m_pause);
    auto *second = new QHBoxLayout;
    second->addWidget(m_optionsToggle);
    second->addWidget(m_message, 1);
    second->addWidget(m_state, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(second);
    layout->addWidget(m_options);

    connect(m_url, &QLineEdit::textChanged, this, &ConnectionPanel::markEdited);
    connect(m_pause, &QPushButton::toggled, this, &ConnectionPanel::pauseRequested);
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
    connect(m_profiles, &QComboBox::activated, this, [this](int index) {
        const QString id = m_profiles->itemData(index).toString();
        if (id == m_loaded.id)
            return;
        if (isModified() && m_loadedIsSaved
            && QMessageBox::question(this, tr("Unsaved changes"),
                   tr("The changes to “%1” are not saved. Load “%2” anyway?")
                       .arg(m_loaded.name, m_profiles->itemText(index)))
                != QMessageBox::Yes) {
            refreshProfiles();
            return;
        }
        if (id.isEmpty()) {
            Profile unsaved = profile();
            unsaved.id.clear();
            unsaved.name.clear();
            setProfile(unsaved, false);
        } else {
            loadProfile(id);
        }
    });
    connect(m_reveal, &QCheckBox::toggled, this, [this](bool on) {
        m_headerSecrets->setRevealed(on);
        m_variableSecrets->setRevealed(on);
        for (QLineEdit *edit : { m_keyPassphrase, m_proxyPassword, m_password })
            edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_headers->viewport()->update();
        m_variables->viewport()->update();
    });
    setState(WebSocketChannel::State::Idle);
    validate();
}

void ConnectionPanel::buildOptions()
{
    buildRequestPage();
    buildVariablesPage();
    buildConnectionPage();
    buildTlsPage();
    buildAuthPage();
    makeOptionPagesScroll();
    connectOptionEdits();
}

// Request: Origin, subprotocols, headers.
void ConnectionPanel::buildRequestPage()
{
    auto *request = new QWidget(m_options);
    m_origin = new QLineEdit(request);
    m_origin->setPlaceholderText(tr("none"));
    m_origin->setAccessibleName(tr("Origin"));
    m_protocols = new QLineEdit(request);
    m_protocols->setPlaceholderText(tr("e.g. chat, superchat"));
    m_protocols->setAccessibleName(tr("Subprotocols"));
    m_headers = makeTable(4, { tr("On"), tr("Header"), tr("Value"), tr("Secret") }, request);
    m_headers->horizontalHeader()->setSectionResizeMode(HeaderOn, QHeaderView::ResizeToContents);
    m_headers->horizontalHeader()->setSectionResizeMode(HeaderName, QHeaderView::Interactive);
    m_headers->horizontalHeader()->setSectionResizeMode(HeaderValue, QHeaderView::Stretch);
    m_headers->horizontalHeader()->setSectionResizeMode(HeaderSecret, QHeaderView::ResizeToContents);
    m_headers->setAccessibleName(tr("Request headers"));
    m_headerSecrets = new SecretDelegate(HeaderSecret, m_headers);
    m_headers->setItemDelegateForColumn(HeaderValue, m_headerSecrets);
    auto *addHeader = new QPushButton(Icons::action(QStringLiteral("add")), tr("Add header"), request);
    addHeader->setObjectName(QStringLiteral("addHeaderButton"));
    auto *removeHeader = new QPushButton(Icons::action(QStringLiteral("remove")), tr("Remove header"), request);
    auto *headerButtons = new QHBoxLayout;
    headerButtons->addWidget(addHeader);
    headerButtons->addWidget(removeHeader);
    headerButtons->addStretch(1);
    auto *requestForm = new QFormLayout(request);
    requestForm->addRow(tr("Origin:"), m_origin);
    requestForm->addRow(tr("Subprotocols:"), m_protocols);
    auto *headerBox = new QVBoxLayout;
    headerBox->addWidget(m_headers);
    headerBox->addLayout(headerButtons);
    requestForm->addRow(tr("Headers:"), headerBox);
    m_options->addTab(request, tr("Request"));

    connect(addHeader, &QPushButton::clicked, this, [this] {
        addHeaderRow();
        // The edited cell must also be the current one: Tab moves on from the current cell.
        QTableWidgetItem *name = m_headers->item(m_headers->rowCount() - 1, HeaderName);
        m_headers->setCurrentItem(name);
        m_headers->editItem(name);
    });
    connect(removeHeader, &QPushButton::clicked, this, [this] {
        if (m_headers->currentRow() >= 0) {
            m_headers->removeRow(m_headers->currentRow());
            markEdited();
        }
    });
}

// Variables: names the URL, Origin, headers and snippets use as {{name}}.
void ConnectionPanel::buildVariablesPage()
{
    auto *variablesPage = new QWidget(m_options);
    m_variables = makeTable(3, { tr("Name"), tr("Value"), tr("Secret") }, variablesPage);
    m_variables->horizontalHeader()->setSectionResizeMode(VariableName, QHeaderView::Interactive);
    m_variables->horizontalHeader()->setSectionResizeMode(VariableValue, QHeaderView::Stretch);
    m_variables->horizontalHeader()->setSectionResizeMode(VariableSecret, QHeaderView::ResizeToContents);
    m_variables->setAccessibleName(tr("Variables"));
    m_variableSecrets = new SecretDelegate(VariableSecret, m_variables);
    m_variables->setItemDelegateForColumn(VariableValue, m_variableSecrets);
    auto *addVariable = new QPushButton(Icons::action(QStringLiteral("add")), tr("Add variable"), variablesPage);
    auto *removeVariable
        = new QPushButton(Icons::action(QStringLiteral("remove")), tr("Remove variable"), variablesPage);
    auto *variableButtons = new QHBoxLayout;
    variableButtons->addWidget(addVariable);
    variableButtons->addWidget(removeVariable);
    variableButtons->addStretch(1);
    auto *variablesLayout = new QVBoxLayout(variablesPage);
    auto *variablesHint = new QLabel(
        tr("Write {{name}} in the URL, Origin, headers or snippets; it is replaced by the value when connecting."),
        variablesPage);
    variablesHint->setWordWrap(true);
    variablesLayout->addWidget(variablesHint);
    variablesLayout->addWidget(m_variables);
    variablesLayout->addLayout(variableButtons);
    m_options->addTab(variablesPage, tr("Variables"));

    connect(addVariable, &QPushButton::clicked, this, [this] {
        addVariableRow();
        QTableWidgetItem *name = m_variables->item(m_variables->rowCount() - 1, VariableName);
        m_variables->setCurrentItem(name); // so that Tab moves on to the value
        m_variables->editItem(name);
    });
    connect(removeVariable, &QPushButton::clicked, this, [this] {
        if (m_variables->currentRow() >= 0) {
            m_variables->removeRow(m_variables->currentRow());
            markEdited();
        }
    });
}

// Connection: keepalive, limits, compression, redirects.
void ConnectionPanel::buildConnectionPage()
{
    auto *connectionPage = new QWidget(m_options);
    m_pingInterval = new QSpinBox(connectionPage);
    m_pingInterval->setRange(0, 3600);
    m_pingInterval->setSuffix(tr(" s"));
    m_pingInterval->setSpecialValueText(tr("off"));
    m_pingInterval->setAccessibleName(tr("Ping interval"));
    m_pingTimeout = new QSpinBox(connectionPage);
    m_pingTimeout->setRange(1, 600);
    m_pingTimeout->setValue(WebSocketChannel::DefaultPingTimeoutS);
    m_pingTimeout->setSuffix(tr(" s"));
    m_pingTimeout->setAccessibleName(tr("Ping timeout"));
    m_rttProbe = new QSpinBox(connectionPage);
    m_rttProbe->setRange(0, RttProbe::MaxIntervalS);
    m_rttProbe->setSuffix(tr(" s"));
    m_rttProbe->setSpecialValueText(tr("off"));
    m_rttProbe->setAccessibleName(tr("RTT probe interval"));
    m_rttProbe->setToolTip(tr("Sends a ping (payload rtt-probe-N) this often while the connection is open, however "
                              "busy it is, and plots each pong's round-trip time. Off by default."));
    // Keepalive's contract (the channel's, as in Firefox): a ping only after that much silence.
    m_keepaliveHint = new QLabel(tr("Keepalive pings only after this much silence, so a busy connection never "
                                    "measures its round-trip time. To measure it anyway, set an RTT probe."),
        connectionPage);
    m_keepaliveHint->setWordWrap(true);
    m_keepaliveHint->setForegroundRole(QPalette::PlaceholderText);
    m_maxMessage = new QSpinBox(connectionPage);
    m_maxMessage->setRange(1, 4096);
    m_maxMessage->setValue(1024);
    m_maxMessage->setSuffix(tr(" MiB"));
    m_maxMessage->setAccessibleName(tr("Message size limit"));
    m_compression = new QCheckBox(tr("Offer permessage-deflate compression"), connectionPage);
    m_compression->setChecked(true);
    m_followRedirects = new QCheckBox(tr("Follow redirects"), connectionPage);
    m_followRedirects->setChecked(true);
    auto *keepalive = new QHBoxLayout;
    keepalive->addWidget(new QLabel(tr("every"), connectionPage));
    keepalive->addWidget(m_pingInterval);
    keepalive->addWidget(new QLabel(tr("timeout"), connectionPage));
    keepalive->addWidget(m_pingTimeout);
    keepalive->addStretch(1);
    auto *connectionForm = new QFormLayout(connectionPage);
    connectionForm->addRow(tr("Keepalive ping:"), keepalive);
    connectionForm->addRow(QString(), m_keepaliveHint);
    auto *probe = new QHBoxLayout;
    probe->addWidget(new QLabel(tr("every"), connectionPage));
    probe->addWidget(m_rttProbe);
    probe->addWidget(new QLabel(tr("regardless of traffic"), connectionPage));
    probe->addStretch(1);
    connectionForm->addRow(tr("RTT probe:"), probe);
    connectionForm->addRow(tr("Largest message:"), m_maxMessage);
    connectionForm->addRow(QString(), m_compression);
    connectionForm->addRow(QString(), m_followRedirects);
    m_options->addTab(connectionPage, tr("Connection"));
}

// TLS.
void ConnectionPanel::buildTlsPage()
{
    auto *tlsPage = new QWidget(m_options);
    m_caFiles = new QLineEdit(tlsPage);
    m_caFiles->setPlaceholderText(tr("PEM or DER files, separated by ;"));
    m_caFiles->setAccessibleName(tr("Extra trusted CA files"));
    m_pins = new QLineEdit(tlsPage);
    m_pins->setPlaceholderText(tr("SHA-256 fingerprints, separated by commas"));
    m_pins->setAccessibleName(tr("Pinned certificate fingerprints"));
    m_clientCertificate = new QLineEdit(tlsPage);
    m_clientCertificate->setAccessibleName(tr("Client certificate file"));
    m_clientKey = new QLineEdit(tlsPage);
    m_clientKey->setAccessibleName(tr("Client key file"));
    m_pkcs12 = new QLineEdit(tlsPage);
    m_pkcs12->setAccessibleName(tr("PKCS#12 file"));
    m_keyPassphrase = secretEdit(tr("Key passphrase"), tlsPage);
    auto *tlsForm = new QFormLayout(tlsPage);
    tlsForm->addRow(tr("Trusted CAs:"), m_caFiles);
    tlsForm->addRow(tr("Pinned certificates:"), m_pins);
    tlsForm->addRow(tr("Client certificate (PEM):"), m_clientCertificate);
    tlsForm->addRow(tr("Client key (PEM):"), m_clientKey);
    tlsForm->addRow(tr("Or PKCS#12 bundle:"), m_pkcs12);
    tlsForm->addRow(tr("Key passphrase:"), m_keyPassphrase);
    m_options->addTab(tlsPage, tr("TLS"));
}

// Proxy and HTTP authentication.
void ConnectionPanel::buildAuthPage()
{
    auto *authPage = new QWidget(m_options);
    m_proxy = new QLineEdit(authPage);
    m_proxy->setPlaceholderText(QStringLiteral("http://127.0.0.1:3128, socks5://127.0.0.1:1080"));
    m_proxy->setAccessibleName(tr("Proxy URL"));
    m_systemProxy = new QCheckBox(tr("Use the system's proxy settings"), authPage);
    m_proxyUser = new QLineEdit(authPage);
    m_proxyUser->setAccessibleName(tr("Proxy user"));
    m_proxyPassword = secretEdit(tr("Proxy password"), authPage);
    m_user = new QLineEdit(authPage);
    m_user->setAccessibleName(tr("HTTP user"));
    m_password = secretEdit(tr("HTTP password"), authPage);
    auto *authForm = new QFormLayout(authPage);
    authForm->addRow(tr("Proxy:"), m_proxy);
    authForm->addRow(QString(), m_systemProxy);
    authForm->addRow(tr("Proxy user:"), m_proxyUser);
    authForm->addRow(tr("Proxy password:"), m_proxyPassword);
    authForm->addRow(tr("HTTP user (401):"), m_user);
    authForm->addRow(tr("HTTP password:"), m_password);
    m_options->addTab(authPage, tr("Proxy and login"));
}

void ConnectionPanel::makeOptionPagesScroll()
{
    // Each page scrolls, so that open options never push the log and the composer off a small
    // screen (1024×600): the options take what is left, up to their full height.
    for (int i = 0; i < m_options->count(); ++i) {
        QWidget *page = m_options->widget(i);
        const QString label = m_options->tabText(i);
        m_options->removeTab(i);
        auto *area = new QScrollArea(m_options);
        area->setWidget(page);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        area->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields, not to the frame
        m_options->insertTab(i, area, label);
    }
    m_options->setCornerWidget(m_reveal);
    m_options->setMaximumHeight(260);
    m_options->setMinimumHeight(m_options->tabBar()->sizeHint().height() + 4 * fontMetrics().height());
    m_options->setVisible(false);
}

// Every edit of an option marks the profile edited.
void ConnectionPanel::connectOptionEdits()
{
    connect(m_headers, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        // A credential header is secret by nature (Profile::markCredentialHeadersSecret): the box
        // says so as soon as the name is typed.
        if (!m_filling && item->column() == HeaderName
            && HandshakeText::isSecretHeader(item->text().trimmed().toUtf8()))
            if (QTableWidgetItem *secret = m_headers->item(item->row(), HeaderSecret);
                secret && secret->checkState() != Qt::Checked)
                secret->setCheckState(Qt::Checked);
        markEdited();
    });
    connect(m_variables, &QTableWidget::itemChanged, this, &ConnectionPanel::markEdited);
    for (QLineEdit *edit : { m_origin, m_protocols, m_caFiles, m_pins, m_clientCertificate, m_clientKey, m_pkcs12,
             m_keyPassphrase, m_proxy, m_proxyUser, m_proxyPassword, m_user, m_password })
        connect(edit, &QLineEdit::textChanged, this, &ConnectionPanel::markEdited);
    for (QSpinBox *box : { m_pingInterval, m_pingTimeout, m_rttProbe, m_maxMessage })
        connect(box, &QSpinBox::valueChanged, this, &ConnectionPanel::markEdited);
    for (QCheckBox *box : { m_compression, m_followRedirects, m_systemProxy })
        connect(box, &QCheckBox::toggled, this, &ConnectionPanel::markEdited);
}

void ConnectionPanel::addHeaderRow(const QString &name, const QString &value, bool enabled, bool secret)
{
    const bool filling = m_filling;
    m_filling = true;
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    m_headers->setItem(row, HeaderOn, checkItem(enabled));
    m_headers->setItem(row, HeaderName, new QTableWidgetItem(name));
    m_headers->setItem(row, HeaderValue, new QTableWidgetItem(value));
    m_headers->setItem(row, HeaderSecret, checkItem(secret));
    m_filling = filling;
    markEdited();
}

void ConnectionPanel::addVariableRow(const QString &name, const QString &value, bool secret)
{
    const bool filling = m_filling;
    m_filling = true;
    const int row = m_variables->rowCount();
    m_variables->insertRow(row);
    m_variables->setItem(row, VariableName, new QTableWidgetItem(name));
    m_variables->setItem(row, VariableValue, new QTableWidgetItem(value));
    m_variables->setItem(row, VariableSecret, checkItem(secret));
    m_filling = filling;
    markEdited();
}

void ConnectionPanel::setSnippets(const QList<Snippet> &snippets)
{
    m_snippets = snippets;
    markEdited();
}

Profile ConnectionPanel::profile() const
{
    Profile p = m_loaded;
    p.url = m_url->text().trimmed();
    p.origin = m_origin->text().trimmed();
    p.protocols = splitList(m_protocols->text(), u',');
    p.headers.clear();
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QString name = cellText(m_headers, row, HeaderName).trimmed();
        const QString value = cellText(m_headers, row, HeaderValue);
        if (name.isEmpty() && value.isEmpty())
            continue;
        p.headers.append(
            { name, value, cellChecked(m_headers, row, HeaderSecret), cellChecked(m_headers, row, HeaderOn) });
    }
    p.variables.clear();
    for (int row = 0; row < m_variables->rowCount(); ++row) {
        const QString name = cellText(m_variables, row, VariableName).trimmed();
        if (name.isEmpty())
            continue;
        p.variables.append(
            { name, cellText(m_variables, row, VariableValue), cellChecked(m_variables, row, VariableSecret) });
    }
    p.pingIntervalS = m_pingInterval->value();
    p.pingTimeoutS = m_pingTimeout->value();
    p.rttProbeIntervalS = m_rttProbe->value();
    // The spin box counts MiB; a profile's finer limit survives when the box was not touched.
    if (p.maxMessageSize / (qint64(1024) * 1024) != m_maxMessage->value())
        p.maxMessageSize = qint64(m_maxMessage->value()) * 1024 * 1024;
    p.deflate.enabled = m_compression->isChecked();
    p.followRedirects = m_followRedirects->isChecked();
    p.caFiles = splitList(m_caFiles->text(), u';');
    p.pins = splitList(m_pins->text(), u',');
    p.clientCertificate = m_clientCertificate->text().trimmed();
    p.clientKey = m_clientKey->text().trimmed();
    p.pkcs12 = m_pkcs12->text().trimmed();
    p.keyPassphrase = m_keyPassphrase->text();
    p.proxy = m_proxy->text().trimmed();
    p.systemProxy = m_systemProxy->isChecked();
    p.proxyUser = m_proxyUser->text().trimmed();
    p.proxyPassword = m_proxyPassword->text();
    p.user = m_user->text().trimmed();
    p.password = m_password->text();
    p.snippets = m_snippets;
    return p;
}

void ConnectionPanel::setProfile(const Profile &p, bool saved)
{
    m_filling = true;
    m_loaded = p;
    m_loadedIsSaved = saved && !p.id.isEmpty();
    m_url->setText(p.url);
    m_origin->setText(p.origin);
    m_protocols->setText(p.protocols.join(QStringLiteral(", ")));
    m_headers->setRowCount(0);
    for (const ProfileHeader &header : p.headers)
        addHeaderRow(header.name, header.value, header.enabled, header.secret);
    m_variables->setRowCount(0);
    for (const ProfileVariable &variable : p.variables)
        addVariableRow(variable.name, variable.value, variable.secret);
    m_pingInterval->setValue(p.pingIntervalS);
    m_pingTimeout->setValue(p.pingTimeoutS);
    m_rttProbe->setValue(p.rttProbeIntervalS);
    m_maxMessage->setValue(int(std::clamp<qint64>(p.maxMessageSize / (qint64(1024) * 1024), 1, 4096)));
    m_compression->setChecked(p.deflate.enabled);
    m_followRedirects->setChecked(p.followRedirects);
    m_caFiles->setText(p.caFiles.join(QStringLiteral("; ")));
    m_pins->setText(p.pins.join(QStringLiteral(", ")));
    m_clientCertificate->setText(p.clientCertificate);
    m_clientKey->setText(p.clientKey);
    m_pkcs12->setText(p.pkcs12);
    m_keyPassphrase->setText(p.keyPassphrase);
    m_proxy->setText(p.proxy);
    m_systemProxy->setChecked(p.systemProxy);
    m_proxyUser->setText(p.proxyUser);
    m_proxyPassword->setText(p.proxyPassword);
    m_user->setText(p.user);
    m_password->setText(p.password);
    m_snippets = p.snippets;
    // What the widgets give back is the reference for "modified" (e.g. a size limit rounded).
    m_loaded = profile();
    m_filling = false;
    refreshProfiles();
    validate();
    Q_EMIT profileChanged();
}

bool ConnectionPanel::isModified() const
{
    return m_loadedIsSaved && profile() != m_loaded;
}

QList<QWidget *> ConnectionPanel::focusOrder() const
{
    return { m_profiles, m_profileMenuButton, m_url, m_connect, m_pause, m_optionsToggle, m_options };
}

void ConnectionPanel::markEdited()
{
    if (m_filling)
        return;
    validate();
    updateModifiedMark();
    Q_EMIT profileChanged();
}

void ConnectionPanel::updateModifiedMark()
{
    const int index = m_profiles->currentIndex();
    if (index <= 0 || !m_loadedIsSaved)
        return;
    const QString text = isModified() ? m_loaded.name + QStringLiteral(" *") : m_loaded.name;
    if (m_profiles->itemText(index) != text)
        m_profiles->setItemText(index, text);
    m_profiles->setToolTip(
        isModified() ? tr("“%1” has unsaved changes").arg(m_loaded.name) : tr("Saved connection profiles"));
}

void ConnectionPanel::refreshProfiles()
{
    const bool filling = m_filling;
    m_filling = true;
    m_profiles->clear();
    m_profiles->addItem(tr("Unsaved connection"), QString());
    m_profiles->setEnabled(m_manager != nullptr);
    m_profileMenuButton->setEnabled(m_manager != nullptr);
    if (m_manager) {
        QList<Profile> sorted = m_manager->store().profiles();
        std::sort(sorted.begin(), sorted.end(),
            [](const Profile &a, const Profile &b) { return a.name.localeAwareCompare(b.name) < 0; });
        for (const Profile &p : std::as_const(sorted))
            m_profiles->addItem(p.name, p.id);
    }
    const int index = m_loadedIsSaved ? m_profiles->findData(m_loaded.id) : 0;
    if (index < 0) {
        m_loadedIsSaved = false; // deleted from another tab: these fields are an unsaved connection now
        m_loaded.id.clear();
    }
    m_profiles->setCurrentIndex(std::max(index, 0));
    m_filling = filling;
    updateModifiedMark();
}

void ConnectionPanel::setProfileManager(ProfileManager *manager)
{
    m_manager = manager;
    refreshProfiles();
}

QString ConnectionPanel::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ConnectionPanel::showMessage(const QString &text, bool error)
{
    m_messageIsError = error && !text.isEmpty();
    ErrorText::mark(m_message, m_messageIsError);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString ConnectionPanel::urlError() const
{
    Profile p = profile();
    QStringList undefined;
    const QString url = p.expand(m_url->text().trimmed(), &undefined);
    if (!undefined.isEmpty())
        return tr("Undefined variable(s) in the URL: %1").arg(undefined.join(QStringLiteral(", ")));
    return ConnectionSettings::validateUrl(url);
}

void ConnectionPanel::validate()
{
    // The URL first; then whatever else keeps the connection off the wire (an Origin or header
    // with a line break, a header the channel owns…), as it is typed.
    QString error = m_url->text().trimmed().isEmpty() ? QString() : urlError();
    if (error.isEmpty())
        error = wireError();
    if (!error.isEmpty())
        showMessage(error, true);
    else if (m_messageIsError)
        showMessage(QString(), false);
    const bool idle
        = m_channelState == WebSocketChannel::State::Idle || m_channelState == WebSocketChannel::State::Closed;
    m_connect->setEnabled(!idle || (!m_url->text().trimmed().isEmpty() && error.isEmpty()));
}

QString ConnectionPanel::wireError() const
{
    // Undefined variables are the URL's business (urlError) or are reported on Connect.
    const Profile p = profile();
    QStringList problems;
    if (const QString problem = ConnectionSettings::originProblem(p.expand(p.origin, nullptr)); !problem.isEmpty())
        problems.append(problem);
    for (const QString &protocol : p.protocols) {
        if (const QString problem = ConnectionSettings::protocolProblem(p.expand(protocol, nullptr));
            !problem.isEmpty())
            problems.append(problem);
    }
    for (const ProfileHeader &header : p.headers) {
        if (!header.enabled || header.name.isEmpty())
            continue;
        const QString problem
            = ConnectionSettings::headerProblem(header.name.toUtf8(), p.expand(header.value, nullptr).toUtf8());
        if (!problem.isEmpty())
            problems.append(problem);
    }
    return problems.join(u'\n');
}

QStringList ConnectionPanel::resolve(ConnectionSettings *settings) const
{
    return profile().resolve(settings);
}

ConnectionSettings ConnectionPanel::settings() const
{
    ConnectionSettings s;
    if (!resolve(&s).isEmpty())
        s.url = QUrl(m_url->text().trimmed());
    return s;
}

void ConnectionPanel::setSettings(const ConnectionSettings &s)
{
    Profile p;
    p.url = s.url.toString();
    p.origin = s.origin;
    p.protocols = s.protocols;
    for (const auto &[name, value] : s.headers.entries())
        p.headers.append({ QString::fromUtf8(name), QString::fromUtf8(value), false, true });
    static_cast<ConnectionOptions &>(p) = s;
    setProfile(p, false);
}

void ConnectionPanel::setState(WebSocketChannel::State state, const QString &detail, bool handshakeLink)
{
    m_channelState = state;
    m_stateDetail = detail;
    m_stateHandshakeLink = handshakeLink;
    if (state != WebSocketChannel::State::Open && m_pause->isChecked()) {
        const QSignalBlocker quiet(m_pause); // a pause ends with the connection's open state
        m_pause->setChecked(false);
    }
    QString text;
    switch (state) {
    case WebSocketChannel::State::Idle:
        text = tr("Not connected");
        break;
    case WebSocketChannel::State::Connecting:
        text = tr("Connecting…");
        break;
    case WebSocketChannel::State::Open:
        text = m_pause->isChecked() ? tr("Open · receiving paused") : tr("Open");
        break;
    case WebSocketChannel::State::Closing:
        text = tr("Closing…");
        break;
    case WebSocketChannel::State::Closed:
        text = detail.isEmpty() ? tr("Closed") : tr("Closed: %1").arg(detail);
        break;
    }
    m_state->setToolTip(text);
    if (handshakeLink && state == WebSocketChannel::State::Closed) {
        // The server's answer (status, headers, the whole body) is in the Handshake tab.
        m_state->setTextFormat(Qt::RichText);
        m_state->setText(
            text.toHtmlEscaped() + QStringLiteral(" <a href=\"#handshake\">%1</a>").arg(tr("Show handshake")));
    } else {
        m_state->setTextFormat(Qt::PlainText);
        m_state->setText(text);
    }
    const bool idle = state == WebSocketChannel::State::Idle || state == WebSocketChannel::State::Closed;
    m_connect->setText(idle ? tr("Connect") : tr("Disconnect"));
    m_connect->setIcon(Icons::action(idle ? QStringLiteral("connect") : QStringLiteral("disconnect")));
    m_pause->setEnabled(state == WebSocketChannel::State::Open);
    m_pause->setText(m_pause->isChecked() ? tr("Resume") : tr("Pause"));
    m_pause->setIcon(Icons::action(m_pause->isChecked() ? QStringLiteral("resume") : QStringLiteral("pause")));
    m_url->setReadOnly(!idle);
    m_options->setEnabled(idle);
    m_profiles->setEnabled(idle && m_manager);
    validate();
}

void ConnectionPanel::setReceivingPaused(bool paused)
{
    const QSignalBlocker quiet(m_pause);
    m_pause->setChecked(paused);
    setState(m_channelState, m_stateDetail, m_stateHandshakeLink);
}

void ConnectionPanel::toggleConnection()
{
    const bool idle
        = m_channelState == WebSocketChannel::State::Idle || m_channelState == WebSocketChannel::State::Closed;
    if (!idle) {
        Q_EMIT disconnectRequested();
        return;
    }
    ConnectionSettings settings;
    const QStringList problems = resolve(&settings);
    if (!problems.isEmpty()) {
        showMessage(problems.join(u'\n'), true);
        return;
    }
    Q_EMIT connectRequested(settings);
}

// Profile actions.

bool ConnectionPanel::loadProfile(const QString &id)
{
    if (!m_manager)
        return false;
    QStringList missing;
    QString error;
    std::optional<Profile> loaded = m_manager->withSecrets(id, &missing, &error);
    if (!loaded) {
        showMessage(error, true);
        return false;
    }
    if (!missing.isEmpty())
        askForSecrets(&*loaded, missing); // typed values are used for this session; Save keeps them
    setProfile(*loaded, true);
    if (!error.isEmpty())
        showMessage(error, true);
    else if (m_manager->secrets().sessionOnly() && !loaded->secretFields().isEmpty())
        showMessage(m_manager->secrets().unavailableReason(), false);
    else
        showMessage(tr("Loaded “%1”.").arg(loaded->name), false);
    return true;
}

bool ConnectionPanel::askForSecrets(Profile *profile, const QStringList &fields)
{
    if (m_secretPrompt)
        return m_secretPrompt(profile, fields);
    SecretsDialog dialog(profile->name, fields, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    for (const QString &field : fields)
        profile->setSecretValue(field, dialog.value(field));
    return true;
}

bool ConnectionPanel::storeProfile(const Profile &p)
{
    QString error;
    if (!m_manager->save(p, &error)) {
        showMessage(error, true);
        return false;
    }
    m_loaded = p;
    m_loadedIsSaved = true;
    refreshProfiles();
    updateModifiedMark();
    // Told once per run, when it matters: secrets were typed but cannot be kept.
    static bool toldNoKeychain = false;
    if (m_manager->secrets().sessionOnly() && !p.secretFields().isEmpty() && !toldNoKeychain) {
        toldNoKeychain = true;
        showMessage(m_manager->secrets().unavailableReason(), true);
    } else {
        showMessage(tr("Saved “%1”.").arg(p.name), false);
    }
    Q_EMIT profilesListChanged();
    Q_EMIT profileChanged();
    return true;
}

bool ConnectionPanel::saveProfile()
{
    if (!m_manager)
        return false;
    if (!m_loadedIsSaved) {
        bool ok = false;
        const QString suggestion = m_manager->store().uniqueName(
            QUrl(m_url->text().trimmed()).host().isEmpty() ? tr("New profile") : QUrl(m_url->text().trimmed()).host());
        const QString name = QInputDialog::getText(
            this, tr("Save profile"), tr("Name of the new profile:"), QLineEdit::Normal, suggestion, &ok);
        return ok && saveProfileAs(name);
    }
    return storeProfile(profile());
}

bool ConnectionPanel::saveProfileAs(const QString &name)
{
    if (!m_manager)
        return false;
    Profile p = profile();
    p.id = Profile::create(name).id;
    p.name = name.trimmed();
    return storeProfile(p);
}

bool ConnectionPanel::renameProfile(const QString &name)
{
    if (!m_manager || !m_loadedIsSaved)
        return false;
    QString error;
    if (!m_manager->rename(m_loaded.id, name, &error)) {
        showMessage(error, true);
        return false;
    }
    m_loaded.name = name.trimmed();
    refreshProfiles();
    showMessage(tr("Renamed to “%1”.").arg(m_loaded.name), false);
    Q_EMIT profilesListChanged();
    Q_EMIT profileChanged();
    return true;
}

bool ConnectionPanel::duplicateProfile(const QString &name)
{
    if (!m_manager || !m_loadedIsSaved)
        return false;
    QString error;
    const std::optional<Profile> copy = m_manager->duplicate(m_loaded.id, name, &error);
    if (!copy) {
        showMessage(error, true);
        return false;
    }
    setProfile(*copy, true);
    showMessage(tr("Duplicated as “%1”.").arg(copy->name), false);
    Q_EMIT profilesListChanged();
    return true;
}

bool ConnectionPanel::deleteProfile()
{
    if (!m_manager || !m_loadedIsSaved)
        return false;
    QString error;
    const QString name = m_loaded.name;
    if (!m_manager->remove(m_loaded.id, &error)) {
        showMessage(error, true);
        return false;
    }
    // The fields stay as an unsaved connection: deleting a profile loses nothing typed here.
    m_loadedIsSaved = false;
    m_loaded.id.clear();
    refreshProfiles();
    showMessage(tr("Deleted “%1”; its secrets were removed from the keychain.").arg(name), false);
    Q_EMIT profilesListChanged();
    Q_EMIT profileChanged();
    return true;
}

bool ConnectionPanel::exportProfiles(const QString &path)
{
    if (!m_manager)
        return false;
    QString error;
    const QList<Profile> profiles = m_manager->store().profiles();
    if (!ProfileStore::exportProfiles(profiles, path, &error)) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("Exported %n profile(s) without their secrets.", nullptr, int(profiles.size())), false);
    return true;
}

bool ConnectionPanel::importProfiles(const QString &path)
{
    if (!m_manager)
        return false;
    QString error;
    QList<Profile> imported = ProfileStore::importProfiles(path, m_manager->store(), &error);
    if (!error.isEmpty()) {
        showMessage(error, true);
        return false;
    }
    for (Profile &p : imported) {
        // Exports carry no secret values, only their names: ask for them now (or later on load).
        const QStringList fields = p.secretFields();
        if (!fields.isEmpty())
            askForSecrets(&p, fields);
        if (!m_manager->save(p, &error)) {
            showMessage(error, true);
            refreshProfiles();
            Q_EMIT profilesListChanged();
            return false;
        }
    }
    refreshProfiles();
    showMessage(tr("Imported %n profile(s).", nullptr, int(imported.size())), false);
    Q_EMIT profilesListChanged();
    return true;
}

void ConnectionPanel::populateMenu(QMenu *menu)
{
    menu->clear();
    const bool saved = m_loadedIsSaved;
    const bool writable = m_manager && m_manager->store().canSave();
    QAction *save = menu->addAction(tr("Save"), this, [this] { saveProfile(); });
    save->setEnabled(writable);
    menu->addAction(tr("Save as…"), this,
            [this] {
                bool ok = false;
                const QString name = QInputDialog::getText(this, tr("Save profile as"), tr("Name of the new profile:"),
                    QLineEdit::Normal,
                    m_manager->store().uniqueName(m_loaded.name.isEmpty() ? tr("New profile") : m_loaded.name), &ok);
                if (ok)
                    saveProfileAs(name);
            })
        ->setEnabled(writable);
    menu->addAction(tr("Rename…"), this,
            [this] {
                bool ok = false;
                const QString name = QInputDialog::getText(
                    this, tr("Rename profile"), tr("New name:"), QLineEdit::Normal, m_loaded.name, &ok);
                if (ok)
                    renameProfile(name);
            })
        ->setEnabled(saved && writable);
    menu->addAction(tr("Duplicate"), this, [this] { duplicateProfile(m_manager->store().uniqueName(m_loaded.name)); })
        ->setEnabled(saved && writable);
    menu->addAction(tr("Delete…"), this,
            [this] {
                if (QMessageBox::question(this, tr("Delete profile"),
                        tr("Delete the profile “%1” and its saved secrets?").arg(m_loaded.name))
                    == QMessageBox::Yes)
                    deleteProfile();
            })
        ->setEnabled(saved && writable);
    menu->addSeparator();
    QMenu *connectMenu = menu->addMenu(tr("Connect to"));
    if (m_manager) {
        for (const Profile &p : m_manager->store().profiles()) {
            const QString id = p.id;
            connectMenu->addAction(p.name, this, [this, id] {
                if (loadProfile(id))
                    toggleConnection();
            });
        }
    }
    connectMenu->setEnabled(!connectMenu->isEmpty()
        && (m_channelState == WebSocketChannel::State::Idle || m_channelState == WebSocketChannel::State::Closed));
    menu->addSeparator();
    menu->addAction(tr("Import profiles…"), this,
            [this] {
                const QString path = QFileDialog::getOpenFileName(
                    this, tr("Import profiles"), QString(), tr("Framewise profiles (*.json);;All files (*)"));
                if (!path.isEmpty())
                    importProfiles(path);
            })
        ->setEnabled(writable);
    menu->addAction(tr("Export profiles…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export profiles (without secrets)"),
            QStringLiteral("framewise-profiles.json"), tr("Framewise profiles (*.json)"));
        if (!path.isEmpty())
            exportProfiles(path);
    });
    if (m_manager && !m_manager->store().canSave()) {
        menu->addSeparator();
        menu->addAction(tr("Start over with no profiles…"), this, [this] {
            if (QMessageBox::warning(this, tr("Start over"),
                    tr("%1\n\nStart a new, empty profiles file? The damaged one stays in its backup.")
                        .arg(m_manager->store().errorString()),
                    QMessageBox::Yes | QMessageBox::No)
                == QMessageBox::Yes) {
                if (m_manager->store().startOver())
                    showMessage(tr("Started a new profiles file."), false);
                else
                    showMessage(m_manager->store().errorString(), true);
                refreshProfiles();
                Q_EMIT profilesListChanged();
            }
        });
    }
}

} // namespace Framewise
