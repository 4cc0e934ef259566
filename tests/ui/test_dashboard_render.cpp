// The dashboard renders to an image of the asked size with no blank panel, in both themes and
// at any scale; populated and empty dashboards both look finished. Set LOGSCOPE_RENDER_DIR to
// keep the PNGs for a look.
#include "support/fixture.h"
#include "support/render_dir.h"
#include "ui/dashboard/dashboard_renderer.h"
#include "ui/dashboard/dashboard_view.h"
#include "ui/model/dashboard_model.h"
#include "ui/panels/dashboard_panel.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <set>

using namespace logscope;

class TestDashboardRender : public QObject {
    Q_OBJECT
private:
    test::Fixture m_fixture;

    static void keep(const QImage& image, const QString& name) {
        QVERIFY(test::keepImage(image, name));
    }

    // Distinct colours inside a rectangle of the image, sampled on a grid.
    static std::size_t colours(const QImage& image, const QRect& area) {
        std::set<QRgb> seen;
        for (int y = area.top(); y < area.bottom(); y += 2)
            for (int x = area.left(); x < area.right(); x += 2)
                seen.insert(image.pixel(x, y));
        return seen.size();
    }

    // Every panel's rectangle in an image rendered at size (laid out the same way).
    static std::vector<QRect> panelRects(ui::DashboardModel& model, QSize size) {
        ui::DashboardView view(&model);
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.resize(size);
        view.show();
        QCoreApplication::sendPostedEvents();
        std::vector<QRect> rects;
        for (ui::DashboardPanel* p : view.panels())
            rects.push_back(QRect(p->mapTo(&view, QPoint(0, 0)), p->size()));
        return rects;
    }

private Q_SLOTS:
    void initTestCase() { m_fixture = test::makeFixture(100'800); }

    void populatedHasNoBlankPanel_data() {
        QTest::addColumn<int>("kind");
        QTest::newRow("light") << static_cast<int>(ui::Theme::Kind::Light);
        QTest::newRow("dark") << static_cast<int>(ui::Theme::Kind::Dark);
    }
    void populatedHasNoBlankPanel() {
        QFETCH(int, kind);
        ui::DashboardModel model;
        model.setLog({m_fixture.table, {}, {}, QStringLiteral("microservices.jsonl"), {}},
                     m_fixture.result);
        const auto theme = ui::Theme::make(static_cast<ui::Theme::Kind>(kind));
        const QImage image = ui::renderDashboard(model, ui::kDefaultDashboardSize, theme);
        QCOMPARE(image.size(), ui::kDefaultDashboardSize);
        keep(image, QStringLiteral("dashboard-%1.png").arg(QTest::currentDataTag()));
        for (const QRect& rect : panelRects(model, ui::kDefaultDashboardSize))
            QVERIFY2(
                colours(image, rect.adjusted(4, 30, -4, -4)) > 12,
                qPrintable(QStringLiteral("blank panel at %1,%2").arg(rect.x()).arg(rect.y())));
    }

    void smallAndScaledSizes() {
        ui::DashboardModel model;
        model.setLog({m_fixture.table, {}, {}, QStringLiteral("microservices.jsonl"), {}},
                     m_fixture.result);
        const auto theme = ui::Theme::make(ui::Theme::Kind::Light);
        const QImage small = ui::renderDashboard(model, QSize(1280, 800), theme);
        QCOMPARE(small.size(), QSize(1280, 800));
        keep(small, QStringLiteral("dashboard-1280x800.png"));
        const QImage doubled = ui::renderDashboard(model, QSize(2560, 1600), theme, 2.0);
        QCOMPARE(doubled.size(), QSize(2560, 1600));
        keep(doubled, QStringLiteral("dashboard-2x.png"));
        // The 2× image is the 1280×800 layout drawn twice as large: close to a scaled copy.
        const QImage down =
            doubled.scaled(small.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        int close = 0;
        int total = 0;
        for (int y = 0; y < small.height(); y += 7)
            for (int x = 0; x < small.width(); x += 7) {
                const QColor a = small.pixelColor(x, y);
                const QColor b = down.pixelColor(x, y);
                close += std::abs(a.lightness() - b.lightness()) < 40 ? 1 : 0;
                ++total;
            }
        QVERIFY2(close > total * 8 / 10,
                 qPrintable(QStringLiteral("%1 / %2").arg(close).arg(total)));
    }

    void emptyDashboardsLookFinished() {
        auto bare = std::make_shared<core::AnalysisResult>();
        bare->totalLines = 500;
        bare->perLevel[static_cast<std::size_t>(core::Level::Info)] = 500;
        bare->services.push_back({"web", 500, 0, 0, 0.0, 0, 1.0, core::HealthStatus::Excellent});
        bare->health.factors = {{"Error rate", 0.0, 30.0}, {"Slow responses", 0.0, 20.0}};
        ui::DashboardModel model;
        model.setResult(bare, QStringLiteral("bare.log"));
        const QImage image = ui::renderDashboard(model, ui::kDefaultDashboardSize,
                                                 ui::Theme::make(ui::Theme::Kind::Light));
        QCOMPARE(image.size(), ui::kDefaultDashboardSize);
        keep(image, QStringLiteral("dashboard-empty.png"));
        // Each empty state draws its icon and message: no panel is a flat rectangle.
        for (const QRect& rect : panelRects(model, ui::kDefaultDashboardSize))
            QVERIFY(colours(image, rect.adjusted(4, 30, -4, -4)) > 4);
        model.setResult(std::make_shared<core::AnalysisResult>(), QString());
        keep(ui::renderDashboard(model, ui::kDefaultDashboardSize,
                                 ui::Theme::make(ui::Theme::Kind::Dark)),
             QStringLiteral("dashboard-nothing-dark.png"));
    }

    void savesPngAtomicallyAndReportsErrors() {
        QTemporaryDir dir;
        ui::DashboardModel model;
        model.setResult(m_fixture.result, QStringLiteral("test"));
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
