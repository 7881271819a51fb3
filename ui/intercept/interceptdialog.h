// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interceptsettings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Framewise {

// File › New intercept: where to listen, where to forward, and the rules (one per line, in the
// form of framewise-cli intercept's options: "drop to-app:^heartbeat$").
class InterceptDialog : public QDialog {
    Q_OBJECT
public:
    explicit InterceptDialog(QWidget *parent = nullptr);

    void setSettings(const InterceptSettings &settings, const QString &rulesText = {});
    // Valid only after accept().
    InterceptSettings settings() const { return m_settings; }
    QString rulesText() const;
    // The settings the fields describe; empty problems when they can be used.
    InterceptSettings readSettings(QStringList *problems) const;

    QLineEdit *listenEdit() const { return m_listen; }
    QLineEdit *upstreamEdit() const { return m_upstream; }
    QPlainTextEdit *rulesEdit() const { return m_rules; }

    void accept() override;

private:
    void updateWarning();

    QLineEdit *m_listen;
    QLineEdit *m_upstream;
    QCheckBox *m_fixedPath;
    QCheckBox *m_keepHost;
    QCheckBox *m_forwardPings;
    QLineEdit *m_certificate;
    QLineEdit *m_key;
    QLineEdit *m_caFile;
    QPlainTextEdit *m_rules;
    QSpinBox *m_autoRelease;
    QLabel *m_warning;
    QLabel *m_error;
    InterceptSettings m_settings;
};

} // namespace Framewise
