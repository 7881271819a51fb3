// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpane.h"

#include "closecode.h"
#include "hexview.h"
#include "jsonhighlighter.h"
#include "messagelogmodel.h"
#include "session.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace Framewise {

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_hex(new HexView(this))
    , m_highlighter(new JsonHighlighter(m_text->document()))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Message text"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_tabs->addTab(m_text, tr("Text"));
    m_tabs->addTab(m_hex, tr("Hex"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    clear();
}

QString DetailPane::prettyJson(const QByteArray &utf8)
{
    const QByteArray trimmed = utf8.trimmed();
    if (trimmed.isEmpty() || (trimmed.front() != '{' && trimmed.front() != '['))
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

void DetailPane::clear()
{
    m_summary->setText(tr("Select a message to see it here."));
    m_text->clear();
    m_hex->setData({});
    m_json = false;
}

QString DetailPane::shownText() const
{
    return m_text->toPlainText();
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
    const QByteArray payload = session->log().payload(index);
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
    m_summary->setText(summary);
    m_hex->setData(payload);
    m_json = false;
    if (record.payloadOmitted) {
        m_highlighter->setDocument(nullptr); // words, not JSON: no numbers coloured
        const int count = int(std::min<qint64>(record.payloadSize, std::numeric_limits<int>::max()));
        const QString file = session->log().sourceFile(index);
        if (!file.isEmpty())
            m_text->setPlainText(
                tr("%1 (%2) was streamed to the server from a file; its %3 bytes were not kept.", nullptr, count)
                    .arg(file, MessageLogModel::formatSize(record.payloadSize), QString::number(record.payloadSize)));
        else if (record.direction == MessageRecord::Direction::Out)
            m_text->setPlainText(tr("This file was streamed to the server; its %1 bytes were not kept.", nullptr, count)
                                     .arg(record.payloadSize));
        else
            m_text->setPlainText(tr("This message's %1 bytes were not kept.", nullptr, count).arg(record.payloadSize));
        m_tabs->setCurrentWidget(m_text);
        return;
    }
    const bool text = record.kind == Kind::Text || record.kind == Kind::Event;
    if (text && payload.size() <= MaxTextShown) {
        const QString pretty = prettyJson(payload);
        m_json = !pretty.isEmpty();
        m_highlighter->setDocument(m_json ? m_text->document() : nullptr);
        m_text->setPlainText(m_json ? pretty : QString::fromUtf8(payload));
        if (m_json)
            m_highlighter->rehighlight(); // now, not on the next event-loop turn
        m_tabs->setCurrentWidget(m_text);
    } else if (text) {
        m_text->setPlainText(
            tr("This text is %1; it is shown in the Hex tab.").arg(MessageLogModel::formatSize(payload.size())));
        m_tabs->setCurrentWidget(m_hex);
    } else {
        m_highlighter->setDocument(nullptr);
        m_text->setPlainText(record.kind == Kind::Close && payload.size() > 2 ? QString::fromUtf8(payload.mid(2))
                                                                              : QString::fromUtf8(payload));
        m_tabs->setCurrentWidget(m_hex);
    }
}

} // namespace Framewise
