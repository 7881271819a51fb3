// SPDX-License-Identifier: GPL-3.0-or-later
#include "intercepttab.h"

#include "closecode.h"
#include "heldmessagedialog.h"
#include "heldmessagesmodel.h"
#include "interceptconnectionsmodel.h"
#include "interceptserver.h"
#include "proxyeventsmodel.h"
#include "proxyserver.h"
#include "session.h"
#include "sessioninfo.h"
#include "sessionrecorder.h"
#include "sessiontab.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Framewise {

namespace {
QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

// "AB:CD:EF:01:23:45…": enough of the CA's SHA-256 to tell it from another at a glance.
QString shortFingerprint(const QByteArray &fingerprint)
{
    constexpr int ShownBytes = 6;
    return QString::fromLatin1(fingerprint.left(ShownBytes * 3 - 1)) + QChar(0x2026);
}
} // namespace

InterceptTab::InterceptTab(QWidget *parent)
    : InterceptTab(Mode::Intercept, parent)
{
}

InterceptTab::InterceptTab(Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_proxy(mode == Mode::Proxy ? new ProxyServer(this) : nullptr)
    , m_server(m_proxy ? m_proxy->interceptServer() : new InterceptServer(this))
    , m_connections(new InterceptConnectionsModel(m_server, this))
    , m_sortedConnections(new QSortFilterProxyModel(this))
    , m_held(new HeldMessagesModel(m_server, this))
    , m_summary(new QLabel(this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_connectionsView(makeTable(this, tr("Intercepted connections")))
    , m_sessions(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_heldView(makeTable(this, tr("Held messages")))
    , m_injectDirection(new QComboBox(this))
    , m_injectType(new QComboBox(this))
    , m_injectText(new QLineEdit(this))
    , m_injectError(new QLabel(this))
{
    m_sortedConnections->setSourceModel(m_connections);
    m_connectionsView->setModel(m_sortedConnections);
    m_heldView->setModel(m_held);
    const int digit = fontMetrics().horizontalAdvance(u'0');
    const QList<int> widths { 17, 3, 15, 10, 8, 8, 7, 5 };
    for (int i = 0; i < widths.size(); ++i)
        m_connectionsView->setColumnWidth(i, digit * widths.at(i));
    if (m_proxy) {
        // Grouped by host: each host's connections together, in the order they came.
        m_sortedConnections->setSortRole(InterceptConnectionsModel::GroupRole);
        m_sortedConnections->sort(InterceptConnectionsModel::HostColumn);
        // Where each went and how it goes first; the app's own address (its port) last.
        QHeaderView *header = m_connectionsView->horizontalHeader();
        header->moveSection(header->visualIndex(InterceptConnectionsModel::AppColumn), header->count() - 1);
        m_events = new ProxyEventsModel(this);
        m_eventsView = makeTable(this, tr("Proxy problems"));
        m_eventsView->setModel(m_events);
        const QList<int> eventWidths { 9, 20, 6 };
        for (int i = 0; i < eventWidths.size(); ++i)
            m_eventsView->setColumnWidth(i, digit * eventWidths.at(i));
        m_summary->setWordWrap(true); // a long list of hosts must not widen the window
        m_lastProblem = new QLabel(this);
        m_lastProblem->setWordWrap(true);
        m_lastProblem->setStyleSheet(QStringLiteral("color: #b35c00;"));
        m_lastProblem->setAccessibleName(tr("Latest proxy problem"));
        m_lastProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_lastProblem->hide();
        m_summaryTimer.setSingleShot(true);
        m_summaryTimer.setInterval(100);
        connect(&m_summaryTimer, &QTimer::timeout, this, &InterceptTab::updateSummary);
        connect(m_proxy, &ProxyServer::proxyEvent, this, &InterceptTab::onProxyEvent);
        connect(m_proxy, &ProxyServer::countsChanged, this, [this] {
            if (!m_summaryTimer.isActive())
                m_summaryTimer.start();
        });
    } else {
        m_connectionsView->setColumnHidden(InterceptConnectionsModel::HostColumn, true); // one upstream: on top
    }
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QList<int> heldWidths { 6, 13, 10, 8, 40 };
    for (int i = 0; i < heldWidths.size(); ++i)
        m_heldView->setColumnWidth(i, digit * heldWidths.at(i));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_sessions->addWidget(m_placeholder);
    m_injectDirection->addItem(tr("to server"), int(InterceptDirection::ToServer));
    m_injectDirection->addItem(tr("to app"), int(InterceptDirection::ToApp));
    m_injectDirection->setAccessibleName(tr("Inject direction"));
    m_injectType->addItem(tr("Text"));
    m_injectType->addItem(tr("Binary (hex)"));
    m_injectText->setPlaceholderText(tr("Message to inject on the selected connection"));
    m_injectText->setAccessibleName(tr("Message to inject"));
    m_injectError->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_injectError->hide();
    layOut();

    connect(m_server, &InterceptServer::connectionAdded, this, &InterceptTab::onConnectionAdded);
    connect(m_server, &InterceptServer::connectionEnded, this, &InterceptTab::updateSummary);
    connect(m_server, &InterceptServer::handshakeFailed, this, [this] {
        ++m_refused;
        updateSummary();
    });
    connect(m_held, &HeldMessagesModel::reloaded, this, &InterceptTab::updateSummary);
    connect(m_connectionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showConnection(connectionAtRow(current.row())); });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        goAway();
        updateSummary();
    });
    connect(m_injectText, &QLineEdit::returnPressed, this, [this] { injectNow(); });

    // The held queue by keyboard: Enter forwards, Delete drops, F2 edits, Ctrl+Shift+R releases all.
    const auto action = [this](const QString &text, const QKeySequence &key, void (InterceptTab::*slot)()) {
        auto *a = new QAction(text, m_heldView);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_heldView->addAction(a);
        return a;
    };
    action(tr("Forward"), QKeySequence(Qt::Key_Return), &InterceptTab::forwardSelectedHeld);
    action(tr("Drop"), QKeySequence(Qt::Key_Delete), &InterceptTab::dropSelectedHeld);
    action(tr("Edit…"), QKeySequence(Qt::Key_F2), &InterceptTab::editSelectedHeld);
    auto *releaseAll = new QAction(tr("Release all"), this);
    releaseAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    releaseAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(releaseAll, &QAction::triggered, this, &InterceptTab::releaseAllHeld);
    addAction(releaseAll);
    connect(m_heldView, &QTableView::doubleClicked, this, &InterceptTab::editSelectedHeld);
    updateSummary();
}

InterceptTab::~InterceptTab()
{
    // Nothing of the teardown is news for the window (it may be going away itself), and the views
    // let go of the models before the connections they list are deleted.
    blockSignals(true);
    m_connectionsView->setModel(nullptr);
    m_heldView->setModel(nullptr);
    // The session views read sessions the connections own: they go first.
    for (SessionTab *tab : std::as_const(m_tabs))
        delete tab;
    m_tabs.clear();
    m_server->disconnect(this);
    for (InterceptConnection *connection : m_server->connections())
        connection->disconnect(this);
    if (m_proxy) {
        m_proxy->disconnect(this);
        delete m_proxy; // and its InterceptServer with it
    } else {
        delete m_server;
    }
}

void InterceptTab::layOut()
{
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_stop);

    auto *heldButtons = new QHBoxLayout;
    const auto button = [this, heldButtons](const QString &text, void (InterceptTab::*slot)()) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        heldButtons->addWidget(b);
    };
    button(tr("&Edit…"), &InterceptTab::editSelectedHeld);
    button(tr("&Forward"), &InterceptTab::forwardSelectedHeld);
    button(tr("&Drop"), &InterceptTab::dropSelectedHeld);
    button(tr("Release &all"), &InterceptTab::releaseAllHeld);
    heldButtons->addStretch(1);
    auto *injectBar = new QHBoxLayout;
    injectBar->addWidget(new QLabel(tr("Inject"), this));
    injectBar->addWidget(m_injectDirection);
    injectBar->addWidget(m_injectType);
    injectBar->addWidget(m_injectText, 1);
    auto *send = new QPushButton(tr("&Send"), this);
    connect(send, &QPushButton::clicked, this, [this] { injectNow(); });
    injectBar->addWidget(send);

    auto *held = new QWidget(this);
    auto *heldLayout = new QVBoxLayout(held);
    heldLayout->setContentsMargins(0, 0, 0, 0);
    heldLayout->addWidget(new QLabel(tr("Held messages"), this));
    heldLayout->addWidget(m_heldView, 1);
    heldLayout->addLayout(heldButtons);
    heldLayout->addLayout(injectBar);
    heldLayout->addWidget(m_injectError);
    QWidget *bottom = held;
    if (m_eventsView) {
        // The proxy's problems beside the held messages: both are what needs a look.
        auto *events = new QWidget(this);
        auto *eventsLayout = new QVBoxLayout(events);
        eventsLayout->setContentsMargins(0, 0, 0, 0);
        eventsLayout->addWidget(new QLabel(tr("Proxy problems (per host; hover for the whole text)"), this));
        eventsLayout->addWidget(m_eventsView, 1);
        auto *split = new QSplitter(Qt::Horizontal, this);
        split->addWidget(held);
        split->addWidget(events);
        split->setStretchFactor(0, 1);
        split->setStretchFactor(1, 1);
        split->setChildrenCollapsible(false);
        bottom = split;
    }

    auto *horizontal = new QSplitter(Qt::Horizontal, this);
    horizontal->addWidget(m_connectionsView);
    horizontal->addWidget(m_sessions);
    horizontal->setStretchFactor(0, 1);
    horizontal->setStretchFactor(1, 4);
    horizontal->setSizes(m_proxy ? QList<int> { 440, 960 } : QList<int> { 420, 980 });
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(horizontal);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);
    vertical->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    if (m_lastProblem)
        layout->addWidget(m_lastProblem);
    layout->addWidget(vertical, 1);
}

bool InterceptTab::start(const InterceptSettings &settings, QString *error)
{
    if (!m_server->start(settings, error))
        return false;
    m_placeholder->setText(tr("Point your app at %1 instead of %2.\nIts connections appear on the left.")
                               .arg(m_server->listenUrl(), settings.upstream.redactedUrl(settings.upstream.url)));
    updateSummary();
    Q_EMIT titleChanged(title());
    return true;
}

bool InterceptTab::start(const ProxySettings &settings, const CertificateAuthority &ca, QString *error)
{
    if (!m_proxy) {
        *error = tr("This tab is an intercept, not a proxy.");
        return false;
    }
    if (!m_proxy->start(settings, ca, error))
        return false;
    m_placeholder->setText(tr("Set your app's or browser's HTTP proxy to %1 (e.g. HTTPS_PROXY=%1).\n"
                              "For wss:// it must trust the Framewise CA: File › Export CA certificate…, then see "
                              "“Trusting the Framewise CA” in the README.\n"
                              "Intercepted WebSocket connections appear on the left, grouped by host.")
                               .arg(m_proxy->listenUrl()));
    updateSummary();
    Q_EMIT titleChanged(title());
    return true;
}

void InterceptTab::setStore(SessionStore *store, bool record)
{
    m_store = store;
    m_record = record;
}

QString InterceptTab::title() const
{
    if (m_proxy)
        return tr("Proxy :%1").arg(m_proxy->port());
    return tr("Intercept :%1").arg(m_server->port());
}

InterceptConnection *InterceptTab::connectionAtRow(int row) const
{
    return m_connections->connectionAt(m_sortedConnections->mapToSource(m_sortedConnections->index(row, 0)).row());
}

void InterceptTab::onProxyEvent(const ProxyEvent &event)
{
    if (!ProxyEventsModel::lists(event))
        return;
    m_events->add(event);
    m_lastProblemText = ProxyEventsModel::hostText(event) + QStringLiteral(": ") + ProxyEventsModel::describe(event);
    if (!m_summaryTimer.isActive())
        m_summaryTimer.start();
}

void InterceptTab::onConnectionAdded(InterceptConnection *connection)
{
    if (m_store && m_record) {
        auto *recorder = new SessionRecorder(connection->session(), m_store, connection);
        recorder->setProfileName(title());
        recorder->setKind(SessionInfo::interceptKind());
        recorder->start();
    }
    // The first connection shows at once; later ones wait to be picked.
    if (!m_connectionsView->currentIndex().isValid())
        m_connectionsView->setCurrentIndex(
            m_sortedConnections->mapFromSource(m_connections->index(m_connections->rowOf(connection), 0)));
    updateSummary();
}

SessionTab *InterceptTab::sessionTabFor(InterceptConnection *connection)
{
    if (!connection)
        return nullptr;
    if (SessionTab *tab = m_tabs.value(connection))
        return tab;
    auto *tab = new SessionTab(connection->session(), m_sessions);
    m_sessions->addWidget(tab);
    m_tabs.insert(connection, tab);
    connect(tab, &SessionTab::statusChanged, this, &InterceptTab::statusChanged); // the window's status bar
    connect(connection, &QObject::destroyed, this, [this, connection] { delete m_tabs.take(connection); });
    return tab;
}

void InterceptTab::showConnection(InterceptConnection *connection)
{
    SessionTab *tab = sessionTabFor(connection);
    m_sessions->setCurrentWidget(tab ? static_cast<QWidget *>(tab) : m_placeholder);
    Q_EMIT statusChanged();
}

SessionTab *InterceptTab::currentSessionTab() const
{
    return qobject_cast<SessionTab *>(m_sessions->currentWidget());
}

InterceptConnection *InterceptTab::selectedConnection() const
{
    return connectionAtRow(m_connectionsView->currentIndex().row());
}

int InterceptTab::selectedHeldRow() const
{
    const QModelIndex current = m_heldView->currentIndex();
    if (current.isValid())
        return current.row();
    return m_held->rowCount() > 0 ? 0 : -1; // the oldest, when nothing is picked
}

void InterceptTab::editSelectedHeld()
{
    const HeldMessagesModel::Row row = m_held->rowAt(selectedHeldRow());
    if (!row.connection)
        return;
    HeldMessageDialog dialog(row.item.originalPayload(), row.item.payload, row.item.binary, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    row.connection->lane(row.item.direction)->edit(row.item.id, dialog.payload(), row.item.binary);
}

void InterceptTab::forwardSelectedHeld()
{
    const HeldMessagesModel::Row row = m_held->rowAt(selectedHeldRow());
    if (row.connection)
        row.connection->lane(row.item.direction)->release(row.item.id);
}

void InterceptTab::dropSelectedHeld()
{
    const HeldMessagesModel::Row row = m_held->rowAt(selectedHeldRow());
    if (row.connection)
        row.connection->lane(row.item.direction)->drop(row.item.id);
}

void InterceptTab::releaseAllHeld()
{
    for (InterceptConnection *connection : m_server->connections()) {
        connection->lane(InterceptDirection::ToServer)->releaseAll();
        connection->lane(InterceptDirection::ToApp)->releaseAll();
    }
}

bool InterceptTab::injectNow(QString *error)
{
    QString problem;
    InterceptConnection *connection = selectedConnection();
    const bool binary = m_injectType->currentIndex() == 1;
    QByteArray payload = m_injectText->text().toUtf8();
    if (binary) {
        const QByteArray digits = m_injectText->text().remove(QLatin1Char(' ')).toLatin1();
        const bool hex = digits.size() % 2 == 0
            && std::all_of(digits.begin(), digits.end(), [](char c) { return isxdigit(uchar(c)) != 0; });
        if (!hex)
            problem = tr("Binary messages are typed as hex digits, two per byte (e.g. 0a ff 10).");
        payload = QByteArray::fromHex(digits);
    }
    if (problem.isEmpty() && !connection)
        problem = tr("Pick a connection on the left first.");
    const auto direction = InterceptDirection(m_injectDirection->currentData().toInt());
    if (problem.isEmpty() && connection->inject(direction, binary, payload) == 0)
        problem = tr("Connection %1 is not open; nothing was sent.").arg(connection->id());
    m_injectError->setText(problem);
    m_injectError->setVisible(!problem.isEmpty());
    if (error)
        *error = problem;
    if (problem.isEmpty())
        m_injectText->clear();
    return problem.isEmpty();
}

bool InterceptTab::goAway()
{
    const bool live = m_server->liveCount() > 0;
    if (m_proxy)
        m_proxy->stop(CloseCode::GoingAway, tr("Framewise proxy stopped"));
    else
        m_server->stop(CloseCode::GoingAway, tr("Framewise intercept stopped"));
    m_stop->setEnabled(false);
    return live;
}

QString InterceptTab::proxySummary() const
{
    const ProxySettings &settings = m_proxy->settings();
    const CertificateAuthority &ca = m_proxy->certificateAuthority();
    const QString hosts
        = settings.interceptHosts.isEmpty() ? tr("every host") : settings.interceptHosts.join(QStringLiteral(", "));
    QString tls;
    if (settings.decryptTls && !ca.isNull())
        tls = tr("TLS decrypted with the Framewise CA (SHA-256 %1)").arg(shortFingerprint(ca.sha256Fingerprint()));
    else if (settings.decryptTls)
        tls = tr("TLS tunnelled untouched (no Framewise CA)");
    else
        tls = tr("TLS tunnelled untouched");
    QString text = m_proxy->isListening()
        ? tr("Proxy %1  ·  intercepting %2  ·  %3").arg(m_proxy->listenUrl(), hosts, tls)
        : tr("Stopped (was proxy %1)").arg(m_proxy->listenUrl());
    int held = 0;
    for (InterceptConnection *connection : m_server->connections())
        held += connection->heldCount();
    const int total = int(m_server->connections().size());
    const ProxyServer::Counts counts = m_proxy->counts();
    text += QLatin1Char('\n')
        + tr("WebSocket connections: %1 (%2 live)  ·  forwarded: %3  ·  tunnels: %4  ·  refused: %5  ·  "
             "TLS rejected: %6")
              .arg(total)
              .arg(m_server->liveCount())
              .arg(counts.forwarded)
              .arg(counts.tunnels)
              .arg(counts.refused + m_refused)
              .arg(counts.tlsRejected);
    if (held > 0)
        text += tr("  ·  held: %1").arg(held);
    return text;
}

void InterceptTab::updateSummary()
{
    if (m_proxy) {
        m_summary->setText(proxySummary());
        m_lastProblem->setText(tr("Latest problem: %1").arg(m_lastProblemText));
        m_lastProblem->setVisible(!m_lastProblemText.isEmpty());
        Q_EMIT statusChanged();
        return;
    }
    int held = 0;
    for (InterceptConnection *connection : m_server->connections())
        held += connection->heldCount();
    const int total = int(m_server->connections().size());
    const int live = m_server->liveCount();
    QString text = m_server->isListening()
        ? tr("Listening on %1 → %2")
              .arg(m_server->listenUrl(), m_server->settings().upstream.redactedUrl(m_server->settings().upstream.url))
        : tr("Stopped (was %1)").arg(m_server->listenUrl());
    text += tr("  ·  %n live", nullptr, live) + tr(", %n ended", nullptr, total - live);
    if (held > 0)
        text += tr("  ·  %n held", nullptr, held);
    if (m_refused > 0)
        text += tr("  ·  %n refused", nullptr, m_refused);
    m_summary->setText(text);
    Q_EMIT statusChanged();
}

} // namespace Framewise
