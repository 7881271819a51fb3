// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interceptsettings.h"
#include "profile.h"

#include <optional>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Framewise {

class InterceptMessagesBox;
class ProfileManager;

// File › New intercept: where to listen, where to forward, and the rules (one per line, in the
// form of framewise-cli intercept's options: "drop to-app:^heartbeat$"). The upstream may come
// from a saved profile (its URL and every option: headers, TLS, proxy, login, secrets from the
// keychain), and the whole intercept can be saved as a profile and picked again.
class InterceptDialog : public QDialog {
    Q_OBJECT
public:
    explicit InterceptDialog(QWidget *parent = nullptr, ProfileManager *profiles = nullptr);

    void setSettings(const InterceptSettings &settings, const QString &rulesText = {});
    // Valid only after accept().
    InterceptSettings settings() const { return m_settings; }
    QString rulesText() const;
    // The settings the fields describe; empty problems when they can be used.
    InterceptSettings readSettings(QStringList *problems) const;

    QLineEdit *listenEdit() const { return m_listen; }
    QLineEdit *upstreamEdit() const { return m_upstream; }
    QPlainTextEdit *rulesEdit() const;
    QComboBox *profileBox() const { return m_profile; }

    // Takes the upstream from the saved profile id (and the intercept's fields when it was saved
    // from here); false with error in words.
    bool useProfile(const QString &id, QString *error);
    // Saves the dialog as a profile called name (the chosen profile's options, this URL and the
    // intercept's fields); false with error in words.
    bool saveAsProfile(const QString &name, QString *error);
    // The intercept's own fields as a profile keeps them, and back.
    QJsonObject interceptJson() const;
    void applyInterceptJson(const QJsonObject &object);

    void accept() override;

private:
    void updateWarning();
    void fillProfiles();

    ProfileManager *m_profiles;
    QComboBox *m_profile;
    std::optional<Profile> m_baseProfile; // with its secrets
    ConnectionSettings m_baseSettings; // the profile resolved: the upstream's options
    QLineEdit *m_listen;
    QLineEdit *m_upstream;
    QCheckBox *m_fixedPath;
    QCheckBox *m_keepHost;
    QLineEdit *m_certificate;
    QLineEdit *m_key;
    QLineEdit *m_caFile;
    InterceptMessagesBox *m_messages;
    QLabel *m_warning;
    QLabel *m_error;
    InterceptSettings m_settings;
};

} // namespace Framewise
