// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Framewise {

// Asks for a close code (by name and number, or any sendable number) and a reason, and only
// lets the user confirm what may go on the wire: codes 1000-1003, 1007-1014, 3000-4999 and a
// reason of at most 123 bytes of UTF-8.
class CloseDialog : public QDialog {
    Q_OBJECT
public:
    explicit CloseDialog(QWidget *parent = nullptr);

    quint16 code() const;
    QString reason() const;
    // What the dialog sends, in words, the code said once: "4321 — private use, “bye”".
    QString resultText() const;
    void setCode(quint16 code);
    void setReason(const QString &reason);

    // Empty when code and reason may be sent, otherwise what is wrong, in words.
    static QString validate(int code, const QString &reason);

private:
    void updateState();

    QComboBox *m_codes;
    QSpinBox *m_custom;
    QLineEdit *m_reason;
    QLabel *m_bytes;
    QLabel *m_result;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Framewise
