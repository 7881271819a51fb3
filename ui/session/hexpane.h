// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QWidget;

namespace Framewise {

class HexView;

// The hex view with what a person needs around it: a find bar (bytes as hex such as
// "de ad be ef", or text as UTF-8; next and previous, wrapping around; a bad hex string is
// pointed at) and a readout of the cursor offset and the selection length in hex and decimal.
// The find bar opens with showFind() (Ctrl+F in the detail pane, or the view's context menu)
// and closes with Escape; Enter finds the next match, Shift+Enter the previous one.
class HexPane : public QWidget {
    Q_OBJECT
public:
    enum class FindMode { Hex, Text };

    explicit HexPane(QWidget *parent = nullptr);

    HexView *view() const { return m_view; }
    QWidget *findBar() const { return m_findBar; }
    QLineEdit *findEdit() const { return m_findEdit; }
    QComboBox *findModeBox() const { return m_findMode; }
    QToolButton *nextButton() const { return m_next; }
    QToolButton *previousButton() const { return m_previous; }
    QString findMessage() const; // what the find bar says about the last search
    bool findMessageIsError() const { return m_messageIsError; }
    QString readoutText() const; // the cursor offset and selection readout

    FindMode findMode() const;
    void setFindMode(FindMode mode);

    // The bytes text stands for in mode, or nothing with *error saying why.
    static std::optional<QByteArray> findPattern(const QString &text, FindMode mode, QString *error);

public Q_SLOTS:
    void showFind(); // opens the find bar and puts the cursor in its field, text selected
    void hideFind();
    // Finds the pattern after (before) the current selection, wrapping around at the end (start).
    // False when there is nothing to find, the pattern is bad or absent; the find bar says which.
    bool findNext();
    bool findPrevious();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool find(bool forward);
    void setMessage(const QString &text, bool error);
    void updateReadout();

    HexView *m_view;
    QWidget *m_findBar;
    QLineEdit *m_findEdit;
    QComboBox *m_findMode;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_closeFind;
    QLabel *m_message;
    bool m_messageIsError = false;
    QLabel *m_readout;
    QToolButton *m_openFind;
};

} // namespace Framewise
