// Generator output: determinism (same seed + scenario => the same bytes, however the caller
// batches), the four formats, the episodes file, and rotation that keeps every line once.
#include "core/generator/output/episodes_file.h"
#include "core/time/civil_time.h"
#include "generator_test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace generator_test;

namespace {

std::string renderProfile(std::string_view profile, std::uint64_t total, std::uint64_t seed,
                          OutputFormat format = OutputFormat::JsonLines) {
    const auto s = scenarioOf(profile);
    LogGenerator generator(s, simulated(*s, total, std::nullopt, seed));
    return render(generator, format);
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestGeneratorOutput : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameSeedSameBytes_data() {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("format");
        for (const char* profile : {"microservices", "web", "metrics", "basic"}) {
            for (const OutputFormat format : {OutputFormat::JsonLines, OutputFormat::Text,
                                              OutputFormat::AccessLog, OutputFormat::Syslog}) {
                if (format == OutputFormat::AccessLog && QByteArray(profile) == "metrics")
                    continue;
                QTest::addRow("%s/%s", profile, std::string(outputFormatName(format)).c_str())
                    << profile << static_cast<int>(format);
            }
        }
    }
    void sameSeedSameBytes() {
        QFETCH(QString, profile);
        QFETCH(int, format);
        const auto fmt = static_cast<OutputFormat>(format);
        const std::string a = renderProfile(profile.toStdString(), 20'000, 7, fmt);
        QCOMPARE(lines(a).size(), std::size_t{20'000});
        QVERIFY(a == renderProfile(profile.toStdString(), 20'000, 7, fmt));
        QVERIFY(a != renderProfile(profile.toStdString(), 20'000, 8, fmt));
    }

    void batchSizesDoNotChangeTheOutput() {
        // Random episodes are drawn per batch_size lines of output, not per call.
        const auto s = scenarioOf("microservices", R"({"anomalies": {"probability": 0.2}})");
        std::vector<std::string> runs;
        for (const std::size_t chunk : {std::size_t{1}, std::size_t{7}, std::size_t{4096}}) {
            LogGenerator generator(s, simulated(*s, 30'000, std::nullopt, 3));
            const auto writer = makeRecordWriter(OutputFormat::JsonLines, *s, true);
            LineBuffer buffer;
            for (const GeneratedRecord& record : collect(generator, chunk))
                writer->append(buffer, record);
            runs.emplace_back(buffer.view());
        }
        QVERIFY(runs[0] == runs[1]);
        QVERIFY(runs[1] == runs[2]);
        QVERIFY(runs[0].find("\"is_anomaly\":true") != std::string::npos);
    }

    void jsonLinesHaveTheProfilesShape_data() {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("microservices")
            << "microservices"
            << QStringList{"timestamp",        "level",       "service",    "message",
                           "response_time_ms", "status_code", "ip_address", "_labels"};
        QTest::newRow("web") << "web"
                             << QStringList{
                                    "timestamp",   "level",      "source",     "service",
                                    "message",     "request_id", "ip_address", "response_time_ms",
                                    "status_code", "endpoint",   "method",     "error_code",
                                    "_labels"};
        QTest::newRow("metrics") << "metrics" << QStringList{"timestamp", "server",    "component",
                                                             "value",     "anomalous", "_labels"};
        QTest::newRow("basic") << "basic" << QStringList{"timestamp", "service", "level",
                                                         "message",   "context", "_labels"};
    }
    void jsonLinesHaveTheProfilesShape() {
        QFETCH(QString, profile);
        QFETCH(QStringList, keys);
        const auto s = quietScenario(profile.toStdString());
        LogGenerator generator(s, simulated(*s, 2000));
        const std::string text = render(generator);
        for (const std::string_view line : lines(text)) {
            const QJsonObject o = parseLine(line);
            QVERIFY2(!o.isEmpty(), std::string(line).c_str());
            QCOMPARE(o.keys().size(), keys.size());
            for (const QString& key : keys)
                QVERIFY2(o.contains(key), qPrintable(key));
            const QJsonObject labels = o.value(QStringLiteral("_labels")).toObject();
            QCOMPARE(labels.keys(),
                     (QStringList{"anomaly_score", "anomaly_type", "episode_id", "is_anomaly"}));
        }
        // Keys come in the scenario's order.
        const std::string_view first = lines(text).front();
        QVERIFY(first.find("\"timestamp\"") == 1);
    }

    void seedShapesInDetail() {
        // Seed 000: one line a second from 12:00:00, ISO time with Z, context ids in range.
        std::string text = renderProfile("basic", 3, 42);
        auto rows = lines(text);
        QVERIFY(rows[0].find("\"timestamp\":\"2024-08-03T12:00:00Z\"") != std::string::npos);
        QVERIFY(rows[1].find("\"timestamp\":\"2024-08-03T12:00:01Z\"") != std::string::npos);
        for (const std::string_view row : rows) {
            const QJsonObject o = parseLine(row);
            const QJsonObject context = o.value(QStringLiteral("context")).toObject();
            const QString service = o.value(QStringLiteral("service")).toString();
            const QString key = service == QLatin1String("auth") ? QStringLiteral("user_id")
                                                                 : QStringLiteral("order_id");
            const int id = context.value(key).toInt();
            QVERIFY(service == QLatin1String("auth") ? (id >= 100 && id <= 199)
                                                     : (id >= 500 && id <= 599));
            QVERIFY(QStringList({"INFO", "WARN", "ERROR"})
                        .contains(o.value(QStringLiteral("level")).toString()));
        }
        // Seed 001: every server reports every component, values in range.
        text = renderProfile("metrics", 900, 42);
        std::map<QString, int> perSeries;
        for (const std::string_view row : lines(text)) {
            const QJsonObject o = parseLine(row);
            ++perSeries[o.value(QStringLiteral("server")).toString() + "/" +
                        o.value(QStringLiteral("component")).toString()];
            const double value = o.value(QStringLiteral("value")).toDouble();
            if (!o.value(QStringLiteral("anomalous")).toBool())
                QVERIFY(value >= 0.0 && value <= 100.0);
        }
        QCOMPARE(perSeries.size(), std::size_t{9});
        // Seed 002: request ids are UUIDs, sources own their services.
        text = renderProfile("web", 200, 42);
        const QRegularExpression uuid(QStringLiteral(
            "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        for (const std::string_view row : lines(text)) {
            const QJsonObject o = parseLine(row);
            QVERIFY(uuid.match(o.value(QStringLiteral("request_id")).toString()).hasMatch());
            QVERIFY(QStringList({"web-server", "application", "database", "infrastructure"})
                        .contains(o.value(QStringLiteral("source")).toString()));
        }
    }

    void textFormatIsSeed002s() {
        const auto s = scenarioOf("web", R"({"anomalies": {"schedule": [
            {"type": "error_spike", "at": "2s", "duration": "3s", "services": ["nginx"]}]}})");
        LogGenerator generator(s, simulated(*s, 1000));
        const std::string text = render(generator, OutputFormat::Text);
        const QRegularExpression line(QStringLiteral(
            R"re(^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\] \[(INFO|WARNING|ERROR|CRITICAL) *\] )re"
            R"re(\[[a-z-]+/[a-z-]+\] \[[0-9a-f]{8}\] .+ \(\d+\.\d\dms\) \[\d{3}\]( \[ANOMALY:[a-z_]+:\d\.\d\d\])?$)re"));
        int anomalies = 0;
        for (const std::string_view row : lines(text)) {
            const QString q = QString::fromStdString(std::string(row));
            QVERIFY2(line.match(q).hasMatch(), qPrintable(q));
            anomalies += q.contains(QStringLiteral("[ANOMALY:error_spike:")) ? 1 : 0;
            QCOMPARE(q.indexOf(QStringLiteral("] [")), 27); // level column padded to 8
        }
        QVERIFY(anomalies > 0);
    }

    void accessLogIsNginxCombined() {
        const auto s = scenarioOf("microservices");
        LogGenerator generator(s, simulated(*s, 3000, kNanosPerHour));
        injectAt(generator, "sql_injection", 10 * kNanosPerMinute, 20 * kNanosPerMinute, {},
                 {{"rate_factor", 1.0}});
        const std::string text = render(generator, OutputFormat::AccessLog);
        const QRegularExpression combined(QStringLiteral(
            R"re(^(\d+\.\d+\.\d+\.\d+|-) - (\S+) \[\d\d/[A-Z][a-z]{2}/\d{4}:\d\d:\d\d:\d\d \+0000\] )re"
            R"re("([A-Z]+) ([^"]*) HTTP/1\.1" (\d{3}) (\d+) "-" "([^"]*)" rt=\d+\.\d{3} )re"
            R"re(anomaly=([a-z_]+|-) score=\d\.\d\d episode=(\d+|-)$)re"));
        int injections = 0;
        for (const std::string_view row : lines(text)) {
            const QString q = QString::fromStdString(std::string(row));
            const auto match = combined.match(q);
            QVERIFY2(match.hasMatch(), qPrintable(q));
            // Payload quotes are escaped the way nginx does, so the quoted request stays intact.
            if (match.captured(8) == QLatin1String("security_threat"))
                ++injections;
        }
        QVERIFY(injections > 10);
        QVERIFY(text.find("\\x22") != std::string::npos ||
                text.find("UNION SELECT") != std::string::npos);
    }

    void syslogIsRfc5424() {
        for (const char* profile : {"microservices", "metrics"}) {
            const std::string text = renderProfile(profile, 500, 1, OutputFormat::Syslog);
            const QRegularExpression line(QStringLiteral(
                R"re(^<1(2[89]|3[0-5])>1 \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z \S+ \S+ - - )re"
                "\\[(req|metric)@32473( [a-z_]+=\"([^\"\\\\\\]]|\\\\.)*\")+\\]" // plain: moc trips
                                                                                // on this raw
                                                                                // string
                R"re(\[labels@32473 is_anomaly="(true|false)" anomaly_type="[a-z_]*" )re"
                R"re(anomaly_score="\d\.\d\d" episode_id="\d*"\] [A-Z]+ .+$)re"));
            for (const std::string_view row : lines(text)) {
                const QString q = QString::fromStdString(std::string(row));
                QVERIFY2(line.match(q).hasMatch(), qPrintable(q));
            }
        }
    }

    void noLabelsMeansNoGroundTruthAnywhere() {
        const auto s = scenarioOf("metrics");
        for (const OutputFormat format :
             {OutputFormat::JsonLines, OutputFormat::Text, OutputFormat::Syslog}) {
            LogGenerator generator(s, simulated(*s, 20'000));
            const std::string text = render(generator, format, false);
            QVERIFY(text.find("_labels") == std::string::npos);
            QVERIFY(text.find("anomalous") == std::string::npos);
            QVERIFY(text.find("ANOMALY:") == std::string::npos);
            QVERIFY(text.find("labels@") == std::string::npos);
            QVERIFY(!generator.episodes().empty()); // the episodes still happened
        }
    }

    void rotationKeepsEveryLineExactlyOnce() {
        QTemporaryDir dir;
        const auto s = scenarioOf("microservices");
        LogGenerator reference(s, simulated(*s, 20'000));
        const std::string expected = render(reference);

        const std::string path = dir.filePath(QStringLiteral("rot.jsonl")).toStdString();
        // A leftover part of an earlier run must not be mistaken for this run's.
        QFile stale(QString::fromStdString(path + ".9"));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        LogGenerator generator(s, simulated(*s, 20'000));
        GenerateOutput output;
        output.path = path;
        output.rotateBytes = 64 * 1024;
        const GenerateSummary summary = runGenerate(generator, output);
        QVERIFY2(summary.ok(), summary.error.c_str());
        QVERIFY(summary.files > 10);
        QByteArray joined;
        for (std::uint64_t part = 1; part < summary.files; ++part) {
            const QByteArray bytes =
                readAll(QString::fromStdString(path + "." + std::to_string(part)));
            QVERIFY(!bytes.isEmpty());
            QVERIFY(bytes.size() <= 64 * 1024);
            QVERIFY(bytes.endsWith('\n'));
            joined += bytes;
        }
        const QByteArray current = readAll(QString::fromStdString(path));
        QVERIFY(current.size() <= 64 * 1024 && current.endsWith('\n'));
        joined += current;
        QCOMPARE(joined.size(), static_cast<qsizetype>(expected.size()));
        QVERIFY(joined == QByteArray::fromStdString(expected));
        QVERIFY(!QFile::exists(QString::fromStdString(path + "." + std::to_string(summary.files))));
    }

    void rotationNeverSplitsARecordLargerThanTheLimit() {
        QTemporaryDir dir;
        const auto s = scenarioOf("microservices");
        LogGenerator generator(s, simulated(*s, 50));
        GenerateOutput output;
        output.path = dir.filePath(QStringLiteral("tiny.jsonl")).toStdString();
        output.rotateBytes = 10; // smaller than any record
        const GenerateSummary summary = runGenerate(generator, output);
        QVERIFY(summary.ok());
        QCOMPARE(summary.files, std::uint64_t{50});
        for (std::uint64_t part = 1; part < 50; ++part) {
            const QByteArray bytes =
                readAll(QString::fromStdString(output.path + "." + std::to_string(part)));
            QCOMPARE(bytes.count('\n'), 1);
            QVERIFY(!parseLine(bytes.toStdString()).isEmpty());
        }
    }

    void episodesFileDescribesTheRun() {
        QTemporaryDir dir;
        const auto s = scenarioOf("microservices");
        LogGenerator generator(s, simulated(*s, 100'800, std::nullopt, 5));
        GenerateOutput output;
        output.path = dir.filePath(QStringLiteral("run.jsonl")).toStdString();
        output.labels = false; // the episodes file is written anyway
        const GenerateSummary summary = runGenerate(generator, output);
        QVERIFY(summary.ok());
        QCOMPARE(summary.episodesPath, output.path + ".episodes.json");
        const QJsonObject root =
            QJsonDocument::fromJson(readAll(QString::fromStdString(summary.episodesPath))).object();
        QCOMPARE(root.value(QStringLiteral("profile")).toString(), QStringLiteral("microservices"));
        QCOMPARE(root.value(QStringLiteral("seed")).toInt(), 5);
        QCOMPARE(root.value(QStringLiteral("lines")).toInt(), 100'800);
        QCOMPARE(root.value(QStringLiteral("labels")).toBool(), false);
        QCOMPARE(root.value(QStringLiteral("start")).toString(),
                 QStringLiteral("2024-10-27T14:30:00.000000Z"));
        QCOMPARE(root.value(QStringLiteral("end")).toString(),
                 QStringLiteral("2024-11-03T14:30:00.000000Z"));
        const QJsonArray episodes = root.value(QStringLiteral("episodes")).toArray();
        QCOMPARE(static_cast<std::size_t>(episodes.size()), summary.episodes);
        QVERIFY(episodes.size() >= 3); // at least the profile's schedule
        QString previous;
        for (const QJsonValue& value : episodes) {
            const QJsonObject e = value.toObject();
            for (const char* key : {"id", "type", "variant", "origin", "start", "end", "services",
                                    "lines", "parameters"})
                QVERIFY2(e.contains(QLatin1String(key)), key);
            QVERIFY(e.value(QStringLiteral("start")).toString() >= previous);
            previous = e.value(QStringLiteral("start")).toString();
            QVERIFY(e.value(QStringLiteral("end")).toString() > previous);
            QVERIFY(!e.value(QStringLiteral("services")).toArray().isEmpty());
            if (e.value(QStringLiteral("type")).toString() == QLatin1String("cascading_failure"))
                QVERIFY(e.contains(QStringLiteral("onsets")));
        }
    }

    void writeErrorsAreReported() {
        const auto s = scenarioOf("basic");
        LogGenerator generator(s, simulated(*s, 10));
        GenerateOutput output;
        output.path = "/no/such/dir/out.jsonl";
        const GenerateSummary summary = runGenerate(generator, output);
        QVERIFY(!summary.ok());
        QVERIFY(summary.error.find("/no/such/dir/out.jsonl: cannot create") == 0);
        // A sink that refuses stops the run at once.
        LogGenerator again(s, simulated(*s, 10'000));
        int calls = 0;
        GenerateOutput refusing;
        refusing.toStdout = true;
        refusing.stdoutSink = [&calls](std::string_view) {
            ++calls;
            return false;
        };
        QVERIFY(!runGenerate(again, refusing).ok());
        QCOMPARE(calls, 1);
    }
};

QTEST_APPLESS_MAIN(TestGeneratorOutput)
#include "test_generator_output.moc"
