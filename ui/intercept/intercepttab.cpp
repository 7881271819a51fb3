// SPDX-License-Identifier: GPL-3.0-or-later
#include "intercepttab.h"

#include "closecode.h"
#include "heldmessagedialog.h"
#include "heldmessagesmodel.h"
#include "interceptconnectionsmodel.h"
#include "interceptserver.h"
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
} // namespace

InterceptTab::InterceptTab(QWidget *parent)
    : QWidget(parent)
    , m_server(new InterceptServer(this))
    , m_connections(new InterceptConnectionsModel(m_server, this))
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
    m_connectionsView->setModel(m_connections);
    m_heldView->setModel(m_held);
    const int digit = fontMetrics().horizontalAdvance(u'0');
    const QList<int> widths { 3, 15, 10, 8, 8, 7, 5 };
    for (int i = 0; i < widths.size(); ++i)
        m_connectionsView->setColumnWidth(i, digit * widths.at(i));
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
        [this](const QModelIndex &current) { showConnection(m_connections->connectionAt(current.row())); });
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
    delete m_server;
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

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(new QLabel(tr("Held messages"), this));
    bottomLayout->addWidget(m_heldView, 1);
    bottomLayout->addLayout(heldButtons);
    bottomLayout->addLayout(injectBar);
    bottomLayout->addWidget(m_injectError);

    auto *horizontal = new QSplitter(Qt::Horizontal, this);
    horizontal->addWidget(m_connectionsView);
    horizontal->addWidget(m_sessions);
    horizontal->setStretchFactor(0, 1);
    horizontal->setStretchFactor(1, 4);
    horizontal->setSizes({ 420, 980 });
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(horizontal);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);
    vertical->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
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

void InterceptTab::setStore(SessionStore *store, bool record)
{
    m_store = store;
    m_record = record;
}

QString InterceptTab::title() const
{
    return tr("Intercept :%1").arg(m_server->port());
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
        m_connectionsView->setCurrentIndex(m_connections->index(m_connections->rowOf(connection), 0));
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
    return m_connections->connectionAt(m_connectionsView->currentIndex().row());
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
    m_server->stop(CloseCode::GoingAway, tr("Framewise intercept stopped"));
    m_stop->setEnabled(false);
    return live;
}

void InterceptTab::updateSummary()
{
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
