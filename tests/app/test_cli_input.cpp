// The command line's input side: --format, --timings, several inputs, folders, stdin, the
// `input` and `timings_ms` objects of --json, and `logscope formats`.
#include "../support/logscope_process.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kData = QStringLiteral(LOGSCOPE_TEST_DATA_DIR "/formats/");

using cli_test::Run;

} // namespace

class TestCliInput : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    Run logscope(const QStringList& arguments, const QByteArray& input = {}) {
        cli_test::RunOptions options;
        options.input = input;
        options.extraEnvironment.insert(QStringLiteral("LOGSCOPE_FORMATS_FILE"),
                                        m_dir.filePath("formats.json"));
        return cli_test::runLogscope(arguments, options);
    }

    QJsonObject analyzeJson(const QStringList& arguments, const QByteArray& input = {}) {
        const Run run = logscope(QStringList{"analyze", "--json"} + arguments, input);
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return QJsonDocument::fromJson(run.out).object();
    }

private Q_SLOTS:
    void jsonDescribesTheInput() {
        const QJsonObject doc = analyzeJson({kData + "bad_mixed.jsonl"});
        const QJsonObject input = doc.value("input").toObject();
        QCOMPARE(input.value("format").toString(), QString("json-lines"));
        QCOMPARE(input.value("confidence").toDouble(), 0.6);
        QCOMPARE(input.value("lines").toInt(), 10);
        QCOMPARE(input.value("parsed_lines").toInt(), 6);
        QCOMPARE(input.value("bad_lines").toInt(), 4);
        const QJsonArray bad = input.value("bad_line_samples").toArray();
        QCOMPARE(bad.size(), 4);
        QCOMPARE(bad[0].toObject().value("line").toInt(), 3);
        QVERIFY(bad[0].toObject().value("file").toString().endsWith("bad_mixed.jsonl"));
        QVERIFY(!bad[0].toObject().value("reason").toString().isEmpty());
        const QJsonArray files = input.value("files").toArray();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files[0].toObject().value("bad_lines").toInt(), 4);
        const QJsonObject timings = doc.value("timings_ms").toObject();
        for (const char* phase : {"read", "detect", "parse", "index", "analysis"})
            QVERIFY2(timings.contains(phase), phase);
        QCOMPARE(doc.value("total_lines").toInt(), 6);
    }

    void timingsArePrinted() {
        const Run run = logscope({"analyze", "--timings", kData + "syslog-3164.log"});
        QCOMPARE(run.exitCode, 0);
        for (const char* phase : {"read: ", "parse: ", "analysis: ", "total: "})
            QVERIFY2(run.err.contains(phase), run.err.constData());
        QVERIFY(run.out.contains("LINES PER SERVICE"));
    }

    void formatCanBeForcedByNameOrFormatString() {
        QJsonObject input = analyzeJson({"--format", "plain", kData + "json-lines.seed000.jsonl"})
                                .value("input")
                                .toObject();
        QCOMPARE(input.value("format").toString(), QString("plain"));
        QVERIFY(input.value("format_forced").toBool());
        input = analyzeJson(
                    {"--format", "<Date> <Time> <Level> <Content>", kData + "timestamp-level.log"})
                    .value("input")
                    .toObject();
        QCOMPARE(input.value("format").toString(), QString("<Date> <Time> <Level> <Content>"));
        const Run bad = logscope({"analyze", "--format", "yaml", kData + "logfmt.log"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("unknown format 'yaml'"));
        const Run broken = logscope({"analyze", "--format", "<Date> (<Content>", "x.log"});
        QCOMPARE(broken.exitCode, 2);
        QVERIFY(broken.err.contains("invalid format"));
    }

    void severalInputsAndFoldersAreMerged() {
        QJsonObject doc = analyzeJson(
            {kData + "merge/app-a.log", kData + "merge/app-b.log", kData + "merge/app-c.jsonl"});
        QCOMPARE(doc.value("total_lines").toInt(), 11);
        QJsonObject input = doc.value("input").toObject();
        QCOMPARE(input.value("files").toArray().size(), 3);
        QCOMPARE(input.value("format").toString(), QString("mixed: timestamp-level, json-lines"));
        QCOMPARE(doc.value("first_timestamp").toString(), QString("2024-01-15T10:00:00.000000Z"));
        QCOMPARE(doc.value("last_timestamp").toString(), QString("2024-01-15T10:00:06.000000Z"));
        QVERIFY(doc.value("timings_ms").toObject().contains("merge"));
        doc = analyzeJson({kData + "merge"});
        QCOMPARE(doc.value("total_lines").toInt(), 11);
    }

    void standardInputIsAnInput() {
        QFile file(kData + "syslog-5424.log");
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject doc = analyzeJson({"-"}, file.readAll());
        QCOMPARE(doc.value("total_lines").toInt(), 5);
        const QJsonObject input = doc.value("input").toObject();
        QCOMPARE(input.value("format").toString(), QString("syslog-5424"));
        QCOMPARE(input.value("files").toArray()[0].toObject().value("path").toString(),
                 QString("-"));
        // Compressed bytes on standard input are recognised too.
        QFile gz(kData + "timestamp-level.compressed.log.gz");
        QVERIFY(gz.open(QIODevice::ReadOnly));
        QCOMPARE(analyzeJson({"-"}, gz.readAll()).value("total_lines").toInt(), 300);
    }

    void truncatedArchiveWarnsAndLoadsWhatItCan() {
        const Run run = logscope({"analyze", kData + "bad_truncated.log.gz"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("warning") && run.err.contains("truncated gzip data"),
                 run.err.constData());
    }

    void binaryInputFailsClearly() {
        const Run run = logscope({"analyze", kData + "bad_binary.bin"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("does not look like a text log"));
    }

    void savedFormatsByName() {
        Run run =
            logscope({"formats", "save", "pipes", "<Time>\\|<Level>\\|<Component>\\|<Content>"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("saved format 'pipes'"));
        run = logscope({"formats"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("json-lines"));
        QVERIFY(run.out.contains("syslog-5424"));
        QVERIFY(run.out.contains("pipes"));

        const QString log = m_dir.filePath("pipes.log");
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("2024-01-15T10:30:45Z|ERROR|billing|card declined\n"
                   "2024-01-15T10:30:46Z|INFO|billing|card accepted\n");
        file.close();
        run = logscope({"formats", "detect", log});
        QVERIFY2(run.out.contains("pipes (confidence 1.00"), run.out.constData());
        QJsonObject doc = analyzeJson({"--format", "pipes", log});
        QCOMPARE(doc.value("error_lines").toInt(), 1);
        QCOMPARE(doc.value("input").toObject().value("format").toString(), QString("pipes"));

        run = logscope({"formats", "save", "json", "<Content>"});
        QCOMPARE(run.exitCode, 2);
        run = logscope({"formats", "remove", "pipes"});
        QCOMPARE(run.exitCode, 0);
        run = logscope({"formats", "remove", "pipes"});
        QCOMPARE(run.exitCode, 1);
    }

    void reportTakesTheSameInputOptions() {
        const QString png = m_dir.filePath("merged.png");
        const Run run = logscope({"report", "--timings", "--format", "timestamp-level",
                                  kData + "merge/app-a.log", kData + "merge/app-b.log", "-o", png});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("render: "), run.err.constData());
        QCOMPARE(QImage(png).size(), QSize(1993, 1390));
    }

    void helpMentionsTheInputOptions() {
        for (const char* command : {"analyze", "report"}) {
            const Run run = logscope({command, "--help"});
            QCOMPARE(run.exitCode, 0);
            QVERIFY(run.out.contains("--format"));
            QVERIFY(run.out.contains("--timings"));
            QVERIFY(run.out.contains("FILE..."));
        }
        const Run formats = logscope({"formats", "--help"});
        QCOMPARE(formats.exitCode, 0);
        QVERIFY(formats.out.contains("detect"));
    }
};

QTEST_GUILESS_MAIN(TestCliInput)
#include "test_cli_input.moc"
