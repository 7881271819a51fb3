// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>

class QLineEdit;

namespace Framewise {

// Asks for the secret values a profile needs but the keychain does not have (an imported
// profile, or no keychain at all): one password field per secret, named in words.
class SecretsDialog : public QDialog {
    Q_OBJECT
public:
    SecretsDialog(const QString &profileName, const QStringList &fields, QWidget *parent = nullptr);

    QString value(const QString &field) const;
    static QString describeField(const QString &field); // "header:X-Key" -> "Header X-Key"

private:
    QHash<QString, QLineEdit *> m_edits;
};

} // namespace Framewise
