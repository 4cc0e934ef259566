#include "ui/windows/main_window.h"

#include "core/report/text_report.h"
#include "ui/dashboard/dashboard_renderer.h"
#include "ui/dashboard/dashboard_view.h"
#include "ui/model/dashboard_model.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

namespace logscope::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_model(new DashboardModel(this)),
      m_dashboard(new DashboardView(m_model, this)), m_job(new LoadJob(this)),
      m_statusText(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)) {
    setWindowTitle(tr("LogScope"));
    setWindowIcon(QIcon(QStringLiteral(":/logscope/icons/logscope.svg")));
    setCentralWidget(m_dashboard);
    resize(1440, 960);

    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(220);
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancel, &QPushButton::clicked, m_job, &LoadJob::cancel);
    setBusy(false);
    m_statusText->setText(tr("Open a log file (Ctrl+O) to see its dashboard."));

    connect(m_job, &LoadJob::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_job, &LoadJob::finished, this, &MainWindow::onLoaded);
    connect(m_job, &LoadJob::failed, this, [this](const QString& message) {
        setBusy(false);
        m_statusText->setText(message);
        QMessageBox::warning(this, tr("Cannot open log"), message);
    });
    connect(m_job, &LoadJob::cancelled, this, [this] {
        setBusy(false);
        m_statusText->setText(tr("Loading cancelled."));
    });
    createMenus();
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseFileToOpen);
    file->addAction(tr("&Export dashboard as PNG…"), QKeySequence(tr("Ctrl+E")), this,
                    &MainWindow::exportPng);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About LogScope"), this, [this] {
        QMessageBox::about(this, tr("About LogScope"),
                           tr("<b>LogScope %1</b><p>Fast native log analytics dashboard.</p>")
                               .arg(QStringLiteral(LOGSCOPE_VERSION)));
    });
}

void MainWindow::chooseFileToOpen() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open log file"), QString(),
                                     tr("Log files (*.log *.jsonl *.json *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openFile(const QString& path) {
    const std::string localPath = QFile::encodeName(path).toStdString();
    startJob(
        [localPath](const core::CancellationToken* cancel, const core::ProgressCallback& progress) {
            return core::loadLogFile(localPath, cancel, progress);
        },
        QFileInfo(path).fileName());
}

void MainWindow::openBuffer(std::string bytes, const QString& title) {
    auto shared = std::make_shared<const std::string>(std::move(bytes));
    startJob(
        [shared](const core::CancellationToken* cancel, const core::ProgressCallback& progress) {
            return core::loadLogBuffer(*shared, cancel, progress);
        },
        title);
}

void MainWindow::startJob(LoadJob::Loader loader, const QString& title) {
    setBusy(true);
    m_statusText->setText(tr("Loading %1…").arg(title));
    m_job->start(std::move(loader), title);
}

void MainWindow::onLoaded(const LoadOutcome& outcome) {
    setBusy(false);
    m_model->setResult(outcome.result, outcome.title);
    QString status =
        tr("%1 · %2 · %3 lines")
            .arg(outcome.title, QString::fromStdString(outcome.report.formatName),
                 QString::fromStdString(core::withThousands(outcome.result->totalLines)));
    if (outcome.report.badLineCount > 0)
        status += tr(" · %1 bad lines").arg(outcome.report.badLineCount);
    m_statusText->setText(status);
}

void MainWindow::exportPng() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export dashboard"), QStringLiteral("dashboard.png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const QImage image = renderDashboard(*m_model, kDefaultDashboardSize, m_dashboard->theme());
    if (const QString error = savePng(image, path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        m_statusText->setText(tr("Dashboard written to %1").arg(path));
}

void MainWindow::setBusy(bool busy) {
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy)
        m_progress->setValue(0);
}

} // namespace logscope::ui
