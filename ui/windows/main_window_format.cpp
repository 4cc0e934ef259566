// File ▸ Open with format… and Re-open with another format…: the format dialog in front of a
// load.
#include "ui/format_editor/format_dialog.h"
#include "ui/model/dashboard_model.h"
#include "ui/windows/main_window.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace logscope::ui {

void MainWindow::chooseFileToOpenWithFormat() {
    QSettings settings;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open log files with a format"),
        settings.value(QStringLiteral("lastDirectory")).toString(),
        tr("Log files (*.log *.jsonl *.json *.txt *.gz *.zst);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastDirectory"), QFileInfo(paths.first()).absolutePath());
    openWithFormat(paths);
}

void MainWindow::openWithFormat(const QStringList& paths) {
    if (paths.isEmpty())
        return;
    FormatDialog dialog(paths.first(), this);
    if (dialog.exec() == QDialog::Accepted)
        openFiles(paths, dialog.formatSpec());
}

QStringList MainWindow::currentFiles() const {
    QStringList files;
    if (!m_model->table())
        return files;
    // Standard input and in-memory logs (the demo) cannot be read again.
    for (const core::SourceFile& file : m_model->table()->sourceFiles()) {
        if (!file.path.empty() && file.path != "-")
            files << QFile::decodeName(file.path.c_str());
    }
    return files;
}

} // namespace logscope::ui
