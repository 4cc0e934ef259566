// A few seconds of live mode, offscreen: a demo streams, an injected error spike is caught
// (incident raised, episode caught, status bar latency), the panels follow the snapshots, and
// pause / resume / reset / stop behave; following a growing file shows its lines.
#include "ui/live/live_scoreboard.h"
#include "ui/live/live_ui.h"
#include "ui/model/dashboard_model.h"
#include "ui/windows/main_window.h"

#include <QAction>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace logscope;

class TestLiveMode : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void injectedErrorSpikeIsCaught() {
        ui::MainWindow window;
        window.show();
        ui::LiveUi* live = window.live();
        QVERIFY(live->startDemo(QStringLiteral("microservices"), 2000.0));
        ui::LiveController* c = live->controller();
        QVERIFY(c->isRunning());
        // Panels follow the snapshots.
        QTRY_VERIFY_WITH_TIMEOUT(c->shownCount() >= 3, 10'000);
        QVERIFY(window.model()->result()->totalLines > 0);
        QVERIFY(!window.model()->result()->services.empty());

        QVERIFY(live->action(QStringLiteral("inject_error_spike"))->isEnabled());
        QCOMPARE(c->inject(QStringLiteral("error_spike"), 0.9, 30.0), QString());
        QTRY_VERIFY_WITH_TIMEOUT(c->shown() && c->shown()->score.caught >= 1, 30'000);
        const auto snap = c->shown();
        QVERIFY(!snap->incidents.empty());
        QVERIFY(!window.model()->result()->incidents.empty());
        // The episode is shaded on the time panels and the scoreboard and status bar say so.
        QVERIFY(!window.model()->result()->markedPeriods.empty());
        QVERIFY(window.model()->result()->markedPeriods.front().caught);
        QVERIFY(live->scoreboard()->summaryText().contains(QStringLiteral("caught 1")));
        QTRY_VERIFY_WITH_TIMEOUT(live->statusText().contains(QStringLiteral("detected in")), 5000);

        // Pause freezes the dashboard; resume continues.
        live->action(QStringLiteral("livePause"))->trigger();
        QVERIFY(c->isPaused());
        QTest::qWait(400);
        const std::uint64_t frozen = c->shownCount();
        QTest::qWait(800);
        QCOMPARE(c->shownCount(), frozen);
        live->action(QStringLiteral("liveResume"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(c->shownCount() > frozen, 5000);

        // Reset clears the window and the scoreboard.
        live->action(QStringLiteral("liveReset"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            c->shown()->score.episodes == 0 || c->shown()->ingested < snap->ingested, 5000);
        live->action(QStringLiteral("liveStop"))->trigger();
        QVERIFY(!c->isRunning());
    }

    void followShowsAppendedLines() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("grow.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("2024-01-01T00:00:00Z INFO first line\n");
        file.flush();
        ui::MainWindow window;
        window.show();
        QVERIFY(window.live()->follow(path));
        ui::LiveController* c = window.live()->controller();
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->result()->totalLines == 1, 5000);
        file.write("2024-01-01T00:00:01Z ERROR second line\n2024-01-01T00:00:02Z INFO third\n");
        file.flush();
        QTRY_VERIFY_WITH_TIMEOUT(window.model()->result()->totalLines == 3, 5000);
        QCOMPARE(window.model()->result()->errorLines, std::uint64_t(1));
        QVERIFY(!window.live()->action(QStringLiteral("inject_error_spike"))->isEnabled());
        c->stop();
    }
};

QTEST_MAIN(TestLiveMode)
#include "test_live_mode.moc"
