// Drill-down in live mode, offscreen: a few seconds of a fast demo fill sealed chunks; a click
// on a levels-over-time bucket and on an errors-by-service bar lists exactly their lines
// (thawed from the sealed chunks off the GUI thread), and still does after the stream stops.
#include "support/render_dir.h"
#include "ui/dashboard/dashboard_view.h"
#include "ui/live/live_ui.h"
#include "ui/logview/log_table_model.h"
#include "ui/logview/log_view.h"
#include "ui/model/dashboard_model.h"
#include "ui/panels/errors_by_service_panel.h"
#include "ui/panels/levels_over_time_panel.h"
#include "ui/windows/main_window.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <numeric>

using namespace logscope;
using View = ui::DashboardView;

namespace {

// Emits a panel's drill-down as a click does; checks the GUI thread got control back at once.
bool drillAndWait(ui::MainWindow& window, ui::DashboardPanel* panel, const ui::DrillDown& drill) {
    QSignalSpy shown(window.logView(), &ui::LogView::rowsShown);
    QElapsedTimer clock;
    clock.start();
    Q_EMIT panel->drillDownRequested(drill);
    if (clock.elapsed() > 150) {
        qWarning("the drill-down request took %lld ms on the GUI thread", clock.elapsed());
        return false;
    }
    return shown.wait(30'000);
}

} // namespace

class TestLiveDrillDown : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void marksOfALiveDashboardListTheirLines() {
        ui::MainWindow window;
        window.resize(1400, 950);
        window.show();
        QVERIFY(window.live()->startDemo(QStringLiteral("microservices"), 20'000.0));
        ui::LiveController* c = window.live()->controller();
        // Some 60,000 lines: several chunks of 16,384 rows are sealed.
        QTRY_VERIFY_WITH_TIMEOUT(c->shown() && c->shown()->rowsKept > 60'000, 30'000);
        c->pause();
        QTest::qWait(400);
        const auto result = window.model()->result();
        QVERIFY(!window.model()->table()); // live mode: no table behind the dashboard

        // The oldest bucket of levels over time: in the first, sealed chunk.
        auto* levels = qobject_cast<ui::LevelsOverTimePanel*>(
            window.dashboard()->panel(View::kLevelsOverTime));
        QVERIFY(levels);
        QVERIFY(result->levelsOverTime.size() >= 2);
        const core::LevelCounts& counts = result->levelsOverTime[0];
        const std::uint64_t expected =
            std::accumulate(counts.begin(), counts.end(), std::uint64_t{0});
        QVERIFY(expected > 0);
        const ui::DrillDown bucket = levels->bucketDrillDown(0, std::nullopt);
        QVERIFY(drillAndWait(window, levels, bucket));
        const ui::LogTableModel* shown = window.logView()->model();
        QCOMPARE(static_cast<std::uint64_t>(shown->rows()->size()), expected);
        for (const core::RowId r : *shown->rows()) {
            const std::int64_t t = shown->table()->timestampNs(r);
            QVERIFY(t >= bucket.filter.fromNs && t < bucket.filter.toNs);
            QVERIFY(!shown->table()->message(r).empty());
            QVERIFY(!shown->table()->rawLine(r).empty()); // the line as generated
        }
        // The template column names the line's template, as the live miner found it.
        const QString templateText =
            shown->cellText(shown->rows()->front(), ui::LogColumn::Template);
        QVERIFY2(!templateText.isEmpty() && !templateText.startsWith(QLatin1Char('#')),
                 qPrintable(templateText));
        QVERIFY(c->lastDrillChunks().first >= 1);  // thawed from a sealed chunk
        QVERIFY(c->lastDrillChunks().second >= 1); // the other chunks skipped unthawed
        QVERIFY(!window.findChild<QDockWidget*>(QStringLiteral("logDock"))->isHidden());
        QVERIFY(window.logView()->description().contains(bucket.description));
        QVERIFY(test::keepWidget(window, QStringLiteral("live_drill_down.png")));

        // The errors of the first service: over the whole window.
        auto* errors = qobject_cast<ui::ErrorsByServicePanel*>(
            window.dashboard()->panel(View::kErrorsByService));
        QVERIFY(errors);
        QVERIFY(!errors->bars()->items().empty());
        const std::string service = errors->bars()->items()[0].label.toStdString();
        const double bar = errors->bars()->items()[0].value;
        QVERIFY(drillAndWait(window, errors, errors->barDrillDown(0)));
        QVERIFY(!shown->rows()->empty());
        // Paused after the snapshot: the table may hold the few lines that came after it.
        QVERIFY2(
            static_cast<double>(shown->rows()->size()) >= bar &&
                static_cast<double>(shown->rows()->size()) <= bar * 1.2 + 10,
            qPrintable(
                QStringLiteral("%1 lines for a bar of %2").arg(shown->rows()->size()).arg(bar)));
        for (const core::RowId r : *shown->rows()) {
            QCOMPARE(shown->table()->service(r), std::string_view(service));
            QVERIFY(core::isErrorLevel(shown->table()->level(r)));
        }

        // After stop the last window stays: marks still list their lines.
        c->stop();
        QVERIFY(!c->isRunning());
        QVERIFY(drillAndWait(window, levels, bucket));
        QCOMPARE(static_cast<std::uint64_t>(window.logView()->model()->rows()->size()), expected);
    }
};

QTEST_MAIN(TestLiveDrillDown)
#include "test_live_drill_down.moc"
