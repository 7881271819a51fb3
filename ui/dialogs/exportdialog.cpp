// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "errortext.h"
#include "recordsource.h"
#include "sessionexporter.h"
#include "sessioninfo.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace Framewise {

ExportDialog::ExportDialog(SourceFactory factory, qint64 total, std::vector<qsizetype> filtered,
    std::vector<qsizetype> selected, const QString &baseName, QWidget *parent)
    : QDialog(parent)
    , m_factory(std::move(factory))
    , m_filtered(std::move(filtered))
    , m_selected(std::move(selected))
    , m_format(new QComboBox(this))
    , m_whole(new QRadioButton(tr("The whole session (%n records)", nullptr, int(total)), this))
    , m_filteredButton(new QRadioButton(tr("The rows the filter shows (%n)", nullptr, int(m_filtered.size())), this))
    , m_selectedButton(new QRadioButton(tr("The selected rows (%n)", nullptr, int(m_selected.size())), this))
    , m_scopeGroup(new QButtonGroup(this))
    , m_path(new QLineEdit(this))
    , m_secrets(new QCheckBox(tr("Include secrets (Authorization, Cookie and headers marked secret)"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Export session"));
    m_format->addItem(tr("HAR 1.2 (Chrome DevTools, Firefox, HAR viewers)"), QStringLiteral("har"));
    m_format->addItem(tr("JSON Lines (one message per line, for jq and scripts)"), QStringLiteral("jsonl"));
    m_format->addItem(tr("CSV (spreadsheets)"), QStringLiteral("csv"));
    m_format->addItem(tr("Plain text (for a bug report)"), QStringLiteral("text"));
    m_format->setAccessibleName(tr("Format"));
    m_scopeGroup->addButton(m_whole, int(Scope::Whole));
    m_scopeGroup->addButton(m_filteredButton, int(Scope::Filtered));
    m_scopeGroup->addButton(m_selectedButton, int(Scope::Selected));
    m_whole->setChecked(true);
    // A list from the history has no filter; a filter that hides nothing is the whole session.
    m_filteredButton->setEnabled(!m_filtered.empty() && qint64(m_filtered.size()) != total);
    m_selectedButton->setEnabled(!m_selected.empty());
    m_path->setAccessibleName(tr("File"));
    m_secrets->setToolTip(tr("Off: their values are replaced by [redacted] in the file."));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    ErrorText::mark(m_message);

    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    m_path->setText(QDir(folder).filePath(baseName + QStringLiteral(".har")));

    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *scope = new QVBoxLayout;
    scope->addWidget(m_whole);
    scope->addWidget(m_filteredButton);
    scope->addWidget(m_selectedButton);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Records:"), scope);
    form->addRow(tr("F&ile:"), pathRow);
    form->addRow(QString(), m_secrets);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSuffix);
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::suggestedBaseName(const SessionInfo &info)
{
    const QString host = QUrl(info.url).host();
    const QDateTime started
        = info.startedUs > 0 ? QDateTime::fromMSecsSinceEpoch(info.startedUs / 1000) : QDateTime::currentDateTime();
    return QStringLiteral("framewise-%1-%2")
        .arg(host.isEmpty() ? QStringLiteral("session") : host, started.toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

void ExportDialog::setFormat(const QString &format)
{
    const int index = m_format->findData(format);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

void ExportDialog::setScope(Scope scope)
{
    if (QAbstractButton *button = m_scopeGroup->button(int(scope)); button && button->isEnabled())
        button->setChecked(true);
}

ExportDialog::Scope ExportDialog::scope() const
{
    return Scope(m_scopeGroup->checkedId());
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::setFolder(const QString &folder)
{
    m_path->setText(QDir(folder).filePath(QFileInfo(path()).fileName()));
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setIncludeSecrets(bool include)
{
    m_secrets->setChecked(include);
}

void ExportDialog::updateSuffix()
{
    const std::unique_ptr<SessionExporter> exporter = SessionExporter::create(format());
    if (!exporter || path().isEmpty())
        return;
    const QFileInfo file(path());
    m_path->setText(file.dir().filePath(file.completeBaseName() + u'.' + exporter->fileSuffix()));
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export session"), path());
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

bool ExportDialog::exportNow()
{
    m_error.clear();
    m_cancelled = false;
    m_cancelRequested = false;
    m_recordsWritten = 0;
    const std::unique_ptr<SessionExporter> exporter = SessionExporter::create(format());
    if (!exporter || path().isEmpty()) {
        m_error = tr("Choose a file to export to.");
        return false;
    }
    if (QFileInfo(path()).isDir()) {
        m_error = tr("%1 is a folder; choose a file name.").arg(path());
        return false;
    }
    if (scope() != Scope::Whole) {
        std::vector<qsizetype> rows = scope() == Scope::Filtered ? m_filtered : m_selected;
        if (rows.empty()) {
            m_error = tr("There are no rows to export.");
            return false;
        }
        exporter->setIndexes(std::move(rows));
    }
    exporter->setIncludeSecrets(m_secrets->isChecked());
    QString why;
    const std::unique_ptr<RecordSource> source = m_factory(m_secrets->isChecked(), &why);
    if (!source) {
        m_error = tr("The session cannot be read: %1").arg(why);
        return false;
    }

    QProgressDialog progress(tr("Exporting to %1…").arg(QFileInfo(path()).fileName()), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    QElapsedTimer sinceEvents;
    sinceEvents.start();
    exporter->setProgress([&](qint64 done, qint64 total) {
        if (m_observer)
            m_observer(done, total);
        progress.setValue(total > 0 ? int(done * 1000 / total) : 1000);
        // The export runs on this thread: let the window repaint and the Cancel button work.
        if (sinceEvents.elapsed() >= 50) {
            QCoreApplication::processEvents();
            sinceEvents.restart();
        }
        return !m_cancelRequested && !progress.wasCanceled();
    });
    const bool ok = exporter->exportToFile(*source, path());
    m_recordsWritten = exporter->recordsWritten();
    if (!ok) {
        m_cancelled = exporter->wasCancelled();
        m_error = exporter->errorString();
    }
    return ok;
}

void ExportDialog::accept()
{
    if (exportNow()) {
        QDialog::accept();
        return;
    }
    m_message->setText(m_error);
    m_message->setVisible(true);
}

} // namespace Framewise
