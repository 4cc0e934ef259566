#include "core/formats/log_loader.h"

#include <QTest>

using namespace logscope::core;

class TestJsonLinesFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mapsFieldAliases_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("service");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("message");
        QTest::newRow("seed003")
            << R"({"timestamp":"2024-10-27T14:30:00","level":"ERROR","service":"database","message":"Connection timeout","response_time_ms":12.5,"status_code":503})"
            << "database" << int(Level::Error) << "Connection timeout";
        QTest::newRow("aliases")
            << R"({"ts":1729999800,"severity":"warn","app":"api","msg":"slow"})"
            << "api" << int(Level::Warning) << "slow";
        QTest::newRow("seed002")
            << R"({"timestamp":"2024-01-15T10:30:45.123456","level":"ERROR","source":"web-server","service":"nginx","message":"502 Bad Gateway"})"
            << "nginx" << int(Level::Error) << "502 Bad Gateway";
        QTest::newRow("source-only")
            << R"({"time":"2024-01-15T10:30:45Z","lvl":"info","source":"db","message":"ok"})"
            << "db" << int(Level::Info) << "ok";
    }
    void mapsFieldAliases() {
        QFETCH(QString, line);
        QFETCH(QString, service);
        QFETCH(int, level);
        QFETCH(QString, message);
        const LoadResult result = loadLogBuffer(line.toStdString());
        QVERIFY(!result.report.failed());
        QCOMPARE(result.report.badLineCount, 0u);
        QCOMPARE(result.table->size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(std::string(result.table->service(0))), service);
        QCOMPARE(int(result.table->level(0)), level);
        QCOMPARE(QString::fromStdString(std::string(result.table->message(0))), message);
        QVERIFY(result.table->timestampNs(0) != kNoTimestamp);
    }
    void readsNumbersAndLabels() {
        const LoadResult result = loadLogBuffer(
            R"({"timestamp":"2024-10-27T14:30:00Z","level":"INFO","service":"a","message":"m","response_time_ms":"42.5","status_code":200,"_labels":{"is_anomaly":true,"anomaly_type":"error_spike","anomaly_score":0.85}})");
        const LogTable& t = *result.table;
        QCOMPARE(t.latencyMs(0), 42.5F);
        QCOMPARE(t.statusCode(0), std::uint16_t{200});
        QCOMPARE(t.truth(0), Truth::Anomaly);
        QCOMPARE(std::string(t.anomalyType(0)), std::string("error_spike"));
        QCOMPARE(t.anomalyScore(0), 0.85F);
    }
    void readsAnomalousFlag() {
        const LoadResult result = loadLogBuffer(
            R"({"timestamp":"2025-01-05T14:22:31.123456","server":"server_1","component":"CPU","value":95.3,"anomalous":true})");
        QCOMPARE(result.table->size(), std::size_t{1});
        QCOMPARE(result.table->truth(0), Truth::Anomaly);
    }
    void keepsUnknownFields() {
        const LoadResult result = loadLogBuffer(
            R"({"level":"INFO","message":"User login","context":{"user_id":123},"request_id":"a\"b"})");
        QCOMPARE(std::string(result.table->extra(0)),
                 std::string(R"({"context":{"user_id":123},"request_id":"a\"b"})"));
    }
    void countsBadLinesAndKeepsGoing() {
        const std::string input = "{\"level\":\"INFO\",\"message\":\"one\"}\r\n"
                                  "not json at all\r\n"
                                  "\r\n"
                                  "[1,2,3]\n"
                                  "{\"level\":\"ERROR\",\"message\":\"two\"}"; // no final newline
        LoadOptions json;
        json.format = "json-lines";
        const LoadResult result = loadLogBuffer(input, json);
        QCOMPARE(result.table->size(), std::size_t{2});
        QCOMPARE(result.report.totalLines, 4u);
        QCOMPARE(result.report.badLineCount, 2u);
        QCOMPARE(result.report.badLines.size(), std::size_t{2});
        QCOMPARE(result.report.badLines[0].lineNumber, 2u);
        QCOMPARE(result.report.badLines[1].lineNumber, 4u);
        QCOMPARE(result.table->lineNumber(1), 5u);
        QCOMPARE(std::string(result.table->message(1)), std::string("two"));
    }
    void listsAtMostAHundredBadLines() {
        std::string input;
        for (int i = 0; i < 250; ++i)
            input += "{broken\n";
        LoadOptions json;
        json.format = "json-lines";
        const LoadResult result = loadLogBuffer(input, json);
        QCOMPARE(result.report.badLineCount, 250u);
        QCOMPARE(result.report.badLines.size(), LoadReport::kMaxListedBadLines);
    }
    void reportsMissingFile() {
        const LoadResult result = loadLogFile("/nonexistent/dir/file.jsonl");
        QVERIFY(result.report.failed());
        QVERIFY(QString::fromStdString(result.report.fatalError)
                    .contains("/nonexistent/dir/file.jsonl"));
    }
};

QTEST_APPLESS_MAIN(TestJsonLinesFormat)
#include "test_json_lines_format.moc"
