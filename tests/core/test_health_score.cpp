// Health score arithmetic with seed 003's factors, and its status bands.
#include "core/analysis/health/health_score.h"

#include <QTest>

using namespace logscope::core;

class TestHealthScore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void perfectSystemScoresHundred() {
        const HealthScore h = computeHealthScore({}, AnalysisOptions{});
        QCOMPARE(h.score, 100.0);
        QCOMPARE(h.status, HealthStatus::Excellent);
    }
    void factorsAddUp() {
        HealthInputs in;
        in.errorRate = 0.02;      // 2 % x 3 per percent = 6
        in.slowShare = 0.03;      // 3 % x 2 = 6
        in.successRate = 0.97;    // 3 % failed x 2 = 6
        in.anomalyRate = 0.05;    // 5 % x 1.5 = 7.5
        in.criticalIncidents = 1; // 5
        in.highIncidents = 2;     // 4
        const HealthScore h = computeHealthScore(in, AnalysisOptions{});
        QVERIFY(std::abs(h.score - (100.0 - 6 - 6 - 6 - 7.5 - 5 - 4)) < 1e-9);
        QCOMPARE(h.status, HealthStatus::Fair); // 65.5: DEGRADED
        QCOMPARE(std::string(healthStatusName(h.status)), std::string("DEGRADED"));
        QCOMPARE(h.factors.size(), std::size_t{6});
        QCOMPARE(h.factors[0].name, std::string("error rate"));
        QVERIFY(std::abs(h.factors[0].penalty - 6.0) < 1e-9);
    }
    void eachFactorIsCapped() {
        HealthInputs in;
        in.errorRate = 0.9;
        in.slowShare = 0.9;
        in.successRate = 0.1;
        in.anomalyRate = 0.9;
        const HealthScore h = computeHealthScore(in, AnalysisOptions{});
        QCOMPARE(h.score, 100.0 - 30 - 20 - 20 - 15);
        in.criticalIncidents = 10;
        QCOMPARE(computeHealthScore(in, AnalysisOptions{}).score, 0.0); // clamped
        QCOMPARE(computeHealthScore(in, AnalysisOptions{}).status, HealthStatus::Critical);
    }
    void statusBands_data() {
        QTest::addColumn<double>("score");
        QTest::addColumn<int>("status");
        QTest::newRow("90") << 90.0 << int(HealthStatus::Excellent);
        QTest::newRow("89.9") << 89.9 << int(HealthStatus::Good);
        QTest::newRow("75") << 75.0 << int(HealthStatus::Good);
        QTest::newRow("74.9") << 74.9 << int(HealthStatus::Fair);
        QTest::newRow("50") << 50.0 << int(HealthStatus::Fair);
        QTest::newRow("49.9") << 49.9 << int(HealthStatus::Critical);
    }
    void statusBands() {
        QFETCH(double, score);
        QFETCH(int, status);
        QCOMPARE(int(healthStatusOf(score)), status);
    }
};

QTEST_APPLESS_MAIN(TestHealthScore)
#include "test_health_score.moc"
