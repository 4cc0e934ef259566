// The eight Loghub samples load with their format strings: every line, with the time and level
// the structured CSV gives. Skipped when ../shared/loghub is absent.
#include "core/formats/format_detector.h"
#include "core/formats/format_registry.h"
#include "core/formats/log_loader.h"
#include "core/io/input_reader.h"
#include "core/time/civil_time.h"

#include <QFile>
#include <QTest>
#include <map>

using namespace logscope::core;

namespace {

const QString kLoghub = QStringLiteral(LOGSCOPE_SHARED_DIR "/loghub");

std::map<QString, QString> formatStrings() {
    std::map<QString, QString> formats;
    QFile file(kLoghub + "/formats.tsv");
    if (!file.open(QIODevice::ReadOnly))
        return formats;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        formats[line.section(QLatin1Char('\t'), 0, 0)] = line.section(QLatin1Char('\t'), 1);
    }
    return formats;
}

} // namespace

class TestLoghubFormats : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (!QFile::exists(kLoghub + "/formats.tsv"))
            QSKIP("../shared/loghub is absent");
    }

    void loadsWithItsFormatString_data() {
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<QString>("firstTime"); // of line 1, as read from the CSV
        QTest::addColumn<QString>("levels");    // level counts the sample holds
        // The years of year-less syslog dates depend on the file's date: checked separately.
        QTest::newRow("HDFS") << "HDFS"
                              << "2008-11-09T20:36:15"
                              << "INFO:1920 WARNING:80";
        QTest::newRow("Hadoop") << "Hadoop"
                                << "2015-10-18T18:01:47.978"
                                << "INFO:1040 WARNING:808 ERROR:150 CRITICAL:2";
        QTest::newRow("Spark") << "Spark"
                               << "2017-06-09T20:10:40"
                               << "INFO:2000";
        QTest::newRow("Zookeeper") << "Zookeeper"
                                   << "2015-07-29T17:41:44.747"
                                   << "INFO:669 WARNING:1318 ERROR:13";
        QTest::newRow("BGL") << "BGL"
                             << "2005-06-03T15:42:50.675872"
                             << "INFO:1597 WARNING:8 ERROR:48 CRITICAL:347";
        QTest::newRow("Apache") << "Apache"
                                << "2005-12-04T04:47:44"
                                << "INFO:1405 ERROR:595";
        QTest::newRow("OpenSSH") << "OpenSSH"
                                 << "-12-10T06:55:46"
                                 << "UNKNOWN:2000";
        QTest::newRow("Linux") << "Linux"
                               << "-06-14T15:16:01"
                               << "UNKNOWN:2000";
    }
    void loadsWithItsFormatString() {
        QFETCH(QString, dataset);
        QFETCH(QString, firstTime);
        QFETCH(QString, levels);
        const auto formats = formatStrings();
        QVERIFY(formats.count(dataset) == 1);
        LoadOptions options;
        options.format = formats.at(dataset).toStdString();
        options.useSavedFormats = false;
        const std::string path =
            QString(kLoghub + "/" + dataset + "/" + dataset + "_2k.log").toStdString();
        const LoadResult r = loadLogs({path}, options);
        QVERIFY2(!r.report.failed(), r.report.fatalError.c_str());
        QCOMPARE(r.report.formatName, options.format);
        QCOMPARE(r.report.totalLines, std::uint64_t{2000});
        QCOMPARE(r.report.badLineCount, std::uint64_t{0});
        QCOMPARE(r.table->size(), std::size_t{2000});
        QCOMPARE(r.table->timeOrder().size(), std::size_t{2000});
        const QString first = QString::fromStdString(formatIso8601(r.table->timestampNs(0), 6));
        QVERIFY2(first.contains(firstTime), qPrintable(first));
        std::map<QString, int> counts;
        for (std::size_t row = 0; row < r.table->size(); ++row)
            ++counts[QString::fromUtf8(levelName(r.table->level(row)).data())];
        QString seen;
        for (const QString& expected : levels.split(QLatin1Char(' '))) {
            const QString name = expected.section(QLatin1Char(':'), 0, 0);
            QCOMPARE(counts[name], expected.section(QLatin1Char(':'), 1).toInt());
        }
        // Every message is the CSV's Content: spot-check that none is empty or holds the header.
        for (std::size_t row = 0; row < r.table->size(); row += 97)
            QVERIFY(!r.table->message(row).empty());
    }

    void yearlessSamplesGetTheirYearsInOrder() {
        const auto formats = formatStrings();
        LoadOptions options;
        options.format = formats.at("Linux").toStdString();
        options.useSavedFormats = false;
        const LoadResult r =
            loadLogs({QString(kLoghub + "/Linux/Linux_2k.log").toStdString()}, options);
        // Linux runs from June to July of one year: one year throughout. (Its lines are in time
        // order but for three written five seconds late, which the time index puts in place.)
        const int year = fromEpochNanos(r.table->timestampNs(0)).year;
        for (std::size_t row = 0; row < r.table->size(); ++row)
            QCOMPARE(fromEpochNanos(r.table->timestampNs(row)).year, year);
        QVERIFY(!r.table->isTimeOrdered());
        const auto order = r.table->timeOrder();
        for (std::size_t i = 1; i < order.size(); ++i)
            QVERIFY(r.table->timestampNs(order[i - 1]) <= r.table->timestampNs(order[i]));
    }

    void detectsTheSamplesItKnowsWithoutAFormatString_data() {
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<QString>("format");
        QTest::newRow("HDFS") << "HDFS"
                              << "timestamp-level";
        QTest::newRow("Hadoop") << "Hadoop"
                                << "timestamp-level";
        QTest::newRow("Spark") << "Spark"
                               << "timestamp-level";
        QTest::newRow("Zookeeper") << "Zookeeper"
                                   << "timestamp-level";
        QTest::newRow("Apache") << "Apache"
                                << "timestamp-level";
        QTest::newRow("OpenSSH") << "OpenSSH"
                                 << "syslog-3164";
        QTest::newRow("Linux") << "Linux"
                               << "syslog-3164";
    }
    void detectsTheSamplesItKnowsWithoutAFormatString() {
        QFETCH(QString, dataset);
        QFETCH(QString, format);
        const InputData input =
            readInput(QString(kLoghub + "/" + dataset + "/" + dataset + "_2k.log").toStdString());
        const Detection d = detectFormat(input.bytes, detectionCandidates(SavedFormats()));
        QCOMPARE(QString::fromStdString(d.format->name()), format);
        QVERIFY(d.confidence >= 0.95);
    }
};

QTEST_APPLESS_MAIN(TestLoghubFormats)
#include "test_loghub_formats.moc"
