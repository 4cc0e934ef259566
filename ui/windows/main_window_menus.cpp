// The window's actions, menus and toolbar, and what the menu items do (exports included).
#include "ui/dashboard/dashboard_renderer.h"
#include "ui/dashboard/dashboard_view.h"
#include "ui/dialogs/load_report_dialog.h"
#include "ui/export/result_export.h"
#include "ui/logview/log_view.h"
#include "ui/model/dashboard_model.h"
#include "ui/panels/dashboard_panel.h"
#include "ui/windows/filter_bar.h"
#include "ui/windows/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

namespace logscope::ui {

namespace {
// A menu text without its accelerator: "&Open…" and "打开(&O)…" become "Open…" and "打开…".
QString withoutAccelerator(const QString& text) {
    static const QRegularExpression kTrailing(QStringLiteral("\\(&\\w\\)"));
    return QString(text).remove(kTrailing).remove(QLatin1Char('&'));
}
} // namespace

QAction* MainWindow::addAction(const QString& name, const QString& text,
                               const QKeySequence& shortcut, std::function<void()> slot,
                               const QString& tip) {
    auto* a = new QAction(text, this);
    a->setObjectName(name);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    const QString help = tip.isEmpty() ? withoutAccelerator(text).remove(QChar(0x2026)) : tip;
    a->setToolTip(shortcut.isEmpty() ? help
                                     : QStringLiteral("%1 (%2)").arg(
                                           help, shortcut.toString(QKeySequence::NativeText)));
    a->setStatusTip(help);
    if (slot)
        connect(a, &QAction::triggered, this, [slot = std::move(slot)] { slot(); });
    QMainWindow::addAction(a); // shortcuts work even when the action is in no visible menu
    m_actions[name] = a;
    return a;
}

QAction* MainWindow::action(const QString& name) const {
    const auto it = m_actions.find(name);
    return it == m_actions.end() ? nullptr : it->second;
}

void MainWindow::createActions() {
    addAction(
        QStringLiteral("open"), tr("&Open…"), QKeySequence(tr("Ctrl+O")),
        [this] { chooseFilesToOpen(); }, tr("Open one or more log files"));
    addAction(
        QStringLiteral("openWithFormat"), tr("Open with &format…"),
        QKeySequence(tr("Ctrl+Shift+O")), [this] { chooseFileToOpenWithFormat(); },
        tr("Choose or write the format a log file is read with, with a preview"));
    addAction(
        QStringLiteral("reopenWithFormat"), tr("Re-open &with another format…"),
        QKeySequence(tr("Ctrl+Shift+F")), [this] { openWithFormat(currentFiles()); },
        tr("Read the files shown again with another format"));
    addAction(
        QStringLiteral("demo"), tr("Open &demo data"), QKeySequence(tr("Ctrl+D")),
        [this] { openDemo(); }, tr("Generate a 7-day microservices log and show it"));
    addAction(QStringLiteral("exportPng"), tr("&Export dashboard as PNG…"),
              QKeySequence(tr("Ctrl+E")), [this] { chooseExportPng(); });
    addAction(QStringLiteral("exportIncidents"), tr("Export &incidents as CSV…"),
              QKeySequence(tr("Ctrl+Shift+I")), [this] { chooseExportCsv(true); });
    addAction(QStringLiteral("exportAnomalies"), tr("Export &anomalies as CSV…"),
              QKeySequence(tr("Ctrl+Shift+A")), [this] { chooseExportCsv(false); });
    addAction(QStringLiteral("exportJson"), tr("Export result as &JSON…"),
              QKeySequence(tr("Ctrl+Shift+J")), [this] { chooseExportJson(); });
    addAction(
        QStringLiteral("loadReport"), tr("&Load report…"), QKeySequence(tr("Ctrl+Shift+L")),
        [this] { showLoadReport(); }, tr("The lines that could not be read, and why"));
    addAction(QStringLiteral("quit"), tr("&Quit"), QKeySequence(tr("Ctrl+Q")), [this] { close(); });
    addAction(QStringLiteral("copyDashboard"), tr("Copy &dashboard image"),
              QKeySequence(tr("Ctrl+Shift+C")),
              [this] { QApplication::clipboard()->setImage(m_dashboard->grab().toImage()); });
    for (int i = 0; i < DashboardView::kPanelCount; ++i) {
        addAction(
            QStringLiteral("copyPanel%1").arg(i + 1),
            tr("Panel %1: %2")
                .arg(i + 1)
                .arg(m_dashboard->panels()[static_cast<std::size_t>(i)]->title()),
            QKeySequence(tr("Alt+%1").arg(i + 1)), [this, i] { copyPanel(i); },
            tr("Copy this panel's image"));
    }
    addAction(
        QStringLiteral("back"), tr("&Back"), QKeySequence(tr("Alt+Left")),
        [this] { m_model->back(); }, tr("Return to the previous view"));
    addAction(
        QStringLiteral("reset"), tr("&Reset filter"), QKeySequence(tr("Ctrl+R")),
        [this] { m_model->reset(); }, tr("Show every line again"));
    addAction(QStringLiteral("find"), tr("&Search messages…"), QKeySequence(tr("Ctrl+F")),
              [this] { m_filterBar->focusSearch(); });
    addAction(QStringLiteral("services"), tr("Choose &services…"), QKeySequence(tr("Ctrl+Shift+S")),
              [this] { m_filterBar->servicesButton()->showMenu(); });
    addAction(QStringLiteral("levels"), tr("Choose le&vels…"), QKeySequence(tr("Ctrl+Shift+V")),
              [this] { m_filterBar->levelsButton()->showMenu(); });
    QAction* logToggle = m_logDock->toggleViewAction();
    logToggle->setText(tr("Show &log lines"));
    logToggle->setShortcut(QKeySequence(tr("Ctrl+J")));
    logToggle->setObjectName(QStringLiteral("toggleLog"));
    logToggle->setToolTip(tr("Show or hide the log lines (Ctrl+J)"));
    m_actions[QStringLiteral("toggleLog")] = logToggle;
    QAction* listToggle = m_listDock->toggleViewAction();
    listToggle->setText(tr("Show &incidents and anomalies"));
    listToggle->setShortcut(QKeySequence(tr("Ctrl+K")));
    m_actions[QStringLiteral("toggleLists")] = listToggle;
    auto* group = new QActionGroup(this);
    for (const auto& [name, text, choice] :
         {std::tuple{QStringLiteral("themeSystem"), tr("Follow the &system"), ThemeChoice::System},
          std::tuple{QStringLiteral("themeLight"), tr("&Light"), ThemeChoice::Light},
          std::tuple{QStringLiteral("themeDark"), tr("&Dark"), ThemeChoice::Dark}}) {
        QAction* a = addAction(name, text, {}, [this, c = choice] { setThemeChoice(c); });
        a->setCheckable(true);
        group->addAction(a);
    }
    addAction(
        QStringLiteral("toggleTheme"), tr("Toggle light/dark &theme"), QKeySequence(tr("Ctrl+T")),
        [this] { setThemeChoice(m_theme.isDark() ? ThemeChoice::Light : ThemeChoice::Dark); });
    addAction(QStringLiteral("fullScreen"), tr("&Full screen"), QKeySequence(tr("F11")),
              [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });
    addAction(
        QStringLiteral("cancel"), tr("&Cancel"), QKeySequence(Qt::Key_Escape),
        [this] { cancelWork(); }, tr("Stop loading or recomputing"));
    addAction(QStringLiteral("shortcuts"), tr("&Keyboard shortcuts"), QKeySequence(tr("F1")),
              [this] { showShortcuts(); });
    addAction(QStringLiteral("about"), tr("&About LogScope"), {}, [this] {
        QMessageBox::about(this, tr("About LogScope"),
                           tr("<b>LogScope %1</b><p>Fast native log analytics dashboard.</p>")
                               .arg(QStringLiteral(LOGSCOPE_VERSION)));
    });
    connect(m_model, &DashboardModel::busyChanged, this, &MainWindow::updateActions);
    connect(m_job, &LoadJob::finished, this, &MainWindow::updateActions);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("open")));
    file->addAction(action(QStringLiteral("openWithFormat")));
    file->addAction(action(QStringLiteral("reopenWithFormat")));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    rebuildRecentMenu();
    file->addAction(action(QStringLiteral("demo")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("exportPng")));
    file->addAction(action(QStringLiteral("exportIncidents")));
    file->addAction(action(QStringLiteral("exportAnomalies")));
    file->addAction(action(QStringLiteral("exportJson")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("loadReport")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("copyDashboard")));
    QMenu* panels = edit->addMenu(tr("Copy &panel image"));
    for (int i = 0; i < DashboardView::kPanelCount; ++i)
        panels->addAction(action(QStringLiteral("copyPanel%1").arg(i + 1)));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("find")));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(QStringLiteral("back")));
    view->addAction(action(QStringLiteral("reset")));
    view->addAction(action(QStringLiteral("services")));
    view->addAction(action(QStringLiteral("levels")));
    view->addSeparator();
    view->addAction(action(QStringLiteral("toggleLog")));
    view->addAction(action(QStringLiteral("toggleLists")));
    QMenu* theme = view->addMenu(tr("&Theme"));
    theme->addAction(action(QStringLiteral("themeSystem")));
    theme->addAction(action(QStringLiteral("themeLight")));
    theme->addAction(action(QStringLiteral("themeDark")));
    theme->addSeparator();
    theme->addAction(action(QStringLiteral("toggleTheme")));
    QMenu* language = view->addMenu(tr("Lan&guage"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(language);
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    // Each language by its own name; read by app/i18n at the next start.
    for (const auto& [code, name] :
         {std::pair{QString(), tr("System default")},
          std::pair{QStringLiteral("en"), QStringLiteral("English")},
          std::pair{QStringLiteral("de"), QStringLiteral("Deutsch")},
          std::pair{QStringLiteral("fr"), QStringLiteral("Français")},
          std::pair{QStringLiteral("es"), QStringLiteral("Español")},
          std::pair{QStringLiteral("zh_CN"), QStringLiteral("简体中文")}}) {
        QAction* a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == chosen);
        a->setData(code);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            QSettings settings;
            if (code.isEmpty())
                settings.remove(QStringLiteral("ui/language"));
            else
                settings.setValue(QStringLiteral("ui/language"), code);
            statusBar()->showMessage(tr("The new language applies when LogScope starts again."),
                                     8000);
        });
    }
    view->addAction(action(QStringLiteral("fullScreen")));
    view->addSeparator();
    view->addAction(action(QStringLiteral("cancel")));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("demo")));
    help->addAction(action(QStringLiteral("shortcuts")));
    help->addSeparator();
    help->addAction(action(QStringLiteral("about")));
}

void MainWindow::createToolBar() {
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(action(QStringLiteral("open")));
    bar->addAction(action(QStringLiteral("exportPng")));
    bar->addSeparator();
    bar->addAction(action(QStringLiteral("back")));
    bar->addAction(action(QStringLiteral("reset")));
    bar->addSeparator();
    bar->addWidget(m_filterBar);
    bar->addSeparator();
    bar->addAction(action(QStringLiteral("toggleLog")));
    bar->addAction(action(QStringLiteral("toggleTheme")));
    // Toolbar buttons show menu texts without the "(&X)" accelerators of CJK translations.
    for (QAction* a : bar->actions())
        if (a->text().contains(QStringLiteral("(&")))
            a->setIconText(withoutAccelerator(a->text()).remove(QChar(0x2026)));
    action(QStringLiteral("toggleTheme"))->setIconText(tr("Theme"));
    action(QStringLiteral("exportPng"))->setIconText(tr("Export PNG"));
    action(QStringLiteral("open"))->setIconText(tr("Open"));
    action(QStringLiteral("toggleLog"))->setIconText(tr("Lines"));
}

void MainWindow::rebuildRecentMenu() {
    if (m_recentMenu == nullptr)
        return;
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        QAction* a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
            [this, path] { openFile(path); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear the list"), this, [this] {
            QSettings().remove(QStringLiteral("recentFiles"));
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateActions() {
    const bool loaded = m_model->table() != nullptr;
    const bool busy = m_model->isBusy() || m_job->isRunning();
    action(QStringLiteral("back"))->setEnabled(m_model->canGoBack());
    action(QStringLiteral("reset"))
        ->setEnabled(!m_model->filter().selectsEverything() ||
                     !m_model->requestedFilter().selectsEverything());
    for (const char* name : {"exportIncidents", "exportAnomalies", "exportJson", "loadReport",
                             "find", "services", "levels"})
        action(QString::fromLatin1(name))->setEnabled(loaded);
    action(QStringLiteral("cancel"))->setEnabled(busy);
    action(QStringLiteral("reopenWithFormat"))->setEnabled(!currentFiles().isEmpty());
}

QString MainWindow::askSavePath(const QString& title, const QString& name, const QString& filter) {
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("lastDirectory")).toString();
    const QString path = QFileDialog::getSaveFileName(
        this, title, dir.isEmpty() ? name : QDir(dir).filePath(name), filter);
    if (!path.isEmpty())
        settings.setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    return path;
}

void MainWindow::chooseFilesToOpen() {
    QSettings settings;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open log files"), settings.value(QStringLiteral("lastDirectory")).toString(),
        tr("Log files (*.log *.jsonl *.json *.txt *.gz *.zst);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastDirectory"), QFileInfo(paths.first()).absolutePath());
    openFiles(paths);
}

QString MainWindow::exportPng(const QString& path, const PngExportSettings& settings) {
    const QImage image =
        renderDashboard(*m_model, settings.size, Theme::make(settings.theme), settings.scale);
    return savePng(image, path);
}

QString MainWindow::exportIncidentsCsv(const QString& path) {
    return writeIncidentsCsv(*m_model->result(), path);
}

QString MainWindow::exportAnomaliesCsv(const QString& path) {
    return writeAnomaliesCsv(*m_model->result(), m_model->table().get(), path);
}

QString MainWindow::exportJson(const QString& path) {
    const LoadedLog& log = m_model->log();
    return writeResultJson(*m_model->result(), log.table ? &log.report : nullptr,
                           log.files.join(QLatin1Char(',')), path);
}

void MainWindow::chooseExportPng() {
    ExportPngDialog dialog(m_exportSettings, m_dashboard->size(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_exportSettings = dialog.settings();
    const QString path = askSavePath(tr("Export dashboard"), QStringLiteral("dashboard.png"),
                                     tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportPng(path, m_exportSettings); !error.isEmpty())
        warn(tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Dashboard written to %1").arg(path), 6000);
}

void MainWindow::chooseExportCsv(bool incidents) {
    const QString path =
        askSavePath(incidents ? tr("Export incidents") : tr("Export anomalies"),
                    incidents ? QStringLiteral("incidents.csv") : QStringLiteral("anomalies.csv"),
                    tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = incidents ? exportIncidentsCsv(path) : exportAnomaliesCsv(path);
    if (!error.isEmpty())
        warn(tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Written to %1").arg(path), 6000);
}

void MainWindow::chooseExportJson() {
    const QString path = askSavePath(tr("Export result as JSON"), QStringLiteral("analysis.json"),
                                     tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportJson(path); !error.isEmpty())
        warn(tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Written to %1").arg(path), 6000);
}

void MainWindow::showLoadReport() {
    LoadReportDialog dialog(m_model->log().report, m_model->log().files, this);
    dialog.exec();
}

void MainWindow::copyPanel(int index) {
    m_dashboard->panels().at(static_cast<std::size_t>(index))->copyImageToClipboard();
    statusBar()->showMessage(
        tr("Copied “%1” to the clipboard")
            .arg(m_dashboard->panels()[static_cast<std::size_t>(index)]->title()),
        3000);
}

void MainWindow::showShortcuts() {
    QString text = QStringLiteral("<table>");
    for (const auto& [name, a] : m_actions) {
        if (a->shortcut().isEmpty())
            continue;
        text += QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>")
                    .arg(a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                         withoutAccelerator(a->text()).toHtmlEscaped());
    }
    text += tr("<tr><td><b>Ctrl+C</b></td><td>Copy the selected log lines</td></tr>"
               "<tr><td><b>Ctrl+L</b></td><td>Show the lines around the selected one</td></tr>"
               "<tr><td><b>Alt+Backspace</b></td><td>Previous list of log lines</td></tr>"
               "</table><p>Click any bar, point, cell, the gauge, an incident or an anomaly to "
               "see its lines; drag across a time axis to zoom every panel.</p>");
    QMessageBox::information(this, tr("Keyboard shortcuts"), text);
}

} // namespace logscope::ui
