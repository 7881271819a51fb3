// SPDX-License-Identifier: GPL-3.0-or-later
#include "cadetailsdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Framewise {

namespace {
QLabel *makeValue(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(name);
    return label;
}

// "AB:CD:…" in rows of 16 bytes: a SHA-256 fingerprint on one line would make the dialog too wide.
QString inRows(const QString &fingerprint)
{
    constexpr int RowChars = 16 * 3;
    QStringList rows;
    for (qsizetype i = 0; i < fingerprint.size(); i += RowChars)
        rows.append(fingerprint.mid(i, RowChars - 1));
    return rows.join(QLatin1Char('\n'));
}

QString utc(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}
} // namespace

CaDetailsDialog::CaDetailsDialog(QWidget *parent)
    : QDialog(parent)
    , m_subject(makeValue(this, tr("Subject")))
    , m_sha256(makeValue(this, tr("SHA-256 fingerprint")))
    , m_sha1(makeValue(this, tr("SHA-1 fingerprint")))
    , m_validity(makeValue(this, tr("Validity")))
    , m_kept(makeValue(this, tr("Kept")))
    , m_note(new QLabel(this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_regenerate(new QPushButton(tr("&Regenerate…"), this))
{
    setWindowTitle(tr("Framewise CA"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_sha256->setFont(fixed);
    m_sha1->setFont(fixed);
    m_kept->setWordWrap(true);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_note->setAccessibleName(tr("Note"));
    m_note->hide();
    auto *howTo = new QLabel(tr("Apps and browsers accept the certificates Framewise makes for intercepted wss:// "
                                "hosts only once they trust this CA: export it (PEM, or DER for some devices) and "
                                "import it as the README's section “Trusting the Framewise CA” shows for Firefox, "
                                "Chromium and Debian system-wide. Its private key never leaves the keychain."),
        this);
    howTo->setWordWrap(true);
    howTo->setAccessibleName(tr("How to trust the CA"));
    m_export->setToolTip(tr("Write the CA's certificate to a file (File › Export CA certificate…)"));
    m_regenerate->setToolTip(tr("Make a new CA in place of this one"));

    auto *form = new QFormLayout;
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("SHA-256:"), m_sha256);
    form->addRow(tr("SHA-1:"), m_sha1);
    form->addRow(tr("Valid:"), m_validity);
    form->addRow(tr("Kept:"), m_kept);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_regenerate, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setDefault(true); // Enter never exports or regenerates
    connect(m_export, &QPushButton::clicked, this, &CaDetailsDialog::exportRequested);
    connect(m_regenerate, &QPushButton::clicked, this, &CaDetailsDialog::regenerate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(howTo);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

void CaDetailsDialog::setAuthority(const CertificateAuthority &ca, const QString &keptWhere, const QString &error)
{
    if (ca.isNull()) {
        for (QLabel *label : { m_subject, m_sha256, m_sha1, m_validity })
            label->clear();
        m_subject->setText(tr("No Framewise CA: %1").arg(error));
        m_subject->setWordWrap(true);
        m_export->setEnabled(false);
    } else {
        m_subject->setText(ca.certificate().subjectDisplayName());
        m_sha256->setText(inRows(QString::fromLatin1(ca.sha256Fingerprint())));
        m_sha1->setText(ca.sha1FingerprintText());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString validity = tr("from %1 until %2").arg(utc(ca.notBefore()), utc(ca.notAfter()));
        if (now > ca.notAfter())
            validity += tr(" (expired: regenerate it)");
        else if (now < ca.notBefore())
            validity += tr(" (not valid yet: check this machine's clock)");
        m_validity->setText(validity);
        m_export->setEnabled(true);
    }
    m_kept->setText(keptWhere);
}

void CaDetailsDialog::noteRegenerated(int openProxyTabs)
{
    QString text = tr("A new Framewise CA was made. Give its certificate to every app, browser and device that "
                      "trusted the old one (Export…). New proxy tabs use the new CA.");
    if (openProxyTabs > 0)
        text += QLatin1Char(' ')
            + tr("The proxy tabs open now (%1) keep decrypting with the old one until they are closed.")
                  .arg(openProxyTabs);
    m_note->setText(text);
    m_note->show();
}

void CaDetailsDialog::regenerate()
{
    if (m_confirm ? m_confirm() : confirmByWarning())
        Q_EMIT regenerateRequested();
}

bool CaDetailsDialog::confirmByWarning()
{
    QMessageBox box(QMessageBox::Warning, tr("Regenerate the Framewise CA"), tr("Make a new Framewise CA?"),
        QMessageBox::NoButton, this);
    box.setInformativeText(tr("The current CA is replaced for good. Every app, browser and device that trusts it "
                              "stops accepting Framewise's certificates until it is given the new one. Proxy tabs "
                              "open now keep the current CA until they are closed; new proxy tabs use the new one."));
    QPushButton *confirm = box.addButton(tr("Regenerate"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel); // not by accident
    box.exec();
    return box.clickedButton() == confirm;
}

} // namespace Framewise
