// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxydialog.h"

#include "hostpatternlist.h"
#include "interceptmessagesbox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Framewise {

namespace {
QStringList splitPaths(const QString &text)
{
    QStringList paths;
    for (const QString &part : text.split(QLatin1Char(';'))) {
        if (!part.trimmed().isEmpty())
            paths.append(part.trimmed());
    }
    return paths;
}
} // namespace

ProxyDialog::ProxyDialog(QWidget *parent)
    : QDialog(parent)
    , m_listen(new QLineEdit(QStringLiteral("127.0.0.1:%1").arg(ProxySettings::DefaultPort), this))
    , m_warning(new QLabel(this))
    , m_hosts(new QPlainTextEdit(this))
    , m_hostsError(new QLabel(this))
    , m_decrypt(new QCheckBox(tr("&Decrypt TLS with the Framewise CA"), this))
    , m_caFiles(new QLineEdit(this))
    , m_clientCertificate(new QLineEdit(this))
    , m_clientKey(new QLineEdit(this))
    , m_messages(new InterceptMessagesBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("New proxy"));
    m_listen->setAccessibleName(tr("Listen on"));
    m_hosts->setAccessibleName(tr("Hosts to intercept"));
    m_hosts->setPlaceholderText(tr("One pattern per line; empty: every host. Others are tunnelled untouched.\n"
                                   "example.com\n"
                                   "*.example.com\n"
                                   "127.0.0.1:8443"));
    m_hosts->setTabChangesFocus(true);
    // Room for the placeholder's four lines, no more: the rules below need the height.
    m_hosts->setFixedHeight(m_hosts->fontMetrics().lineSpacing() * 4 + 2 * m_hosts->frameWidth() + 8);
    m_decrypt->setChecked(true);
    m_decrypt->setToolTip(tr("wss:// apps must trust the Framewise CA (File › Export CA certificate…). "
                             "Off, TLS is tunnelled untouched and only ws:// is looked into."));
    m_caFiles->setPlaceholderText(tr("PEM files, separated by ; (optional)"));
    m_caFiles->setAccessibleName(tr("Extra CA files"));
    m_caFiles->setToolTip(tr("CAs to trust besides the system's when Framewise connects to servers"));
    m_clientCertificate->setPlaceholderText(tr("PEM file, when servers ask for one (optional)"));
    m_clientCertificate->setAccessibleName(tr("Client certificate"));
    m_clientKey->setPlaceholderText(tr("its PEM private key"));
    m_clientKey->setAccessibleName(tr("Client key"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_hostsError->setWordWrap(true);
    m_hostsError->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_hostsError->setAccessibleName(tr("Hosts problem"));
    m_hostsError->hide();
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_error->hide();
    for (QLineEdit *edit : { m_listen, m_caFiles, m_clientCertificate, m_clientKey })
        edit->setMinimumWidth(fontMetrics().averageCharWidth() * 48);

    auto *form = new QFormLayout;
    form->addRow(tr("&Listen on:"), m_listen);
    form->addRow(QString(), m_warning);
    form->addRow(tr("&Hosts to intercept:"), m_hosts);
    form->addRow(QString(), m_hostsError);
    form->addRow(QString(), m_decrypt);

    auto *upstream = new QGroupBox(tr("Servers (upstream TLS)"), this);
    auto *upstreamForm = new QFormLayout(upstream);
    upstreamForm->addRow(tr("Extra &CA files:"), m_caFiles);
    upstreamForm->addRow(tr("Client c&ertificate:"), m_clientCertificate);
    upstreamForm->addRow(tr("Client &key:"), m_clientKey);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start proxy"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProxyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(upstream);
    layout->addWidget(m_messages, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_listen, &QLineEdit::textChanged, this, &ProxyDialog::updateWarning);
    connect(m_hosts, &QPlainTextEdit::textChanged, this, &ProxyDialog::checkHosts);
    updateWarning();
}

void ProxyDialog::updateWarning()
{
    InterceptSettings listen;
    const bool valid = listen.setListen(m_listen->text());
    m_warning->setVisible(valid && !listen.isLoopback());
    m_warning->setText(tr("Other machines can reach %1: anyone there can use Framewise as their proxy and see "
                          "what it decrypts.")
                           .arg(listen.listenAddress.toString()));
}

QStringList ProxyDialog::hostPatterns() const
{
    QStringList patterns;
    for (const QString &line : m_hosts->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            patterns.append(line.trimmed());
    }
    return patterns;
}

bool ProxyDialog::checkHosts()
{
    QString error;
    const bool valid = HostPatternList::parse(hostPatterns(), &error).has_value();
    m_hostsError->setText(valid ? QString() : error);
    m_hostsError->setVisible(!valid);
    return valid;
}

void ProxyDialog::setSettings(const ProxySettings &settings, const QString &rulesText)
{
    const InterceptSettings &intercept = settings.intercept;
    const QString address = intercept.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + intercept.listenAddress.toString() + QLatin1Char(']')
        : intercept.listenAddress.toString();
    m_listen->setText(address + QLatin1Char(':') + QString::number(intercept.listenPort));
    m_hosts->setPlainText(settings.interceptHosts.join(QLatin1Char('\n')));
    m_decrypt->setChecked(settings.decryptTls);
    m_caFiles->setText(intercept.upstream.caFiles.join(QStringLiteral("; ")));
    m_clientCertificate->setText(intercept.upstream.clientCertificate);
    m_clientKey->setText(intercept.upstream.clientKey);
    m_messages->setFrom(intercept, rulesText);
}

QString ProxyDialog::rulesText() const
{
    return m_messages->rulesEdit()->toPlainText();
}

ProxySettings ProxyDialog::readSettings(QStringList *problems) const
{
    ProxySettings settings;
    if (!settings.intercept.setListen(m_listen->text()))
        problems->append(tr("Listen on “%1”: give an IP address and a port, e.g. 127.0.0.1:%2.")
                             .arg(m_listen->text())
                             .arg(ProxySettings::DefaultPort));
    settings.interceptHosts = hostPatterns();
    QString hostsProblem;
    if (!HostPatternList::parse(settings.interceptHosts, &hostsProblem))
        problems->append(tr("Hosts to intercept: %1").arg(hostsProblem));
    settings.decryptTls = m_decrypt->isChecked();
    ConnectionSettings &upstream = settings.intercept.upstream;
    upstream.caFiles = splitPaths(m_caFiles->text());
    upstream.clientCertificate = m_clientCertificate->text().trimmed();
    upstream.clientKey = m_clientKey->text().trimmed();
    if (upstream.clientCertificate.isEmpty() != upstream.clientKey.isEmpty())
        problems->append(tr("Give the client certificate and its private key together."));
    m_messages->applyTo(&settings.intercept, problems);
    if (problems->isEmpty())
        *problems = settings.problems();
    return settings;
}

void ProxyDialog::accept()
{
    checkHosts();
    QStringList problems;
    const ProxySettings settings = readSettings(&problems);
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(QLatin1Char('\n')));
        m_error->show();
        return;
    }
    m_settings = settings;
    QDialog::accept();
}

} // namespace Framewise
