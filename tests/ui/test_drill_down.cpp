// Every mark is a door into the data: a click on a bar, point, heat cell, the gauge, an
// incident or an anomaly announces exactly the lines behind it, and those lines match the
// number the mark shows. Clicks are real mouse events on the drawn widgets.
#include "support/fixture.h"
#include "ui/dashboard/dashboard_view.h"
#include "ui/lists/anomaly_list.h"
#include "ui/lists/incident_list.h"
#include "ui/model/dashboard_model.h"
#include "ui/panels/activity_heatmap_panel.h"
#include "ui/panels/anomaly_timeline_panel.h"
#include "ui/panels/errors_by_service_panel.h"
#include "ui/panels/frequent_errors_panel.h"
#include "ui/panels/health_panel.h"
#include "ui/panels/incidents_by_severity_panel.h"
#include "ui/panels/latency_histogram_panel.h"
#include "ui/panels/levels_over_time_panel.h"
#include "ui/panels/service_latency_panel.h"
#include "ui/widgets/health_gauge.h"
#include "ui/widgets/heatmap_widget.h"
#include "ui/widgets/timeline_plot.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>
#include <set>

using namespace logscope;
using View = ui::DashboardView;

class TestDrillDown : public QObject {
    Q_OBJECT
private:
    test::Fixture m_f;
    std::unique_ptr<ui::DashboardModel> m_model;
    std::unique_ptr<ui::DashboardView> m_view;

    template <typename T> T* panel(View::PanelIndex index) {
        return qobject_cast<T*>(m_view->panel(index));
    }

    // The lines a drill-down names, as the log view would list them.
    std::vector<core::RowId> rowsOf(const ui::DrillDown& drill) {
        return ui::resolveDrillDown(*m_f.table, *m_model->result(), m_model->filter(), drill);
    }

    // Clicks a widget at pos and returns the one drill-down the view announced.
    ui::DrillDown click(QWidget* widget, QPoint pos) {
        QSignalSpy spy(m_view.get(), &View::drillDownRequested);
        QTest::mouseClick(widget, Qt::LeftButton, {}, pos);
        if (spy.size() != 1) {
            qWarning("expected one drill-down, got %d", static_cast<int>(spy.size()));
            return {};
        }
        return spy.first().first().value<ui::DrillDown>();
    }

    template <typename Pred> std::vector<core::RowId> where(Pred pred) {
        std::vector<core::RowId> rows;
        for (core::RowId r = 0; r < m_f.table->size(); ++r)
            if (pred(r))
                rows.push_back(r);
        return rows;
    }

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<ui::DrillDown>();
        m_f = test::makeFixture(30'000);
        m_model = std::make_unique<ui::DashboardModel>();
        m_view = std::make_unique<ui::DashboardView>(m_model.get());
        m_model->setLog({m_f.table, {}, {}, QStringLiteral("fixture"), {}}, m_f.result);
        m_view->resize(1800, 1200);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void levelsPointListsItsBucketAndLevel() {
        auto* p = panel<ui::LevelsOverTimePanel>(View::kLevelsOverTime);
        // Click right on the INFO line at the busiest bucket.
        const auto& r = *m_f.result;
        const auto info = static_cast<std::size_t>(core::Level::Info);
        std::size_t bucket = 0;
        for (std::size_t b = 0; b < r.buckets.count; ++b)
            if (r.levelsOverTime[b][info] > r.levelsOverTime[bucket][info])
                bucket = b;
        QLineSeries* series = nullptr;
        for (auto* s : p->findChild<QChartView*>()->chart()->series())
            if (s->name() == QLatin1String("INFO"))
                series = qobject_cast<QLineSeries*>(s);
        QVERIFY(series);
        const QPointF value = series->at(static_cast<int>(bucket));
        // The chart sits at the scene origin and the view does not scroll: chart coordinates
        // are viewport coordinates.
        const QPoint at = series->chart()->mapToPosition(value, series).toPoint();
        const ui::DrillDown drill = click(p->viewport(), at);
        const auto rows = rowsOf(drill);
        QCOMPARE(rows.size(), static_cast<std::size_t>(r.levelsOverTime[bucket][info]));
        const std::int64_t from = r.buckets.bucketStart(bucket);
        const std::int64_t to = r.buckets.bucketStart(bucket + 1);
        QCOMPARE(rows, where([&](core::RowId x) {
                     const auto ts = m_f.table->timestampNs(x);
                     return ts >= from && ts < to && m_f.table->level(x) == core::Level::Info;
                 }));
        // Every level of the bucket when no line is near the click.
        const auto whole = rowsOf(p->bucketDrillDown(bucket, std::nullopt));
        std::uint64_t total = 0;
        for (const auto n : r.levelsOverTime[bucket])
            total += n;
        QCOMPARE(whole.size(), static_cast<std::size_t>(total));
    }

    void histogramBinListsItsLatencies() {
        auto* p = panel<ui::LatencyHistogramPanel>(View::kLatencyHistogram);
        const auto& hist = m_f.result->latency.histogram;
        std::size_t bin = 0;
        for (std::size_t b = 0; b < hist.size(); ++b)
            if (hist[b].count > hist[bin].count)
                bin = b;
        const double mid = std::sqrt(hist[bin].lowerMs * hist[bin].upperMs);
        const QPointF pos = p->histogramSeries()->chart()->mapToPosition(
            QPointF(mid, static_cast<double>(hist[bin].count) / 2), p->histogramSeries());
        const auto rows = rowsOf(click(p->viewport(), pos.toPoint()));
        QCOMPARE(rows.size(), static_cast<std::size_t>(hist[bin].count));
        for (const core::RowId r : rows) {
            QVERIFY(m_f.table->latencyMs(r) >= hist[bin].lowerMs);
            QVERIFY(m_f.table->latencyMs(r) < hist[bin].upperMs);
        }
        // Every bin, edges included, adds up to every line with a latency.
        std::size_t sum = 0;
        for (std::size_t b = 0; b < hist.size(); ++b) {
            const auto n = rowsOf(p->binDrillDown(b)).size();
            QCOMPARE(n, static_cast<std::size_t>(hist[b].count));
            sum += n;
        }
        QCOMPARE(sum, static_cast<std::size_t>(m_f.result->latency.count));
    }

    void gaugeListsTheErrorLines() {
        auto* p = panel<ui::HealthPanel>(View::kHealth);
        const auto rows = rowsOf(click(p->gauge(), p->gauge()->rect().center()));
        QCOMPARE(rows.size(), static_cast<std::size_t>(m_f.result->errorLines));
    }

    void serviceBarsListTheirLines() {
        auto* errors = panel<ui::ErrorsByServicePanel>(View::kErrorsByService);
        for (std::size_t i = 0; i < errors->bars()->items().size(); ++i) {
            const auto drill = click(errors->bars(), errors->bars()->rowRect(i).center());
            const std::string name = errors->bars()->items()[i].label.toStdString();
            QCOMPARE(rowsOf(drill), where([&](core::RowId r) {
                         return m_f.table->service(r) == name &&
                                core::isErrorLevel(m_f.table->level(r));
                     }));
            QCOMPARE(static_cast<double>(rowsOf(drill).size()), errors->bars()->items()[i].value);
        }
        auto* latency = panel<ui::ServiceLatencyPanel>(View::kServiceLatency);
        const auto drill = click(latency->bars(), latency->bars()->rowRect(0).center());
        const std::string name = latency->bars()->items()[0].label.toStdString();
        const auto it = std::find_if(m_f.result->services.begin(), m_f.result->services.end(),
                                     [&](const auto& s) { return s.name == name; });
        QCOMPARE(rowsOf(drill).size(), static_cast<std::size_t>(it->latencyLines));
    }

    void frequentErrorBarListsItsTemplate() {
        auto* p = panel<ui::FrequentErrorsPanel>(View::kFrequentErrors);
        const auto& top = m_f.result->errorPatterns.topErrors;
        for (std::size_t i = 0; i < p->bars()->items().size(); ++i) {
            const auto rows = rowsOf(click(p->bars(), p->bars()->rowRect(i).center()));
            QCOMPARE(rows.size(), static_cast<std::size_t>(top[i].count));
            for (const core::RowId r : rows) {
                QCOMPARE(test::maskDigits(m_f.table->message(r)), top[i].text);
                QVERIFY(m_f.table->level(r) >= core::Level::Warning);
            }
        }
    }

    void timelineDotShowsItsLine() {
        auto* p = panel<ui::AnomalyTimelinePanel>(View::kAnomalyTimeline);
        const auto& timeline = m_f.result->timeline;
        // The most anomalous point: drawn on top, easy to hit.
        std::size_t best = 0;
        for (std::size_t i = 0; i < timeline.size(); ++i)
            if (timeline[i].score > timeline[best].score)
                best = i;
        const QPointF at = p->plot()->positionOf(timeline[best].timestampNs, timeline[best].score);
        const ui::DrillDown drill = click(p->plot(), at.toPoint());
        QVERIFY(drill.explicitRows);
        QCOMPARE(drill.rows.size(), std::size_t{1});
        const auto index = p->plot()->dotAt(at.toPoint());
        QVERIFY(index);
        QCOMPARE(drill.rows.front(), timeline[*index].row);
        QCOMPARE(drill.focusRow, std::optional<core::RowId>(timeline[*index].row));
        // "Show these lines" on the panel: every anomaly.
        const auto all = p->panelDrillDown();
        QVERIFY(all);
        QCOMPARE(all->rows.size(), static_cast<std::size_t>(m_f.result->anomalyCount));
    }

    void severityBarListsTheEvidence() {
        auto* p = panel<ui::IncidentsBySeverityPanel>(View::kIncidentsBySeverity);
        std::set<core::RowId> expected;
        for (const auto& incident : m_f.result->incidents)
            if (incident.severity == core::Severity::High)
                expected.insert(incident.evidence.begin(), incident.evidence.end());
        const auto drill = p->severityDrillDown(core::Severity::High);
        const auto rows = rowsOf(drill);
        QCOMPARE(rows, std::vector<core::RowId>(expected.begin(), expected.end()));
        // The same through a click in the middle of the HIGH bar.
        const int high = static_cast<int>(
            std::find(p->severities().begin(), p->severities().end(), core::Severity::High) -
            p->severities().begin());
        const QRect area = p->plotArea();
        const int x = area.left() + area.width() * (2 * high + 1) /
                                        (2 * static_cast<int>(p->severities().size()));
        QCOMPARE(rowsOf(click(p->viewport(), QPoint(x, area.bottom() - 5))), rows);
    }

    void heatCellListsItsWeekdayAndHour() {
        auto* p = panel<ui::ActivityHeatmapPanel>(View::kActivityHeatmap);
        const int day = 2;
        const int hour = 14;
        const auto drill =
            click(p->heatmap(), p->heatmap()->cellRect(day, hour).center().toPoint());
        QCOMPARE(rowsOf(drill).size(), static_cast<std::size_t>(m_f.result->dayHour[day][hour]));
    }

    void listsOfIncidentsAndAnomalies() {
        ui::IncidentList incidents(m_model.get());
        ui::AnomalyList anomalies(m_model.get());
        QCOMPARE(incidents.count(), static_cast<int>(m_f.result->incidents.size()));
        const auto& first = m_f.result->incidents.front();
        auto evidence = first.evidence;
        std::sort(evidence.begin(), evidence.end());
        QCOMPARE(rowsOf(incidents.incidentDrillDown(0)), evidence);
        QCOMPARE(anomalies.count(), static_cast<int>(m_f.result->topAnomalies.size()));
        QCOMPARE(rowsOf(anomalies.anomalyDrillDown(0)),
                 std::vector<core::RowId>{m_f.result->topAnomalies.front().row});
        QSignalSpy spy(&incidents, &ui::IncidentList::drillDownRequested);
        incidents.resize(300, 400);
        incidents.show();
        QVERIFY(QTest::qWaitForWindowExposed(&incidents));
        QTest::mouseClick(incidents.viewport(), Qt::LeftButton, {},
                          incidents.visualItemRect(incidents.item(1)).center());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().value<ui::DrillDown>().rows.size(),
                 rowsOf(incidents.incidentDrillDown(1)).size());
    }

    void drillDownRespectsTheViewFilter() {
        // With the view narrowed to one service, a heat cell lists only that service's lines.
        core::ViewFilter view;
        view.services = {m_f.result->services.front().name};
        auto* p = panel<ui::ActivityHeatmapPanel>(View::kActivityHeatmap);
        const auto rows =
            ui::resolveDrillDown(*m_f.table, *m_f.result, view, p->cellDrillDown(1, 10));
        QVERIFY(!rows.empty());
        for (const core::RowId r : rows)
            QCOMPARE(std::string(m_f.table->service(r)), view.services.front());
    }

    void dragOnTheTimelineBrushes() {
        auto* p = panel<ui::AnomalyTimelinePanel>(View::kAnomalyTimeline);
        QSignalSpy brushed(m_view.get(), &View::timeBrushed);
        const QRect area = p->plot()->plotArea();
        const int y = area.top() + 4;
        QTest::mousePress(p->plot(), Qt::LeftButton, {}, QPoint(area.left() + 20, y));
        for (int x = area.left() + 20; x <= area.left() + 120; x += 10)
            QTest::mouseMove(p->plot(), QPoint(x, y));
        QTest::mouseRelease(p->plot(), Qt::LeftButton, {}, QPoint(area.left() + 120, y));
        QCOMPARE(brushed.size(), 1);
        std::int64_t from = 0;
        std::int64_t to = 0;
        QVERIFY(p->plot()->timeAt(area.left() + 20, from));
        QVERIFY(p->plot()->timeAt(area.left() + 120, to));
        QCOMPARE(brushed.first().at(0).toLongLong(), from);
        QCOMPARE(brushed.first().at(1).toLongLong(), to);
    }
};

QTEST_MAIN(TestDrillDown)
#include "test_drill_down.moc"
