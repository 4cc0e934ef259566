// Isolation Forest: deterministic for a seed, planted outliers on top, sane path lengths;
// robust z-scores, the seasonal baseline and DBSCAN on small hand-made inputs.
#include "core/analysis/anomaly/dbscan.h"
#include "core/analysis/anomaly/isolation_forest.h"
#include "core/analysis/anomaly/robust_zscore.h"
#include "core/analysis/anomaly/seasonal_baseline.h"
#include "core/time/civil_time.h"

#include <QTest>
#include <algorithm>
#include <numeric>
#include <random>

using namespace logscope::core;

namespace {

// 5000 Gaussian points in 6 dimensions with 10 far outliers at the given rows.
FeatureMatrix plantedData(const std::vector<int>& outlierRows) {
    FeatureMatrix x(5000, 6);
    std::mt19937 rng(7);
    std::normal_distribution<float> normal(0.0F, 1.0F);
    for (Eigen::Index i = 0; i < x.size(); ++i)
        x.data()[i] = normal(rng);
    for (const int r : outlierRows)
        for (int c = 0; c < 6; ++c)
            x(r, c) = (c % 2 == 0 ? 6.0F : -6.0F) + normal(rng) * 0.1F;
    return x;
}

} // namespace

class TestIsolationForest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameSeedSameScores() {
        const FeatureMatrix x = plantedData({});
        IsolationForest a;
        IsolationForest b;
        a.fit(x, {50, 256, 123});
        b.fit(x, {50, 256, 123});
        std::vector<float> sa;
        std::vector<float> sb;
        QVERIFY(a.score(x, sa));
        QVERIFY(b.score(x, sb));
        QCOMPARE(sa, sb);
        IsolationForest c;
        c.fit(x, {50, 256, 124});
        std::vector<float> sc;
        c.score(x, sc);
        QVERIFY(sa != sc);
    }

    void plantedOutliersScoreHighest() {
        const std::vector<int> planted{3, 500, 1234, 2000, 2500, 3100, 3333, 4000, 4500, 4999};
        const FeatureMatrix x = plantedData(planted);
        IsolationForest forest;
        forest.fit(x, {100, 256, 42});
        std::vector<float> scores;
        QVERIFY(forest.score(x, scores));
        std::vector<int> order(scores.size());
        std::iota(order.begin(), order.end(), 0);
        std::partial_sort(order.begin(), order.begin() + 10, order.end(),
                          [&](int a, int b) { return scores[a] > scores[b]; });
        std::vector<int> top(order.begin(), order.begin() + 10);
        std::sort(top.begin(), top.end());
        QCOMPARE(top, planted);
        for (const int r : planted)
            QVERIFY(scores[r] > 0.65F);
        // Inliers sit near or below 0.5.
        QVERIFY(scores[1] < 0.55F);
    }

    void scoresMatchTheTreeWalk() {
        const FeatureMatrix x = plantedData({10});
        IsolationForest forest;
        forest.fit(x, {20, 64, 9});
        std::vector<float> scores;
        forest.score(x, scores);
        const double c = IsolationForest::averagePathLength(64);
        for (const int r : {0, 10, 4999}) {
            const double expected = std::exp2(-forest.meanPathLength(x.row(r).data()) / c);
            QVERIFY(std::abs(scores[static_cast<std::size_t>(r)] - expected) < 1e-5);
        }
        QCOMPARE(IsolationForest::averagePathLength(1), 0.0);
        QCOMPARE(IsolationForest::averagePathLength(2), 1.0);
        QVERIFY(std::abs(IsolationForest::averagePathLength(256) - 10.2448) < 1e-3);
    }

    void scoringOnlyTheTopKeepsTheTopSet() {
        // Heavy-tailed data with a few planted outliers: the top 5 % by scoreTop() must be the
        // top 5 % by the full forest, with their exact scores.
        FeatureMatrix x(40000, 5);
        std::mt19937 rng(11);
        std::lognormal_distribution<float> heavy(0.0F, 1.0F);
        for (Eigen::Index i = 0; i < x.size(); ++i)
            x.data()[i] = heavy(rng);
        for (int r = 0; r < 40000; r += 997)
            x(r, r % 5) = 80.0F;
        IsolationForest forest;
        forest.fit(x, {100, 256, 5});
        std::vector<float> exact;
        std::vector<float> fast;
        std::size_t refined = 0;
        QVERIFY(forest.score(x, exact));
        QVERIFY(forest.scoreTop(x, 0.05, fast, nullptr, &refined));
        QVERIFY(refined < 40000 / 2);
        const auto top = [](const std::vector<float>& s) {
            std::vector<int> order(s.size());
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return s[a] > s[b]; });
            order.resize(2000);
            std::sort(order.begin(), order.end());
            return order;
        };
        QCOMPARE(top(fast), top(exact));
        for (const int r : top(exact))
            QVERIFY(std::abs(fast[static_cast<std::size_t>(r)] -
                             exact[static_cast<std::size_t>(r)]) < 1e-5F);
    }

    void constantDataScoresEvenly() {
        FeatureMatrix x = FeatureMatrix::Constant(300, 3, 1.0F);
        IsolationForest forest;
        forest.fit(x, {10, 256, 1});
        std::vector<float> scores;
        forest.score(x, scores);
        QVERIFY(std::all_of(scores.begin(), scores.end(), [&](float s) { return s == scores[0]; }));
    }

    void cancellationStopsScoring() {
        const FeatureMatrix x = plantedData({});
        IsolationForest forest;
        forest.fit(x, {10, 256, 1});
        CancellationToken token;
        token.cancel();
        std::vector<float> scores;
        QVERIFY(!forest.score(x, scores, &token));
    }

    void robustZIgnoresTheOutlierItself() {
        const std::vector<double> values{10, 11, 9, 10, 12, 10, 9, 11, 10, 100};
        const std::vector<double> z = robustZScores(values);
        QVERIFY(z[9] > 30);
        for (std::size_t i = 0; i < 9; ++i)
            QVERIFY(std::abs(z[i]) < 2.1);
        QCOMPARE(medianOf({3, 1, 2}), 2.0);
        QCOMPARE(medianOf({4, 1, 2, 3}), 2.5);
        QCOMPARE(robustZScores({5, 5, 5}), (std::vector<double>{0, 0, 0}));
    }

    void seasonalBaselineFollowsTheHourAndTheDay() {
        // Four days of hourly counts: 10 at night, 100 at 14:00; the third day is a quiet
        // weekend at 40 %.
        std::vector<double> series;
        for (int day = 0; day < 4; ++day)
            for (int hour = 0; hour < 24; ++hour)
                series.push_back((hour == 14 ? 100.0 : 10.0) * (day == 2 ? 0.4 : 1.0));
        const std::int64_t start = toEpochNanos({2024, 1, 1, 0, 0, 0, 0});
        const auto flat = seasonalBaseline(series, start, kNanosPerHour, kNanosPerDay);
        QCOMPARE(flat[14], 100.0);
        QCOMPARE(flat[15], 10.0);
        const auto scaled = seasonalBaseline(series, start, kNanosPerHour, kNanosPerDay, true);
        QVERIFY(std::abs(scaled[2 * 24 + 14] - 40.0) < 1e-9);
        QVERIFY(std::abs(scaled[3 * 24 + 14] - 100.0) < 1e-9);
    }

    void dbscanFindsTwoClustersAndNoise() {
        Eigen::MatrixXf rows(5, 3);
        rows << 1, 0, 0, 0.99F, 0.1F, 0, 0, 1, 0, 0, 0.98F, 0.15F, 0, 0, 1;
        for (Eigen::Index r = 0; r < rows.rows(); ++r)
            rows.row(r).normalize();
        const auto labels = dbscanCosine(rows, 0.1, 2);
        QCOMPARE(labels, (std::vector<std::uint32_t>{1, 1, 2, 2, 0}));
    }
};

QTEST_APPLESS_MAIN(TestIsolationForest)
#include "test_isolation_forest.moc"
