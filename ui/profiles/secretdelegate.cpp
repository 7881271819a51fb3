// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretdelegate.h"

#include <QLineEdit>

namespace Framewise {

SecretDelegate::SecretDelegate(int secretColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_secretColumn(secretColumn)
{
}

bool SecretDelegate::isMasked(const QModelIndex &index) const
{
    return !m_revealed && index.siblingAtColumn(m_secretColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked;
}

void SecretDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // The same length of dots whatever the value, so the length does not leak either.
    if (isMasked(index) && !option->text.isEmpty())
        option->text = QString(8, QChar(0x2022));
}

QWidget *SecretDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor); line && isMasked(index))
        line->setEchoMode(QLineEdit::Password);
    return editor;
}

} // namespace Framewise
