// SPDX-License-Identifier: GPL-3.0-or-later
#include "composer.h"

#include "errortext.h"
#include "hexview.h"
#include "icons.h"
#include "jsonsyntaxerror.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTextBlock>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Framewise {

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_editor(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_sendFile(new QPushButton(tr("Send file…"), this))
    , m_pingPayload(new QLineEdit(this))
    , m_ping(new QPushButton(tr("Ping"), this))
    , m_close(new QPushButton(tr("Close…"), this))
    , m_snippetsButton(new QToolButton(this))
    , m_checkTimer(new QTimer(this))
{
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(JsonCheckDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &Composer::checkJson);
    m_snippetsButton->setText(tr("Snippets"));
    m_snippetsButton->setAccessibleName(tr("Snippets"));
    m_snippetsButton->setToolTip(tr("Saved messages of this profile: click one to send it"));
    m_snippetsButton->setPopupMode(QToolButton::InstantPopup);
    auto *snippetMenu = new QMenu(m_snippetsButton);
    m_snippetsButton->setMenu(snippetMenu);
    connect(snippetMenu, &QMenu::aboutToShow, this, &Composer::populateSnippetMenu);
    m_mode->addItem(tr("Text"), int(Mode::Text));
    m_mode->addItem(tr("JSON"), int(Mode::Json));
    m_mode->addItem(tr("Hex"), int(Mode::Hex));
    m_mode->addItem(tr("Base64"), int(Mode::Base64));
    m_mode->setAccessibleName(tr("Message format"));
    m_editor->setPlaceholderText(tr("Message to send — Ctrl+Enter sends, Ctrl+Up/Ctrl+Down recall earlier messages"));
    m_editor->setToolTip(tr("Ctrl+Enter sends; the sent message stays selected, so typing replaces it and "
                            "Ctrl+Enter sends it again.\nCtrl+Up / Ctrl+Down (or Up on the first line, Down on "
                            "the last line) go through the messages sent in this tab."));
    m_editor->setAccessibleName(tr("Message editor"));
    m_editor->setTabChangesFocus(true);
    m_editor->installEventFilter(this);
    m_editor->setMaximumBlockCount(0);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    ErrorText::mark(m_error);
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
    m_send->setIcon(Icons::action(QStringLiteral("send")));
    m_sendFile->setIcon(Icons::action(QStringLiteral("send-file")));
    m_ping->setIcon(Icons::action(QStringLiteral("ping")));
    m_close->setIcon(Icons::action(QStringLiteral("close-connection")));
    m_send->setDefault(true);
    m_pingPayload->setPlaceholderText(tr("ping payload"));
    m_pingPayload->setAccessibleName(tr("Ping payload"));
    m_pingPayload->setMaximumWidth(160);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_mode);
    buttons->addWidget(m_snippetsButton);
    buttons->addStretch(1);
    buttons->addWidget(m_pingPayload);
    buttons->addWidget(m_ping);
    buttons->addWidget(m_close);
    buttons->addWidget(m_sendFile);
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_editor);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &Composer::send);
    auto *shortcutEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), m_editor);
    shortcutEnter->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcutEnter, &QShortcut::activated, this, &Composer::send);
    connect(m_send, &QPushButton::clicked, this, &Composer::send);
    connect(m_sendFile, &QPushButton::clicked, this, &Composer::chooseFile);
    connect(m_ping, &QPushButton::clicked, this, [this] {
        const QByteArray payload = m_pingPayload->text().toUtf8();
        if (payload.size() > 125) {
            showError(tr("A ping payload can be at most 125 bytes (this one has %1).").arg(payload.size()));
            return;
        }
        showError({});
        Q_EMIT pingRequested(payload);
    });
    connect(m_close, &QPushButton::clicked, this, &Composer::closeRequested);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_recalling)
            m_historyPos = int(m_history.size()); // an edited message is a new one, not the history entry
        if (m_error->isVisible() && !m_showingJsonCheck)
            showError({});
        if (mode() == Mode::Json)
            m_checkTimer->start();
        else if (m_showingJsonCheck)
            checkJson(); // clears it
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        if (m_recalling)
            m_checkTimer->start(); // the recalled text follows; check that
        else
            checkJson();
    });
    setConnected(false);
}

Composer::Mode Composer::mode() const
{
    return Mode(m_mode->currentData().toInt());
}

void Composer::setMode(Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

QString Composer::text() const
{
    return m_editor->toPlainText();
}

void Composer::setText(const QString &text)
{
    m_editor->setPlainText(text);
}

QString Composer::errorText() const
{
    return m_error->text(); // cleared whenever it is hidden
}

void Composer::setConnected(bool connected)
{
    for (QWidget *w : { static_cast<QWidget *>(m_send), static_cast<QWidget *>(m_sendFile),
             static_cast<QWidget *>(m_ping), static_cast<QWidget *>(m_close) })
        w->setEnabled(connected);
}

std::optional<Composer::Payload> Composer::encode(Mode mode, const QString &input, QString *error)
{
    switch (mode) {
    case Mode::Text:
        return Payload { false, input.toUtf8() };
    case Mode::Json: {
        const QByteArray utf8 = input.toUtf8();
        if (const auto syntax = JsonSyntaxError::check(utf8)) {
            *error = syntax->message();
            return std::nullopt;
        }
        return Payload { false, utf8 };
    }
    case Mode::Hex: {
        const auto bytes = HexView::parseHexPattern(input, error);
        if (!bytes)
            return std::nullopt;
        return Payload { true, *bytes };
    }
    case Mode::Base64: {
        QString compact = input;
        compact.remove(QRegularExpression(QStringLiteral("\\s")));
        for (qsizetype i = 0; i < compact.size(); ++i) {
            const QChar c = compact.at(i);
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'+' && c != u'/' && c != u'=' && c != u'-'
                && c != u'_') {
                *error = tr("Not valid base64: “%1” at position %2.").arg(c).arg(i + 1);
                return std::nullopt;
            }
        }
        const auto result = QByteArray::fromBase64Encoding(
            compact.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!result) {
            const auto url = QByteArray::fromBase64Encoding(
                compact.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
            if (!url) {
                *error = tr("Not valid base64: check the length and the padding (=) at the end.");
                return std::nullopt;
            }
            return Payload { true, *url };
        }
        return Payload { true, *result };
    }
    }
    return std::nullopt;
}

bool Composer::sendPayload(Mode mode, const QString &input)
{
    QString error;
    const auto payload = encode(mode, input, &error);
    if (!payload) {
        showError(error);
        return false;
    }
    showError({});
    if (payload->binary)
        Q_EMIT sendBinary(payload->bytes);
    else
        Q_EMIT sendText(QString::fromUtf8(payload->bytes));
    return true;
}

bool Composer::sendSnippet(qsizetype index)
{
    if (!m_send->isEnabled() || index < 0 || index >= m_snippets.size())
        return false;
    const Snippet &snippet = m_snippets.at(index);
    QStringList undefined;
    const QString body = m_expander ? m_expander(snippet.body, &undefined) : snippet.body;
    if (!undefined.isEmpty()) {
        showError(tr("Snippet “%1” uses undefined variable(s): %2. Nothing was sent.")
                      .arg(snippet.name, undefined.join(QStringLiteral(", "))));
        return false;
    }
    static constexpr Mode modes[] = { Mode::Text, Mode::Json, Mode::Hex, Mode::Base64 };
    return sendPayload(modes[int(snippet.format)], body);
}

void Composer::saveAsSnippet(const QString &name)
{
    if (name.trimmed().isEmpty())
        return;
    static constexpr Snippet::Format formats[]
        = { Snippet::Format::Text, Snippet::Format::Json, Snippet::Format::Hex, Snippet::Format::Base64 };
    Snippet snippet { name.trimmed(), m_editor->toPlainText(), formats[int(mode())] };
    const auto same = std::find_if(
        m_snippets.begin(), m_snippets.end(), [&snippet](const Snippet &s) { return s.name == snippet.name; });
    if (same != m_snippets.end())
        *same = snippet;
    else
        m_snippets.append(snippet);
    Q_EMIT snippetsEdited(m_snippets);
}

void Composer::populateSnippetMenu()
{
    QMenu *menu = m_snippetsButton->menu();
    menu->clear();
    for (qsizetype i = 0; i < m_snippets.size(); ++i) {
        QAction *action = menu->addAction(m_snippets.at(i).name, this, [this, i] { sendSnippet(i); });
        action->setToolTip(m_snippets.at(i).body.left(200));
        action->setEnabled(m_send->isEnabled());
    }
    if (m_snippets.isEmpty())
        menu->addAction(tr("No snippets in this profile yet"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("Save message as snippet…"), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save snippet"), tr("Name of the snippet:"),
            QLineEdit::Normal, m_editor->toPlainText().left(24).simplified(), &ok);
        if (ok)
            saveAsSnippet(name);
    });
    if (!m_snippets.isEmpty()) {
        QMenu *edit = menu->addMenu(tr("Load into editor"));
        QMenu *remove = menu->addMenu(tr("Remove"));
        for (qsizetype i = 0; i < m_snippets.size(); ++i) {
            edit->addAction(m_snippets.at(i).name, this, [this, i] {
                static constexpr Mode modes[] = { Mode::Text, Mode::Json, Mode::Hex, Mode::Base64 };
                setMode(modes[int(m_snippets.at(i).format)]);
                setText(m_snippets.at(i).body);
            });
            remove->addAction(m_snippets.at(i).name, this, [this, i] {
                m_snippets.removeAt(i);
                Q_EMIT snippetsEdited(m_snippets);
            });
        }
    }
}

QStringList Composer::history() const
{
    QStringList texts;
    texts.reserve(m_history.size());
    for (const Sent &sent : m_history)
        texts.append(sent.text);
    return texts;
}

void Composer::send()
{
    if (!m_send->isEnabled())
        return;
    if (!sendPayload(mode(), m_editor->toPlainText())) {
        if (mode() == Mode::Json)
            checkJson(); // the same message, and the place underlined at once
        return;
    }
    const Sent sent { mode(), m_editor->toPlainText() };
    if (m_history.isEmpty() || m_history.last().text != sent.text || m_history.last().mode != sent.mode)
        m_history.append(sent);
    // The editor now shows the newest entry: Ctrl+Up goes to the one before, Ctrl+Down to a new message.
    m_historyPos = int(m_history.size()) - 1;
    m_draft.clear();
    m_draftMode = sent.mode;
    // Selected, as a browser's address bar after Enter: typing replaces it, Ctrl+Enter sends it again.
    m_editor->selectAll();
}

void Composer::showRecalled(const QString &text, Mode mode)
{
    m_recalling = true;
    setMode(mode);
    m_editor->setPlainText(text);
    m_editor->moveCursor(QTextCursor::End);
    m_recalling = false;
}

void Composer::recallPrevious()
{
    if (m_historyPos <= 0)
        return;
    if (m_historyPos == m_history.size()) {
        m_draft = m_editor->toPlainText();
        m_draftMode = mode();
    }
    --m_historyPos;
    showRecalled(m_history.at(m_historyPos).text, m_history.at(m_historyPos).mode);
}

void Composer::recallNext()
{
    if (m_historyPos >= m_history.size())
        return;
    ++m_historyPos;
    if (m_historyPos == m_history.size())
        showRecalled(m_draft, m_draftMode);
    else
        showRecalled(m_history.at(m_historyPos).text, m_history.at(m_historyPos).mode);
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Ctrl+Up/Down work anywhere in a multi-line message; taken before the editor sees them.
        if ((key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) && key->modifiers() == Qt::ControlModifier) {
            if (key->key() == Qt::Key_Up)
                recallPrevious();
            else
                recallNext();
            return true;
        }
        const QTextCursor cursor = m_editor->textCursor();
        if (key->key() == Qt::Key_Up && key->modifiers() == Qt::NoModifier
            && cursor.block() == m_editor->document()->firstBlock() && !m_history.isEmpty()) {
            recallPrevious();
            return true;
        }
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier
            && cursor.block() == m_editor->document()->lastBlock() && m_historyPos < m_history.size()) {
            recallNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Composer::showError(const QString &error, bool jsonCheck)
{
    m_showingJsonCheck = jsonCheck && !error.isEmpty();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void Composer::checkJson()
{
    m_checkTimer->stop();
    const QString text = m_editor->toPlainText();
    std::optional<JsonSyntaxError> error;
    if (mode() == Mode::Json && !text.trimmed().isEmpty()) // an empty editor is no mistake yet
        error = JsonSyntaxError::check(text.toUtf8());
    QList<QTextEdit::ExtraSelection> marks;
    if (error) {
        qsizetype start = error->position().utf16;
        qsizetype end = start + std::max<qsizetype>(1, error->utf16Length());
        if (start >= text.size()) { // nothing there to underline: the text's last character
            start = std::max<qsizetype>(0, text.size() - 1);
            end = text.size();
        }
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_editor->document());
        mark.cursor.setPosition(int(start));
        mark.cursor.setPosition(int(std::min(end, text.size())), QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(ErrorText::color());
        QColor tint = ErrorText::color();
        tint.setAlpha(48); // a one-character mark must be seen, also on a space
        mark.format.setBackground(tint);
        marks.append(mark);
        showError(error->message(), true);
    } else if (m_showingJsonCheck) {
        showError({});
    }
    m_editor->setExtraSelections(marks);
}

void Composer::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Send a file as one binary message"));
    if (!path.isEmpty())
        Q_EMIT sendFile(path);
}

QList<QWidget *> Composer::focusOrder() const
{
    return { m_editor, m_send, m_sendFile, m_mode, m_snippetsButton, m_pingPayload, m_ping, m_close };
}

} // namespace Framewise
