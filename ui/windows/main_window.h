#pragma once

#include "ui/workers/load_job.h"

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QPushButton;

namespace logscope::ui {

class DashboardModel;
class DashboardView;

/// The application window: menus, the dashboard, and a status bar with progress and Cancel.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    /// Loads a log file and shows its dashboard.
    void openFile(const QString& path);
    /// Loads in-memory JSON lines (the built-in demo) and shows their dashboard.
    void openBuffer(std::string bytes, const QString& title);
    [[nodiscard]] DashboardModel* model() const { return m_model; }

private:
    void createMenus();
    void chooseFileToOpen();
    void exportPng();
    void startJob(LoadJob::Loader loader, const QString& title);
    void onLoaded(const LoadOutcome& outcome);
    void setBusy(bool busy);

    DashboardModel* m_model;
    DashboardView* m_dashboard;
    LoadJob* m_job;
    QLabel* m_statusText;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
};

} // namespace logscope::ui
