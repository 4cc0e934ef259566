#include "ui/windows/main_window.h"

#include "core/generator/generate_json_lines.h"
#include "ui/dashboard/dashboard_view.h"
#include "ui/format/display_format.h"
#include "ui/format/display_names.h"
#include "ui/lists/anomaly_list.h"
#include "ui/lists/incident_list.h"
#include "ui/live/live_ui.h"
#include "ui/logview/log_view.h"
#include "ui/model/dashboard_model.h"
#include "ui/windows/filter_bar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyleFactory>
#include <QVBoxLayout>

namespace logscope::ui {

namespace {
constexpr int kMaxRecent = 10;

// The palette and style the application started with: what "follow the system" restores.
QPalette& systemPalette() {
    static QPalette palette = QApplication::palette();
    return palette;
}
QString& systemStyle() {
    static QString name = QApplication::style()->name();
    return name;
}

QWidget* titled(const QString& title, QWidget* body, QWidget* parent) {
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(2);
    auto* label = new QLabel(title, box);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    layout->addWidget(label);
    layout->addWidget(body, 1);
    return box;
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_model(new DashboardModel(this)),
      m_dashboard(new DashboardView(m_model)), m_scroll(new QScrollArea(this)),
      m_job(new LoadJob(this)), m_logView(new LogView(this)),
      m_incidents(new IncidentList(m_model, this)), m_anomalies(new AnomalyList(m_model, this)),
      m_filterBar(new FilterBar(m_model, this)), m_statusText(new QLabel(this)),
      m_healthText(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)) {
    systemPalette();
    systemStyle();
    setWindowTitle(tr("LogScope"));
    setWindowIcon(QIcon(QStringLiteral(":/logscope/icons/logscope.svg")));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    // The dashboard scrolls rather than squeezing its panels below a readable size.
    m_dashboard->setMinimumSize(820, 500);
    m_scroll->setWidget(m_dashboard);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    setCentralWidget(m_scroll);

    m_listDock = new QDockWidget(tr("Incidents and anomalies"), this);
    m_listDock->setObjectName(QStringLiteral("listDock"));
    auto* lists = new QSplitter(Qt::Vertical, m_listDock);
    lists->addWidget(titled(tr("Incidents"), m_incidents, lists));
    lists->addWidget(titled(tr("Top anomalies"), m_anomalies, lists));
    m_listDock->setWidget(lists);
    addDockWidget(Qt::RightDockWidgetArea, m_listDock);
    m_logDock = new QDockWidget(tr("Log lines"), this);
    m_logDock->setObjectName(QStringLiteral("logDock"));
    m_logDock->setWidget(m_logView);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_logDock->hide();
    resize(1440, 960);
    resizeDocks({m_listDock}, {330}, Qt::Horizontal);

    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(200);
    m_progress->setMaximumHeight(16);
    m_cancel->setToolTip(tr("Stop loading or recomputing (Esc)"));
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_healthText);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_healthText->setTextFormat(Qt::RichText);
    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancelWork);
    setBusy(false);

    connect(m_dashboard, &DashboardView::drillDownRequested, this, &MainWindow::showDrillDown);
    connect(m_dashboard, &DashboardView::timeBrushed, m_model, &DashboardModel::narrowTime);
    connect(m_incidents, &IncidentList::drillDownRequested, this, &MainWindow::showDrillDown);
    connect(m_anomalies, &AnomalyList::drillDownRequested, this, &MainWindow::showDrillDown);
    connect(m_model, &DashboardModel::busyChanged, this, [this](bool busy) {
        if (!m_job->isRunning())
            setBusy(busy, busy ? tr("Recomputing the dashboard for the new filter…") : QString());
    });
    connect(m_model, &DashboardModel::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_model, &DashboardModel::resultChanged, this, &MainWindow::updateStatus);
    connect(m_model, &DashboardModel::filterChanged, this, &MainWindow::updateActions);
    connect(m_job, &LoadJob::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_job, &LoadJob::finished, this, &MainWindow::onLoaded);
    connect(m_job, &LoadJob::failed, this, [this](const QString& message) {
        setBusy(false);
        updateStatus();
        statusBar()->showMessage(message, 10'000);
        warn(tr("Cannot open log"), message);
    });
    connect(m_job, &LoadJob::cancelled, this, [this] {
        setBusy(false);
        updateStatus();
        statusBar()->showMessage(tr("Loading cancelled; the dashboard shown is unchanged."), 5000);
    });

    createActions();
    createMenus();
    createToolBar();
    m_live = new LiveUi(this, m_model);
    connect(m_live->controller(), &LiveController::drillReady, this,
            &MainWindow::showLiveDrillDown);
    restoreSettings();
    applyTheme();
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::openFile(const QString& path) {
    openFiles({path});
}

void MainWindow::openFiles(const QStringList& paths, const QString& format) {
    if (paths.isEmpty())
        return;
    const QString first = QFileInfo(paths.first()).fileName();
    const QString title =
        paths.size() == 1 ? first : tr("%1 + %2 more").arg(first).arg(paths.size() - 1);
    rememberRecent(paths);
    startLoad(LoadJob::fileSources(paths, format), title);
}

void MainWindow::openBuffer(std::string bytes, const QString& title) {
    auto shared = std::make_shared<const std::string>(std::move(bytes));
    startLoad(
        {{title,
          [shared](const core::CancellationToken* cancel, const core::ProgressCallback& progress) {
              return core::loadLogBuffer(*shared, cancel, progress);
          }}},
        title);
}

void MainWindow::openDemo(std::uint64_t lines) {
    const QString title = tr("Demo (microservices, 7 days)");
    startLoad(
        {{title,
          [lines](const core::CancellationToken* cancel, const core::ProgressCallback& progress) {
              core::GeneratorOptions options;
              options.total = lines;
              std::string bytes;
              core::generateJsonLines(options, true, [&](std::string_view chunk) {
                  bytes.append(chunk);
                  return !(cancel && cancel->isCancelled());
              });
              if (cancel && cancel->isCancelled()) {
                  core::LoadResult cancelled;
                  cancelled.report.cancelled = true;
                  return cancelled;
              }
              return core::loadLogBuffer(bytes, cancel, progress);
          }}},
        title);
}

void MainWindow::startLoad(std::vector<LoadJob::Source> sources, const QString& title) {
    m_live->controller()->stop(); // a loaded log replaces the live view
    m_model->cancel();
    m_loadingTitle = title;
    m_job->start(std::move(sources), title);
    setBusy(true, tr("Loading %1…").arg(title));
}

void MainWindow::cancelWork() {
    if (m_job->isRunning())
        m_job->cancel();
    if (m_model->isBusy())
        m_model->cancel();
    setBusy(false);
}

void MainWindow::onLoaded(const LoadOutcome& outcome) {
    setBusy(false);
    m_logView->clear();
    m_logDock->hide();
    m_model->setLog(outcome.log, outcome.result);
    if (outcome.log.report.badLineCount > 0)
        statusBar()->showMessage(tr("%1 lines could not be read — File ▸ Load report lists them",
                                    nullptr, pluralCount(outcome.log.report.badLineCount))
                                     .arg(formatCount(outcome.log.report.badLineCount)),
                                 10'000);
    updateActions();
}

void MainWindow::showDrillDown(const DrillDown& drill) {
    if (!m_model->table() && m_live->controller()->hasWindow()) {
        // Live mode: the controller collects the mark's lines off the GUI thread and brings
        // them with drillReady (see showLiveDrillDown).
        if (m_live->controller()->requestDrill(drill, m_model->filter()))
            statusBar()->showMessage(
                tr("Collecting lines from the live window: %1…").arg(drill.description), 10'000);
        else
            statusBar()->showMessage(
                tr("Live mode lists lines by time, level, service or template; this mark names "
                   "single lines."),
                6000);
        return;
    }
    if (!m_model->table()) {
        statusBar()->showMessage(tr("Open a log file to see its lines."), 4000);
        return;
    }
    showLogDock();
    m_logView->showDrillDown(m_model->table(), m_model->result(), m_model->filter(), drill);
}

void MainWindow::showLiveDrillDown(std::shared_ptr<const core::LogTable> table,
                                   std::shared_ptr<const core::AnalysisResult> lookup,
                                   const DrillDown& drill) {
    statusBar()->clearMessage(); // "Collecting lines…" is over
    showLogDock();
    // The table holds the mark's lines only: no further filter applies.
    m_logView->showDrillDown(std::move(table), std::move(lookup), core::ViewFilter{}, drill);
}

void MainWindow::showLogDock() {
    if (m_logDock->isHidden()) {
        m_logDock->show();
        if (!m_logDock->isFloating())
            resizeDocks({m_logDock}, {std::max(220, height() * 36 / 100)}, Qt::Vertical);
    }
    m_logDock->raise();
}

void MainWindow::setBusy(bool busy, const QString& message) {
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy) {
        m_progress->setValue(0);
        m_statusText->setText(message);
    }
    if (!m_actions.empty())
        updateActions();
}

void MainWindow::warn(const QString& title, const QString& message) {
    // Asynchronous: a worker's failure must never block the event loop.
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString MainWindow::statusText() const {
    return m_statusText->text();
}

void MainWindow::updateStatus() {
    if (m_progress->isVisible())
        return;
    const core::AnalysisResult& result = *m_model->result();
    const LoadedLog& log = m_model->log();
    if (!log.table) {
        m_statusText->setText(log.title.isEmpty()
                                  ? tr("Open a log file (Ctrl+O), drop one here, or try the demo "
                                       "(Ctrl+D).")
                                  : log.title);
        m_healthText->clear();
        return;
    }
    QStringList parts{log.title, QString::fromStdString(log.report.formatName)};
    if (m_model->isFiltered())
        parts << tr("%1 of %2 lines", nullptr, pluralCount(log.table->size()))
                     .arg(formatCount(result.totalLines), formatCount(log.table->size()));
    else
        parts << tr("%1 lines", nullptr, pluralCount(result.totalLines))
                     .arg(formatCount(result.totalLines));
    if (result.timedLines > 0)
        parts << tr("%1 (%2)").arg(formatDuration(result.lastNs - result.firstNs),
                                   formatTimeRange(result.firstNs, result.lastNs));
    if (log.report.badLineCount > 0)
        parts << tr("%1 bad lines", nullptr, pluralCount(log.report.badLineCount))
                     .arg(formatCount(log.report.badLineCount));
    parts.removeAll(QString());
    m_statusText->setText(parts.join(QStringLiteral(" · ")));
    if (!result.health.factors.empty())
        m_healthText->setText(tr("<span style='color:%1'>●</span> health <b>%2</b> %3")
                                  .arg(m_theme.healthColor(result.health.status).name())
                                  .arg(formatNumber(result.health.score, 1))
                                  .arg(healthStatusDisplayName(result.health.status)));
    else
        m_healthText->clear();
}

void MainWindow::rememberRecent(const QStringList& paths) {
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        recent.removeAll(absolute);
        recent.prepend(absolute);
    }
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    rebuildRecentMenu();
}

QStringList MainWindow::recentFiles() const {
    return QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void MainWindow::setThemeChoice(ThemeChoice choice) {
    m_themeChoice = choice;
    QSettings().setValue(QStringLiteral("theme"), static_cast<int>(choice));
    applyTheme();
}

void MainWindow::applyTheme() {
    if (m_themeChoice == ThemeChoice::System) {
        QApplication::setStyle(QStyleFactory::create(systemStyle()));
        QApplication::setPalette(systemPalette());
        m_theme = Theme::system();
    } else {
        m_theme = Theme::make(m_themeChoice == ThemeChoice::Dark ? Theme::Kind::Dark
                                                                 : Theme::Kind::Light);
        // Native styles may ignore palettes; Fusion honours them everywhere.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(m_theme.palette());
    }
    m_dashboard->setTheme(m_theme);
    QPalette scrollPalette = m_scroll->palette();
    scrollPalette.setColor(QPalette::Window, m_theme.window);
    m_scroll->setPalette(scrollPalette);
    m_logView->setTheme(m_theme);
    m_incidents->setTheme(m_theme);
    m_anomalies->setTheme(m_theme);
    m_exportSettings.theme = m_theme.kind;
    for (const auto& [name, kind] : {std::pair{QStringLiteral("themeSystem"), ThemeChoice::System},
                                     std::pair{QStringLiteral("themeLight"), ThemeChoice::Light},
                                     std::pair{QStringLiteral("themeDark"), ThemeChoice::Dark}})
        if (QAction* a = action(name))
            a->setChecked(kind == m_themeChoice);
    updateStatus();
}

void MainWindow::restoreSettings() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_logDock->hide();
    m_themeChoice = static_cast<ThemeChoice>(
        std::clamp(settings.value(QStringLiteral("theme"), 0).toInt(), 0, 2));
    m_exportSettings.size =
        settings.value(QStringLiteral("export/size"), m_exportSettings.size).toSize();
    m_exportSettings.scale = settings.value(QStringLiteral("export/scale"), 1.0).toDouble();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("export/size"), m_exportSettings.size);
    settings.setValue(QStringLiteral("export/scale"), m_exportSettings.scale);
    cancelWork();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        for (const QUrl& url : event->mimeData()->urls())
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        openFiles(paths);
    }
}

} // namespace logscope::ui
