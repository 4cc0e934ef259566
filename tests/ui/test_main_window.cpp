// The main window end to end: open files (status bar, recent list), cancel a load without
// losing the dashboard, drill down from a bar into the log view, brush a time axis, exports,
// theme switching, and a screenshot (LOGSCOPE_RENDER_DIR) of the whole window.
#include "support/fixture.h"
#include "support/render_dir.h"
#include "ui/dashboard/dashboard_view.h"
#include "ui/dialogs/load_report_dialog.h"
#include "ui/lists/anomaly_list.h"
#include "ui/lists/incident_list.h"
#include "ui/logview/log_table_model.h"
#include "ui/logview/log_view.h"
#include "ui/model/dashboard_model.h"
#include "ui/panels/errors_by_service_panel.h"
#include "ui/panels/levels_over_time_panel.h"
#include "ui/windows/filter_bar.h"
#include "ui/windows/main_window.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace logscope;
using View = ui::DashboardView;

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_small;
    QString m_second;

    static QString write(const QString& path, const std::string& bytes) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes.data(), static_cast<qint64>(bytes.size()));
        return path;
    }

    static bool waitLoaded(ui::MainWindow& window) {
        QSignalSpy spy(window.model(), &ui::DashboardModel::logChanged);
        return spy.wait(60'000);
    }

    static void keep(QWidget& widget, const QString& name) {
        QVERIFY(test::keepWidget(widget, name));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LogScopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_main_window"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_small = write(m_dir.filePath(QStringLiteral("small.jsonl")), test::generatedLines(5000));
        m_second =
            write(m_dir.filePath(QStringLiteral("second.jsonl")), test::generatedLines(3000, 7));
        QVERIFY(!m_small.isEmpty() && !m_second.isEmpty());
    }

    void opensAFileAndSaysSoInTheStatusBar() {
        ui::MainWindow window;
        window.openFile(m_small);
        QVERIFY(waitLoaded(window));
        QCOMPARE(window.model()->table()->size(), std::size_t{5000});
        QVERIFY2(window.statusText().contains(QLatin1String("small.jsonl")),
                 qPrintable(window.statusText()));
        QVERIFY(window.statusText().contains(QLatin1String("5,000 lines")));
        QVERIFY(window.statusText().contains(QLatin1String("json-lines")));
        QVERIFY(window.recentFiles().contains(QFileInfo(m_small).absoluteFilePath()));
        QVERIFY(!window.dashboard()->panel(View::kLevelsOverTime)->isEmptyStateShown());
    }

    void opensSeveralFilesAsOneLog() {
        ui::MainWindow window;
        window.openFiles({m_small, m_second});
        QVERIFY(waitLoaded(window));
        const auto& table = *window.model()->table();
        QCOMPARE(table.size(), std::size_t{8000});
        // Merged by time, each line keeping its file.
        std::size_t fromSecond = 0;
        for (std::size_t r = 0; r < table.size(); ++r)
            fromSecond += table.fileIndex(r) == 1 ? 1 : 0;
        QCOMPARE(fromSecond, std::size_t{3000});
        QCOMPARE(window.model()->log().files.size(), 2);
        QVERIFY(window.statusText().contains(QLatin1String("8,000 lines")));
    }

    void badLinesAreCountedAndListed() {
        std::string bytes = test::generatedLines(200);
        // (The first line decides the format: the bad ones come after it.)
        bytes.insert(bytes.find('\n') + 1, "this is not json\n");
        bytes += "{broken\n{\"also\": \n";
        const QString file = write(m_dir.filePath(QStringLiteral("bad.jsonl")), bytes);
        ui::MainWindow window;
        window.openFiles({file, m_dir.filePath(QStringLiteral("gone.jsonl"))});
        QVERIFY(waitLoaded(window));
        const core::LoadReport& report = window.model()->log().report;
        QCOMPARE(window.model()->table()->size(), std::size_t{200});
        // Three bad lines, and the file that could not be opened at all.
        QCOMPARE(report.badLineCount, std::uint64_t{4});
        QCOMPARE(report.badLines.front().lineNumber, std::uint64_t{0});
        QVERIFY(QString::fromStdString(report.badLines.front().reason)
                    .contains(QLatin1String("gone.jsonl")));
        QVERIFY(
            QString::fromStdString(report.badLines[1].file).endsWith(QLatin1String("bad.jsonl")));
        QCOMPARE(report.badLines[1].lineNumber, std::uint64_t{2});
        QVERIFY(window.statusText().contains(QLatin1String("4 bad lines")));
        ui::LoadReportDialog dialog(report, window.model()->log().files);
        auto* list = dialog.findChild<QTreeWidget*>();
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 4);
        QVERIFY(window.action(QStringLiteral("loadReport"))->isEnabled());
    }

    void unreadableFileLeavesDashboardAndSaysWhy() {
        ui::MainWindow window;
        window.openFile(m_small);
        QVERIFY(waitLoaded(window));
        const auto before = window.model()->result();
        QSignalSpy failed(window.loadJob(), &ui::LoadJob::failed);
        window.loadJob()->start(ui::LoadJob::fileSources({m_dir.filePath("missing.jsonl")}),
                                QStringLiteral("missing"));
        QVERIFY(failed.wait(10'000));
        QVERIFY(failed.first().first().toString().contains(QLatin1String("missing.jsonl")));
        QCOMPARE(window.model()->result(), before);
    }

    void cancelMidLoadKeepsThePreviousDashboard() {
        ui::MainWindow window;
        window.openFile(m_small);
        QVERIFY(waitLoaded(window));
        const auto before = window.model()->result();
        const auto table = window.model()->table();
        QSignalSpy cancelled(window.loadJob(), &ui::LoadJob::cancelled);
        window.openDemo(2'000'000);
        QVERIFY(window.loadJob()->isRunning());
        QTest::qWait(30);
        window.action(QStringLiteral("cancel"))->trigger();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!window.loadJob()->isRunning());
        // Whatever the worker still finishes is dropped.
        QTest::qWait(200);
        QCOMPARE(window.model()->result(), before);
        QCOMPARE(window.model()->table(), table);
        QVERIFY(window.statusText().contains(QLatin1String("small.jsonl")));
    }

    void drillDownFromABarListsExactlyItsLines() {
        ui::MainWindow window;
        window.openFile(m_small);
        QVERIFY(waitLoaded(window));
        auto* panel = qobject_cast<ui::ErrorsByServicePanel*>(
            window.dashboard()->panel(View::kErrorsByService));
        QVERIFY(panel);
        QSignalSpy shown(window.logView(), &ui::LogView::rowsShown);
        // The same path a click takes: the panel emits, the window opens the log view.
        Q_EMIT panel->drillDownRequested(panel->barDrillDown(0));
        QVERIFY(shown.wait(10'000));
        const std::string service = panel->bars()->items()[0].label.toStdString();
        const auto& table = *window.model()->table();
        std::vector<core::RowId> expected;
        for (core::RowId r = 0; r < table.size(); ++r)
            if (table.service(r) == service && core::isErrorLevel(table.level(r)))
                expected.push_back(r);
        QCOMPARE(*window.logView()->model()->rows(), expected);
        QCOMPARE(static_cast<double>(expected.size()), panel->bars()->items()[0].value);
        QVERIFY(!window.findChild<QDockWidget*>(QStringLiteral("logDock"))->isHidden());
    }

    void brushingNarrowsEveryPanel() {
        ui::MainWindow window;
        window.resize(1400, 950);
        window.show();
        window.openFile(m_small);
        QVERIFY(waitLoaded(window));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* levels = qobject_cast<ui::LevelsOverTimePanel*>(
            window.dashboard()->panel(View::kLevelsOverTime));
        const QRect area = levels->plotArea();
        QVERIFY(area.width() > 100);
        QSignalSpy changed(window.model(), &ui::DashboardModel::resultChanged);
        // Drag across the middle third of the time axis.
        QWidget* viewport = levels->viewport();
        const int y = area.center().y();
        const QPoint from(area.left() + area.width() / 3, y);
        const QPoint to(area.left() + 2 * area.width() / 3, y);
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        for (int x = from.x(); x <= to.x(); x += 10)
            QTest::mouseMove(viewport, QPoint(x, y));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
        QVERIFY(changed.wait(20'000));
        const core::ViewFilter& filter = window.model()->filter();
        QVERIFY(filter.fromNs > window.model()->fullResult()->firstNs);
        QVERIFY(filter.toNs < window.model()->fullResult()->lastNs);
        // The snapshot holds exactly the lines in the brushed range.
        const auto& table = *window.model()->table();
        std::uint64_t inRange = 0;
        for (core::RowId r = 0; r < table.size(); ++r)
            inRange += table.timestampNs(r) >= filter.fromNs && table.timestampNs(r) < filter.toNs;
        const auto& result = *window.model()->result();
        QCOMPARE(result.totalLines, inRange);
        QVERIFY(result.totalLines < window.model()->fullResult()->totalLines);
        QVERIFY(result.firstNs >= filter.fromNs && result.lastNs < filter.toNs);
        std::uint64_t errors = 0;
        for (const auto& item : qobject_cast<ui::ErrorsByServicePanel*>(
                                    window.dashboard()->panel(View::kErrorsByService))
                                    ->bars()
                                    ->items())
            errors += static_cast<std::uint64_t>(item.value);
        QCOMPARE(errors, result.errorLines);
        QVERIFY(window.statusText().contains(QLatin1String("of 5,000 lines")));
        // The levels panel redrew from the narrowed snapshot: its lines add up to it.
        double drawn = 0;
        for (QAbstractSeries* s : levels->findChild<QChartView*>()->chart()->series())
            for (const QPointF& p : qobject_cast<QLineSeries*>(s)->points())
                drawn += p.y();
        QCOMPARE(static_cast<std::uint64_t>(drawn), result.timedLines);
        // Back restores the whole log.
        QVERIFY(window.action(QStringLiteral("back"))->isEnabled());
        window.action(QStringLiteral("back"))->trigger();
        QCOMPARE(window.model()->result(), window.model()->fullResult());
        QVERIFY(!window.model()->isFiltered());
    }

    void serviceSelectorNarrowsAndResetRestores() {
        ui::MainWindow window;
        window.openFile(m_small);
        QVERIFY(waitLoaded(window));
        QSignalSpy changed(window.model(), &ui::DashboardModel::resultChanged);
        const std::string service = window.model()->fullResult()->services.front().name;
        window.model()->setServices({service});
        QVERIFY(changed.wait(20'000));
        QCOMPARE(window.model()->result()->services.size(), std::size_t{1});
        QCOMPARE(window.model()->result()->services.front().name, service);
        QVERIFY(window.filterBar()->servicesButton()->text().contains(QLatin1String("1 of")));
        window.action(QStringLiteral("reset"))->trigger();
        QCOMPARE(window.model()->result(), window.model()->fullResult());
        QVERIFY(window.filterBar()->servicesButton()->text().contains(QLatin1String("All")));
    }

    void everyMenuActionHasAShortcut() {
        ui::MainWindow window;
        for (const char* name :
             {"open",       "demo",        "exportPng",   "exportIncidents", "exportAnomalies",
              "exportJson", "loadReport",  "quit",        "copyDashboard",   "copyPanel1",
              "back",       "reset",       "find",        "services",        "levels",
              "toggleLog",  "toggleLists", "toggleTheme", "fullScreen",      "cancel",
              "shortcuts"}) {
            QAction* a = window.action(QString::fromLatin1(name));
            QVERIFY2(a, name);
            QVERIFY2(!a->shortcut().isEmpty(), name);
        }
    }

    void themesSwitch() {
        ui::MainWindow window;
        window.setThemeChoice(ui::MainWindow::ThemeChoice::Dark);
        QVERIFY(window.theme().isDark());
        QVERIFY(window.dashboard()->theme().isDark());
        window.action(QStringLiteral("toggleTheme"))->trigger();
        QVERIFY(!window.theme().isDark());
        QCOMPARE(QSettings().value(QStringLiteral("theme")).toInt(),
                 static_cast<int>(ui::MainWindow::ThemeChoice::Light));
    }

    void screenshotOfThePopulatedWindow() {
        for (const auto& [choice, name] :
             {std::pair{ui::MainWindow::ThemeChoice::Light, QStringLiteral("light")},
              std::pair{ui::MainWindow::ThemeChoice::Dark, QStringLiteral("dark")}}) {
            ui::MainWindow window;
            window.setThemeChoice(choice);
            window.resize(1280, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.openFile(m_small);
            QVERIFY(waitLoaded(window));
            // Show it with the full contract filled in, as it will look with the whole analysis.
            test::Fixture f;
            f.table = std::const_pointer_cast<core::LogTable>(window.model()->table());
            f.result = std::make_shared<core::AnalysisResult>(*window.model()->result());
            test::populate(*f.table, *f.result);
            window.model()->setLog(window.model()->log(), f.result);
            QCOMPARE(window.incidentList()->count(), static_cast<int>(f.result->incidents.size()));
            QCOMPARE(window.anomalyList()->count(),
                     static_cast<int>(f.result->topAnomalies.size()));
            QSignalSpy shown(window.logView(), &ui::LogView::rowsShown);
            window.showDrillDown(window.anomalyList()->anomalyDrillDown(0));
            QVERIFY(shown.wait(10'000));
            QCOMPARE(window.logView()->model()->rowCount(), 1);
            QTest::qWait(50);
            keep(window, QStringLiteral("main-window-%1.png").arg(name));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
