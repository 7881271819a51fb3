// SPDX-License-Identifier: GPL-3.0-or-later
#include "closedialog.h"

#include "closecode.h"
#include "errortext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Framewise {

namespace {
constexpr int CustomCode = -1;
}

CloseDialog::CloseDialog(QWidget *parent)
    : QDialog(parent)
    , m_codes(new QComboBox(this))
    , m_custom(new QSpinBox(this))
    , m_reason(new QLineEdit(this))
    , m_bytes(new QLabel(this))
    , m_result(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Close connection"));
    for (int code = 1000; code <= 1014; ++code) {
        if (!CloseCode::isSendable(quint16(code)))
            continue;
        m_codes->addItem(CloseCode::label(quint16(code)), code);
    }
    m_codes->addItem(tr("No code (empty Close frame)"), 0);
    m_codes->addItem(tr("Other code…"), CustomCode);
    m_codes->setAccessibleName(tr("Close code"));
    m_custom->setRange(0, 65535);
    m_custom->setValue(4000);
    m_custom->setAccessibleName(tr("Custom close code"));
    m_reason->setPlaceholderText(tr("Optional reason (at most 123 bytes)"));
    m_reason->setAccessibleName(tr("Close reason"));
    m_result->setAccessibleName(tr("What is sent"));
    m_result->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    ErrorText::mark(m_error);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Close connection"));

    auto *form = new QFormLayout;
    form->addRow(tr("Code:"), m_codes);
    form->addRow(tr("Custom code:"), m_custom);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(QString(), m_bytes);
    form->addRow(tr("Sends:"), m_result);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_codes, &QComboBox::currentIndexChanged, this, &CloseDialog::updateState);
    connect(m_custom, &QSpinBox::valueChanged, this, &CloseDialog::updateState);
    connect(m_reason, &QLineEdit::textChanged, this, &CloseDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

quint16 CloseDialog::code() const
{
    const int selected = m_codes->currentData().toInt();
    return quint16(selected == CustomCode ? m_custom->value() : selected);
}

QString CloseDialog::reason() const
{
    return m_reason->text();
}

QString CloseDialog::resultText() const
{
    return m_result->text();
}

void CloseDialog::setCode(quint16 code)
{
    const int index = m_codes->findData(int(code));
    if (index >= 0) {
        m_codes->setCurrentIndex(index);
    } else {
        m_codes->setCurrentIndex(m_codes->findData(CustomCode));
        m_custom->setValue(code);
    }
}

void CloseDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

QString CloseDialog::validate(int code, const QString &reason)
{
    const qsizetype bytes = reason.toUtf8().size();
    if (code != 0 && !CloseCode::isSendable(quint16(code)))
        return tr("Code %1 may not be sent. Use 1000–1003, 1007–1014 or 3000–4999.").arg(code);
    if (code == 0 && bytes > 0)
        return tr("A reason can only be sent together with a code.");
    if (bytes > 123)
        return tr("The reason is %n bytes of UTF-8; at most 123 fit in a Close frame.", nullptr, int(bytes));
    return {};
}

void CloseDialog::updateState()
{
    m_custom->setEnabled(m_codes->currentData().toInt() == CustomCode);
    const qsizetype bytes = m_reason->text().toUtf8().size();
    m_bytes->setText(tr("%1 of 123 bytes").arg(bytes));
    const QString error = validate(code(), reason());
    if (code() == 0)
        m_result->setText(tr("an empty Close frame"));
    else if (reason().isEmpty())
        m_result->setText(CloseCode::label(code()));
    else
        m_result->setText(tr("%1, “%2”", "close code label, reason").arg(CloseCode::label(code()), reason()));
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

} // namespace Framewise
