// The Loghub metrics (GA, PA, FGA, FTA) on hand-made cases, and the miner's accuracy on the
// Loghub 2k samples against the Loghub-2.0 corrected ground truth (skipped when
// ../shared/loghub is absent). Accuracy is deterministic, so its figures are asserted.
#include "tests/support/loghub_samples.h"

#include <QDir>
#include <QTest>

using namespace logscope;

class TestTemplateAccuracy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void normalisesTemplates() {
        QCOMPARE(core::normalizeTemplate("  a   <*>\t b "), std::string("a <*> b"));
        QCOMPARE(core::normalizeTemplate("x <*><*><*> y"), std::string("x <*> y"));
        QCOMPARE(core::normalizeTemplate("<*>:<*> <*>"), std::string("<*>:<*> <*>"));
    }

    void scoresByTheLoghubDefinitions() {
        // Truth: A = lines 0,1,2 ("a <*>"), B = lines 3,4 ("b <*>"), C = line 5 ("c").
        const std::vector<std::string> truthIds = {"A", "A", "A", "B", "B", "C"};
        const std::vector<std::string> truthTexts = {"a <*>", "a <*>", "a <*>",
                                                     "b <*>", "b <*>", "c"};
        // Mined: A exact with the right text; B split in two; C exact with a wrong text.
        const std::vector<std::uint32_t> mined = {0, 0, 0, 1, 2, 3};
        const std::vector<std::string> minedTexts = {"a  <*>", "b <*>", "b x", "c <*>"};
        const core::ParsingAccuracy a = core::scoreParsing(truthIds, truthTexts, mined, minedTexts);
        QCOMPARE(a.lines, std::size_t{6});
        QCOMPARE(a.truthGroups, std::size_t{3});
        QCOMPARE(a.minedGroups, std::size_t{4});
        QCOMPARE(a.groupingAccuracy, 4.0 / 6.0); // lines of A and C
        QCOMPARE(a.parsingAccuracy, 4.0 / 6.0);  // lines 0-3
        const double fga = 2.0 * (2.0 / 4) * (2.0 / 3) / (2.0 / 4 + 2.0 / 3);
        QCOMPARE(a.groupingF1, fga);
        const double fta = 2.0 * (1.0 / 4) * (1.0 / 3) / (1.0 / 4 + 1.0 / 3);
        QCOMPARE(a.templateF1, fta);
        const core::ParsingAccuracy perfect =
            core::scoreParsing(truthIds, truthTexts, {0, 0, 0, 1, 1, 2}, {"a <*>", "b <*>", "c"});
        QCOMPARE(perfect.groupingAccuracy, 1.0);
        QCOMPARE(perfect.parsingAccuracy, 1.0);
        QCOMPARE(perfect.groupingF1, 1.0);
        QCOMPARE(perfect.templateF1, 1.0);
    }

    void beatsDrainOnLoghub() {
        const QString dir = QStringLiteral(LOGSCOPE_SHARED_DIR "/loghub");
        if (!QDir(dir).exists())
            QSKIP("../shared/loghub is absent");
        std::string error;
        const auto samples = testing::loadLoghubSamples(dir.toStdString(), error);
        QVERIFY2(!samples.empty(), error.c_str());
        QCOMPARE(samples.size(), std::size_t{8});
        double ga = 0;
        double pa = 0;
        for (const auto& sample : samples) {
            const testing::MinedSample mined = testing::mineSample(sample);
            QCOMPARE(mined.unmatchedLines, std::size_t{0});
            qInfo("%-10s GA %.4f  PA %.4f  FGA %.4f  FTA %.4f", sample.name.c_str(),
                  mined.accuracy.groupingAccuracy, mined.accuracy.parsingAccuracy,
                  mined.accuracy.groupingF1, mined.accuracy.templateF1);
            ga += mined.accuracy.groupingAccuracy;
            pa += mined.accuracy.parsingAccuracy;
        }
        ga /= static_cast<double>(samples.size());
        pa /= static_cast<double>(samples.size());
        qInfo("mean GA %.4f  mean PA %.4f", ga, pa);
        QVERIFY2(ga >= 0.92, qPrintable(QStringLiteral("mean GA %1 < 0.92").arg(ga)));
        QVERIFY2(pa >= 0.60, qPrintable(QStringLiteral("mean PA %1 < 0.60").arg(pa)));
    }
};

QTEST_APPLESS_MAIN(TestTemplateAccuracy)
#include "test_template_accuracy.moc"
