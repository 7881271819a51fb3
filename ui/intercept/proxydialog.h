// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proxysettings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Framewise {

class InterceptMessagesBox;

// File › New proxy: where the HTTP proxy listens, which hosts it looks into (one pattern per line,
// checked as typed), whether TLS is decrypted with the Framewise CA, the upstream legs' TLS options
// (extra CAs, a client certificate) and what happens to the messages (the same box as New
// intercept). Yields ProxySettings.
class ProxyDialog : public QDialog {
    Q_OBJECT
public:
    explicit ProxyDialog(QWidget *parent = nullptr);

    void setSettings(const ProxySettings &settings, const QString &rulesText = {});
    // Valid only after accept().
    ProxySettings settings() const { return m_settings; }
    QString rulesText() const;
    // The settings the fields describe; empty problems when they can be used.
    ProxySettings readSettings(QStringList *problems) const;
    // The patterns typed into the hosts field, one per non-empty line.
    QStringList hostPatterns() const;

    QLineEdit *listenEdit() const { return m_listen; }
    QLabel *listenWarning() const { return m_warning; }
    QPlainTextEdit *hostsEdit() const { return m_hosts; }
    QLabel *hostsError() const { return m_hostsError; }
    QCheckBox *decryptBox() const { return m_decrypt; }
    QLineEdit *caFilesEdit() const { return m_caFiles; }
    QLineEdit *clientCertificateEdit() const { return m_clientCertificate; }
    QLineEdit *clientKeyEdit() const { return m_clientKey; }
    InterceptMessagesBox *messagesBox() const { return m_messages; }

    void accept() override;

private:
    void updateWarning();
    // Checks the hosts field as it is typed; false (and the reason under it) when a line is no pattern.
    bool checkHosts();

    QLineEdit *m_listen;
    QLabel *m_warning;
    QPlainTextEdit *m_hosts;
    QLabel *m_hostsError;
    QCheckBox *m_decrypt;
    QLineEdit *m_caFiles;
    QLineEdit *m_clientCertificate;
    QLineEdit *m_clientKey;
    InterceptMessagesBox *m_messages;
    QLabel *m_error;
    ProxySettings m_settings;
};

} // namespace Framewise
