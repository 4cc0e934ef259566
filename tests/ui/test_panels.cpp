// Each panel draws exactly the contract's numbers, and shows a clear empty state when the
// snapshot lacks its data.
#include "support/fixture.h"
#include "ui/dashboard/dashboard_view.h"
#include "ui/format/display_format.h"
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
#include <QChartView>
#include <QLineSeries>
#include <QTest>
#include <map>

using namespace logscope;
using View = ui::DashboardView;

class TestPanels : public QObject {
    Q_OBJECT
private:
    test::Fixture m_fixture;
    std::unique_ptr<ui::DashboardModel> m_model;
    std::unique_ptr<ui::DashboardView> m_view;

    template <typename T> T* panel(View::PanelIndex index) {
        auto* p = qobject_cast<T*>(m_view->panel(index));
        Q_ASSERT(p);
        return p;
    }

private Q_SLOTS:
    void initTestCase() {
        m_fixture = test::makeFixture(20'000);
        m_model = std::make_unique<ui::DashboardModel>();
        m_view = std::make_unique<ui::DashboardView>(m_model.get());
        m_view->resize(1400, 1000);
        m_model->setLog({m_fixture.table, {}, {}, QStringLiteral("fixture"), {}}, m_fixture.result);
        for (ui::DashboardPanel* p : m_view->panels())
            QVERIFY2(!p->isEmptyStateShown(), qPrintable(p->title() + p->emptyMessage()));
    }

    void gridFollowsSeed003() {
        const QStringList expected{"Log levels over time",
                                   "Response time distribution",
                                   "System health",
                                   "Errors by service",
                                   "Anomaly timeline",
                                   "Most frequent errors",
                                   "Average response time by service",
                                   "Incidents by severity",
                                   "Activity by day and hour"};
        QCOMPARE(static_cast<int>(m_view->panels().size()), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(m_view->panels()[static_cast<std::size_t>(i)]->title(), expected[i]);
    }

    void levelsOverTime() {
        auto* p = panel<ui::LevelsOverTimePanel>(View::kLevelsOverTime);
        const auto series = p->findChild<QChartView*>()->chart()->series();
        int checked = 0;
        for (QAbstractSeries* s : series) {
            auto* line = qobject_cast<QLineSeries*>(s);
            QVERIFY(line);
            const core::Level level = core::parseLevel(line->name().toStdString());
            const auto li = static_cast<std::size_t>(level);
            QCOMPARE(static_cast<std::size_t>(line->count()), m_fixture.result->buckets.count);
            for (int b = 0; b < line->count(); ++b)
                QCOMPARE(static_cast<std::uint64_t>(line->at(b).y()),
                         m_fixture.result->levelsOverTime[static_cast<std::size_t>(b)][li]);
            ++checked;
        }
        int present = 0;
        for (const auto n : m_fixture.result->perLevel)
            present += n > 0 ? 1 : 0;
        QCOMPARE(checked, present);
    }

    void latencyHistogram() {
        auto* p = panel<ui::LatencyHistogramPanel>(View::kLatencyHistogram);
        const auto& l = m_fixture.result->latency;
        QVERIFY(p->histogramSeries());
        const auto points = p->histogramSeries()->upperSeries()->points();
        QCOMPARE(points.size(), static_cast<qsizetype>(l.histogram.size() * 4));
        for (std::size_t b = 0; b < l.histogram.size(); ++b) {
            QCOMPARE(points[static_cast<qsizetype>(b * 4 + 1)].y(),
                     static_cast<double>(l.histogram[b].count));
            QCOMPARE(points[static_cast<qsizetype>(b * 4 + 2)].x(), l.histogram[b].upperMs);
        }
        QCOMPARE(p->p95Series()->at(0).x(), l.p95Ms);
        QCOMPARE(p->p99Series()->at(0).x(), l.p99Ms);
        QVERIFY(p->p95Series()->name().startsWith(QLatin1String("P95")));
    }

    void healthGauge() {
        auto* p = panel<ui::HealthPanel>(View::kHealth);
        QCOMPARE(p->gauge()->score(), m_fixture.result->health.score);
        QCOMPARE(p->gauge()->status(), QStringLiteral("GOOD"));
        QCOMPARE(p->gauge()->factors().size(), m_fixture.result->health.factors.size());
    }

    void errorsByService() {
        auto* p = panel<ui::ErrorsByServicePanel>(View::kErrorsByService);
        const auto& items = p->bars()->items();
        QCOMPARE(items.size(), m_fixture.result->services.size());
        double total = 0;
        for (std::size_t i = 0; i < items.size(); ++i) {
            total += items[i].value;
            if (i > 0)
                QVERIFY(items[i - 1].value >= items[i].value);
            const auto it = std::find_if(
                m_fixture.result->services.begin(), m_fixture.result->services.end(),
                [&](const auto& s) { return QString::fromStdString(s.name) == items[i].label; });
            QVERIFY(it != m_fixture.result->services.end());
            QCOMPARE(items[i].value, static_cast<double>(it->errors));
        }
        QCOMPARE(static_cast<std::uint64_t>(total), m_fixture.result->errorLines);
    }

    void anomalyTimeline() {
        auto* p = panel<ui::AnomalyTimelinePanel>(View::kAnomalyTimeline);
        const auto& dots = p->plot()->dots();
        const auto& timeline = m_fixture.result->timeline;
        QCOMPARE(dots.size(), timeline.size());
        std::size_t anomalies = 0;
        for (std::size_t i = 0; i < dots.size(); ++i) {
            QCOMPARE(dots[i].ns, timeline[i].timestampNs);
            QCOMPARE(dots[i].score, timeline[i].score);
            QCOMPARE(dots[i].cluster, timeline[i].cluster);
            anomalies += dots[i].anomaly ? 1 : 0;
        }
        QCOMPARE(anomalies, static_cast<std::size_t>(m_fixture.result->anomalyCount));
        QVERIFY(p->subtitle().contains(ui::formatCount(m_fixture.result->anomalyCount)));
    }

    void frequentErrors() {
        auto* p = panel<ui::FrequentErrorsPanel>(View::kFrequentErrors);
        const auto& items = p->bars()->items();
        const auto& top = m_fixture.result->errorPatterns.topErrors;
        QCOMPARE(items.size(), std::min(top.size(), ui::FrequentErrorsPanel::kShown));
        for (std::size_t i = 0; i < items.size(); ++i) {
            QCOMPARE(items[i].label, QString::fromStdString(top[i].text));
            QCOMPARE(items[i].value, static_cast<double>(top[i].count));
        }
    }

    void serviceLatency() {
        auto* p = panel<ui::ServiceLatencyPanel>(View::kServiceLatency);
        const auto& items = p->bars()->items();
        QCOMPARE(items.size(), m_fixture.result->services.size());
        for (const auto& item : items) {
            const auto it = std::find_if(
                m_fixture.result->services.begin(), m_fixture.result->services.end(),
                [&](const auto& s) { return QString::fromStdString(s.name) == item.label; });
            QVERIFY(it != m_fixture.result->services.end());
            QCOMPARE(item.value, it->avgLatencyMs);
            QCOMPARE(item.valueText, ui::formatMs(it->avgLatencyMs));
        }
    }

    void incidentsBySeverity() {
        auto* p = panel<ui::IncidentsBySeverityPanel>(View::kIncidentsBySeverity);
        std::map<core::Severity, double> expected;
        for (const auto& incident : m_fixture.result->incidents)
            expected[incident.severity] += 1;
        const auto drawn = p->drawnCounts();
        QCOMPARE(drawn.size(), p->severities().size());
        for (std::size_t i = 0; i < drawn.size(); ++i)
            QCOMPARE(drawn[i], expected[p->severities()[i]]);
        QCOMPARE(p->severities().front(), core::Severity::Critical);
    }

    void activityHeatmap() {
        auto* p = panel<ui::ActivityHeatmapPanel>(View::kActivityHeatmap);
        const auto& counts = p->heatmap()->counts();
        QCOMPARE(counts.size(), std::size_t{7});
        std::uint64_t total = 0;
        for (std::size_t d = 0; d < 7; ++d)
            for (std::size_t h = 0; h < 24; ++h) {
                QCOMPARE(counts[d][h], m_fixture.result->dayHour[d][h]);
                total += counts[d][h];
            }
        QCOMPARE(total, m_fixture.result->timedLines);
        // The colour scale runs from the empty colour to the busiest cell's.
        QVERIFY(p->heatmap()->colorFor(0) != p->heatmap()->colorFor(1000));
    }

    void emptyStatesNameWhatIsMissing_data() {
        QTest::addColumn<bool>("fullAnalysis");
        QTest::newRow("full analysis of a bare log") << true;
        QTest::newRow("basic summary") << false;
    }
    void emptyStatesNameWhatIsMissing() {
        QFETCH(bool, fullAnalysis);
        // A log without latency, anomalies, patterns, incidents or time.
        auto bare = std::make_shared<core::AnalysisResult>();
        bare->totalLines = 500;
        bare->perLevel[static_cast<std::size_t>(core::Level::Info)] = 500;
        bare->services.push_back({"web", 500, 0, 0, 0.0, 0, 1.0, core::HealthStatus::Excellent});
        if (fullAnalysis)
            bare->health.factors = {{"Error rate", 0.0, 30.0}};
        ui::DashboardModel model;
        ui::DashboardView view(&model);
        view.resize(1400, 1000);
        model.setResult(bare, QStringLiteral("bare"));
        // A full analysis knows the log lacks the data; a summary only that it has none.
        std::map<View::PanelIndex, QString> expected{
            {View::kLevelsOverTime, "No timestamps in this log"},
            {View::kErrorsByService, "No errors in this log"},
            {View::kAnomalyTimeline, "No timestamps in this log"},
            {View::kFrequentErrors, "No warnings or errors in this log"},
            {View::kActivityHeatmap, "No timestamps in this log"},
        };
        if (fullAnalysis) {
            expected[View::kLatencyHistogram] = "No latency data in this log";
            expected[View::kServiceLatency] = "No latency data in this log";
            expected[View::kIncidentsBySeverity] = "No incidents detected";
            QVERIFY(!view.panel(View::kHealth)->isEmptyStateShown());
        } else {
            expected[View::kLatencyHistogram] = "No response-time statistics in this result";
            expected[View::kServiceLatency] = "No response-time statistics in this result";
            expected[View::kIncidentsBySeverity] = "No incidents in this result";
            expected[View::kHealth] = "No health score in this result";
        }
        for (const auto& [index, message] : expected) {
            QVERIFY2(view.panel(index)->isEmptyStateShown(),
                     qPrintable(view.panel(index)->title()));
            QCOMPARE(view.panel(index)->emptyMessage(), message);
        }
        // Nothing loaded at all.
        model.setResult(std::make_shared<core::AnalysisResult>(), QString());
        for (ui::DashboardPanel* p : view.panels())
            QVERIFY2(p->isEmptyStateShown(), qPrintable(p->title()));
        // Data again: every empty state gives way.
        model.setResult(m_fixture.result, QStringLiteral("fixture"));
        for (ui::DashboardPanel* p : view.panels())
            QVERIFY2(!p->isEmptyStateShown(), qPrintable(p->title()));
    }

    void themeChangeKeepsData() {
        m_view->setTheme(ui::Theme::make(ui::Theme::Kind::Dark));
        QCOMPARE(panel<ui::HealthPanel>(View::kHealth)->gauge()->score(),
                 m_fixture.result->health.score);
        QCOMPARE(panel<ui::ErrorsByServicePanel>(View::kErrorsByService)->bars()->items().size(),
                 m_fixture.result->services.size());
        m_view->setTheme(ui::Theme::make(ui::Theme::Kind::Light));
    }
};

QTEST_MAIN(TestPanels)
#include "test_panels.moc"
