// SPDX-License-Identifier: GPL-3.0-or-later
#include "heldmessagedialog.h"

#include "utf8validator.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Framewise {

namespace {
QString hexText(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}

// Hex digits with any spacing; false with the offending character's position.
bool parseHex(const QString &text, QByteArray *bytes, qsizetype *badAt)
{
    QByteArray digits;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace())
            continue;
        if (!isxdigit(c.toLatin1())) {
            *badAt = i;
            return false;
        }
        digits.append(c.toLatin1());
    }
    if (digits.size() % 2 != 0) {
        *badAt = text.size();
        return false;
    }
    *bytes = QByteArray::fromHex(digits);
    return true;
}

// JSON is shown as it is: pretty-printing would change the bytes that go on.
QString textFor(const QByteArray &payload)
{
    return QString::fromUtf8(payload);
}
} // namespace

HeldMessageDialog::HeldMessageDialog(
    const QByteArray &original, const QByteArray &current, bool binary, QWidget *parent)
    : QDialog(parent)
    , m_original(new QPlainTextEdit(this))
    , m_edited(new QPlainTextEdit(this))
    , m_hex(new QCheckBox(tr("&Hex"), this))
    , m_error(new QLabel(this))
    , m_originalBytes(original)
    , m_payload(current)
    , m_binary(binary)
{
    setWindowTitle(tr("Edit held message"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *edit : { m_original, m_edited }) {
        edit->setFont(fixed);
        edit->setTabChangesFocus(true);
    }
    m_original->setReadOnly(true);
    m_original->setAccessibleName(tr("Original message"));
    m_edited->setAccessibleName(tr("Message to forward"));
    m_error->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_error->hide();
    m_hex->setChecked(binary);
    m_hex->setEnabled(!binary); // binary messages are edited as hex only
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Original (%n bytes)", nullptr, int(original.size())), this));
    left->addWidget(m_original);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("To forward"), this));
    right->addWidget(m_edited);
    columns->addLayout(left);
    columns->addLayout(right);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save edit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &HeldMessageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_hex);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_hex, &QCheckBox::toggled, this, [this](bool hex) {
        // Carry the current edit across the switch.
        QByteArray bytes;
        qsizetype badAt = 0;
        if (hex)
            bytes = m_edited->toPlainText().toUtf8();
        else if (!parseHex(m_edited->toPlainText(), &bytes, &badAt))
            bytes = m_payload;
        m_payload = bytes;
        showAs(hex);
    });
    showAs(binary);
    resize(900, 420);
    m_edited->setFocus();
}

void HeldMessageDialog::showAs(bool hex)
{
    m_original->setPlainText(hex ? hexText(m_originalBytes) : textFor(m_originalBytes));
    m_edited->setPlainText(hex ? hexText(m_payload) : textFor(m_payload));
}

void HeldMessageDialog::accept()
{
    QByteArray bytes;
    if (m_hex->isChecked()) {
        qsizetype badAt = 0;
        if (!parseHex(m_edited->toPlainText(), &bytes, &badAt)) {
            m_error->setText(badAt >= m_edited->toPlainText().size()
                    ? tr("The hex text has an odd number of digits; each byte needs two.")
                    : tr("“%1” at position %2 is not a hex digit.")
                          .arg(m_edited->toPlainText().at(badAt))
                          .arg(badAt + 1));
            m_error->show();
            return;
        }
    } else {
        bytes = m_edited->toPlainText().toUtf8();
    }
    if (!m_binary && !Utf8Validator::isValid(bytes.constData(), bytes.size())) {
        m_error->setText(tr("A text message must be valid UTF-8; these bytes are not."));
        m_error->show();
        return;
    }
    m_payload = bytes;
    QDialog::accept();
}

} // namespace Framewise
