// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Framewise {

SecretsDialog::SecretsDialog(const QString &profileName, const QStringList &fields, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Secrets for “%1”").arg(profileName));
    auto *intro = new QLabel(tr("These secrets of “%1” have no saved value. Type them to use them now; save the "
                                "profile to keep them in the keychain. Leave a field empty to skip it.")
                                 .arg(profileName),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    for (const QString &field : fields) {
        auto *edit = new QLineEdit(this);
        edit->setEchoMode(QLineEdit::Password);
        edit->setAccessibleName(describeField(field));
        form->addRow(describeField(field) + u':', edit);
        m_edits.insert(field, edit);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString SecretsDialog::value(const QString &field) const
{
    const QLineEdit *edit = m_edits.value(field);
    return edit ? edit->text() : QString();
}

QString SecretsDialog::describeField(const QString &field)
{
    if (field == QLatin1String("password"))
        return tr("HTTP password");
    if (field == QLatin1String("proxyPassword"))
        return tr("Proxy password");
    if (field == QLatin1String("keyPassphrase"))
        return tr("Key passphrase");
    if (field.startsWith(QLatin1String("header:")))
        return tr("Header %1").arg(field.mid(7));
    if (field.startsWith(QLatin1String("variable:")))
        return tr("Variable {{%1}}").arg(field.mid(9));
    return field;
}

} // namespace Framewise
