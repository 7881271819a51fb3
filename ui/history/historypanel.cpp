// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypanel.h"

#include "errortext.h"
#include "historymodel.h"
#include "icons.h"
#include "sessionstore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Framewise {

HistoryPanel::HistoryPanel(SessionStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new HistoryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_problem(new QLabel(this))
    , m_count(new QLabel(this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterRole(HistoryModel::SearchRole);
    m_proxy->setSortRole(HistoryModel::SortRole);
    m_search->setPlaceholderText(tr("Search URL, profile, how it ended"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search history"));
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Recorded sessions"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(HistoryModel::Started, Qt::DescendingOrder);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    // Rows as compact as the log's, so that the dock shows a good number of them.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setColumnWidth(HistoryModel::Started, m_view->fontMetrics().horizontalAdvance(u'0') * 20);
    m_view->setColumnWidth(HistoryModel::Kind, m_view->fontMetrics().horizontalAdvance(u'0') * 11);
    m_view->setColumnWidth(HistoryModel::Url, m_view->fontMetrics().horizontalAdvance(u'0') * 28);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    ErrorText::mark(m_problem);
    m_open->setIcon(Icons::action(QStringLiteral("connect")));
    m_delete->setIcon(Icons::action(QStringLiteral("remove")));
    m_export->setIcon(Icons::action(QStringLiteral("export")));
    m_open->setToolTip(tr("Open the selected sessions read-only, with filters and the hex view"));
    m_export->setToolTip(tr("Export the selected session to HAR, JSON Lines, CSV or text"));
    auto *import = new QPushButton(Icons::action(QStringLiteral("import")), tr("Import…"), this);
    import->setToolTip(tr("Import a HAR file (Chrome, Firefox, Framewise) or JSON Lines"));
    auto *retention = new QPushButton(Icons::action(QStringLiteral("retention")), tr("Retention…"), this);
    retention->setToolTip(tr("How long recorded sessions are kept"));

    // The count sits with the buttons: one line less for the list.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_export);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_count);
    buttons->addSpacing(m_count->fontMetrics().averageCharWidth() * 2);
    buttons->addWidget(import);
    buttons->addWidget(retention);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_problem);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateButtons();
    });
    connect(m_view, &QTableView::activated, this,
        [this](const QModelIndex &index) { Q_EMIT openRequested(index.data(HistoryModel::IdRole).toLongLong()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPanel::updateButtons);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds();
        for (const qint64 id : ids)
            Q_EMIT openRequested(id);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (ids.size() == 1)
            Q_EMIT exportRequested(ids.first());
    });
    connect(m_delete, &QPushButton::clicked, this, &HistoryPanel::askToDelete);
    connect(import, &QPushButton::clicked, this, &HistoryPanel::importRequested);
    connect(retention, &QPushButton::clicked, this, &HistoryPanel::retentionRequested);
    updateButtons();
}

void HistoryPanel::refresh()
{
    const QList<qint64> selected = selectedIds();
    if (m_store && m_store->isOpen())
        m_model->setSessions(m_store->sessions());
    else
        m_model->setSessions({});
    for (const qint64 id : selected)
        selectId(id);
    updateButtons();
}

QList<qint64> HistoryPanel::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(row.data(HistoryModel::IdRole).toLongLong());
    return ids;
}

void HistoryPanel::selectId(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_view->selectionModel()->select(
            index, QItemSelectionModel::Select | QItemSelectionModel::Rows | QItemSelectionModel::Current);
}

int HistoryPanel::visibleCount() const
{
    return m_proxy->rowCount();
}

int HistoryPanel::heightForRows(int rows) const
{
    const int list = m_view->horizontalHeader()->sizeHint().height()
        + rows * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth()
        + m_view->horizontalScrollBar()->sizeHint().height(); // the columns may not fit the width
    return layout()->sizeHint().height() - m_view->sizeHint().height() + list;
}

QSize HistoryPanel::sizeHint() const
{
    return { QWidget::sizeHint().width(), heightForRows(RowsShown) };
}

void HistoryPanel::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

bool HistoryPanel::deleteSessions(const QList<qint64> &ids)
{
    if (!m_store)
        return false;
    bool ok = true;
    for (const qint64 id : ids) {
        if (!m_store->deleteSession(id)) {
            ok = false;
            setProblem(tr("Could not delete a session: %1").arg(m_store->errorString()));
        }
    }
    refresh();
    return ok;
}

void HistoryPanel::askToDelete()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Delete recorded sessions"),
        tr("Delete %n recorded session(s) and all their messages? This cannot be undone.", nullptr, int(ids.size())));
    if (answer == QMessageBox::Yes)
        deleteSessions(ids);
}

void HistoryPanel::updateButtons()
{
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    m_open->setEnabled(selected > 0);
    m_export->setEnabled(selected == 1);
    m_delete->setEnabled(selected > 0);
    m_count->setText(tr("%1 of %n sessions", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

} // namespace Framewise
