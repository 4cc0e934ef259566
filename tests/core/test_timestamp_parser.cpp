#include "core/time/civil_time.h"
#include "core/time/timestamp_parser.h"
#include "core/time/year_inference.h"

#include <QTest>

using namespace logscope::core;

namespace {

qint64 utc(int y, int mo, int d, int h, int mi, int s, std::int64_t nanos = 0) {
    CivilTime t;
    t.year = y;
    t.month = mo;
    t.day = d;
    t.hour = h;
    t.minute = mi;
    t.second = s;
    t.nanos = nanos;
    return static_cast<qint64>(toEpochNanos(t));
}

} // namespace

class TestTimestampParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsEveryForm_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<bool>("yearless");
        const qint64 base = utc(2024, 1, 15, 10, 30, 45);
        QTest::newRow("iso T") << "2024-01-15T10:30:45" << base << false;
        QTest::newRow("iso space") << "2024-01-15 10:30:45" << base << false;
        QTest::newRow("iso Z") << "2024-01-15T10:30:45Z" << base << false;
        QTest::newRow("iso fraction")
            << "2024-01-15T10:30:45.123456" << base + 123'456'000 << false;
        QTest::newRow("iso nanos")
            << "2024-01-15T10:30:45.123456789Z" << base + 123'456'789 << false;
        QTest::newRow("iso comma fraction")
            << "2024-01-15 10:30:45,250" << base + 250'000'000 << false;
        QTest::newRow("iso offset") << "2024-01-15T12:30:45+02:00" << base << false;
        QTest::newRow("iso offset no colon") << "2024-01-15T05:30:45-0500" << base << false;
        QTest::newRow("iso minutes only")
            << "2024-01-15T10:30Z" << utc(2024, 1, 15, 10, 30, 0) << false;
        QTest::newRow("slashes") << "2024/01/15 10:30:45" << base << false;
        QTest::newRow("date only") << "2005.06.03" << utc(2005, 6, 3, 0, 0, 0) << false;
        QTest::newRow("bgl") << "2005-06-03-15.42.50.675872"
                             << utc(2005, 6, 3, 15, 42, 50, 675'872'000) << false;
        QTest::newRow("compact long") << "20240115T103045" << base << false;
        QTest::newRow("compact hdfs") << "081109 203615" << utc(2008, 11, 9, 20, 36, 15) << false;
        QTest::newRow("spark") << "17/06/09 20:10:40" << utc(2017, 6, 9, 20, 10, 40) << false;
        QTest::newRow("apache access")
            << "10/Oct/2000:13:55:36 -0700" << utc(2000, 10, 10, 20, 55, 36) << false;
        QTest::newRow("apache access utc") << "15/Jan/2024:10:30:45 +0000" << base << false;
        QTest::newRow("ctime") << "Sun Dec 04 04:47:44 2005" << utc(2005, 12, 4, 4, 47, 44)
                               << false;
        QTest::newRow("ctime fraction") << "Wed Oct 11 14:32:52.123456 2000"
                                        << utc(2000, 10, 11, 14, 32, 52, 123'456'000) << false;
        QTest::newRow("rfc2822") << "Tue, 15 Nov 1994 08:12:31 GMT" << utc(1994, 11, 15, 8, 12, 31)
                                 << false;
        QTest::newRow("syslog") << "Jan 15 10:30:45" << utc(2000, 1, 15, 10, 30, 45) << true;
        QTest::newRow("syslog padded day")
            << "Jun  4 15:16:01" << utc(2000, 6, 4, 15, 16, 1) << true;
        QTest::newRow("syslog with year") << "Jan 15 10:30:45 2024" << base << false;
        QTest::newRow("month day year time") << "Jan 15 2024 10:30:45" << base << false;
        QTest::newRow("epoch s") << "1705314645" << base << false;
        QTest::newRow("epoch s fraction") << "1705314645.5" << base + 500'000'000 << false;
        QTest::newRow("epoch ms") << "1705314645123" << base + 123'000'000 << false;
        QTest::newRow("epoch us") << "1705314645123456" << base + 123'456'000 << false;
        QTest::newRow("epoch ns") << "1705314645123456789" << base + 123'456'789 << false;
    }
    void readsEveryForm() {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        QFETCH(bool, yearless);
        ParsedTime t;
        QVERIFY2(parseTimestamp(text.toStdString(), t), qPrintable(text));
        QCOMPARE(qint64(t.ns), expected);
        QCOMPARE(t.yearless, yearless);
    }

    void rejectsWhatIsNoTime_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("word") << "hello";
        QTest::newRow("bad month") << "2024-13-01 10:00:00";
        QTest::newRow("bad hour") << "2024-01-01 25:00:00";
        QTest::newRow("short number") << "12345";
        QTest::newRow("trailing text") << "2024-01-15T10:30:45 and more";
        QTest::newRow("no month name") << "Foo 15 10:30:45";
    }
    void rejectsWhatIsNoTime() {
        QFETCH(QString, text);
        ParsedTime t;
        QVERIFY(!parseTimestamp(text.toStdString(), t));
    }

    void prefixStopsWhereTheTimeEnds() {
        ParsedTime t;
        const std::string line = "2015-07-29 17:41:44,747 - INFO  [main] - message";
        QVERIFY(parseTimestampPrefix(line, t));
        QCOMPARE(t.length, std::size_t{23});
        const std::string access = "10/Oct/2000:13:55:36 -0700] \"GET /";
        QVERIFY(parseTimestampPrefix(access, t));
        QCOMPARE(t.length, std::size_t{26});
        const std::string syslog = "Dec 10 06:55:46 LabSZ sshd[24200]: x";
        QVERIFY(parseTimestampPrefix(syslog, t));
        QCOMPARE(t.length, std::size_t{15});
        QVERIFY(t.yearless);
    }

    void infersYearsBackwardsFromTheFileDate() {
        // A log written from October to January, last modified in March 2024.
        const std::int64_t reference = utc(2024, 3, 1, 0, 0, 0);
        YearInference years(reference);
        ParsedTime jan;
        ParsedTime dec;
        ParsedTime oct;
        QVERIFY(parseTimestamp("Jan  1 00:00:01", jan));
        QVERIFY(parseTimestamp("Dec 31 23:59:59", dec));
        QVERIFY(parseTimestamp("Oct 11 22:14:15", oct));
        QCOMPARE(years.resolve(jan.ns), utc(2024, 1, 1, 0, 0, 1));
        QCOMPARE(years.resolve(dec.ns), utc(2023, 12, 31, 23, 59, 59));
        QCOMPARE(years.resolve(oct.ns), utc(2023, 10, 11, 22, 14, 15));
    }

    void aLastLineAfterTheFileDateIsLastYear() {
        // Written in December, copied (mtime) in early January: December is last year's.
        YearInference years(utc(2024, 1, 2, 0, 0, 0));
        ParsedTime dec;
        QVERIFY(parseTimestamp("Dec 30 12:00:00", dec));
        QCOMPARE(years.resolve(dec.ns), utc(2023, 12, 30, 12, 0, 0));
    }

    void leapDayInACommonYearBecomesMarchFirst() {
        ParsedTime feb29;
        QVERIFY(parseTimestamp("Feb 29 12:00:00", feb29));
        QCOMPARE(withYear(feb29.ns, 2024), utc(2024, 2, 29, 12, 0, 0));
        QCOMPARE(withYear(feb29.ns, 2023), utc(2023, 3, 1, 12, 0, 0));
        ParsedTime aug;
        QVERIFY(parseTimestamp("Aug 08 08:00:00", aug));
        QCOMPARE(withYear(aug.ns, 2023), utc(2023, 8, 8, 8, 0, 0));
    }

    void epochNumbersByMagnitude() {
        QCOMPARE(epochToNanos(1705314645.0), utc(2024, 1, 15, 10, 30, 45));
        QCOMPARE(epochToNanos(1705314645123.0), utc(2024, 1, 15, 10, 30, 45) + 123'000'000);
        QCOMPARE(epochToNanos(1705314645123456.0), utc(2024, 1, 15, 10, 30, 45) + 123'456'000);
        // Seconds whose nanoseconds leave int64 (after 2262) are no time, like other
        // unrepresentable numbers (found by fuzzing: the product overflowed).
        QCOMPARE(epochToNanos(11705314645.0), std::int64_t{0});
        QCOMPARE(epochToNanos(-11705314645.0), std::int64_t{0});
        QCOMPARE(epochToNanos(9.1e9), std::int64_t{9'100'000'000} * 1'000'000'000);
    }

    void monthNames() {
        QCOMPARE(monthFromName("jan"), 1);
        QCOMPARE(monthFromName("SEP"), 9);
        QCOMPARE(monthFromName("Sept"), 9);
        QCOMPARE(monthFromName("December"), 12);
        QCOMPARE(monthFromName("Foo"), 0);
    }
};

QTEST_APPLESS_MAIN(TestTimestampParser)
#include "test_timestamp_parser.moc"
