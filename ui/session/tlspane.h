// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTreeWidget;

namespace Framewise {

struct SecurityInfo;

// TLS of a wss connection: protocol, cipher, verification result and errors, and the peer's
// certificate chain with subjects, issuers, validity and SHA-256 fingerprints.
class TlsPane : public QWidget {
    Q_OBJECT
public:
    explicit TlsPane(QWidget *parent = nullptr);
    void showSecurityInfo(const SecurityInfo &info, bool secureUrl);
    // A recorded session keeps a summary only (protocol, cipher, leaf certificate, verification).
    void showSummary(const QString &summary);
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};

} // namespace Framewise
