// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlspane.h"

#include "securityinfo.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Framewise {

TlsPane::TlsPane(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
{
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Property"), tr("Value") });
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("TLS details"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    showSecurityInfo({}, false);
}

void TlsPane::showSummary(const QString &summary)
{
    m_tree->clear();
    auto *top = new QTreeWidgetItem(m_tree);
    top->setText(0, tr("TLS"));
    if (summary.isEmpty()) {
        top->setText(1, tr("Not used, or not recorded"));
        return;
    }
    const QStringList lines = summary.split(u'\n');
    top->setText(1, lines.first());
    top->setToolTip(1, lines.first());
    for (qsizetype i = 1; i < lines.size(); ++i) {
        auto *item = new QTreeWidgetItem(top);
        item->setText(1, lines.at(i));
        item->setToolTip(1, lines.at(i));
    }
    top->setExpanded(true);
}

void TlsPane::showSecurityInfo(const SecurityInfo &info, bool secureUrl)
{
    m_tree->clear();
    const auto add = [this](QTreeWidgetItem *parent, const QString &name, const QString &value) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, name);
        item->setText(1, value);
        item->setToolTip(1, value);
        return item;
    };
    if (!info.isSecure() && info.peerChain.isEmpty()) {
        add(nullptr, tr("TLS"), secureUrl ? tr("Not established yet") : tr("Not used (ws://)"));
        return;
    }
    add(nullptr, tr("Protocol"), info.protocol);
    add(nullptr, tr("Cipher"),
        info.cipherBits > 0 ? tr("%1 (%2 bits)").arg(info.cipher).arg(info.cipherBits) : info.cipher);
    add(nullptr, tr("Server name"), info.serverName);
    add(nullptr, tr("Verification"),
        info.verified           ? tr("Verified")
            : info.trustedByPin ? tr("Not verified — trusted by your certificate pin")
                                : tr("Failed"));
    if (!info.verificationErrors.isEmpty()) {
        auto *errors = add(nullptr, tr("Errors"), QString::number(info.verificationErrors.size()));
        for (const QString &error : info.verificationErrors)
            add(errors, QString(), error);
        errors->setExpanded(true);
    }
    auto *chain = add(nullptr, tr("Certificate chain"), tr("%n certificate(s)", nullptr, int(info.peerChain.size())));
    for (qsizetype i = 0; i < info.peerChain.size(); ++i) {
        const QSslCertificate &certificate = info.peerChain.at(i);
        auto *item = add(chain, QString::number(i), SecurityInfo::subjectLine(certificate));
        add(item, tr("Subject"), SecurityInfo::subjectLine(certificate));
        add(item, tr("Issuer"), SecurityInfo::issuerLine(certificate));
        add(item, tr("Valid from"), certificate.effectiveDate().toString(Qt::ISODate));
        add(item, tr("Valid until"), certificate.expiryDate().toString(Qt::ISODate));
        add(item, tr("SHA-256"), SecurityInfo::sha256Fingerprint(certificate));
        item->setExpanded(i == 0);
    }
    chain->setExpanded(true);
}

} // namespace Framewise
