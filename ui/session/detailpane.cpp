// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpane.h"

#include "closecode.h"
#include "hexpane.h"
#include "hexview.h"
#include "jsonformatter.h"
#include "jsonhighlighter.h"
#include "jsonscanner.h"
#include "jsontreemodel.h"
#include "messagelogmodel.h"
#include "session.h"

#include <QAction>
#include <QButtonGroup>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace Framewise {

namespace {
// Trees up to this many nodes open fully, up to the next limit one level deep; larger ones closed.
constexpr int ExpandAllNodes = 500;
constexpr int ExpandTopNodes = 5000;

bool isJsonContainer(const QByteArray &utf8)
{
    const QByteArray trimmed = utf8.trimmed();
    return !trimmed.isEmpty() && (trimmed.front() == '{' || trimmed.front() == '[') && JsonScanner::isValid(trimmed);
}
} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_textPage(new QWidget(this))
    , m_views(new QButtonGroup(this))
    , m_note(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_tree(new QTreeView(this))
    , m_treeModel(new JsonTreeModel(this))
    , m_hex(new HexPane(this))
    , m_editPage(new QWidget(this))
    , m_original(new QPlainTextEdit(this))
    , m_edited(new QPlainTextEdit(this))
    , m_highlighter(new JsonHighlighter(m_text->document()))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_text->setReadOnly(true);
    m_text->setFont(fixed);
    m_text->setAccessibleName(tr("Message text"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    m_tree->setModel(m_treeModel);
    m_tree->setFont(fixed);
    m_tree->setAccessibleName(tr("Message as a tree"));
    m_tree->setUniformRowHeights(true); // a large message has many rows
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    header->resizeSection(JsonTreeModel::KeyColumn, 14 * m_tree->fontMetrics().horizontalAdvance(u'M'));
    header->resizeSection(JsonTreeModel::TypeColumn, 9 * m_tree->fontMetrics().horizontalAdvance(u'M'));
    auto *copyValue = new QAction(tr("Copy value"), m_tree);
    copyValue->setShortcut(QKeySequence::Copy);
    copyValue->setShortcutContext(Qt::WidgetShortcut);
    connect(copyValue, &QAction::triggered, this, [this] { copySelected(JsonTreeModel::CopyValueRole); });
    auto *copyPath = new QAction(tr("Copy path"), m_tree);
    copyPath->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyPath->setShortcutContext(Qt::WidgetShortcut);
    connect(copyPath, &QAction::triggered, this, [this] { copySelected(JsonTreeModel::PathRole); });
    auto *separator = new QAction(m_tree);
    separator->setSeparator(true);
    auto *expandAll = new QAction(tr("Expand all"), m_tree);
    connect(expandAll, &QAction::triggered, m_tree, &QTreeView::expandAll);
    auto *collapseAll = new QAction(tr("Collapse all"), m_tree);
    connect(collapseAll, &QAction::triggered, m_tree, &QTreeView::collapseAll);
    m_tree->addActions({ copyValue, copyPath, separator, expandAll, collapseAll });
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->setToolTip(tr("Ctrl+C copies the value, Ctrl+Shift+C its path ($.items[2].name); right-click for more"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    const struct {
        View view;
        QString name;
        QString tip;
    } buttons[] = {
        { View::Raw, tr("Raw"), tr("The text exactly as it was sent or received") },
        { View::Pretty, tr("Pretty"), tr("JSON indented, keys in the message's order") },
        { View::Tree, tr("Tree"), tr("JSON as a tree of keys, values and types; copy a value or its path") },
    };
    for (const auto &b : buttons) {
        auto *button = new QToolButton(m_textPage);
        button->setText(b.name);
        button->setAccessibleName(b.name);
        button->setToolTip(b.tip);
        button->setCheckable(true);
        button->setAutoRaise(true);
        m_views->addButton(button, int(b.view));
        bar->addWidget(button);
    }
    m_views->setExclusive(true);
    connect(m_views, &QButtonGroup::idClicked, this, [this](int id) { setView(View(id)); });
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    bar->addWidget(m_note, 1);
    bar->addStretch();
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_tree);
    auto *textLayout = new QVBoxLayout(m_textPage);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->setSpacing(2);
    textLayout->addLayout(bar);
    textLayout->addWidget(m_stack, 1);

    m_tabs->addTab(m_textPage, tr("Text"));
    m_tabs->addTab(m_hex, tr("Hex"));
    // Original and edited side by side (an intercepted message changed on its way).
    for (QPlainTextEdit *edit : { m_original, m_edited }) {
        edit->setReadOnly(true);
        edit->setFont(fixed);
        edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    }
    m_original->setAccessibleName(tr("Original message"));
    m_edited->setAccessibleName(tr("Message as forwarded"));
    auto *editSplit = new QSplitter(Qt::Horizontal, m_editPage);
    for (const auto &[label, edit] :
        { std::pair { tr("Original"), m_original }, std::pair { tr("As forwarded"), m_edited } }) {
        auto *column = new QWidget(editSplit);
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        columnLayout->addWidget(new QLabel(label, column));
        columnLayout->addWidget(edit, 1);
        editSplit->addWidget(column);
    }
    auto *editLayout = new QVBoxLayout(m_editPage);
    editLayout->setContentsMargins(0, 0, 0, 0);
    editLayout->addWidget(editSplit);
    m_editPage->hide(); // a tab only for edited messages
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    clear();
}

HexView *DetailPane::hexView() const
{
    return m_hex->view();
}

namespace {
// F3 and Shift+F3 explicitly: QKeySequence::FindNext is also Ctrl+G on X11, the hex view's Go to
// Offset.
bool isF3(const QKeyEvent *key, Qt::KeyboardModifiers modifiers)
{
    return key->key() == Qt::Key_F3 && (key->modifiers() & ~Qt::KeypadModifier) == modifiers;
}

bool isFindKey(const QKeyEvent *key)
{
    return key->matches(QKeySequence::Find) || isF3(key, Qt::NoModifier) || isF3(key, Qt::ShiftModifier);
}
} // namespace

bool DetailPane::event(QEvent *event)
{
    // Ctrl+F is also the window's "Find in log"; with the focus in this pane it finds here. An
    // accepted override sends the key to the focus widget, and from there up to keyPressEvent.
    if (event->type() == QEvent::ShortcutOverride && isFindKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void DetailPane::keyPressEvent(QKeyEvent *event)
{
    if (!isFindKey(event)) {
        QWidget::keyPressEvent(event);
        return;
    }
    m_tabs->setCurrentWidget(m_hex); // the text tab finds its bytes there too
    if (event->matches(QKeySequence::Find))
        m_hex->showFind();
    else if (isF3(event, Qt::NoModifier))
        m_hex->findNext();
    else
        m_hex->findPrevious();
}

QString DetailPane::prettyJson(const QByteArray &utf8)
{
    const QByteArray trimmed = utf8.trimmed();
    if (trimmed.isEmpty() || (trimmed.front() != '{' && trimmed.front() != '['))
        return {};
    return QString::fromUtf8(JsonFormatter::indent(trimmed));
}

bool DetailPane::showsEdit() const
{
    return m_tabs->indexOf(m_editPage) >= 0;
}

void DetailPane::clear()
{
    if (const int editTab = m_tabs->indexOf(m_editPage); editTab >= 0)
        m_tabs->removeTab(editTab);
    m_summary->setText(tr("Select a message to see it here."));
    m_payload.clear();
    m_json = false;
    m_treeBuilt = false;
    m_treeModel->setTree({});
    m_highlighter->setDocument(nullptr);
    m_text->clear();
    m_hex->view()->setData({});
    showText();
}

QString DetailPane::shownText() const
{
    return m_text->toPlainText();
}

QAbstractButton *DetailPane::viewButton(View view) const
{
    return m_views->button(int(view));
}

QString DetailPane::note() const
{
    return m_note->isVisibleTo(this) ? m_note->text() : QString();
}

DetailPane::View DetailPane::shownView() const
{
    return m_json ? m_view : View::Raw;
}

void DetailPane::setView(View view)
{
    m_view = view;
    if (!m_payload.isNull())
        showText();
    else
        m_views->button(int(shownView()))->setChecked(true);
}

void DetailPane::showText()
{
    const View shown = shownView();
    viewButton(View::Pretty)->setEnabled(m_json);
    viewButton(View::Tree)->setEnabled(m_json);
    viewButton(shown)->setChecked(true);
    m_note->setVisible(false);
    if (m_payload.isNull()) { // no text of a message (empty, binary, not kept): m_text says what there is
        m_stack->setCurrentWidget(m_text);
        return;
    }
    switch (shown) {
    case View::Raw:
        m_highlighter->setDocument(nullptr);
        m_text->setPlainText(QString::fromUtf8(m_payload));
        m_stack->setCurrentWidget(m_text);
        break;
    case View::Pretty: {
        QByteArray pretty = JsonFormatter::indent(m_payload);
        qsizetype end = -1;
        for (int line = 0; line < MaxPrettyLines && (end = pretty.indexOf('\n', end + 1)) >= 0;)
            ++line;
        if (end >= 0) {
            pretty.truncate(end);
            m_note->setText(tr("Pretty shows the first %1 lines of this message; Raw shows all of it.")
                                .arg(QLocale().toString(MaxPrettyLines)));
            m_note->setVisible(true);
        }
        m_highlighter->setDocument(nullptr); // set after the text: one highlighting pass, not two
        m_text->setPlainText(QString::fromUtf8(pretty));
        m_highlighter->setDocument(m_text->document());
        m_highlighter->rehighlight(); // now, not on the next event-loop turn
        m_stack->setCurrentWidget(m_text);
        break;
    }
    case View::Tree:
        if (!m_treeBuilt) {
            m_treeModel->setTree(JsonTree::build(m_payload));
            m_treeBuilt = true;
            const int nodes = m_treeModel->nodeCount();
            if (nodes <= ExpandAllNodes)
                m_tree->expandAll();
            else if (nodes <= ExpandTopNodes)
                m_tree->expandToDepth(0);
        }
        if (m_treeModel->tree().isTruncated()) {
            m_note->setText(tr("The tree holds the first %1 values of this message; Raw and Pretty show all of it.")
                                .arg(QLocale().toString(JsonTree::DefaultMaxNodes)));
            m_note->setVisible(true);
        }
        m_stack->setCurrentWidget(m_tree);
        break;
    }
}

void DetailPane::copySelected(int role)
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setText(current.siblingAtColumn(0).data(role).toString());
}

int DetailPane::currentTab() const
{
    return m_tabs->currentIndex();
}

void DetailPane::showRecord(Session *session, qsizetype index)
{
    if (!session || index < 0 || index >= session->log().size()) {
        clear();
        return;
    }
    const MessageRecord &record = session->log().at(index);
    // An omitted payload's bytes are gone; what the log holds instead is the file's name.
    const QByteArray payload = record.payloadOmitted ? QByteArray() : session->log().payload(index);
    using Kind = MessageRecord::Kind;
    QString direction = record.direction == MessageRecord::Direction::In ? tr("Received")
        : record.direction == MessageRecord::Direction::Out              ? tr("Sent")
                                                                         : tr("Event");
    QString summary = tr("%1 #%2 at %3").arg(direction).arg(index + 1).arg(MessageLogModel::formatTime(record.timeUs));
    if (record.kind != Kind::Event) {
        summary += QStringLiteral(" · ") + MessageLogModel::formatSize(record.payloadSize);
        if (record.compressed)
            summary += tr(" · %1 on the wire (compressed, %2%)")
                           .arg(MessageLogModel::formatSize(record.wireSize))
                           .arg(record.payloadSize > 0 ? 100.0 * double(record.wireSize) / double(record.payloadSize)
                                                       : 100.0,
                               0, 'f', 1);
        summary += tr(" · %n frame(s)", nullptr, int(record.frameCount));
        if (record.kind == Kind::Close && payload.size() >= 2)
            summary += tr(" · code %1").arg(CloseCode::label(record.closeCode));
    }
    // What an intercepting proxy did to it, in words, on a line of its own.
    if (record.marks != 0)
        summary += u'\n'
            + MessageLogModel::marksDescription(record.marks, record.direction).replace(u'\n', QStringLiteral(" · "));
    m_summary->setText(summary);
    const QByteArray original = session->originalPayload(index);
    const int editTab = m_tabs->indexOf(m_editPage);
    if (!original.isNull()) {
        const bool binary = record.kind == Kind::Binary;
        m_original->setPlainText(binary ? QString::fromLatin1(original.toHex(' ')) : QString::fromUtf8(original));
        m_edited->setPlainText(binary ? QString::fromLatin1(payload.toHex(' ')) : QString::fromUtf8(payload));
        if (editTab < 0)
            m_tabs->addTab(m_editPage, tr("Original ↔ edited"));
    } else if (editTab >= 0) {
        m_tabs->removeTab(editTab);
    }
    m_hex->view()->setData(payload);
    m_json = false;
    m_treeBuilt = false;
    m_treeModel->setTree({}); // the last message's tree is not kept
    m_payload.clear();
    m_highlighter->setDocument(nullptr);
    if (record.payloadOmitted) {
        m_highlighter->setDocument(nullptr); // words, not JSON: no numbers coloured
        const int count = int(std::min<qint64>(record.payloadSize, std::numeric_limits<int>::max()));
        // The whole path while the session is live; the name the record kept once it is stored.
        QString file = session->log().sourceFile(index);
        if (file.isEmpty())
            file = QString::fromUtf8(session->log().payload(index));
        if (!file.isEmpty())
            m_text->setPlainText(
                tr("%1 (%2) was streamed to the server from a file; its %3 bytes were not kept.", nullptr, count)
                    .arg(file, MessageLogModel::formatSize(record.payloadSize), QString::number(record.payloadSize)));
        else if (record.direction == MessageRecord::Direction::Out)
            m_text->setPlainText(tr("This file was streamed to the server; its %1 bytes were not kept.", nullptr, count)
                                     .arg(record.payloadSize));
        else
            m_text->setPlainText(tr("This message's %1 bytes were not kept.", nullptr, count).arg(record.payloadSize));
        showText();
        m_tabs->setCurrentWidget(m_textPage);
        return;
    }
    const bool text = record.kind == Kind::Text || record.kind == Kind::Event;
    if (text && payload.size() <= MaxTextShown) {
        m_payload = payload.isNull() ? QByteArray("") : payload; // null means "no text shown"
        m_json = isJsonContainer(payload);
        showText();
        m_tabs->setCurrentWidget(m_textPage);
    } else if (text) {
        m_text->setPlainText(
            tr("This text is %1; it is shown in the Hex tab.").arg(MessageLogModel::formatSize(payload.size())));
        showText();
        m_tabs->setCurrentWidget(m_hex);
    } else {
        m_text->setPlainText(record.kind == Kind::Close && payload.size() > 2 ? QString::fromUtf8(payload.mid(2))
                                                                              : QString::fromUtf8(payload));
        showText();
        m_tabs->setCurrentWidget(m_hex);
    }
}

} // namespace Framewise
