// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace Framewise {

// Edits a held message before it goes on: the original on the left (read-only), the message as
// it will be forwarded on the right, as text or as hex.
class HeldMessageDialog : public QDialog {
    Q_OBJECT
public:
    HeldMessageDialog(const QByteArray &original, const QByteArray &current, bool binary, QWidget *parent = nullptr);

    QByteArray payload() const { return m_payload; }
    bool isBinary() const { return m_binary; }
    QPlainTextEdit *editor() const { return m_edited; }
    QCheckBox *hexMode() const { return m_hex; }

    void accept() override;

private:
    void showAs(bool hex);

    QPlainTextEdit *m_original;
    QPlainTextEdit *m_edited;
    QCheckBox *m_hex;
    QLabel *m_error;
    QByteArray m_originalBytes;
    QByteArray m_payload;
    bool m_binary;
};

} // namespace Framewise
