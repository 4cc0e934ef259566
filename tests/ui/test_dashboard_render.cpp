#include "core/analysis/analyzer.h"
#include "core/formats/log_loader.h"
#include "core/generator/generate_json_lines.h"
#include "ui/dashboard/dashboard_renderer.h"
#include "ui/dashboard/dashboard_view.h"
#include "ui/model/dashboard_model.h"
#include "ui/panels/dashboard_panel.h"

#include <QBarSet>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTest>
#include <set>

using namespace logscope;

class TestDashboardRender : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<const core::AnalysisResult> m_result;

    static QList<QAbstractSeries*> seriesOf(ui::DashboardPanel* panel) {
        auto* view = panel->findChild<QChartView*>();
        return view ? view->chart()->series() : QList<QAbstractSeries*>{};
    }

private Q_SLOTS:
    void initTestCase() {
        core::GeneratorOptions options;
        options.total = 20'000;
        std::string bytes;
        core::generateJsonLines(options, true, [&bytes](std::string_view chunk) {
            bytes.append(chunk);
            return true;
        });
        const core::LoadResult loaded = core::loadLogBuffer(bytes);
        m_result = core::analyze(*loaded.table);
        QVERIFY(m_result);
    }

    void levelsPanelDrawsTheRealCounts() {
        ui::DashboardModel model;
        ui::DashboardView view(&model);
        model.setResult(m_result, QStringLiteral("test"));
        ui::DashboardPanel* panel = view.panels().at(0);
        QCOMPARE(panel->title(), QStringLiteral("Log levels over time"));
        const auto series = seriesOf(panel);
        QVERIFY(!series.isEmpty());
        for (QAbstractSeries* s : series) {
            auto* line = qobject_cast<QLineSeries*>(s);
            QVERIFY(line);
            double sum = 0;
            for (const QPointF& p : line->points())
                sum += p.y();
            std::uint64_t expected = 0;
            for (int i = 0; i < core::kLevelCount; ++i) {
                if (line->name() == QLatin1String(core::levelName(static_cast<core::Level>(i))))
                    expected = m_result->perLevel[static_cast<std::size_t>(i)];
            }
            QVERIFY(expected > 0);
            QCOMPARE(static_cast<std::uint64_t>(sum), expected);
        }
    }

    void errorsPanelDrawsTheRealCounts() {
        ui::DashboardModel model;
        ui::DashboardView view(&model);
        model.setResult(m_result, QStringLiteral("test"));
        ui::DashboardPanel* panel = view.panels().at(3);
        QCOMPARE(panel->title(), QStringLiteral("Errors by service"));
        const auto series = seriesOf(panel);
        QCOMPARE(series.size(), 1);
        auto* bars = qobject_cast<QHorizontalBarSeries*>(series.first());
        QVERIFY(bars);
        QBarSet* set = bars->barSets().first();
        QCOMPARE(static_cast<std::size_t>(set->count()), m_result->services.size());
        double drawn = 0;
        for (int i = 0; i < set->count(); ++i)
            drawn += set->at(i);
        std::uint64_t errors = 0;
        for (const auto& s : m_result->services)
            errors += s.errors;
        QCOMPARE(static_cast<std::uint64_t>(drawn), errors);
        QCOMPARE(static_cast<std::uint64_t>(drawn), m_result->errorLines);
    }

    void rendersAtTheRequestedSizeWithContent() {
        ui::DashboardModel model;
        model.setResult(m_result, QStringLiteral("test"));
        const QImage image = ui::renderDashboard(model, ui::kDefaultDashboardSize,
                                                 ui::Theme::make(ui::Theme::Kind::Light));
        QCOMPARE(image.size(), ui::kDefaultDashboardSize);
        // The levels panel (top-left cell) is drawn, not blank: many distinct colours.
        std::set<QRgb> colours;
        for (int y = 80; y < image.height() / 3; y += 3)
            for (int x = 10; x < image.width() / 3; x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void savesPngAtomicallyAndReportsErrors() {
        QTemporaryDir dir;
        ui::DashboardModel model;
        model.setResult(m_result, QStringLiteral("test"));
        const QImage image =
            ui::renderDashboard(model, QSize(800, 600), ui::Theme::make(ui::Theme::Kind::Dark));
        const QString path = dir.filePath(QStringLiteral("out.png"));
        QCOMPARE(ui::savePng(image, path), QString());
        QCOMPARE(QImage(path).size(), QSize(800, 600));
        const QString bad = dir.filePath(QStringLiteral("missing/out.png"));
        QVERIFY(!ui::savePng(image, bad).isEmpty());
        QVERIFY(!QFile::exists(bad));
    }
};

QTEST_MAIN(TestDashboardRender)
#include "test_dashboard_render.moc"
