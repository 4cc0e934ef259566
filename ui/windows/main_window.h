#pragma once

#include "ui/dialogs/export_png_dialog.h"
#include "ui/model/drill_down.h"
#include "ui/theme/theme.h"
#include "ui/workers/load_job.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QScrollArea;

namespace logscope::ui {

class AnomalyList;
class DashboardModel;
class DashboardView;
class FilterBar;
class IncidentList;
class LiveUi;
class LogView;

/// The application window: menus, toolbar (open, export, back/reset, service, level and text
/// selectors), the nine-panel dashboard, side lists of incidents and top anomalies, the log
/// view for drill-downs, and a status bar (file, format, lines, time span, health, progress and
/// Cancel). Files open from the menu, the recent list, drag and drop or the command line.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Which theme the user chose: follow the desktop, or a fixed one.
    enum class ThemeChoice { System, Light, Dark };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Loads a log file and shows its dashboard.
    void openFile(const QString& path);
    /// Loads several files as one log (lines keep their file); format as --format takes it
    /// (a built-in or saved format's name, or a format string; empty: detect).
    void openFiles(const QStringList& paths, const QString& format = {});
    /// Asks how to read paths (the format dialog, previewing the first) and loads them so.
    void openWithFormat(const QStringList& paths);
    /// The files the dashboard shows (what "Re-open with format" reads again).
    [[nodiscard]] QStringList currentFiles() const;
    /// Loads in-memory JSON lines (the built-in demo) and shows their dashboard.
    void openBuffer(std::string bytes, const QString& title);
    /// Generates the 7-day microservices demo (on a worker) and shows it.
    void openDemo(std::uint64_t lines = 100'800);
    /// Cancels a running load or recomputation; the dashboard shown stays.
    void cancelWork();
    /// Shows the lines behind a mark in the log view.
    void showDrillDown(const DrillDown& drill);
    void setThemeChoice(ThemeChoice choice);

    /// Exports (return an error message, empty on success).
    QString exportPng(const QString& path, const PngExportSettings& settings);
    QString exportIncidentsCsv(const QString& path);
    QString exportAnomaliesCsv(const QString& path);
    QString exportJson(const QString& path);

    [[nodiscard]] DashboardModel* model() const { return m_model; }
    [[nodiscard]] DashboardView* dashboard() const { return m_dashboard; }
    [[nodiscard]] LogView* logView() const { return m_logView; }
    [[nodiscard]] IncidentList* incidentList() const { return m_incidents; }
    [[nodiscard]] AnomalyList* anomalyList() const { return m_anomalies; }
    [[nodiscard]] FilterBar* filterBar() const { return m_filterBar; }
    [[nodiscard]] LoadJob* loadJob() const { return m_job; }
    /// Live mode: demo stream, injections, follow, scoreboard (ui/live/).
    [[nodiscard]] LiveUi* live() const { return m_live; }
    [[nodiscard]] const Theme& theme() const { return m_theme; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QStringList recentFiles() const;
    /// The main actions by name ("open", "exportPng", "back", ...), for tests and shortcuts.
    [[nodiscard]] QAction* action(const QString& name) const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // main_window_menus.cpp
    void createActions();
    void createMenus();
    void createToolBar();
    void rebuildRecentMenu();
    QAction* addAction(const QString& name, const QString& text, const QKeySequence& shortcut,
                       std::function<void()> slot, const QString& tip = {});
    void chooseFilesToOpen();
    void chooseFileToOpenWithFormat(); // main_window_format.cpp
    void chooseExportPng();
    void chooseExportCsv(bool incidents);
    void chooseExportJson();
    void showLoadReport();
    void showShortcuts();
    void copyPanel(int index);

    // main_window.cpp
    void startLoad(std::vector<LoadJob::Source> sources, const QString& title);
    void showLiveDrillDown(std::shared_ptr<const core::LogTable> table,
                           std::shared_ptr<const core::AnalysisResult> lookup,
                           const DrillDown& drill);
    void showLogDock();
    void onLoaded(const LoadOutcome& outcome);
    void setBusy(bool busy, const QString& message = {});
    void warn(const QString& title, const QString& message);
    void updateStatus();
    void updateActions();
    void applyTheme();
    void rememberRecent(const QStringList& paths);
    QString askSavePath(const QString& title, const QString& name, const QString& filter);
    void restoreSettings();

    DashboardModel* m_model;
    DashboardView* m_dashboard;
    QScrollArea* m_scroll;
    LoadJob* m_job;
    LogView* m_logView;
    IncidentList* m_incidents;
    AnomalyList* m_anomalies;
    FilterBar* m_filterBar;
    QDockWidget* m_logDock = nullptr;
    QDockWidget* m_listDock = nullptr;
    QLabel* m_statusText;
    QLabel* m_healthText;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QMenu* m_recentMenu = nullptr;
    std::map<QString, QAction*> m_actions;
    ThemeChoice m_themeChoice = ThemeChoice::System;
    Theme m_theme = Theme::make(Theme::Kind::Light);
    PngExportSettings m_exportSettings;
    QString m_loadingTitle;
    LiveUi* m_live = nullptr;
};

} // namespace logscope::ui
