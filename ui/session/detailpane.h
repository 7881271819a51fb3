// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QWidget>

class QAbstractButton;
class QAction;
class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace Framewise {

class HexPane;
class HexView;
class JsonHighlighter;
class JsonTreeModel;
class Session;

// Shows the selected message: text as sent (Raw), JSON indented in the message's own key order
// and highlighted (Pretty) or as a tree of key, value and type (Tree; copy a value or its
// JSONPath), the hex view (binary always, text on request) with its find bar, sizes and timing.
// Reads the payload from the session log: the shared QByteArray for large messages, so nothing is
// copied per view. The chosen text view stays for the next JSON message, as in DevTools.
// Within the pane, Ctrl+F opens the hex view's find bar (not the window's log filter), F3 and
// Shift+F3 find the next and previous match.
class DetailPane : public QWidget {
    Q_OBJECT
public:
    static constexpr qsizetype MaxTextShown = qsizetype(4) * 1024 * 1024; // larger text opens in the hex tab only
    // A QPlainTextEdit takes seconds to lay out a million lines: Pretty shows this many (with a note).
    static constexpr int MaxPrettyLines = 50000;
    enum class View { Raw, Pretty, Tree };
    Q_ENUM(View)

    explicit DetailPane(QWidget *parent = nullptr);

    void showRecord(Session *session, qsizetype index);
    void clear();

    // The view chosen for JSON; text that is not JSON shows Raw whatever is chosen.
    void setView(View view);
    View view() const { return m_view; }
    View shownView() const;

    HexView *hexView() const;
    HexPane *hexPane() const { return m_hex; }
    QTreeView *treeView() const { return m_tree; }
    JsonTreeModel *treeModel() const { return m_treeModel; }
    QAbstractButton *viewButton(View view) const;
    QString note() const; // why Pretty or Tree shows part of the message, or empty
    QString shownText() const;
    bool isJson() const { return m_json; }
    int currentTab() const;
    // For a message an intercept edited: the original beside the message as it went on (a tab of
    // its own, shown only then).
    QPlainTextEdit *originalText() const { return m_original; }
    QPlainTextEdit *editedText() const { return m_edited; }
    bool showsEdit() const;

    // Indented JSON, keys in the message's order, when text is an object or array; otherwise empty.
    static QString prettyJson(const QByteArray &utf8);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showText();
    void copySelected(int role);

    QLabel *m_summary;
    QTabWidget *m_tabs;
    QWidget *m_textPage;
    QButtonGroup *m_views;
    QLabel *m_note;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_text;
    QTreeView *m_tree;
    JsonTreeModel *m_treeModel;
    HexPane *m_hex;
    QWidget *m_editPage;
    QPlainTextEdit *m_original;
    QPlainTextEdit *m_edited;
    JsonHighlighter *m_highlighter;
    QByteArray m_payload; // the text shown, as the log holds it
    bool m_json = false;
    bool m_treeBuilt = false; // m_treeModel holds m_payload's tree (built when first shown)
    View m_view = View::Pretty;
};

} // namespace Framewise
