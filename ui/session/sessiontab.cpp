// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiontab.h"

#include "closedialog.h"
#include "composer.h"
#include "connectionpanel.h"
#include "detailpane.h"
#include "errortext.h"
#include "focuschain.h"
#include "framelogmodel.h"
#include "handshakepane.h"
#include "icons.h"
#include "logfilterproxymodel.h"
#include "messagelogmodel.h"
#include "recordsource.h"
#include "session.h"
#include "sessionrecorder.h"
#include "statspane.h"
#include "tlspane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Framewise {

namespace {
QTableView *makeLogView(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    // Rows are selected with the arrows; Tab leaves the log for the detail pane, as in DevTools.
    view->setTabKeyNavigation(false);
    view->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never asks a million rows for their size.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}
} // namespace

SessionTab::SessionTab(QWidget *parent)
    : SessionTab(nullptr, parent)
{
}

SessionTab::SessionTab(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session ? session : new Session(this))
    , m_panel(new ConnectionPanel(this))
    , m_messages(new MessageLogModel(m_session, this))
    , m_frames(new FrameLogModel(m_session, this))
    , m_filter(new LogFilterProxyModel(this))
    , m_messageView(makeLogView(this, tr("Message log")))
    , m_frameView(makeLogView(this, tr("Frame log")))
    , m_logStack(new QStackedWidget(this))
    , m_filterText(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Regex"), this))
    , m_direction(new QComboBox(this))
    , m_types(new QToolButton(this))
    , m_hidePings(new QCheckBox(tr("Hide pings"), this))
    , m_framesToggle(new QCheckBox(tr("Frames"), this))
    , m_follow(new QCheckBox(tr("Follow"), this))
    , m_preserveLog(new QCheckBox(tr("Preserve log"), this))
    , m_filterError(new QLabel(this))
    , m_heldBack(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_side(new QTabWidget(this))
    , m_detail(new DetailPane(this))
    , m_handshake(new HandshakePane(this))
    , m_tls(new TlsPane(this))
    , m_stats(new StatsPane(this))
    , m_composer(new Composer(this))
    , m_vertical(new QSplitter(Qt::Vertical, this))
    , m_horizontal(new QSplitter(Qt::Horizontal, this))
{
    setUpLogViews();
    setUpFilterBar();
    layOut();
    m_stats->setSession(m_session);
    setUpFocusChain();
    connect(m_session, &Session::logCleared, m_detail, &DetailPane::clear); // no message of a log that is gone
    connect(m_session, &Session::statisticsReset, this, [this] { m_stats->setSession(m_session); });

    connectFilterAndLog();
    connectPanel();
    connectSession();
    connectComposer();
    onStateChanged();
    if (session) {
        m_panel->hide();
        m_composer->hide();
        m_preserveLog->hide();
        m_handshake->showSession(m_session);
    }
}

// The message and frame views, their column widths and the header's column menu.
void SessionTab::setUpLogViews()
{
    m_filter->setSourceModel(m_messages);
    m_messageView->setModel(m_filter);
    const int digit = m_messageView->fontMetrics().horizontalAdvance(u'0');
    const QList<int> messageWidths { 7, 13, 14, 14, 4, 7, 18 };
    for (int i = 0; i < messageWidths.size(); ++i)
        m_messageView->setColumnWidth(i, digit * messageWidths.at(i));
    m_messageView->setColumnHidden(MessageLogModel::SincePreviousColumn, true);
    m_messageView->setColumnHidden(MessageLogModel::SinceStartColumn, true);
    // The header's context menu shows and hides columns, as DevTools' does.
    QHeaderView *header = m_messageView->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
        [this, header](const QPoint &pos) { columnMenu()->popup(header->mapToGlobal(pos)); });
    for (const int width : { 7, 13, 4, 15, 5, 5, 10, 10, 7 })
        m_frameColumnWidths.append(digit * width);
    m_logStack->addWidget(m_messageView);
    m_logStack->addWidget(m_frameView);
}

// The filter bar's widgets (text, regex, direction, types, ...) and the notes below it.
void SessionTab::setUpFilterBar()
{
    m_filterText->setPlaceholderText(tr("Filter messages (Ctrl+F)"));
    m_filterText->setClearButtonEnabled(true);
    m_filterText->setAccessibleName(tr("Filter"));
    m_direction->addItem(tr("Both directions"), int(LogFilterProxyModel::DirectionFilter::Any));
    m_direction->addItem(tr("Received"), int(LogFilterProxyModel::DirectionFilter::Incoming));
    m_direction->addItem(tr("Sent"), int(LogFilterProxyModel::DirectionFilter::Outgoing));
    m_direction->setAccessibleName(tr("Direction filter"));
    m_types->setText(tr("Types"));
    m_types->setPopupMode(QToolButton::InstantPopup);
    m_types->setAccessibleName(tr("Type filter"));
    auto *typeMenu = new QMenu(m_types);
    const QList<QPair<QString, int>> types
        = { { tr("Text"), LogFilterProxyModel::Text }, { tr("Binary"), LogFilterProxyModel::Binary },
              { tr("Control frames"), LogFilterProxyModel::Control }, { tr("Events"), LogFilterProxyModel::Events } };
    for (const auto &[label, flag] : types) {
        QAction *action = typeMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(flag);
        connect(action, &QAction::toggled, this, &SessionTab::scheduleFilter);
    }
    m_types->setMenu(typeMenu);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest message in view; scrolling up turns this off"));
    m_preserveLog->setToolTip(tr("Keep the log and the statistics when connecting again; otherwise each "
                                 "connection starts a fresh log, as it is a recorded session of its own"));
    connect(m_preserveLog, &QCheckBox::toggled, m_session, &Session::setPreserveLog);
    m_filterError->setVisible(false);
    m_heldBack->setVisible(false);
    m_heldBack->setWordWrap(true);
    m_heldBack->setText(tr("Receiving is paused while the recording catches up: the server waits, nothing is "
                           "lost."));
    ErrorText::mark(m_filterError);
}

// Filter bar, log and side panes, composer: the tab's layout.
void SessionTab::layOut()
{
    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_filterText, 1);
    filterBar->addWidget(m_regex);
    filterBar->addWidget(m_direction);
    filterBar->addWidget(m_types);
    filterBar->addWidget(m_hidePings);
    filterBar->addWidget(m_framesToggle);
    filterBar->addWidget(m_follow);
    filterBar->addWidget(m_preserveLog);
    // Room to type a filter even on a 1024-pixel screen.
    m_filterText->setMinimumWidth(m_filterText->fontMetrics().horizontalAdvance(m_filterText->placeholderText())
        + m_filterText->fontMetrics().averageCharWidth() * 4);
    auto *logArea = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logArea);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_logStack, 1);
    logLayout->addWidget(m_countLabel);

    m_side->addTab(m_detail, tr("Message"));
    m_side->addTab(m_handshake, tr("Handshake"));
    // Panes taller than a small screen scroll instead of holding the window's height up.
    const auto scrolling = [this](QWidget *pane) {
        auto *area = new QScrollArea(m_side);
        area->setWidget(pane);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setFocusPolicy(Qt::NoFocus); // Tab goes to what it holds, not to the frame
        return area;
    };
    m_side->addTab(scrolling(m_tls), tr("TLS"));
    m_side->addTab(scrolling(m_stats), tr("Statistics"));
    m_horizontal->addWidget(logArea);
    m_horizontal->addWidget(m_side);
    m_horizontal->setStretchFactor(0, 3);
    m_horizontal->setStretchFactor(1, 2);
    m_horizontal->setSizes({ 660, 620 }); // room for a full hex line on the right
    m_vertical->addWidget(m_horizontal);
    m_vertical->addWidget(m_composer);
    m_vertical->setStretchFactor(0, 5);
    m_vertical->setStretchFactor(1, 1);
    m_vertical->setChildrenCollapsible(false);

    // The filter bar spans the tab, as DevTools' does: the log's columns and the detail pane
    // both keep their width on a small screen.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    layout->addLayout(filterBar);
    layout->addWidget(m_filterError);
    layout->addWidget(m_heldBack);
    layout->addWidget(m_vertical, 1);
}

void SessionTab::setUpFocusChain()
{
    // Tab follows the screen: profile, URL, Connect, options, filter, log, detail, composer, Send.
    FocusChain::apply(m_panel->focusOrder()
        + QList<QWidget *> { m_filterText, m_regex, m_direction, m_types, m_hidePings, m_framesToggle, m_follow,
            m_preserveLog, m_messageView, m_frameView, m_side }
        + m_composer->focusOrder());
}

// The filter's fields (debounced) and the log views' scrolling and selection.
void SessionTab::connectFilterAndLog()
{
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(FilterDebounceMs);
    connect(&m_filterTimer, &QTimer::timeout, this, &SessionTab::applyFilterNow);
    connect(m_filterText, &QLineEdit::textChanged, this, &SessionTab::scheduleFilter);
    connect(m_filterText, &QLineEdit::returnPressed, this, &SessionTab::applyFilterNow);
    connect(m_regex, &QCheckBox::toggled, this, &SessionTab::scheduleFilter);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &SessionTab::scheduleFilter);
    connect(m_hidePings, &QCheckBox::toggled, this, &SessionTab::scheduleFilter);
    connect(m_framesToggle, &QCheckBox::toggled, this, &SessionTab::setFramesMode);

    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &SessionTab::onRowsInserted);
    connect(m_frames, &QAbstractItemModel::rowsInserted, this, &SessionTab::onRowsInserted);
    for (QTableView *view : { m_messageView, m_frameView }) {
        connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, view](int value) {
            if (m_autoScrolling || m_logStack->currentWidget() != view)
                return;
            m_follow->setChecked(value >= view->verticalScrollBar()->maximum());
        });
    }
    connect(m_messageView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &SessionTab::onCurrentRowChanged);
    // Selecting the row that is already current (the one Tab made current) brings it forward too.
    connect(m_messageView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_messageView->selectionModel()->isSelected(m_messageView->selectionModel()->currentIndex()))
            m_side->setCurrentWidget(m_detail);
    });
}

// Connect, disconnect, pause and the profile's snippets and variables.
void SessionTab::connectPanel()
{
    connect(m_panel, &ConnectionPanel::connectRequested, this, [this](const ConnectionSettings &settings) {
        if (m_recorder)
            m_recorder->setProfileName(m_panel->currentProfileId().isEmpty() ? QString() : m_panel->profile().name);
        QString why;
        if (m_session->open(settings, &why) != ChannelError::None)
            m_panel->showMessage(why, true);
        Q_EMIT titleChanged(title());
    });
    connect(m_panel, &ConnectionPanel::profileChanged, this, [this] {
        m_composer->setSnippets(m_panel->snippets());
        Q_EMIT titleChanged(title());
    });
    connect(m_composer, &Composer::snippetsEdited, m_panel, &ConnectionPanel::setSnippets);
    m_composer->setExpander(
        [this](const QString &text, QStringList *undefined) { return m_panel->profile().expand(text, undefined); });
    connect(m_panel, &ConnectionPanel::disconnectRequested, this, [this] {
        // Still connecting, or the Close could not be sent: drop the connection.
        if (m_session->state() == WebSocketChannel::State::Connecting
            || m_session->close(CloseCode::Normal, QString()) != ChannelError::None)
            m_session->abort();
    });
    connect(m_panel, &ConnectionPanel::handshakeLinkActivated, this, [this] { m_side->setCurrentWidget(m_handshake); });
    connect(m_panel, &ConnectionPanel::pauseRequested, this, [this](bool paused) {
        if (!m_session->setReceivingPaused(paused)) // not open (any more): the button shows the truth
            m_panel->setReceivingPaused(m_session->isReceivingPaused());
    });
    connect(m_session, &Session::receivingPausedChanged, m_panel, &ConnectionPanel::setReceivingPaused);
}

// What the session reports: state, handshake and TLS details, growth of the log, round trips.
void SessionTab::connectSession()
{
    connect(m_session, &Session::stateChanged, this, &SessionTab::onStateChanged);
    connect(m_session, &Session::stopped, this, &SessionTab::onStateChanged);
    connect(m_session, &Session::detailsChanged, this, [this] {
        m_handshake->showSession(m_session);
        const ConnectionDetails details = m_session->connectionDetails();
        if (details.started)
            m_tls->showSecurityInfo(details.security, details.url.scheme() == QLatin1String("wss"));
    });
    connect(m_session, &Session::logGrew, this, [this] { Q_EMIT statusChanged(); });
    connect(m_session, &Session::rttMeasured, this, [this] { Q_EMIT statusChanged(); });
}

// What the composer sends, and its close button.
void SessionTab::connectComposer()
{
    connect(m_composer, &Composer::sendText, this, [this](const QString &text) {
        const ChannelError error = m_session->sendText(text);
        if (error != ChannelError::None)
            showError(describeChannelError(error));
    });
    connect(m_composer, &Composer::sendBinary, this, [this](const QByteArray &data) {
        const ChannelError error = m_session->sendBinary(data);
        if (error != ChannelError::None)
            showError(describeChannelError(error));
    });
    connect(m_composer, &Composer::sendFile, this, [this](const QString &path) {
        QString why;
        const ChannelError error = m_session->sendFile(path, &why);
        if (error != ChannelError::None)
            showError(why.isEmpty() ? describeChannelError(error) : why);
    });
    connect(m_composer, &Composer::pingRequested, this, [this](const QByteArray &payload) {
        const ChannelError error = m_session->ping(payload);
        if (error != ChannelError::None)
            showError(describeChannelError(error));
    });
    connect(m_composer, &Composer::closeRequested, this, &SessionTab::requestClose);
}

SessionTab::~SessionTab() = default;

QString SessionTab::title() const
{
    if (m_past) {
        const QUrl url(m_past->url);
        const QString host = url.host().isEmpty() ? m_past->url : url.host();
        const QString when = m_past->startedUs > 0
            ? QDateTime::fromMSecsSinceEpoch(m_past->startedUs / 1000).toString(QStringLiteral("MM-dd HH:mm"))
            : QString();
        return tr("%1 · %2 (recorded)").arg(host, when);
    }
    const Profile profile = m_panel->profile();
    if (!m_panel->currentProfileId().isEmpty())
        return m_panel->isModified() ? profile.name + QStringLiteral(" *") : profile.name;
    const QUrl url = this->url();
    if (!m_namedTitle.isEmpty() && url == m_namedUrl)
        return m_namedTitle;
    if (url.host().isEmpty())
        return tr("New connection");
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

QUrl SessionTab::url() const
{
    if (m_past)
        return QUrl(m_past->url);
    const ConnectionDetails details = m_session->connectionDetails();
    return details.started ? details.url : m_panel->settings().url;
}

QMenu *SessionTab::columnMenu()
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int column = 0; column < MessageLogModel::PreviewColumn; ++column) { // the data column stays
        QAction *action = menu->addAction(m_messages->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!m_messageView->isColumnHidden(column));
        connect(action, &QAction::toggled, this,
            [this, column](bool shown) { m_messageView->setColumnHidden(column, !shown); });
    }
    return menu;
}

void SessionTab::setNamedAddress(const QUrl &url, const QString &name)
{
    m_namedUrl = url;
    m_namedTitle = name;
    Q_EMIT titleChanged(title());
}

void SessionTab::setStore(SessionStore *store, bool record)
{
    delete m_recorder;
    m_recorder = store ? new SessionRecorder(m_session, store, this) : nullptr;
    if (m_recorder)
        connect(m_recorder, &SessionRecorder::holdingBackChanged, m_heldBack, &QLabel::setVisible);
    setRecording(record);
}

void SessionTab::setRecording(bool record)
{
    if (!m_recorder || isPastSession())
        return;
    if (record && !m_recorder->isRecording())
        m_recorder->start();
    else if (!record)
        m_recorder->stop();
}

bool SessionTab::showPastSession(const SessionInfo &info, RecordSource &source, QString *error)
{
    if (m_recorder)
        m_recorder->stop();
    m_past = info;
    m_panel->setVisible(false);
    m_composer->setVisible(false);
    m_preserveLog->setVisible(false);
    // Frames are not recorded, only messages: the frames view would be empty.
    m_framesToggle->setEnabled(false);
    m_framesToggle->setToolTip(tr("A recorded session keeps messages, not their frames"));
    m_pastBanner = new QLabel(this);
    m_pastBanner->setWordWrap(true);
    m_pastBanner->setTextFormat(Qt::PlainText);
    const QString when = info.startedUs > 0
        ? QDateTime::fromMSecsSinceEpoch(info.startedUs / 1000).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        : tr("an unknown time");
    QString banner = info.state == SessionInfo::State::Imported
        ? tr("Imported session of %1 from %2 (read-only).").arg(info.url, info.source)
        : tr("Recorded session of %1, started %2 (read-only).").arg(info.url, when);
    if (info.state == SessionInfo::State::Interrupted)
        banner += u' '
            + tr("Framewise stopped while it was recording: the session ends where the last batch was written.");
    else if (!info.stopStatus.isEmpty())
        banner += u' ' + info.stopStatus;
    m_pastBanner->setText(banner);
    m_pastBanner->setAccessibleName(tr("Recorded session"));
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export…"));
    exportButton->setIcon(Icons::action(QStringLiteral("export")));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(exportButton, &QToolButton::clicked, this, &SessionTab::exportRequested);
    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_pastBanner, 1);
    bannerRow->addWidget(exportButton);
    static_cast<QVBoxLayout *>(layout())->insertLayout(0, bannerRow);
    m_handshake->showStored(info);
    m_tls->showSummary(info.tlsSummary);
    const bool ok = m_session->loadRecords(source, error);
    Q_EMIT titleChanged(title());
    return ok;
}

SessionInfo SessionTab::exportInfo(bool redact) const
{
    if (m_past)
        return *m_past;
    SessionInfo info = SessionRecorder::describe(*m_session, {}, redact);
    if (!m_panel->currentProfileId().isEmpty())
        info.profileName = m_panel->profile().name;
    return info;
}

std::vector<qsizetype> SessionTab::shownRecordIndexes() const
{
    std::vector<qsizetype> indexes;
    const int rows = m_filter->rowCount();
    indexes.reserve(std::size_t(rows));
    for (int row = 0; row < rows; ++row)
        indexes.push_back(m_filter->index(row, 0).data(MessageLogModel::RecordIndexRole).toLongLong());
    return indexes;
}

std::vector<qsizetype> SessionTab::selectedRecordIndexes() const
{
    std::vector<qsizetype> indexes;
    const QModelIndexList rows = m_messageView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        indexes.push_back(row.data(MessageLogModel::RecordIndexRole).toLongLong());
    std::sort(indexes.begin(), indexes.end());
    return indexes;
}

void SessionTab::showError(const QString &text)
{
    QMessageBox::warning(this, tr("Framewise"), text);
}

void SessionTab::onStateChanged()
{
    const WebSocketChannel::State state = m_session->state();
    QString detail;
    bool handshakeLink = false;
    if (state == WebSocketChannel::State::Closed && m_session->hasStopped()) {
        const StopStatus &status = m_session->lastStopStatus();
        // As the log row says it (secret values redacted).
        detail = m_session->settings().redact(status.message());
        handshakeLink = status.reason == StopReason::HandshakeRejected || status.reason == StopReason::HandshakeInvalid;
    }
    if (m_past)
        return;
    m_panel->setState(state, detail, handshakeLink);
    m_composer->setConnected(state == WebSocketChannel::State::Open);
    m_handshake->showSession(m_session);
    Q_EMIT titleChanged(title());
    Q_EMIT statusChanged();
}

void SessionTab::onRowsInserted()
{
    m_countLabel->setText(tr("%1 of %n messages shown", nullptr, m_messages->rowCount()).arg(m_filter->rowCount())
        + QStringLiteral(" · ")
        + (m_past ? tr("frames are not recorded") : tr("%n frames", nullptr, m_frames->rowCount())));
    if (!m_follow->isChecked())
        return;
    m_autoScrolling = true;
    (framesMode() ? m_frameView : m_messageView)->scrollToBottom();
    m_autoScrolling = false;
}

void SessionTab::onCurrentRowChanged()
{
    const QModelIndex current = m_messageView->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    m_detail->showRecord(m_session, current.data(MessageLogModel::RecordIndexRole).toLongLong());
    // A row chosen (clicked, arrowed to) brings the message forward; the current row Qt sets when
    // Tab enters the log (not selected) leaves the Handshake or Statistics tab in front.
    if (m_messageView->selectionModel()->isSelected(current))
        m_side->setCurrentWidget(m_detail);
}

void SessionTab::scheduleFilter()
{
    m_filterTimer.start();
}

void SessionTab::applyFilterNow()
{
    m_filterTimer.stop();
    LogFilterProxyModel::Criteria criteria;
    criteria.text = m_filterText->text();
    criteria.regularExpression = m_regex->isChecked();
    criteria.direction = LogFilterProxyModel::DirectionFilter(m_direction->currentData().toInt());
    criteria.hidePingPong = m_hidePings->isChecked();
    int types = 0;
    const auto actions = m_types->menu()->actions();
    for (const QAction *action : actions) {
        if (action->isChecked())
            types |= action->data().toInt();
    }
    criteria.types = types;
    m_filter->setCriteria(criteria);
    const QString error = m_filter->criteriaError();
    m_filterError->setText(error);
    m_filterError->setVisible(!error.isEmpty());
    onRowsInserted();
}

// A QTableView's header keeps an entry per row. In a flood the hidden frames view's header grew
// by a million rows as well, as costly as the visible log's (bench_window), so the frames view
// gets its model when it is shown and gives it up when it is hidden; the column widths stay.
void SessionTab::attachFrameModel(bool attach)
{
    if (attach == (m_frameView->model() == m_frames))
        return;
    QItemSelectionModel *oldSelection = m_frameView->selectionModel();
    if (!attach) {
        for (int i = 0; i < m_frameColumnWidths.size(); ++i)
            m_frameColumnWidths[i] = m_frameView->columnWidth(i);
        m_frameView->setModel(nullptr);
        delete oldSelection; // setModel() does not delete the view's old selection model
        return;
    }
    m_frameView->setModel(m_frames);
    delete oldSelection;
    for (int i = 0; i < m_frameColumnWidths.size(); ++i)
        m_frameView->setColumnWidth(i, m_frameColumnWidths.at(i));
    connect(m_frameView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            const int message = current.data(FrameLogModel::MessageIndexRole).toInt();
            if (current.isValid() && message >= 0)
                m_detail->showRecord(m_session, message);
        });
}

void SessionTab::setFramesMode(bool frames)
{
    if (m_framesToggle->isChecked() != frames)
        m_framesToggle->setChecked(frames);
    attachFrameModel(frames);
    m_logStack->setCurrentWidget(frames ? m_frameView : m_messageView);
    m_filterText->setEnabled(!frames);
    onRowsInserted();
}

bool SessionTab::framesMode() const
{
    return m_logStack->currentWidget() == m_frameView;
}

void SessionTab::focusFilter()
{
    m_filterText->setFocus();
    m_filterText->selectAll();
}

void SessionTab::clearLog()
{
    m_session->clearLog();
    m_detail->clear();
    onRowsInserted();
}

void SessionTab::requestClose()
{
    CloseDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ChannelError error = m_session->close(dialog.code(), dialog.reason());
    if (error != ChannelError::None)
        showError(describeChannelError(error));
}

QByteArray SessionTab::saveSplitterState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << m_vertical->saveState() << m_horizontal->saveState();
    return state;
}

void SessionTab::restoreSplitterState(const QByteArray &state)
{
    QDataStream stream(state);
    QByteArray vertical;
    QByteArray horizontal;
    stream >> vertical >> horizontal;
    if (stream.status() == QDataStream::Ok) {
        m_vertical->restoreState(vertical);
        m_horizontal->restoreState(horizontal);
    }
}

} // namespace Framewise
