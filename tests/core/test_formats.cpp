// Every format reads its fixture exactly: each row's fields checked.
#include "core/formats/log_loader.h"
#include "core/time/civil_time.h"

#include <QTest>
#include <cmath>

using namespace logscope::core;

namespace {

const std::string kDir = LOGSCOPE_TEST_DATA_DIR "/formats/";

LoadResult load(const std::string& name, const std::string& format = {}) {
    LoadOptions options;
    options.format = format;
    options.useSavedFormats = false;
    return loadLogs({kDir + name}, options);
}

std::string iso(std::int64_t ns) {
    return ns == kNoTimestamp ? std::string("none") : formatIso8601(ns, 6, true);
}

QString s(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

class TestFormats : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jsonLinesSeed000() {
        const LoadResult r = load("json-lines.seed000.jsonl");
        const LogTable& t = *r.table;
        QCOMPARE(r.report.formatName, std::string("json-lines"));
        QCOMPARE(t.size(), std::size_t{4});
        QCOMPARE(iso(t.timestampNs(0)), std::string("2024-08-03T12:00:00.000000Z"));
        QCOMPARE(s(t.service(1)), QString("payment"));
        QCOMPARE(t.level(1), Level::Warning);
        QCOMPARE(t.level(2), Level::Error);
        QCOMPARE(s(t.message(2)), QString("Failed login"));
        QCOMPARE(QString::fromStdString(t.extra(0)), QString(R"({"context":{"user_id":142}})"));
        QCOMPARE(QString::fromStdString(t.extra(1)), QString(R"({"context":{"order_id":517}})"));
        QCOMPARE(t.truth(0), Truth::Unlabelled);
        QCOMPARE(t.lineNumber(3), std::uint64_t{4});
    }

    void jsonLinesSeed001Metrics() {
        const LoadResult r = load("json-lines.seed001.jsonl");
        const LogTable& t = *r.table;
        QCOMPARE(t.size(), std::size_t{3});
        QCOMPARE(s(t.message(0)), QString("CPU 95.3"));
        QCOMPARE(s(t.message(1)), QString("Memory 61.25"));
        QCOMPARE(s(t.message(2)), QString("Disk 40"));
        QCOMPARE(s(t.service(0)), QString("server_1"));
        QCOMPARE(s(t.host(0)), QString("server_1"));
        QCOMPARE(s(t.service(2)), QString("server_2"));
        QCOMPARE(t.truth(0), Truth::Anomaly);
        QCOMPARE(t.truth(1), Truth::Normal);
        QCOMPARE(iso(t.timestampNs(0)), std::string("2025-01-05T14:22:31.123456Z"));
        QCOMPARE(t.extra(0), std::string());
    }

    void jsonLinesSeed002() {
        const LoadResult r = load("json-lines.seed002.jsonl");
        const LogTable& t = *r.table;
        QCOMPARE(t.size(), std::size_t{3});
        QCOMPARE(s(t.service(0)), QString("nginx"));
        QCOMPARE(s(t.source(0)), QString("web-server"));
        QCOMPARE(t.level(0), Level::Error);
        QCOMPARE(t.latencyMs(0), 3500.5F);
        QCOMPARE(t.statusCode(0), std::uint16_t{502});
        QCOMPARE(t.truth(0), Truth::Anomaly);
        QCOMPARE(s(t.anomalyType(0)), QString("service_outage"));
        QCOMPARE(t.anomalyScore(0), 0.85F);
        QCOMPARE(t.truth(1), Truth::Normal);
        QCOMPARE(s(t.anomalyType(1)), QString());
        QCOMPARE(t.level(2), Level::Warning);
        QCOMPARE(s(t.message(2)), QString(R"(Slow query: "SELECT * FROM orders" took 1200ms)"));
        QCOMPARE(iso(t.timestampNs(2)), std::string("2024-01-15T10:30:47.500000Z"));
        QCOMPARE(QString::fromStdString(t.extra(0)),
                 QString(R"({"request_id":"a1b2c3d4-e5f6-7890-abcd-ef1234567890","ip_address":)"
                         R"("192.168.1.100","endpoint":"/api/v1/auth/login","method":"POST",)"
                         R"("error_code":"ERR_SERVICE_UNAVAILABLE"})"));
        // The message is a view into the file, not a copy.
        QVERIFY(t.message(0).data() >= t.rawLine(0).data() &&
                t.message(0).data() < t.rawLine(0).data() + t.rawLine(0).size());
    }

    void jsonLinesSeed003() {
        const LoadResult r = load("json-lines.seed003.jsonl");
        const LogTable& t = *r.table;
        QCOMPARE(t.size(), std::size_t{2});
        QCOMPARE(t.level(1), Level::Critical);
        QCOMPARE(s(t.service(1)), QString("database"));
        QCOMPARE(t.latencyMs(1), 8543.21F);
        QCOMPARE(t.statusCode(1), std::uint16_t{503});
        QCOMPARE(s(t.anomalyType(1)), QString("database_outage"));
        QCOMPARE(t.truth(0), Truth::Normal);
    }

    void jsonLinesAliases() {
        const LoadResult r = load("json-lines.aliases.jsonl");
        const LogTable& t = *r.table;
        QCOMPARE(r.report.badLineCount, std::uint64_t{0});
        QCOMPARE(t.size(), std::size_t{5});
        QCOMPARE(iso(t.timestampNs(0)), std::string("2024-01-15T10:30:45.000000Z"));
        QCOMPARE(t.level(0), Level::Warning);
        QCOMPARE(s(t.service(0)), QString("billing"));
        QCOMPARE(s(t.message(0)), QString("retrying charge"));
        QCOMPARE(t.latencyMs(0), 12.5F);
        QCOMPARE(t.statusCode(0), std::uint16_t{429});
        QCOMPARE(s(t.host(0)), QString("node-7"));
        QCOMPARE(QString::fromStdString(t.extra(0)), QString(R"({"attempt":2})"));
        QCOMPARE(iso(t.timestampNs(1)), std::string("2024-01-15T08:30:46.000000Z"));
        QCOMPARE(t.level(1), Level::Error);
        QCOMPARE(s(t.service(1)), QString("scheduler"));
        QCOMPARE(t.latencyMs(1), 250.0F);
        QCOMPARE(t.statusCode(1), std::uint16_t{500});
        QCOMPARE(QString::fromStdString(t.extra(1)),
                 QString(R"({"trace":{"id":"abc","spans":[1,2]}})"));
        QCOMPARE(iso(t.timestampNs(2)), std::string("2024-01-15T10:30:47.123000Z"));
        QCOMPARE(t.level(2), Level::Error); // pino's 50
        QCOMPARE(iso(t.timestampNs(3)), std::string("2024-01-15T10:30:48.250000Z"));
        QCOMPARE(s(t.service(3)), QString("com.example.Orders"));
        QCOMPARE(s(t.source(3)), QString("java"));
        QCOMPARE(t.statusCode(3), std::uint16_t{201});
        QCOMPARE(t.latencyMs(3), 3.0F);
        // A Latin-1 byte is not valid UTF-8: the line is kept, the byte replaced.
        QCOMPARE(s(t.message(4)), QString("latin-1 byte: caf\uFFFD"));
        QCOMPARE(iso(t.timestampNs(4)), std::string("2024-01-15T10:30:49.123456Z"));
    }

    void journalJson() {
        const LoadResult r = load("journal-json.jsonl");
        const LogTable& t = *r.table;
        QCOMPARE(r.report.formatName, std::string("journal-json"));
        QCOMPARE(t.size(), std::size_t{3});
        QCOMPARE(iso(t.timestampNs(0)), std::string("2024-01-15T10:30:45.123456Z"));
        QCOMPARE(t.level(0), Level::Info);
        QCOMPARE(s(t.service(0)), QString("sshd"));
        QCOMPARE(s(t.host(0)), QString("web-1"));
        QCOMPARE(s(t.message(0)),
                 QString("Accepted publickey for deploy from 10.0.0.5 port 52144 ssh2"));
        QCOMPARE(t.level(1), Level::Error);
        QCOMPARE(s(t.service(1)), QString("kernel"));
        QCOMPARE(t.level(2), Level::Warning);
        QCOMPARE(s(t.service(2)), QString("dockerd"));
        QCOMPARE(t.message(2), std::string_view("bin\0ary", 7));
        QVERIFY(QString::fromStdString(t.extra(0)).contains(R"("_PID":"812")"));
    }

    void jsonArraySeed004() {
        const LoadResult r = load("json-array.seed004.json");
        const LogTable& t = *r.table;
        QCOMPARE(r.report.formatName, std::string("json-array"));
        QCOMPARE(r.report.badLineCount, std::uint64_t{0});
        QCOMPARE(t.size(), std::size_t{5});
        QCOMPARE(iso(t.timestampNs(0)), std::string("2023-07-25T10:00:01.000000Z"));
        QCOMPARE(t.level(0), Level::Info);
        QCOMPARE(s(t.message(0)),
                 QString("User authentication: User 'jsmith' logged in successfully"));
        QCOMPARE(t.level(1), Level::Debug);
        QCOMPARE(t.level(2), Level::Error);
        QCOMPARE(t.level(3), Level::Warning);
        QCOMPARE(s(t.message(3)), QString(R"(Disk usage at 91%: "/var" is nearly full)"));
        QCOMPARE(t.timestampNs(4), kNoTimestamp);
        QCOMPARE(s(t.message(4)), QString("no timestamp here, still a message"));
        QCOMPARE(t.lineNumber(0), std::uint64_t{2});
        QCOMPARE(t.lineNumber(4), std::uint64_t{6});
    }

    void bracketedTextSeed002() {
        const LoadResult r = load("bracketed-text.seed002.log");
        const LogTable& t = *r.table;
        QCOMPARE(r.report.formatName, std::string("bracketed-text"));
        QCOMPARE(t.size(), std::size_t{4});
        QCOMPARE(iso(t.timestampNs(0)), std::string("2024-01-15T10:30:45.123456Z"));
        QCOMPARE(t.level(0), Level::Error);
        QCOMPARE(s(t.source(0)), QString("web-server"));
        QCOMPARE(s(t.service(0)), QString("nginx"));
        QCOMPARE(s(t.message(0)), QString("502 Bad Gateway - upstream auth-service unavailable"));
        QCOMPARE(t.latencyMs(0), 3500.5F);
        QCOMPARE(t.statusCode(0), std::uint16_t{502});
        QCOMPARE(t.truth(0), Truth::Anomaly);
        QCOMPARE(s(t.anomalyType(0)), QString("service_outage"));
        QCOMPARE(t.anomalyScore(0), 0.85F);
        QCOMPARE(QString::fromStdString(t.extra(0)), QString(R"({"request_id":"a1b2c3d4"})"));
        QCOMPARE(t.truth(1), Truth::Normal); // the log carries labels: unlabelled lines are normal
        QCOMPARE(t.statusCode(1), std::uint16_t{200});
        QCOMPARE(t.level(2), Level::Warning);
        QCOMPARE(t.statusCode(2), std::uint16_t{0});
        QCOMPARE(t.latencyMs(2), 1200.0F);
        QCOMPARE(s(t.message(3)), QString("Pod health check passed"));
        QVERIFY(std::isnan(t.latencyMs(3)));
    }

    void timestampLevel() {
        const LoadResult r = load("timestamp-level.log");
        const LogTable& t = *r.table;
        QCOMPARE(r.report.formatName, std::string("timestamp-level"));
        QCOMPARE(r.report.badLineCount, std::uint64_t{0});
        QCOMPARE(t.size(), std::size_t{9});
        const Level levels[] = {Level::Info,    Level::Warning,  Level::Error,
                                Level::Debug,   Level::Critical, Level::Info,
                                Level::Warning, Level::Info,     Level::Error};
        const char* messages[] = {"Server started on port 8080",
                                  "Cache miss ratio high: 0.42",
                                  "Connection refused by db-1",
                                  "Polling queue",
                                  "Disk full on /var",
                                  "dfs.DataNode: Receiving block blk_1",
                                  "com.example.App - Deprecated call",
                                  "epoch seconds",
                                  "epoch milliseconds"};
        const char* times[] = {"2024-01-15T10:30:45.000000Z", "2024-01-15T10:30:46.250000Z",
                               "2024-01-15T10:30:47.125000Z", "2024-01-15T10:30:48.000000Z",
                               "2024-01-15T10:30:49.000000Z", "2024-01-15T10:30:50.500000Z",
                               "2024-01-15T10:30:51.000000Z", "2024-01-15T10:30:52.000000Z",
                               "2024-01-15T10:30:53.500000Z"};
        for (std::size_t i = 0; i < 9; ++i) {
            QCOMPARE(t.level(i), levels[i]);
            QCOMPARE(s(t.message(i)), QString(messages[i]));
            QCOMPARE(iso(t.timestampNs(i)), std::string(times[i]));
        }
        QCOMPARE(QString::fromStdString(t.extra(5)), QString(R"({"pid":"148"})"));
        QCOMPARE(QString::fromStdString(t.extra(6)), QString(R"({"thread":"main"})"));
    }

    void apacheErrorLogs() {
        const LoadResult r = loadLogBuffer(
            "[Sun Dec 04 04:47:44 2005] [notice] workerEnv.init() ok\n"
            "[Wed Oct 11 14:32:52.123456 2000] [core:error] [pid 35708:tid 4328636416] AH00124: "
            "Request exceeded the limit\n");
        const LogTable& t = *r.table;
        QCOMPARE(r.report.formatName, std::string("timestamp-level"));
        QCOMPARE(t.size(), std::size_t{2});
        QCOMPARE(t.level(0), Level::Info);
        QCOMPARE(t.level(1), Level::Error);
        QCOMPARE(iso(t.timestampNs(1)), std::string("2000-10-11T14:32:52.123456Z"));
        QCOMPARE(s(t.message(1)),
                 QString("[pid 35708:tid 4328636416] AH00124: Request exceeded the limit"));
    }

    void syslog3164() {
        const LoadResult r = load("syslog-3164.log");
        const LogTable& t = *r.table;
        QCOMPARE(r.report.formatName, std::string("syslog-3164"));
        QCOMPARE(t.size(), std::size_t{6});
        QCOMPARE(t.level(0), Level::Critical); // <34>: auth.crit
        QCOMPARE(s(t.host(0)), QString("mymachine"));
        QCOMPARE(s(t.service(0)), QString("su"));
        QCOMPARE(s(t.message(0)), QString("'su root' failed for lonvick on /dev/pts/8"));
        QCOMPARE(t.level(1), Level::Info); // <13>: user.notice
        QCOMPARE(s(t.service(1)), QString("CRON"));
        QCOMPARE(QString::fromStdString(t.extra(1)), QString(R"({"pid":"5678","facility":1})"));
        QCOMPARE(t.level(2), Level::Unknown); // no PRI
        QCOMPARE(s(t.service(2)), QString("sshd"));
        QCOMPARE(s(t.host(2)), QString("web-1"));
        QCOMPARE(s(t.service(3)), QString("kernel"));
        QCOMPARE(s(t.message(3)), QString("[ 1234.5678] eth0: link up"));
        QCOMPARE(s(t.service(4)), QString());
        QCOMPARE(s(t.message(4)), QString("last message repeated 2 times"));
        QCOMPARE(iso(t.timestampNs(5)), std::string("2024-01-01T00:00:04.123456Z"));
        QCOMPARE(s(t.service(5)), QString("systemd"));
        // Year-less times: December comes before the January lines, so a year earlier.
        const CivilTime dec = fromEpochNanos(t.timestampNs(1));
        const CivilTime jan = fromEpochNanos(t.timestampNs(2));
        const CivilTime oct = fromEpochNanos(t.timestampNs(0));
        QCOMPARE(dec.year + 1, jan.year);
        QCOMPARE(oct.year, dec.year);
        QCOMPARE(dec.month, 12);
        QCOMPARE(jan.hour * 10000 + jan.minute * 100 + jan.second, 1);
    }

    void syslog5424() {
        const LoadResult r = load("syslog-5424.log");
        const LogTable& t = *r.table;
        QCOMPARE(r.report.formatName, std::string("syslog-5424"));
        QCOMPARE(r.report.badLineCount, std::uint64_t{0});
        QCOMPARE(t.size(), std::size_t{5});
        QCOMPARE(iso(t.timestampNs(0)), std::string("2003-10-11T22:14:15.003000Z"));
        QCOMPARE(t.level(0), Level::Critical);
        QCOMPARE(s(t.host(0)), QString("mymachine.example.com"));
        QCOMPARE(s(t.service(0)), QString("su"));
        QCOMPARE(s(t.message(0)), QString("'su root' failed for lonvick on /dev/pts/8"));
        QCOMPARE(QString::fromStdString(t.extra(0)), QString(R"({"facility":4,"msgid":"ID47"})"));
        QCOMPARE(iso(t.timestampNs(1)), std::string("2003-08-24T12:14:15.000003Z"));
        QCOMPARE(t.level(1), Level::Info);
        QCOMPARE(s(t.service(1)), QString("myproc"));
        QCOMPARE(s(t.message(2)), QString("An application event log entry..."));
        QVERIFY(QString::fromStdString(t.extra(2)).contains("eventSource=\\\"Application\\\""));
        QCOMPARE(s(t.host(3)), QString());
        QCOMPARE(t.level(3), Level::Error);
        QCOMPARE(s(t.message(3)), QString());
        QCOMPARE(s(t.message(4)), QString("BOM message"));
        QCOMPARE(QString::fromStdString(t.extra(4)),
                 QString("{\"facility\":1,\"procid\":\"99\",\"msgid\":\"REQ\","
                         "\"structured_data\":\"[meta a=\\\"x\\\\\\\"]y\\\"]\"}"));
    }

    void accessLogCombined() {
        const LoadResult r = load("access-log.combined.log");
        const LogTable& t = *r.table;
        QCOMPARE(r.report.formatName, std::string("access-log"));
        QCOMPARE(t.size(), std::size_t{4});
        QCOMPARE(iso(t.timestampNs(0)), std::string("2000-10-10T20:55:36.000000Z"));
        QCOMPARE(s(t.message(0)), QString("GET /apache_pb.gif HTTP/1.0"));
        QCOMPARE(t.statusCode(0), std::uint16_t{200});
        QCOMPARE(t.level(0), Level::Info);
        QVERIFY(std::isnan(t.latencyMs(0)));
        QCOMPARE(QString::fromStdString(t.extra(0)),
                 QString("{\"client\":\"192.168.1.10\",\"user\":\"frank\",\"bytes\":\"2326\","
                         "\"referer\":\"http://www.example.com/start.html\",\"user_agent\":"
                         "\"Mozilla/4.08 [en] (Win98; I ;Nav)\"}"));
        QCOMPARE(t.statusCode(1), std::uint16_t{503});
        QCOMPARE(t.level(1), Level::Error);
        QCOMPARE(t.latencyMs(1), 2345.0F);
        QCOMPARE(t.level(2), Level::Warning);
        QCOMPARE(t.latencyMs(2), 12.0F);
        QCOMPARE(t.latencyMs(3), 1.5F); // Apache's %D: microseconds
    }

    void accessLogCommonAndVirtualHost() {
        const LoadResult r = load("access-log.common.log");
        const LogTable& t = *r.table;
        QCOMPARE(t.size(), std::size_t{3});
        QCOMPARE(t.statusCode(1), std::uint16_t{404});
        QCOMPARE(s(t.service(2)), QString("www.example.com"));
        QCOMPARE(t.level(2), Level::Error);
        QCOMPARE(s(t.message(2)), QString("GET /admin HTTP/2.0"));
    }

    void logfmt() {
        const LoadResult r = load("logfmt.log");
        const LogTable& t = *r.table;
        QCOMPARE(r.report.formatName, std::string("logfmt"));
        QCOMPARE(t.size(), std::size_t{3});
        QCOMPARE(iso(t.timestampNs(0)), std::string("2024-01-15T10:30:45.000000Z"));
        QCOMPARE(t.level(0), Level::Info);
        QCOMPARE(s(t.message(0)), QString("user logged in"));
        QCOMPARE(s(t.service(0)), QString("auth"));
        QCOMPARE(t.latencyMs(0), 12.0F);
        QCOMPARE(QString::fromStdString(t.extra(0)), QString(R"({"user_id":"42"})"));
        QCOMPARE(t.level(1), Level::Error);
        QCOMPARE(s(t.message(1)), QString(R"(payment "declined")"));
        QCOMPARE(s(t.service(1)), QString("payment"));
        QCOMPARE(t.statusCode(1), std::uint16_t{402});
        QCOMPARE(t.latencyMs(1), 87.5F);
        QCOMPARE(iso(t.timestampNs(2)), std::string("2024-01-15T10:30:47.000000Z"));
        QCOMPARE(t.level(2), Level::Warning);
        QCOMPARE(s(t.service(2)), QString("scheduler"));
        QCOMPARE(s(t.host(2)), QString("node-3"));
        QCOMPARE(t.latencyMs(2), 1500.0F);
    }

    void userFormatString() {
        const LoadResult r = load("timestamp-level.log", "<Date> <Time> <Level> <Content>");
        QCOMPARE(r.report.formatName, std::string("<Date> <Time> <Level> <Content>"));
        QVERIFY(r.report.inputs.at(0).formatForced);
        const LogTable& t = *r.table;
        QCOMPARE(iso(t.timestampNs(0)), std::string("2024-01-15T10:30:45.000000Z"));
        QCOMPARE(t.level(0), Level::Info);
        QCOMPARE(s(t.message(0)), QString("Server started on port 8080"));

        // A line the format does not match is a bad line, with the reason.
        LoadOptions options;
        options.format = "<Date> <Time> <Level> <Content>";
        options.useSavedFormats = false;
        const LoadResult mixed =
            loadLogBuffer("2024-01-15 10:30:45 INFO ok\nshort line\n", options);
        QCOMPARE(mixed.table->size(), std::size_t{1});
        QCOMPARE(mixed.report.badLineCount, std::uint64_t{1});
        QCOMPARE(mixed.report.badLines[0].lineNumber, std::uint64_t{2});
        QVERIFY(QString::fromStdString(mixed.report.badLines[0].reason).contains("does not match"));
    }

    void userFormatMapsWellKnownFields() {
        const std::string bytes = "- 1117838570 2005.06.03 R02-M1-N0 2005-06-03-15.42.50.675872 "
                                  "R02-M1-N0 RAS KERNEL INFO cache parity error corrected\n"
                                  "KERNDTLB 1117838573 2005.06.03 R02-M1-N1 "
                                  "2005-06-03-15.42.53.276129 R02-M1-N1 RAS KERNEL FATAL data "
                                  "TLB error\n";
        LoadOptions options;
        options.format = "<Label> <Timestamp> <Date> <Node> <Time> <NodeRepeat> <Type> "
                         "<Component> <Level> <Content>";
        options.useSavedFormats = false;
        const LoadResult r = loadLogBuffer(bytes, options);
        const LogTable& t = *r.table;
        QCOMPARE(t.size(), std::size_t{2});
        QCOMPARE(iso(t.timestampNs(0)), std::string("2005-06-03T15:42:50.675872Z"));
        QCOMPARE(t.truth(0), Truth::Normal);
        QCOMPARE(t.truth(1), Truth::Anomaly);
        QCOMPARE(s(t.anomalyType(1)), QString("KERNDTLB"));
        QCOMPARE(t.level(1), Level::Critical);
        QCOMPARE(s(t.host(1)), QString("R02-M1-N1"));
        QCOMPARE(s(t.service(1)), QString("KERNEL"));
        QCOMPARE(s(t.message(1)), QString("data TLB error"));
        QCOMPARE(QString::fromStdString(t.extra(1)),
                 QString(R"({"NodeRepeat":"R02-M1-N1","Type":"RAS"})"));
    }
};

QTEST_APPLESS_MAIN(TestFormats)
#include "test_formats.moc"
