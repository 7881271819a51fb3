// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile.h"

#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace Framewise {

// Where the user writes what to send: text, JSON (checked as you type, the error underlined and
// described), hex or base64 (validated, bad input pointed at and nothing sent), or a file
// streamed as binary. Sends with Ctrl+Enter and then selects the message, so typing replaces it
// and Ctrl+Enter sends it again. Keeps a history of the messages sent in this tab, with their
// format, like a chat input: Ctrl+Up / Ctrl+Down anywhere, or Up on the first line / Down on the
// last line, go through it; editing a recalled message makes it a new one.
class Composer : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Text, Json, Hex, Base64 };
    Q_ENUM(Mode)
    // JSON is checked this long after the last keystroke, not on every one.
    static constexpr int JsonCheckDelayMs = 300;

    explicit Composer(QWidget *parent = nullptr);

    Mode mode() const;
    void setMode(Mode mode);
    QString text() const;
    void setText(const QString &text);
    QString errorText() const;
    QStringList history() const;
    void setConnected(bool connected);

    // Turns the editor's content into what goes on the wire. Text and JSON give a text message;
    // hex and base64 give binary. On failure returns nothing and sets *error (with a position).
    struct Payload {
        bool binary = false;
        QByteArray bytes;
    };
    static std::optional<Payload> encode(Mode mode, const QString &input, QString *error);

    // Snippets: the profile's saved messages, sent with one click from the Snippets menu after
    // {{variables}} are expanded by expander (an undefined one is reported, nothing is sent).
    using Expander = std::function<QString(const QString &text, QStringList *undefined)>;
    void setSnippets(const QList<Snippet> &snippets) { m_snippets = snippets; }
    QList<Snippet> snippets() const { return m_snippets; }
    void setExpander(Expander expander) { m_expander = std::move(expander); }
    bool sendSnippet(qsizetype index);
    void saveAsSnippet(const QString &name); // the editor's message, in the current format
    QToolButton *snippetsButton() const { return m_snippetsButton; }
    // Where Tab goes: the editor, then Send (type, Tab, Enter), then the other buttons.
    QList<QWidget *> focusOrder() const;

public Q_SLOTS:
    void send();
    void recallPrevious();
    void recallNext();

Q_SIGNALS:
    void sendText(const QString &text);
    void sendBinary(const QByteArray &data);
    void sendFile(const QString &path);
    void pingRequested(const QByteArray &payload);
    void closeRequested();
    void snippetsEdited(const QList<Framewise::Snippet> &snippets);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // A JSON error stays shown while the user types, until the next check replaces or clears it.
    void showError(const QString &error, bool jsonCheck = false);
    // Checks the editor's JSON now: underlines the error's position and says what is wrong.
    void checkJson();
    void chooseFile();
    void populateSnippetMenu();
    bool sendPayload(Mode mode, const QString &input);

    QComboBox *m_mode;
    QPlainTextEdit *m_editor;
    QLabel *m_error;
    QPushButton *m_send;
    QPushButton *m_sendFile;
    QLineEdit *m_pingPayload;
    QPushButton *m_ping;
    QPushButton *m_close;
    QToolButton *m_snippetsButton;
    QTimer *m_checkTimer;
    bool m_showingJsonCheck = false; // the error line holds the JSON check's message
    QList<Snippet> m_snippets;
    Expander m_expander;
    void showRecalled(const QString &text, Mode mode);

    struct Sent {
        Mode mode;
        QString text;
    };
    QList<Sent> m_history;
    int m_historyPos = 0; // == size(): editing a new message; else the editor shows that entry
    QString m_draft; // the new message, kept while going through the history
    Mode m_draftMode = Mode::Text;
    bool m_recalling = false; // the editor's text is being set from the history, not typed
};

} // namespace Framewise
