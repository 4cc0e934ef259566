// `logscope analyze`: the seed 003 report, --json OUT, --scores, --config, --episodes and the
// view-filter options, run as a user would.
#include "../support/logscope_process.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using cli_test::Run;

Run logscope(const QStringList& arguments) {
    return cli_test::runLogscope(arguments);
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestAnalyzeCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_log;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() {
        m_log = path(QStringLiteral("gen.jsonl"));
        QCOMPARE(logscope({"generate", "--total", "20000", "--output-path", m_log}).exitCode, 0);
    }

    void textReportHasSeed003Sections() {
        const Run run = logscope({"analyze", m_log});
        QCOMPARE(run.exitCode, 0);
        for (const char* section :
             {"SYSTEM HEALTH OVERVIEW", "PERFORMANCE METRICS", "ANOMALY DETECTION",
              "Top 5 Anomalies", "ERROR PATTERNS", "INCIDENTS", "SERVICE HEALTH BREAKDOWN",
              "RECOMMENDATIONS", "Health Score:", "P95 Response Time:"})
            QVERIFY2(run.out.contains(section), section);
    }

    void jsonToAFileAndScores() {
        const QString json = path(QStringLiteral("out.json"));
        const QString scores = path(QStringLiteral("scores.csv"));
        // The issue's spelling: FILE --json OUT.
        const Run run = logscope({"analyze", m_log, "--json", json, "--scores", scores});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("SYSTEM HEALTH OVERVIEW")); // the text report still prints
        const QJsonObject doc = QJsonDocument::fromJson(readAll(json)).object();
        const QJsonArray files = doc.value("input").toObject().value("files").toArray();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().toObject().value("path").toString(), m_log);
        QCOMPARE(doc.value("total_lines").toInt(), 20000);
        for (const char* key : {"summary", "services", "patterns", "incidents", "anomalies",
                                "timings_ms", "levels", "input"})
            QVERIFY2(doc.contains(key), key);
        const QJsonObject summary = doc.value("summary").toObject();
        for (const char* key :
             {"health", "status", "error_rate", "success_rate", "p50_ms", "p95_ms", "p99_ms"})
            QVERIFY2(summary.contains(key), key);
        const QList<QByteArray> lines = readAll(scores).split('\n');
        QCOMPARE(lines.first(), QByteArray("line,score,is_anomaly"));
        QCOMPARE(lines.size(), 20000 + 2); // header, lines, empty tail
        QVERIFY(lines[1].startsWith("1,0."));

        // --json before FILE works too, and --json alone prints to stdout.
        QCOMPARE(logscope({"analyze", "--json", json, m_log}).exitCode, 0);
        const Run toStdout = logscope({"analyze", "--json", m_log});
        QCOMPARE(QJsonDocument::fromJson(toStdout.out).object().value("total_lines").toInt(),
                 20000);
    }

    void configChangesThresholdsAndRejectsMistakes() {
        const QString config = path(QStringLiteral("config.json"));
        writeAll(config, R"({"isolation_forest": {"contamination": 0.01, "top_anomalies": 3}})");
        Run run = logscope({"analyze", "--json", m_log, "--config", config});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(doc.value("anomalies").toArray().size(), 3);
        QCOMPARE(doc.value("summary").toObject().value("forest_outliers").toInt(), 200);

        writeAll(config, R"({"incidents": {"high_error_rate": "high"}})");
        run = logscope({"analyze", m_log, "--config", config});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("incidents.high_error_rate: expected a number"), run.err);
    }

    void filtersAndEpisodes() {
        Run run = logscope(
            {"analyze", "--json", m_log, "--service", "database", "--min-level", "WARNING"});
        QCOMPARE(run.exitCode, 0);
        QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        const QJsonArray services = doc.value("services").toArray();
        QCOMPARE(services.size(), 1);
        QCOMPARE(services.first().toObject().value("name").toString(), QStringLiteral("database"));
        QVERIFY(doc.value("levels").toObject().value("INFO").isUndefined());

        const QString episodes = path(QStringLiteral("episodes.json"));
        writeAll(episodes, R"([{"id": "e1", "type": "error_spike", "start": "2024-10-28T10:00:00Z",
                               "end": "2024-10-28T10:20:00Z", "services": ["database"]}])");
        run = logscope({"analyze", "--json", m_log, "--episodes", episodes});
        QCOMPARE(run.exitCode, 0);
        doc = QJsonDocument::fromJson(run.out).object();
        const QJsonObject evaluation = doc.value("evaluation").toObject();
        QCOMPARE(evaluation.value("episodes").toObject().value("count").toInt(), 1);
        QCOMPARE(evaluation.value("episodes").toObject().value("source").toString(),
                 QStringLiteral("episodes file"));

        writeAll(episodes, R"([{"start": "yesterday"}])");
        run = logscope({"analyze", m_log, "--episodes", episodes});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("episodes[0].start"), run.err);
        run = logscope({"analyze", m_log, "--from", "noon"});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestAnalyzeCli)
#include "test_analyze_cli.moc"
