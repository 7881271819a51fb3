// SPDX-License-Identifier: GPL-3.0-or-later
#include "interceptdialog.h"

#include "interceptmessagesbox.h"
#include "profilemanager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Framewise {

InterceptDialog::InterceptDialog(QWidget *parent, ProfileManager *profiles)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_profile(new QComboBox(this))
    , m_listen(new QLineEdit(QStringLiteral("127.0.0.1:%1").arg(InterceptSettings::DefaultPort), this))
    , m_upstream(new QLineEdit(this))
    , m_fixedPath(new QCheckBox(tr("Always the upstream's path (ignore the app's path and query)"), this))
    , m_keepHost(new QCheckBox(tr("Send the app's Host header upstream"), this))
    , m_certificate(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_messages(new InterceptMessagesBox(this))
    , m_warning(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("New intercept"));
    m_upstream->setPlaceholderText(tr("ws://real-server:8080 or wss://…"));
    m_certificate->setPlaceholderText(tr("PEM file, for wss:// from the app (optional)"));
    m_key->setPlaceholderText(tr("its PEM private key"));
    m_caFile->setPlaceholderText(tr("extra CA file to trust the upstream (optional)"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_error->hide();
    for (QLineEdit *edit : { m_listen, m_upstream, m_certificate, m_key, m_caFile })
        edit->setMinimumWidth(fontMetrics().averageCharWidth() * 48);

    auto *form = new QFormLayout;
    m_profile->setAccessibleName(tr("Profile"));
    auto *saveProfile = new QPushButton(tr("Save as profile…"), this);
    saveProfile->setEnabled(m_profiles != nullptr);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(saveProfile);
    auto *profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(m_profile); // a row of two widgets has no buddy of its own
    form->addRow(profileLabel, profileRow);
    form->addRow(tr("&Listen on:"), m_listen);
    form->addRow(QString(), m_warning);
    form->addRow(tr("&Upstream URL:"), m_upstream);
    form->addRow(QString(), m_fixedPath);
    form->addRow(QString(), m_keepHost);
    form->addRow(tr("App certificate:"), m_certificate);
    form->addRow(tr("App key:"), m_key);
    form->addRow(tr("Upstream CA:"), m_caFile);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start intercept"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InterceptDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_messages, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_listen, &QLineEdit::textChanged, this, &InterceptDialog::updateWarning);
    updateWarning();
    fillProfiles();
    connect(m_profile, &QComboBox::activated, this, [this] {
        QString error;
        const QString id = m_profile->currentData().toString();
        if (id.isEmpty()) {
            m_baseProfile.reset();
            m_baseSettings = ConnectionSettings();
        } else if (!useProfile(id, &error)) {
            m_error->setText(error);
            m_error->show();
        }
    });
    connect(saveProfile, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save intercept as profile"), tr("Profile name:"),
            QLineEdit::Normal, m_baseProfile ? m_baseProfile->name : QString(), &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
        QString error;
        if (!saveAsProfile(name.trimmed(), &error)) {
            m_error->setText(error);
            m_error->show();
        }
    });
}

void InterceptDialog::fillProfiles()
{
    const QString current = m_profile->currentData().toString();
    m_profile->clear();
    m_profile->addItem(tr("(none: only the URL below)"), QString());
    if (!m_profiles)
        return;
    for (const Profile &profile : m_profiles->store().profiles()) {
        // Intercepts saved from here come first in the reader's eye: they say so.
        const QString label = profile.intercept.isEmpty() ? profile.name : tr("%1 (intercept)").arg(profile.name);
        m_profile->addItem(label, profile.id);
    }
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(current)));
}

bool InterceptDialog::useProfile(const QString &id, QString *error)
{
    if (!m_profiles)
        return false;
    QStringList missing;
    const std::optional<Profile> profile = m_profiles->withSecrets(id, &missing, error);
    if (!profile)
        return false;
    ConnectionSettings settings;
    if (const QStringList problems = profile->resolve(&settings); !problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    m_baseProfile = profile;
    m_baseSettings = settings;
    m_upstream->setText(settings.url.toString());
    if (!profile->intercept.isEmpty())
        applyInterceptJson(profile->intercept);
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(id)));
    if (!missing.isEmpty()) {
        *error
            = tr("The keychain has no saved value for: %1. The upstream goes without them.").arg(missing.join(u", "));
        m_error->setText(*error);
        m_error->show();
    }
    return true;
}

QJsonObject InterceptDialog::interceptJson() const
{
    return QJsonObject { { QStringLiteral("listen"), m_listen->text().trimmed() },
        { QStringLiteral("fixedPath"), m_fixedPath->isChecked() },
        { QStringLiteral("keepHost"), m_keepHost->isChecked() },
        { QStringLiteral("forwardPings"), m_messages->forwardPingsBox()->isChecked() },
        { QStringLiteral("certificate"), m_certificate->text().trimmed() },
        { QStringLiteral("key"), m_key->text().trimmed() },
        { QStringLiteral("rules"), m_messages->rulesEdit()->toPlainText() },
        { QStringLiteral("autoRelease"), m_messages->autoReleaseBox()->value() } };
}

void InterceptDialog::applyInterceptJson(const QJsonObject &object)
{
    m_listen->setText(object.value(QStringLiteral("listen")).toString(m_listen->text()));
    m_fixedPath->setChecked(object.value(QStringLiteral("fixedPath")).toBool());
    m_keepHost->setChecked(object.value(QStringLiteral("keepHost")).toBool());
    m_messages->forwardPingsBox()->setChecked(object.value(QStringLiteral("forwardPings")).toBool(true));
    m_certificate->setText(object.value(QStringLiteral("certificate")).toString());
    m_key->setText(object.value(QStringLiteral("key")).toString());
    m_messages->rulesEdit()->setPlainText(object.value(QStringLiteral("rules")).toString());
    m_messages->autoReleaseBox()->setValue(object.value(QStringLiteral("autoRelease")).toInt());
}

bool InterceptDialog::saveAsProfile(const QString &name, QString *error)
{
    if (!m_profiles)
        return false;
    if (const QString urlProblem = ConnectionSettings::validateUrl(m_upstream->text()); !urlProblem.isEmpty()) {
        *error = tr("Upstream URL: %1").arg(urlProblem);
        return false;
    }
    // The chosen profile's options stay (headers, TLS, proxy, login); a new name is a new profile.
    Profile profile = m_baseProfile && m_baseProfile->name == name ? *m_baseProfile : Profile::create(name);
    if (m_baseProfile && m_baseProfile->name != name) {
        const QString id = profile.id;
        profile = *m_baseProfile;
        profile.id = id;
        profile.name = name;
    }
    profile.url = m_upstream->text().trimmed();
    if (!m_caFile->text().trimmed().isEmpty() && !profile.caFiles.contains(m_caFile->text().trimmed()))
        profile.caFiles.append(m_caFile->text().trimmed());
    profile.intercept = interceptJson();
    if (!m_profiles->save(profile, error))
        return false;
    m_baseProfile = profile;
    fillProfiles();
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(profile.id)));
    return true;
}

void InterceptDialog::updateWarning()
{
    InterceptSettings listen;
    const bool valid = listen.setListen(m_listen->text());
    m_warning->setVisible(valid && !listen.isLoopback());
    m_warning->setText(tr("Other machines can reach %1: anyone there can use the upstream through Framewise.")
                           .arg(listen.listenAddress.toString()));
}

void InterceptDialog::setSettings(const InterceptSettings &settings, const QString &rulesText)
{
    m_listen->setText(settings.listenAddress.toString() + QLatin1Char(':') + QString::number(settings.listenPort));
    m_upstream->setText(settings.upstream.url.toString());
    m_fixedPath->setChecked(settings.fixedPath);
    m_keepHost->setChecked(settings.keepHost);
    m_certificate->setText(settings.certificatePath);
    m_key->setText(settings.keyPath);
    m_caFile->setText(settings.upstream.caFiles.value(0));
    m_messages->setFrom(settings, rulesText);
}

QPlainTextEdit *InterceptDialog::rulesEdit() const
{
    return m_messages->rulesEdit();
}

QString InterceptDialog::rulesText() const
{
    return m_messages->rulesEdit()->toPlainText();
}

InterceptSettings InterceptDialog::readSettings(QStringList *problems) const
{
    InterceptSettings settings;
    settings.upstream = m_baseSettings; // a profile's options, or the defaults
    if (!settings.setListen(m_listen->text()))
        problems->append(
            tr("Listen on “%1”: give an IP address and a port, e.g. 127.0.0.1:9001.").arg(m_listen->text()));
    const QString urlProblem = ConnectionSettings::validateUrl(m_upstream->text());
    if (!urlProblem.isEmpty())
        problems->append(tr("Upstream URL: %1").arg(urlProblem));
    settings.upstream.url = QUrl(m_upstream->text().trimmed(), QUrl::StrictMode);
    settings.fixedPath = m_fixedPath->isChecked();
    settings.keepHost = m_keepHost->isChecked();
    settings.certificatePath = m_certificate->text().trimmed();
    settings.keyPath = m_key->text().trimmed();
    if (!m_caFile->text().trimmed().isEmpty() && !settings.upstream.caFiles.contains(m_caFile->text().trimmed()))
        settings.upstream.caFiles.append(m_caFile->text().trimmed());
    m_messages->applyTo(&settings, problems);
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
