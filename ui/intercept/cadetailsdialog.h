// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificateauthority.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;

namespace Framewise {

// View › CA details: the Framewise CA's subject, SHA-256 and SHA-1 fingerprints, validity and
// where it is kept (the keychain, or this run only and why), how apps come to trust it, and
// Regenerate…, which first warns that everything trusting the old CA must be given the new one.
// The dialog only asks; the window makes the new CA (regenerateRequested) and shows it here.
class CaDetailsDialog : public QDialog {
    Q_OBJECT
public:
    explicit CaDetailsDialog(QWidget *parent = nullptr);

    // Shows ca; keptWhere says where it lives, in words. A null ca shows error instead.
    void setAuthority(const CertificateAuthority &ca, const QString &keptWhere, const QString &error = {});
    // After a regenerate: says that the CA is new, what must trust it, and which proxy tabs use it.
    void noteRegenerated(int openProxyTabs);
    // Asked before regenerateRequested(); the default is a warning box with Regenerate and Cancel.
    void setConfirmRegenerate(std::function<bool()> confirm) { m_confirm = std::move(confirm); }

    QLabel *subjectLabel() const { return m_subject; }
    QLabel *sha256Label() const { return m_sha256; }
    QLabel *sha1Label() const { return m_sha1; }
    QLabel *validityLabel() const { return m_validity; }
    QLabel *keptLabel() const { return m_kept; }
    QLabel *noteLabel() const { return m_note; }
    QPushButton *regenerateButton() const { return m_regenerate; }
    QPushButton *exportButton() const { return m_export; }

    // Runs the confirmation and, when confirmed, emits regenerateRequested().
    void regenerate();

Q_SIGNALS:
    void regenerateRequested();
    void exportRequested();

private:
    bool confirmByWarning();

    QLabel *m_subject;
    QLabel *m_sha256;
    QLabel *m_sha1;
    QLabel *m_validity;
    QLabel *m_kept;
    QLabel *m_note;
    QPushButton *m_export;
    QPushButton *m_regenerate;
    std::function<bool()> m_confirm;
};

} // namespace Framewise
