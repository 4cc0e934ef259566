// Detection picks the right format for every fixture, with a confidence; users can force a
// format by name or format string, and save named formats that detection then knows.
#include "core/formats/format_detector.h"
#include "core/formats/format_registry.h"
#include "core/formats/log_loader.h"
#include "core/io/input_reader.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace logscope::core;

namespace {

const QString kDir = QStringLiteral(LOGSCOPE_TEST_DATA_DIR "/formats");

Detection detectFile(const QString& path, const SavedFormats& saved = {}) {
    const InputData input = readInput(path.toStdString());
    return detectFormat(input.bytes, detectionCandidates(saved));
}

} // namespace

class TestFormatDetection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void detectsEveryFixture_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        // Fixtures are named after the format they are in: <format>[.variant].<ext>.
        const QStringList files = QDir(kDir).entryList(QDir::Files, QDir::Name);
        int count = 0;
        for (const QString& name : files) {
            if (name.startsWith(QLatin1String("bad_")))
                continue;
            QTest::newRow(qPrintable(name)) << name << name.section(QLatin1Char('.'), 0, 0);
            ++count;
        }
        QVERIFY(count >= 16);
    }
    void detectsEveryFixture() {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const Detection d = detectFile(kDir + QLatin1Char('/') + file);
        QVERIFY(d.format);
        QCOMPARE(QString::fromStdString(d.format->name()), expected);
        QVERIFY2(d.confidence >= 0.9, qPrintable(QString::number(d.confidence)));
        QVERIFY(d.sampleLines > 0);
    }

    void reportsFormatAndConfidenceOfALoad() {
        const LoadResult r = loadLogFile(QString(kDir + "/syslog-5424.log").toStdString());
        QCOMPARE(r.report.formatName, std::string("syslog-5424"));
        QCOMPARE(r.report.confidence, 1.0);
        QCOMPARE(r.report.inputs.size(), std::size_t{1});
        QVERIFY(!r.report.inputs[0].formatForced);
    }

    void binaryAndEmptyInputs() {
        const Detection binary = detectFile(kDir + "/bad_binary.bin");
        QVERIFY(binary.binary);
        QVERIFY(!binary.format);
        const Detection empty = detectFile(kDir + "/bad_empty.log");
        QVERIFY(!empty.binary);
        QVERIFY(!empty.format);
        QVERIFY(!looksBinary(std::string_view("text with \0 a NUL byte\n", 23)));
    }

    void freeTextFallsBackToPlainWithLowConfidence() {
        const Detection d =
            detectFormat("just some words\nand more words\n", detectionCandidates(SavedFormats()));
        QVERIFY(d.format);
        QCOMPARE(QString::fromStdString(d.format->name()), QString("plain"));
        QVERIFY(d.confidence < kMinimumConfidence);
        const LoadResult r =
            loadLogBuffer("just some words\nmore words\n2024-01-15 10:00:00 INFO hello\n");
        QCOMPARE(r.report.formatName, std::string("plain"));
        QCOMPARE(r.table->size(), std::size_t{3});
        QCOMPARE(r.table->level(2), Level::Info);
        QVERIFY(r.table->timestampNs(2) != kNoTimestamp);
        QCOMPARE(r.table->message(2), std::string_view("hello"));
        QCOMPARE(r.table->message(0), std::string_view("just some words"));
    }

    void resolvesNamesAliasesAndFormatStrings_data() {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("name");
        QTest::newRow("name") << "syslog-5424"
                              << "syslog-5424";
        QTest::newRow("json") << "json"
                              << "json-lines";
        QTest::newRow("JSONL") << "JSONL"
                               << "json-lines";
        QTest::newRow("journalctl") << "journalctl"
                                    << "journal-json";
        QTest::newRow("nginx") << "nginx"
                               << "access-log";
        QTest::newRow("syslog") << "syslog"
                                << "syslog-3164";
        QTest::newRow("text") << "text"
                              << "bracketed-text";
        QTest::newRow("format string") << "<Date> <Time> <Level> <Content>"
                                       << "<Date> <Time> <Level> <Content>";
    }
    void resolvesNamesAliasesAndFormatStrings() {
        QFETCH(QString, spec);
        QFETCH(QString, name);
        std::string error;
        const auto format = resolveFormat(spec.toStdString(), SavedFormats(), error);
        QVERIFY2(format, error.c_str());
        QCOMPARE(QString::fromStdString(format->name()), name);
    }

    void unknownFormatsAreExplained() {
        std::string error;
        QVERIFY(!resolveFormat("yaml", SavedFormats(), error));
        QVERIFY(QString::fromStdString(error).contains("unknown format 'yaml'"));
        QVERIFY(QString::fromStdString(error).contains("syslog-3164"));
        QVERIFY(!resolveFormat("<Date> (<Content>", SavedFormats(), error));
        QVERIFY(QString::fromStdString(error).contains("invalid format"));
        LoadOptions options;
        options.format = "yaml";
        const LoadResult r = loadLogBuffer("x\n", options);
        QVERIFY(r.report.failed());
        QVERIFY(QString::fromStdString(r.report.fatalError).contains("--format"));
    }

    void forcedFormatOverridesDetection() {
        // Valid JSON lines read as plain text: each line is a message.
        LoadOptions options;
        options.format = "plain";
        options.useSavedFormats = false;
        const LoadResult r =
            loadLogs({QString(kDir + "/json-lines.seed000.jsonl").toStdString()}, options);
        QCOMPARE(r.report.formatName, std::string("plain"));
        QVERIFY(r.report.inputs[0].formatForced);
        QCOMPARE(r.table->size(), std::size_t{4});
        QVERIFY(r.table->message(0).starts_with("{\"timestamp\""));
    }

    void savedFormatsAreUsableByNameAndDetected() {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("cfg/formats.json")).toStdString();
        SavedFormats saved = SavedFormats::load(path);
        QVERIFY(saved.formats().empty());
        std::string error;
        QVERIFY(!saved.put("bad name!", "<Content>", error));
        QVERIFY(!saved.put("syslog", "<Content>", error)); // a built-in's alias
        QVERIFY(!saved.put("pipes", "<Time>|(<Content>", error));
        QVERIFY2(saved.put("pipes", "<Time>\\|<Level>\\|<Component>\\|<Content>", error),
                 error.c_str());
        QVERIFY2(saved.save(error), error.c_str());

        const SavedFormats reread = SavedFormats::load(path);
        QCOMPARE(reread.formats().size(), std::size_t{1});
        QCOMPARE(reread.find("pipes")->format,
                 std::string("<Time>\\|<Level>\\|<Component>\\|<Content>"));

        // No built-in reads these lines; the saved format does, by name and by detection.
        const std::string lines = "2024-01-15T10:30:45Z|ERROR|billing|card declined\n"
                                  "2024-01-15T10:30:46Z|INFO|billing|card accepted\n";
        const Detection d = detectFormat(lines, detectionCandidates(reread));
        QCOMPARE(QString::fromStdString(d.format->name()), QString("pipes"));
        QCOMPARE(d.confidence, 1.0);

        qputenv("LOGSCOPE_FORMATS_FILE", QByteArray::fromStdString(path));
        LoadOptions byName;
        byName.format = "pipes";
        const LoadResult r = loadLogBuffer(lines, byName);
        const LoadResult detected = loadLogBuffer(lines);
        qunsetenv("LOGSCOPE_FORMATS_FILE");
        QVERIFY2(!r.report.failed(), r.report.fatalError.c_str());
        QCOMPARE(r.table->size(), std::size_t{2});
        QCOMPARE(r.table->service(0), std::string_view("billing"));
        QCOMPARE(r.table->level(0), Level::Error);
        QCOMPARE(r.table->message(1), std::string_view("card accepted"));
        QCOMPARE(detected.report.formatName, std::string("pipes"));

        SavedFormats edited = SavedFormats::load(path);
        QVERIFY(edited.remove("pipes"));
        QVERIFY(!edited.remove("pipes"));
        QVERIFY(edited.save(error));
        QVERIFY(SavedFormats::load(path).formats().empty());
    }

    void brokenSavedFormatsFileIsReported() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("formats.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
        file.close();
        const SavedFormats saved = SavedFormats::load(path.toStdString());
        QVERIFY(saved.formats().empty());
        QVERIFY(QString::fromStdString(saved.error()).contains("not a saved-formats file"));
    }
};

QTEST_APPLESS_MAIN(TestFormatDetection)
#include "test_format_detection.moc"
