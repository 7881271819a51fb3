// SPDX-License-Identifier: GPL-3.0-or-later
#include "hexpane.h"

#include "errortext.h"
#include "hexview.h"
#include "icons.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace Framewise {

HexPane::HexPane(QWidget *parent)
    : QWidget(parent)
    , m_view(new HexView(this))
    , m_findBar(new QWidget(this))
    , m_findEdit(new QLineEdit(m_findBar))
    , m_findMode(new QComboBox(m_findBar))
    , m_previous(new QToolButton(m_findBar))
    , m_next(new QToolButton(m_findBar))
    , m_closeFind(new QToolButton(m_findBar))
    , m_message(new QLabel(this))
    , m_readout(new QLabel(this))
    , m_openFind(new QToolButton(this))
{
    m_findEdit->setPlaceholderText(tr("Find bytes: de ad be ef"));
    m_findEdit->setAccessibleName(tr("Find in the bytes"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->installEventFilter(this); // Enter, Shift+Enter, Escape
    m_findMode->addItem(tr("Hex"), int(FindMode::Hex));
    m_findMode->addItem(tr("Text"), int(FindMode::Text));
    m_findMode->setAccessibleName(tr("Find as"));
    m_findMode->setToolTip(tr("Hex: bytes written as hex digits (de ad be ef, deadbeef, 0xde 0xad). Text: the "
                              "characters as UTF-8, case-sensitive."));
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (F3, Enter)"));
    m_next->setAccessibleName(tr("Next match"));
    m_closeFind->setIcon(Icons::action(QStringLiteral("close-tab")));
    m_closeFind->setToolTip(tr("Close the find bar (Escape)"));
    m_closeFind->setAccessibleName(tr("Close find"));
    m_closeFind->setAutoRaise(true);
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(m_findMode);
    findLayout->addWidget(m_previous);
    findLayout->addWidget(m_next);
    findLayout->addWidget(m_closeFind);
    m_findBar->hide();

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readout->setAccessibleName(tr("Position"));
    m_openFind->setIcon(Icons::action(QStringLiteral("find")));
    m_openFind->setToolTip(tr("Find bytes or text (Ctrl+F)"));
    m_openFind->setAccessibleName(tr("Find"));
    m_openFind->setAutoRaise(true);
    auto *status = new QHBoxLayout;
    status->addWidget(m_readout, 1);
    status->addWidget(m_openFind);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);
    layout->addWidget(m_message);
    layout->addLayout(status);

    connect(m_view, &HexView::positionChanged, this, &HexPane::updateReadout);
    connect(m_view, &HexView::findRequested, this, &HexPane::showFind);
    connect(m_openFind, &QToolButton::clicked, this, &HexPane::showFind);
    connect(m_next, &QToolButton::clicked, this, &HexPane::findNext);
    connect(m_previous, &QToolButton::clicked, this, &HexPane::findPrevious);
    connect(m_closeFind, &QToolButton::clicked, this, &HexPane::hideFind);
    connect(m_findEdit, &QLineEdit::textChanged, this, [this] { setMessage({}, false); });
    connect(m_findMode, &QComboBox::currentIndexChanged, this, [this] {
        m_findEdit->setPlaceholderText(
            findMode() == FindMode::Hex ? tr("Find bytes: de ad be ef") : tr("Find text (UTF-8)"));
        setMessage({}, false);
    });
    updateReadout();
}

QString HexPane::findMessage() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString HexPane::readoutText() const
{
    return m_readout->text();
}

HexPane::FindMode HexPane::findMode() const
{
    return FindMode(m_findMode->currentData().toInt());
}

void HexPane::setFindMode(FindMode mode)
{
    m_findMode->setCurrentIndex(m_findMode->findData(int(mode)));
}

std::optional<QByteArray> HexPane::findPattern(const QString &text, FindMode mode, QString *error)
{
    if (mode == FindMode::Text) {
        if (text.isEmpty()) {
            if (error)
                *error = tr("Type the text to find.");
            return std::nullopt;
        }
        return text.toUtf8();
    }
    QString why;
    std::optional<QByteArray> bytes = HexView::parseHexPattern(text, &why);
    if (!bytes) {
        if (error)
            *error = tr("Not hex: %1 Write bytes as pairs of hex digits (de ad be ef), or choose Text to find "
                        "characters.")
                         .arg(why);
        return std::nullopt;
    }
    if (bytes->isEmpty()) {
        if (error)
            *error = tr("Type the bytes to find as hex, e.g. de ad be ef.");
        return std::nullopt;
    }
    return bytes;
}

void HexPane::showFind()
{
    m_findBar->show();
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
}

void HexPane::hideFind()
{
    m_findBar->hide();
    setMessage({}, false);
    m_view->setFocus(Qt::OtherFocusReason);
}

bool HexPane::findNext()
{
    return find(true);
}

bool HexPane::findPrevious()
{
    return find(false);
}

bool HexPane::find(bool forward)
{
    if (m_findBar->isHidden()) {
        showFind();
        if (m_findEdit->text().isEmpty())
            return false; // F3 with nothing typed yet: the bar opens for typing
    }
    QString error;
    const std::optional<QByteArray> needle = findPattern(m_findEdit->text(), findMode(), &error);
    if (!needle) {
        setMessage(error, true);
        return false;
    }
    const QByteArray data = m_view->data();
    if (data.isEmpty()) {
        setMessage(tr("There are no bytes to search."), true);
        return false;
    }
    // After (before) the match or byte that is selected now, so that repeating moves on.
    const qint64 start = m_view->selectionStart();
    const bool selected = m_view->selectionLength() > 0;
    qint64 at = -1;
    bool wrapped = false;
    if (forward) {
        at = m_view->find(*needle, selected ? start + 1 : start, true);
        if (at < 0 && (at = m_view->find(*needle, 0, true)) >= 0)
            wrapped = true;
    } else {
        at = start > 0 ? m_view->find(*needle, start - 1, false) : -1;
        if (at < 0 && (at = m_view->find(*needle, data.size() - 1, false)) >= 0)
            wrapped = true;
    }
    const QString shown = m_findEdit->text().trimmed();
    if (at < 0) {
        setMessage(tr("“%1” was not found.").arg(shown), true);
        return false;
    }
    QString message = tr("Found at 0x%1 (%2).").arg(at, 0, 16).arg(at);
    if (wrapped)
        message += u' ' + (forward ? tr("Went on from the start.") : tr("Went on from the end."));
    setMessage(message, false);
    return true;
}

void HexPane::setMessage(const QString &text, bool error)
{
    m_messageIsError = error && !text.isEmpty();
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    ErrorText::mark(m_message, m_messageIsError);
}

void HexPane::updateReadout()
{
    const QString text = m_view->positionText();
    m_readout->setText(text.isEmpty() ? tr("No data") : text);
}

bool HexPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_findEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            find(!(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hideFind();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Framewise
