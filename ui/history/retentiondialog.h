// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QSpinBox;

namespace Framewise {

// How long recorded sessions are kept: at most N days, at most N MB in all (0: no limit).
class RetentionDialog : public QDialog {
    Q_OBJECT
public:
    RetentionDialog(int days, int megabytes, QWidget *parent = nullptr);

    int days() const;
    int megabytes() const;
    QSpinBox *daysBox() const { return m_days; }
    QSpinBox *megabytesBox() const { return m_megabytes; }

private:
    QSpinBox *m_days;
    QSpinBox *m_megabytes;
};

} // namespace Framewise
