// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Framewise {

// Shows the value cells of rows marked secret (a checked cell in secretColumn) as dots, and
// edits them in a password field, unless revealed. Used by the headers and variables tables.
class SecretDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    SecretDelegate(int secretColumn, QObject *parent = nullptr);

    void setRevealed(bool revealed) { m_revealed = revealed; }
    bool revealed() const { return m_revealed; }
    bool isMasked(const QModelIndex &index) const;

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_secretColumn;
    bool m_revealed = false;
};

} // namespace Framewise
