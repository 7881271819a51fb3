// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionsettings.h"
#include "profile.h"
#include "websocketchannel.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace Framewise {

class ProfileManager;
class SecretDelegate;

// Where a connection is described and started: URL (validated as you type: a bad URL shows
// why inline and disables Connect), the profile picker with save / save as / rename /
// duplicate / delete / import / export, Origin, subprotocols, request headers (add / remove /
// disable rows, mark secret), variables ({{name}}), keepalive, size limit, compression, TLS,
// proxy and authentication, and Connect/Disconnect with the state in words. Secret values are
// shown as dots until "Show secrets" is ticked.
class ConnectionPanel : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionPanel(QWidget *parent = nullptr);

    // Profiles come from the window's manager, shared by every tab; without one the picker
    // stays disabled.
    void setProfileManager(ProfileManager *manager);
    ProfileManager *profileManager() const { return m_manager; }

    // What the widgets describe, as a profile (id and name of the loaded one, if any).
    Profile profile() const;
    void setProfile(const Profile &profile, bool saved);
    bool isModified() const;
    QString currentProfileId() const { return m_loaded.id; }

    // The profile resolved for connecting, or the problems in words.
    QStringList resolve(ConnectionSettings *settings) const;
    ConnectionSettings settings() const; // resolved, or best effort (tests, titles)
    void setSettings(const ConnectionSettings &settings);
    // detail: how the connection ended, for Closed. handshakeLink: the state line offers "Show
    // handshake" (handshakeLinkActivated), for an end the Handshake tab explains.
    void setState(WebSocketChannel::State state, const QString &detail = {}, bool handshakeLink = false);
    // Shows whether receiving is paused (the Pause button's check and the state line); emits nothing.
    void setReceivingPaused(bool paused);
    QString urlError() const;
    // Why the Origin, subprotocols or headers cannot go on the wire (control characters, a header
    // name that is no token, a header Framewise writes itself); empty when they can.
    QString wireError() const;

    // Profile actions; the menu calls these after asking for names. Each returns false and
    // shows why (in the panel's message line) when it could not be done.
    bool loadProfile(const QString &id);
    bool saveProfile(); // asks for a name first when the connection is not saved yet
    bool saveProfileAs(const QString &name);
    bool renameProfile(const QString &name);
    bool duplicateProfile(const QString &name);
    bool deleteProfile();
    bool exportProfiles(const QString &path);
    bool importProfiles(const QString &path);
    void refreshProfiles(); // the picker's list, after another tab changed it
    QString message() const;
    void showMessage(const QString &text, bool error);
    // Who is asked for secrets a profile lacks; a dialog unless replaced (tests answer here).
    using SecretPrompt = std::function<bool(Profile *profile, const QStringList &fields)>;
    void setSecretPrompt(SecretPrompt prompt) { m_secretPrompt = std::move(prompt); }

    QLineEdit *urlEdit() const { return m_url; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *pauseButton() const { return m_pause; }
    QComboBox *profilePicker() const { return m_profiles; }
    QToolButton *profileMenuButton() const { return m_profileMenuButton; }
    QTableWidget *headersTable() const { return m_headers; }
    QToolButton *optionsToggle() const { return m_optionsToggle; }
    // Where Tab goes, in reading order: profile, URL, Connect, Pause, Options, then the options.
    QList<QWidget *> focusOrder() const;
    QTableWidget *variablesTable() const { return m_variables; }
    QCheckBox *revealSecrets() const { return m_reveal; }
    QLabel *stateLabel() const { return m_state; }
    QSpinBox *rttProbeBox() const { return m_rttProbe; }
    QLabel *keepaliveHint() const { return m_keepaliveHint; }
    void addHeaderRow(const QString &name = {}, const QString &value = {}, bool enabled = true, bool secret = false);
    void addVariableRow(const QString &name = {}, const QString &value = {}, bool secret = false);
    void setSnippets(const QList<Snippet> &snippets);
    QList<Snippet> snippets() const { return m_snippets; }

Q_SIGNALS:
    void connectRequested(const Framewise::ConnectionSettings &settings);
    void disconnectRequested();
    void pauseRequested(bool paused); // the Pause button, while the connection is open
    void handshakeLinkActivated(); // "Show handshake" in the state line
    void profileChanged(); // loaded, saved, edited: title, modified mark, snippets
    void profilesListChanged(); // saved / renamed / deleted: other tabs refresh their picker

private:
    // The options' tabs (buildOptions() builds them in the order of the tabs, then makes each scroll).
    void buildOptions();
    void buildRequestPage();
    void buildVariablesPage();
    void buildConnectionPage();
    void buildTlsPage();
    void buildAuthPage();
    void makeOptionPagesScroll();
    void connectOptionEdits();
    void validate();
    void toggleConnection();
    void markEdited();
    void updateModifiedMark();
    bool askForSecrets(Profile *profile, const QStringList &fields);
    bool storeProfile(const Profile &profile);
    void populateMenu(QMenu *menu);

    ProfileManager *m_manager = nullptr;
    SecretPrompt m_secretPrompt;
    Profile m_loaded; // as last loaded or saved (with secrets); its id is empty when unsaved
    bool m_loadedIsSaved = false;
    bool m_filling = false; // setProfile in progress: edits are not the user's
    QList<Snippet> m_snippets;

    QComboBox *m_profiles;
    QToolButton *m_profileMenuButton;
    QLineEdit *m_url;
    QLabel *m_message;
    bool m_messageIsError = false;
    QPushButton *m_connect;
    QPushButton *m_pause;
    QLabel *m_state;
    QToolButton *m_optionsToggle;
    QTabWidget *m_options;
    QCheckBox *m_reveal;
    SecretDelegate *m_headerSecrets;
    SecretDelegate *m_variableSecrets;
    QLineEdit *m_origin;
    QLineEdit *m_protocols;
    QTableWidget *m_headers;
    QTableWidget *m_variables;
    QSpinBox *m_pingInterval;
    QSpinBox *m_pingTimeout;
    QSpinBox *m_rttProbe;
    QLabel *m_keepaliveHint;
    QSpinBox *m_maxMessage;
    QCheckBox *m_compression;
    QCheckBox *m_followRedirects;
    QLineEdit *m_caFiles;
    QLineEdit *m_pins;
    QLineEdit *m_clientCertificate;
    QLineEdit *m_clientKey;
    QLineEdit *m_pkcs12;
    QLineEdit *m_keyPassphrase;
    QLineEdit *m_proxy;
    QCheckBox *m_systemProxy;
    QLineEdit *m_proxyUser;
    QLineEdit *m_proxyPassword;
    QLineEdit *m_user;
    QLineEdit *m_password;
    WebSocketChannel::State m_channelState = WebSocketChannel::State::Idle;
    QString m_stateDetail; // setState()'s detail, kept for redrawing the state line
    bool m_stateHandshakeLink = false; // and its handshakeLink
};

} // namespace Framewise
