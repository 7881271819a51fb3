// SPDX-License-Identifier: GPL-3.0-or-later
#include "interceptdialog.h"

#include "interceptclispec.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Framewise {

namespace {
// "127.0.0.1:9001", "[::1]:9001" or "9001" (loopback).
bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.lastIndexOf(QLatin1Char(':'));
    QString host = colon >= 0 ? trimmed.left(colon) : QStringLiteral("127.0.0.1");
    bool ok = false;
    const uint number = trimmed.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535)
        return false;
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    if (!address->setAddress(host))
        return false;
    *port = quint16(number);
    return true;
}

// One rule per line: "rewrite to-server:a:b", "--drop to-app:x", … Empty lines and # comments are skipped.
QList<InterceptRule> parseRules(const QString &text, QStringList *problems)
{
    const struct {
        const char *name;
        InterceptRule::Action action;
    } kinds[] = { { "rewrite", InterceptRule::Action::Rewrite }, { "drop", InterceptRule::Action::Drop },
        { "delay", InterceptRule::Action::Delay }, { "break", InterceptRule::Action::Break },
        { "reply", InterceptRule::Action::Reply } };
    QList<InterceptRule> rules;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1String("--")))
            line = line.mid(2);
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        const QString verb = line.left(space).toLower();
        bool known = false;
        for (const auto &kind : kinds) {
            if (verb != QLatin1String(kind.name))
                continue;
            known = true;
            QString error;
            const InterceptRule rule
                = InterceptCliSpec::parse(kind.action, space < 0 ? QString() : line.mid(space + 1).trimmed(), &error);
            if (error.isEmpty())
                rules.append(rule);
            else
                problems->append(InterceptDialog::tr("Rule line %1: %2").arg(i + 1).arg(error));
        }
        if (!known)
            problems->append(InterceptDialog::tr("Rule line %1: “%2” is not a rule; start with rewrite, drop, delay, "
                                                 "break or reply.")
                                 .arg(i + 1)
                                 .arg(verb));
    }
    return rules;
}
} // namespace

InterceptDialog::InterceptDialog(QWidget *parent)
    : QDialog(parent)
    , m_listen(new QLineEdit(QStringLiteral("127.0.0.1:%1").arg(InterceptSettings::DefaultPort), this))
    , m_upstream(new QLineEdit(this))
    , m_fixedPath(new QCheckBox(tr("Always the upstream's path (ignore the app's path and query)"), this))
    , m_keepHost(new QCheckBox(tr("Send the app's Host header upstream"), this))
    , m_forwardPings(new QCheckBox(tr("Carry pings end to end"), this))
    , m_certificate(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_rules(new QPlainTextEdit(this))
    , m_autoRelease(new QSpinBox(this))
    , m_warning(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("New intercept"));
    m_upstream->setPlaceholderText(tr("ws://real-server:8080 or wss://…"));
    m_forwardPings->setChecked(true);
    m_certificate->setPlaceholderText(tr("PEM file, for wss:// from the app (optional)"));
    m_key->setPlaceholderText(tr("its PEM private key"));
    m_caFile->setPlaceholderText(tr("extra CA file to trust the upstream (optional)"));
    m_rules->setPlaceholderText(tr("One rule per line, applied in order, e.g.\n"
                                   "break to-server:\"type\":\"order\"\n"
                                   "break to-server:json:/type=order\n"
                                   "rewrite to-app:price=\\d+:price=0\n"
                                   "drop to-app:^heartbeat$\n"
                                   "delay both:250\n"
                                   "delay to-app:size:>64K:500\n"
                                   "reply to-server:^ping$:pong"));
    m_rules->setTabChangesFocus(true);
    m_autoRelease->setRange(0, 86400);
    m_autoRelease->setSuffix(tr(" s"));
    m_autoRelease->setSpecialValueText(tr("never"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_error->hide();
    for (QLineEdit *edit : { m_listen, m_upstream, m_certificate, m_key, m_caFile })
        edit->setMinimumWidth(fontMetrics().averageCharWidth() * 48);

    auto *form = new QFormLayout;
    form->addRow(tr("&Listen on:"), m_listen);
    form->addRow(QString(), m_warning);
    form->addRow(tr("&Upstream URL:"), m_upstream);
    form->addRow(QString(), m_fixedPath);
    form->addRow(QString(), m_keepHost);
    form->addRow(QString(), m_forwardPings);
    form->addRow(tr("App certificate:"), m_certificate);
    form->addRow(tr("App key:"), m_key);
    form->addRow(tr("Upstream CA:"), m_caFile);
    form->addRow(tr("&Rules:"), m_rules);
    form->addRow(tr("Release held after:"), m_autoRelease);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start intercept"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InterceptDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_listen, &QLineEdit::textChanged, this, &InterceptDialog::updateWarning);
    updateWarning();
}

void InterceptDialog::updateWarning()
{
    QHostAddress address;
    quint16 port = 0;
    const bool valid = parseListen(m_listen->text(), &address, &port);
    m_warning->setVisible(valid && !address.isLoopback());
    m_warning->setText(tr("Other machines can reach %1: anyone there can use the upstream through Framewise.")
                           .arg(address.toString()));
}

void InterceptDialog::setSettings(const InterceptSettings &settings, const QString &rulesText)
{
    m_listen->setText(settings.listenAddress.toString() + QLatin1Char(':') + QString::number(settings.listenPort));
    m_upstream->setText(settings.upstream.url.toString());
    m_fixedPath->setChecked(settings.fixedPath);
    m_keepHost->setChecked(settings.keepHost);
    m_forwardPings->setChecked(settings.forwardPings);
    m_certificate->setText(settings.certificatePath);
    m_key->setText(settings.keyPath);
    m_caFile->setText(settings.upstream.caFiles.value(0));
    m_rules->setPlainText(rulesText);
    m_autoRelease->setValue(settings.autoReleaseS);
}

QString InterceptDialog::rulesText() const
{
    return m_rules->toPlainText();
}

InterceptSettings InterceptDialog::readSettings(QStringList *problems) const
{
    InterceptSettings settings;
    if (!parseListen(m_listen->text(), &settings.listenAddress, &settings.listenPort))
        problems->append(
            tr("Listen on “%1”: give an IP address and a port, e.g. 127.0.0.1:9001.").arg(m_listen->text()));
    const QString urlProblem = ConnectionSettings::validateUrl(m_upstream->text());
    if (!urlProblem.isEmpty())
        problems->append(tr("Upstream URL: %1").arg(urlProblem));
    settings.upstream.url = QUrl(m_upstream->text().trimmed(), QUrl::StrictMode);
    settings.fixedPath = m_fixedPath->isChecked();
    settings.keepHost = m_keepHost->isChecked();
    settings.forwardPings = m_forwardPings->isChecked();
    settings.certificatePath = m_certificate->text().trimmed();
    settings.keyPath = m_key->text().trimmed();
    if (!m_caFile->text().trimmed().isEmpty())
        settings.upstream.caFiles = { m_caFile->text().trimmed() };
    settings.rules = InterceptRuleSet(parseRules(m_rules->toPlainText(), problems));
    settings.autoReleaseS = m_autoRelease->value();
    if (problems->isEmpty())
        *problems = settings.problems();
    return settings;
}

void InterceptDialog::accept()
{
    QStringList problems;
    const InterceptSettings settings = readSettings(&problems);
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(QLatin1Char('\n')));
        m_error->show();
        return;
    }
    m_settings = settings;
    QDialog::accept();
}

} // namespace Framewise
