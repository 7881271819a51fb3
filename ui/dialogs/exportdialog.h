// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>
#include <memory>
#include <vector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Framewise {

class RecordSource;
struct SessionInfo;

// Exports a session (a live log, a past session or one straight from the store) to HAR, JSON
// Lines, CSV or text: the whole session, the rows the filter shows or the selected rows. The
// export streams with a progress dialog that can cancel it; the file is written with QSaveFile,
// so a failed or cancelled export leaves nothing behind.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Scope { Whole, Filtered, Selected };
    // Makes the source when the export runs; includeSecrets says whether header values may stay.
    // Returns null with error set when the session cannot be read.
    using SourceFactory = std::function<std::unique_ptr<RecordSource>(bool includeSecrets, QString *error)>;

    // filtered/selected: record indexes of the rows shown / selected (empty disables the choice
    // for selected; a past session from the history list has neither).
    ExportDialog(SourceFactory factory, qint64 total, std::vector<qsizetype> filtered, std::vector<qsizetype> selected,
        const QString &baseName, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // "framewise-<host>-<yyyyMMdd-HHmmss of the start>" for a session (now, when its start is unknown).
    static QString suggestedBaseName(const SessionInfo &info);

    void setFormat(const QString &format); // "har", "jsonl", "csv", "text"
    QString format() const;
    void setScope(Scope scope);
    Scope scope() const;
    void setPath(const QString &path);
    QString path() const;
    // Keeps the file name, in folder (the one the last export or import used).
    void setFolder(const QString &folder);
    void setIncludeSecrets(bool include);

    // Runs the export now (with the progress dialog). False when it failed or was cancelled;
    // errorString() says why in words.
    bool exportNow();
    void cancel() { m_cancelRequested = true; }
    QString errorString() const { return m_error; }
    bool wasCancelled() const { return m_cancelled; }
    qint64 recordsWritten() const { return m_recordsWritten; }
    // Tests: called with the progress of a running export (e.g. to cancel it).
    void setProgressObserver(std::function<void(qint64 done, qint64 total)> observer)
    {
        m_observer = std::move(observer);
    }

    void accept() override; // exports; stays open with the error when it fails

private:
    void browse();
    void updateSuffix();

    SourceFactory m_factory;
    std::vector<qsizetype> m_filtered;
    std::vector<qsizetype> m_selected;
    QComboBox *m_format;
    QRadioButton *m_whole;
    QRadioButton *m_filteredButton;
    QRadioButton *m_selectedButton;
    QButtonGroup *m_scopeGroup;
    QLineEdit *m_path;
    QCheckBox *m_secrets;
    QLabel *m_message;
    std::function<void(qint64, qint64)> m_observer;
    QString m_error;
    qint64 m_recordsWritten = 0;
    bool m_cancelRequested = false;
    bool m_cancelled = false;
};

} // namespace Framewise
