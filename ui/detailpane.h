// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace Framewise {

class HexPane;
class HexView;
class JsonHighlighter;
class Session;

// Shows the selected message: text (JSON pretty-printed and highlighted when it parses), the
// hex view (binary always, text on request) with its find bar, sizes and timing. Reads the payload
// from the session log: the shared QByteArray for large messages, so nothing is copied per view.
// Within the pane, Ctrl+F opens the hex view's find bar (not the window's log filter), F3 and
// Shift+F3 find the next and previous match.
class DetailPane : public QWidget {
    Q_OBJECT
public:
    static constexpr qsizetype MaxTextShown = 4 * 1024 * 1024; // larger text opens in the hex tab only

    explicit DetailPane(QWidget *parent = nullptr);

    void showRecord(Session *session, qsizetype index);
    void clear();

    HexView *hexView() const;
    HexPane *hexPane() const { return m_hex; }
    QString shownText() const;
    bool isJson() const { return m_json; }
    int currentTab() const;

    // Pretty-printed JSON when text parses as an object or array; otherwise empty.
    static QString prettyJson(const QByteArray &utf8);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_text;
    HexPane *m_hex;
    JsonHighlighter *m_highlighter;
    bool m_json = false;
};

} // namespace Framewise
