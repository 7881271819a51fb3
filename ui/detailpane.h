// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace Framewise {

class HexView;
class JsonHighlighter;
class Session;

// Shows the selected message: text (JSON pretty-printed and highlighted when it parses), the
// hex view (binary always, text on request), sizes and timing. Reads the payload from the
// session log: the shared QByteArray for large messages, so nothing is copied per view.
class DetailPane : public QWidget {
    Q_OBJECT
public:
    static constexpr qsizetype MaxTextShown = 4 * 1024 * 1024; // larger text opens in the hex tab only

    explicit DetailPane(QWidget *parent = nullptr);

    void showRecord(Session *session, qsizetype index);
    void clear();

    HexView *hexView() const { return m_hex; }
    QString shownText() const;
    bool isJson() const { return m_json; }
    int currentTab() const;

    // Pretty-printed JSON when text parses as an object or array; otherwise empty.
    static QString prettyJson(const QByteArray &utf8);

private:
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_text;
    HexView *m_hex;
    JsonHighlighter *m_highlighter;
    bool m_json = false;
};

} // namespace Framewise
