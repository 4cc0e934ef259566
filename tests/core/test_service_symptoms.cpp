// The leading symptom template of a service: the most frequent of its recent symptom lines,
// the most recent on a tie, forgetting lines older than the last kKept.
#include "core/live/service_symptoms.h"

#include <QTest>

using namespace logscope::core;

class TestServiceSymptoms : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void noSymptomsNoTemplate() {
        ServiceSymptoms symptoms;
        QVERIFY(!symptoms.leading(0));
        symptoms.note(2, 7);
        QVERIFY(!symptoms.leading(0));
        QVERIFY(!symptoms.leading(9));
        QCOMPARE(*symptoms.leading(2), 7u);
    }
    void mostFrequentThenMostRecent() {
        ServiceSymptoms symptoms;
        for (const std::uint32_t t : {1u, 2u, 2u, 1u, 3u})
            symptoms.note(0, t);
        QCOMPARE(*symptoms.leading(0), 1u); // 1 and 2 twice each: 1 came last
        symptoms.note(0, 2);
        QCOMPARE(*symptoms.leading(0), 2u);
    }
    void onlyTheRecentLinesCount() {
        ServiceSymptoms symptoms;
        for (std::size_t i = 0; i < 3 * ServiceSymptoms::kKept; ++i)
            symptoms.note(1, 5); // an old burst
        for (std::size_t i = 0; i < ServiceSymptoms::kKept / 2 + 1; ++i)
            symptoms.note(1, 6);
        QCOMPARE(*symptoms.leading(1), 6u);
        for (std::size_t i = 0; i < ServiceSymptoms::kKept; ++i)
            symptoms.note(1, 8);
        QCOMPARE(*symptoms.leading(1), 8u);
    }
};

QTEST_GUILESS_MAIN(TestServiceSymptoms)
#include "test_service_symptoms.moc"
