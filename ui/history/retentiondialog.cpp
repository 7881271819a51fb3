// SPDX-License-Identifier: GPL-3.0-or-later
#include "retentiondialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Framewise {

RetentionDialog::RetentionDialog(int days, int megabytes, QWidget *parent)
    : QDialog(parent)
    , m_days(new QSpinBox(this))
    , m_megabytes(new QSpinBox(this))
{
    setWindowTitle(tr("Keep recorded sessions"));
    m_days->setRange(0, 36500);
    m_days->setSpecialValueText(tr("No limit"));
    m_days->setSuffix(tr(" days"));
    m_days->setValue(days);
    m_days->setAccessibleName(tr("Keep sessions for days"));
    m_megabytes->setRange(0, 1024 * 1024);
    m_megabytes->setSingleStep(256);
    m_megabytes->setSpecialValueText(tr("No limit"));
    m_megabytes->setSuffix(tr(" MB"));
    m_megabytes->setValue(megabytes);
    m_megabytes->setAccessibleName(tr("Keep sessions up to megabytes"));
    auto *note = new QLabel(
        tr("Older sessions are deleted when Framewise starts and when you change these limits; the oldest go "
           "first when the total is too large. Sessions still being recorded are always kept."),
        this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Keep for at most:"), m_days);
    form->addRow(tr("Keep at most:"), m_megabytes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

int RetentionDialog::days() const
{
    return m_days->value();
}

int RetentionDialog::megabytes() const
{
    return m_megabytes->value();
}

} // namespace Framewise
