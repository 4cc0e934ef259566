// DashboardModel: the snapshot, the view filter and its history; recomputation on a worker
// that a new request or Cancel abandons at once, leaving the shown snapshot intact.
#include "core/analysis/filter_rows.h"
#include "support/fixture.h"
#include "ui/model/dashboard_model.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <atomic>
#include <thread>

using namespace logscope;

namespace {

// A slow analysis that notices cancellation within a millisecond.
struct SlowAnalyzer {
    std::shared_ptr<std::atomic<int>> finished = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<std::atomic<int>> stoppedEarly = std::make_shared<std::atomic<int>>(0);
    int millis = 400;

    std::shared_ptr<const core::AnalysisResult>
    operator()(const core::LogTable& table, const core::ViewFilter& filter,
               const core::CancellationToken* cancel,
               const core::ProgressCallback& progress) const {
        for (int i = 0; i < millis; ++i) {
            if (cancel && cancel->isCancelled()) {
                ++*stoppedEarly;
                return nullptr;
            }
            if (progress)
                progress(static_cast<std::uint64_t>(i), static_cast<std::uint64_t>(millis));
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        ++*finished;
        return core::analyzeFiltered(table, filter, cancel);
    }
};

} // namespace

class TestDashboardModel : public QObject {
    Q_OBJECT
private:
    test::Fixture m_f;

    void load(ui::DashboardModel& model) {
        model.setLog({m_f.table, {}, {QStringLiteral("f.jsonl")}, QStringLiteral("f.jsonl"), {}},
                     m_f.result);
    }

private Q_SLOTS:
    void initTestCase() { m_f = test::makeFixture(6000); }

    void startsEmptyAndShowsALog() {
        ui::DashboardModel model;
        QVERIFY(model.result());
        QCOMPARE(model.result()->totalLines, std::uint64_t{0});
        QVERIFY(!model.table());
        QSignalSpy changed(&model, &ui::DashboardModel::resultChanged);
        QSignalSpy logChanged(&model, &ui::DashboardModel::logChanged);
        load(model);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(logChanged.size(), 1);
        QCOMPARE(model.result(), std::shared_ptr<const core::AnalysisResult>(m_f.result));
        QCOMPARE(model.fullResult(), model.result());
        QVERIFY(!model.isFiltered());
        QVERIFY(!model.canGoBack());
    }

    void filteringRecomputesOnAWorkerAndKeepsHistory() {
        ui::DashboardModel model;
        load(model);
        QSignalSpy busy(&model, &ui::DashboardModel::busyChanged);
        QSignalSpy changed(&model, &ui::DashboardModel::resultChanged);
        model.setLevelMask(1u << static_cast<unsigned>(core::Level::Error));
        QVERIFY(model.isBusy());
        QCOMPARE(busy.size(), 1);
        QVERIFY(changed.wait(10'000));
        QVERIFY(!model.isBusy());
        QCOMPARE(model.result()->totalLines,
                 m_f.result->perLevel[static_cast<std::size_t>(core::Level::Error)]);
        QVERIFY(model.isFiltered());
        QVERIFY(model.canGoBack());

        const std::string service = m_f.result->services.front().name;
        model.setServices({service}); // narrows further
        QVERIFY(changed.wait(10'000));
        QCOMPARE(model.result()->services.size(), std::size_t{1});
        QCOMPARE(model.result()->totalLines, model.result()->errorLines);

        model.back(); // errors of every service again
        QVERIFY(changed.wait(10'000));
        QVERIFY(model.filter().services.empty());
        QCOMPARE(model.result()->totalLines,
                 m_f.result->perLevel[static_cast<std::size_t>(core::Level::Error)]);
        model.back(); // everything, at once: the full snapshot is kept
        QCOMPARE(model.result(), model.fullResult());
        QVERIFY(!model.canGoBack());
    }

    void narrowTimeIntersects() {
        ui::DashboardModel model;
        load(model);
        QSignalSpy changed(&model, &ui::DashboardModel::resultChanged);
        const std::int64_t first = m_f.result->firstNs;
        const std::int64_t span = m_f.result->lastNs - first;
        model.narrowTime(first + span / 4, first + span / 2);
        QVERIFY(changed.wait(10'000));
        model.narrowTime(first, first + span / 3); // inside the first range only
        QVERIFY(changed.wait(10'000));
        QCOMPARE(model.filter().fromNs, first + span / 4);
        QCOMPARE(model.filter().toNs, first + span / 3);
        model.narrowTime(first + span, first); // empty: ignored
        QVERIFY(!model.isBusy());
        model.reset();
        QCOMPARE(model.result(), model.fullResult());
        QVERIFY(model.canGoBack()); // Reset can be undone
    }

    void cancelKeepsTheShownSnapshotAndStopsTheWorker() {
        ui::DashboardModel model;
        SlowAnalyzer slow;
        slow.millis = 5000;
        model.setAnalyzer(slow);
        load(model);
        QSignalSpy changed(&model, &ui::DashboardModel::resultChanged);
        QSignalSpy filterChanged(&model, &ui::DashboardModel::filterChanged);
        model.setText("timeout", false);
        QVERIFY(model.isBusy());
        QCOMPARE(model.requestedFilter().text, std::string("timeout"));
        QTest::qWait(50);
        QElapsedTimer clock;
        clock.start();
        model.cancel();
        QVERIFY(!model.isBusy());
        QVERIFY(model.requestedFilter().text.empty()); // the selectors snap back
        QCOMPARE(model.result(), model.fullResult());
        // The worker notices within a few milliseconds.
        QTRY_COMPARE_WITH_TIMEOUT(slow.stoppedEarly->load(), 1, 100);
        QVERIFY(clock.elapsed() < 100);
        QTest::qWait(50);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(slow.finished->load(), 0);
    }

    void aNewRequestCancelsTheOldOne() {
        ui::DashboardModel model;
        SlowAnalyzer slow;
        slow.millis = 300;
        model.setAnalyzer(slow);
        load(model);
        QSignalSpy changed(&model, &ui::DashboardModel::resultChanged);
        model.setText("alpha", false);
        QTest::qWait(20);
        model.setText("timeout", false);
        QVERIFY(changed.wait(10'000));
        QCOMPARE(changed.size(), 1); // only the last request is shown
        QCOMPARE(model.filter().text, std::string("timeout"));
        QTRY_COMPARE_WITH_TIMEOUT(slow.stoppedEarly->load(), 1, 1000);
        // History holds the view before, not the abandoned request.
        model.back();
        QCOMPARE(model.result(), model.fullResult());
    }

    void progressIsReported() {
        ui::DashboardModel model;
        SlowAnalyzer slow;
        slow.millis = 200;
        model.setAnalyzer(slow);
        load(model);
        QSignalSpy progress(&model, &ui::DashboardModel::progressChanged);
        QSignalSpy changed(&model, &ui::DashboardModel::resultChanged);
        model.setText("ok", false);
        QVERIFY(changed.wait(10'000));
        QVERIFY(progress.size() > 5);
        QVERIFY(progress.last().first().toInt() >= 90);
    }
};

QTEST_MAIN(TestDashboardModel)
#include "test_dashboard_model.moc"
