// Stack traces under a record of a text format belong to that record: they are attached to its
// message (and raw line), never counted as bad lines, and a parallel chunk never starts inside
// one. JSON formats keep every line self-contained.
#include "core/formats/continuation_line.h"
#include "core/formats/log_loader.h"

#include <QTest>

using namespace logscope::core;

namespace {

LoadResult load(const std::string& bytes, const std::string& format = {}, int threads = 1) {
    LoadOptions options;
    options.format = format;
    options.threads = threads;
    options.useSavedFormats = false;
    return loadLogBuffer(bytes, options);
}

const std::string kTrace = "2024-01-15 10:30:45,123 ERROR Request failed\n"
                           "java.lang.IllegalStateException: boom\n"
                           "\tat com.example.Service.handle(Service.java:42)\n"
                           "\tat com.example.Main.main(Main.java:7)\n"
                           "Caused by: java.io.IOException: disk\n"
                           "\t... 2 more\n"
                           "2024-01-15 10:30:46,000 INFO Recovered\n";

} // namespace

class TestContinuationLines : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recognisesStackTraceLines() {
        QVERIFY(isContinuationLine("\tat a.b(C.java:1)"));
        QVERIFY(isContinuationLine("    File \"x.py\", line 3"));
        QVERIFY(isContinuationLine("at a.b(C.java:1)"));
        QVERIFY(isContinuationLine("Caused by: x"));
        QVERIFY(isContinuationLine("... 12 more"));
        QVERIFY(!isContinuationLine("2024-01-15 INFO x"));
        QVERIFY(!isContinuationLine(""));
        QVERIFY(!isContinuationLine("attention"));
        QVERIFY(isExceptionLine("java.lang.IllegalStateException: boom"));
        QVERIFY(isExceptionLine("ValueError: bad"));
        QVERIFY(!isExceptionLine("2024-01-15 Error: x"));
    }
    void attachesAStackTraceToTheRecordBefore() {
        const LoadResult r = load(kTrace, "timestamp-level");
        QVERIFY(r.table);
        QCOMPARE(r.report.totalLines, std::uint64_t{7});
        QCOMPARE(r.table->size(), std::size_t{2});
        QCOMPARE(r.report.badLineCount, std::uint64_t{0});
        const std::string message(r.table->message(0));
        QVERIFY2(message.find("IllegalStateException: boom\n\tat com.example") != std::string::npos,
                 message.c_str());
        QVERIFY2(message.ends_with("... 2 more"), message.c_str());
    }
    void attachesAPythonTraceback() {
        const std::string bytes = "2024-01-15 10:30:45,123 ERROR handler crashed\n"
                                  "Traceback (most recent call last):\n"
                                  "  File \"app.py\", line 3, in <module>\n"
                                  "ValueError: bad value\n"
                                  "ValueError: not after a trace\n";
        const LoadResult r = load(bytes, "timestamp-level");
        QVERIFY(r.table);
        QCOMPARE(r.table->size(), std::size_t{1});
        QCOMPARE(r.report.badLineCount, std::uint64_t{1});
        QCOMPARE(r.report.badLines.at(0).lineNumber, std::uint64_t{5});
        QVERIFY(std::string(r.table->message(0)).ends_with("ValueError: bad value"));
    }
    void attachesIndentedAndCausedByLines() {
        const std::string bytes = "2024-01-15 10:30:45,123 ERROR Request failed\r\n"
                                  "\tat com.example.Service.handle(Service.java:42)\r\n"
                                  "\r\n"
                                  "Caused by: java.io.IOException: disk\r\n"
                                  "\t... 2 more\r\n"
                                  "2024-01-15 10:30:46,000 INFO Recovered\r\n";
        const LoadResult r = load(bytes, "timestamp-level");
        QVERIFY(r.table);
        QCOMPARE(r.report.badLineCount, std::uint64_t{0});
        QCOMPARE(r.report.parsedLines, std::uint64_t{5});
        QCOMPARE(r.table->size(), std::size_t{2});
        const std::string message(r.table->message(0));
        QVERIFY2(message.starts_with("Request failed"), message.c_str());
        QVERIFY2(message.find("Service.java:42") != std::string::npos, message.c_str());
        QVERIFY2(message.ends_with("\t... 2 more"), message.c_str());
        QVERIFY(std::string(r.table->rawLine(0)).starts_with("2024-01-15 10:30:45,123 ERROR"));
        QVERIFY(std::string(r.table->rawLine(0)).ends_with("... 2 more"));
        QCOMPARE(std::string(r.table->message(1)), std::string("Recovered"));
    }
    void detectsTheFormatDespiteTraces() {
        std::string bytes;
        for (int i = 0; i < 20; ++i) {
            bytes += "2024-01-15 10:30:" + std::to_string(10 + i) + ",123 ERROR failed " +
                     std::to_string(i) + "\n";
            for (int j = 0; j < 8; ++j)
                bytes += "\tat com.example.Frame" + std::to_string(j) + "(F.java:1)\n";
        }
        const LoadResult r = load(bytes);
        QVERIFY(r.table);
        QCOMPARE(r.report.formatName, std::string("timestamp-level"));
        QCOMPARE(r.table->size(), std::size_t{20});
        QCOMPARE(r.report.badLineCount, std::uint64_t{0});
    }
    void chunksNeverSplitATrace() {
        // Several megabytes of records, each with a long trace, parsed on four threads: every
        // trace line finds its record, whatever the chunk boundaries.
        std::string bytes;
        int records = 0;
        while (bytes.size() < (std::size_t{5} << 20)) {
            bytes += "2024-01-15 10:30:45,123 ERROR failed " + std::to_string(records++) + "\n";
            bytes += "java.lang.IllegalStateException: record " + std::to_string(records) + "\n";
            for (int j = 0; j < 40; ++j)
                bytes += "\tat com.example.SomeRatherLongClassName.method" + std::to_string(j) +
                         "(SomeRatherLongClassName.java:" + std::to_string(j) + ")\n";
        }
        const LoadResult r = load(bytes, "timestamp-level", 4);
        QVERIFY(r.table);
        QCOMPARE(r.report.badLineCount, std::uint64_t{0});
        QCOMPARE(r.table->size(), static_cast<std::size_t>(records));
        QVERIFY(std::string(r.table->message(records - 1))
                    .ends_with("method39(SomeRatherLongClassName.java:39)"));
    }
    void jsonLinesKeepIndentedLinesBad() {
        const std::string bytes = "{\"timestamp\":\"2024-01-15T10:00:00Z\",\"message\":\"a\"}\n"
                                  "  {\"broken\": \n";
        const LoadResult r = load(bytes, "json-lines");
        QVERIFY(r.table);
        QCOMPARE(r.table->size(), std::size_t{1});
        QCOMPARE(r.report.badLineCount, std::uint64_t{1});
    }
};

QTEST_GUILESS_MAIN(TestContinuationLines)
#include "test_continuation_lines.moc"
