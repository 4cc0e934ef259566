#include "core/time/civil_time.h"

#include <QTest>

using namespace logscope::core;

class TestCivilTime : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesIsoForms_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expectedNs");
        const qint64 base = 1'729'999'800LL * 1'000'000'000LL; // 2024-10-27T03:30:00Z
        QTest::newRow("plain") << "2024-10-27T03:30:00" << base;
        QTest::newRow("space") << "2024-10-27 03:30:00" << base;
        QTest::newRow("zulu") << "2024-10-27T03:30:00Z" << base;
        QTest::newRow("micro") << "2024-10-27T03:30:00.123456" << base + 123'456'000;
        QTest::newRow("nano") << "2024-10-27T03:30:00.123456789Z" << base + 123'456'789;
        QTest::newRow("offset") << "2024-10-27T05:30:00+02:00" << base;
        QTest::newRow("offset-compact") << "2024-10-26T22:30:00-0500" << base;
        QTest::newRow("no-seconds") << "2024-10-27T03:30" << base;
    }
    void parsesIsoForms() {
        QFETCH(QString, text);
        QFETCH(qint64, expectedNs);
        std::int64_t ns = 0;
        QVERIFY(parseIso8601(text.toStdString(), ns));
        QCOMPARE(static_cast<qint64>(ns), expectedNs);
    }
    void rejectsNonTimes_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("words") << "yesterday";
        QTest::newRow("month13") << "2024-13-01T00:00:00";
        QTest::newRow("trailing") << "2024-10-27T03:30:00 junk";
        QTest::newRow("dot-no-digits") << "2024-10-27T03:30:00.";
    }
    void rejectsNonTimes() {
        QFETCH(QString, text);
        std::int64_t ns = 0;
        QVERIFY(!parseIso8601(text.toStdString(), ns));
    }
    void roundTrips() {
        const std::int64_t ns = toEpochNanos({2000, 2, 29, 23, 59, 58, 987'654'000});
        QCOMPARE(QString::fromStdString(formatIso8601(ns, 6, true)),
                 QStringLiteral("2000-02-29T23:59:58.987654Z"));
        std::int64_t back = 0;
        QVERIFY(parseIso8601(formatIso8601(ns, 9), back));
        QCOMPARE(back, ns);
    }
    void knowsWeekdays() {
        QCOMPARE(weekdayOf(toEpochNanos({2024, 10, 27, 12, 0, 0, 0})), 6); // a Sunday
        QCOMPARE(weekdayOf(toEpochNanos({1969, 12, 31, 12, 0, 0, 0})), 2); // a Wednesday
    }
};

QTEST_APPLESS_MAIN(TestCivilTime)
#include "test_civil_time.moc"
