// Loading as a whole: archives, several inputs merged by time, the bad-line report, awkward
// bytes, parallel chunks, progress and cancellation.
#include "core/formats/log_loader.h"
#include "core/time/civil_time.h"

#include <QFile>
#include <QTest>
#include <atomic>
#include <chrono>
#include <thread>

using namespace logscope::core;

namespace {

const std::string kDir = LOGSCOPE_TEST_DATA_DIR "/formats/";

LoadResult load(const std::vector<std::string>& inputs, const std::string& format = {},
                int threads = 0) {
    LoadOptions options;
    options.format = format;
    options.threads = threads;
    options.useSavedFormats = false;
    return loadLogs(inputs, options);
}

std::string compressedLine(std::size_t i) {
    return "line " + std::to_string(i + 1) + " of the compressed fixture";
}

// Many JSON lines, for the tests that need several chunks.
std::string manyJsonLines(std::size_t count) {
    std::string bytes;
    for (std::size_t i = 0; i < count; ++i) {
        bytes += R"({"timestamp":"2024-01-15T10:)" + std::to_string(10 + i / 60000 % 50) + ":" +
                 std::to_string(10 + i / 1000 % 50) + R"(Z","level":"INFO","service":"svc)" +
                 std::to_string(i % 7) + R"(","message":"request )" + std::to_string(i) +
                 R"( served","response_time_ms":)" + std::to_string(i % 1000) + "}\n";
        if (i % 9973 == 0)
            bytes += "not json " + std::to_string(i) + "\n";
    }
    return bytes;
}

} // namespace

class TestLogLoader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsGzipAndZstd_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("compression");
        QTest::newRow("gzip") << "timestamp-level.compressed.log.gz"
                              << "gzip";
        QTest::newRow("zstd, three frames") << "timestamp-level.compressed.log.zst"
                                            << "zstd";
    }
    void readsGzipAndZstd() {
        QFETCH(QString, file);
        QFETCH(QString, compression);
        const LoadResult r = load({kDir + file.toStdString()});
        QVERIFY(r.report.warnings.empty());
        QCOMPARE(r.report.inputs.at(0).compression, compression.toStdString());
        QCOMPARE(r.report.formatName, std::string("timestamp-level"));
        QCOMPARE(r.table->size(), std::size_t{300});
        for (std::size_t i = 0; i < 300; ++i)
            QCOMPARE(std::string(r.table->message(i)), compressedLine(i));
        QVERIFY(r.report.inputs[0].storedBytes < r.report.inputs[0].bytes);
    }

    void truncatedArchivesGivePartialResults_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("gzip") << "bad_truncated.log.gz";
        QTest::newRow("zstd") << "bad_truncated.log.zst";
    }
    void truncatedArchivesGivePartialResults() {
        QFETCH(QString, file);
        const LoadResult r = load({kDir + file.toStdString()});
        QVERIFY(!r.report.failed());
        QCOMPARE(r.report.warnings.size(), std::size_t{1});
        QVERIFY2(QString::fromStdString(r.report.warnings[0]).contains("truncated"),
                 r.report.warnings[0].c_str());
        QVERIFY(QString::fromStdString(r.report.warnings[0]).contains(file));
        const std::size_t rows = r.table->size();
        QVERIFY(rows >= 100 && rows < 300);
        // Every complete line is there, in order; only the cut last one may be short.
        for (std::size_t i = 0; i + 1 < rows; ++i)
            QCOMPARE(std::string(r.table->message(i)), compressedLine(i));
        QVERIFY(compressedLine(rows - 1).starts_with(r.table->message(rows - 1)));
    }

    void corruptArchiveIsReported() {
        const LoadResult r = load({kDir + "bad_corrupt.log.gz"});
        QVERIFY(!r.report.failed());
        QCOMPARE(r.report.warnings.size(), std::size_t{1});
        QVERIFY(QString::fromStdString(r.report.warnings[0]).contains("corrupt gzip data"));
        QVERIFY(r.table->size() < 300);
    }

    void concatenatedGzipMembersAreOneStream() {
        QFile file(QString::fromStdString(kDir + "timestamp-level.compressed.log.gz"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray once = file.readAll();
        const QByteArray twice = once + once; // `cat a.gz a.gz`
        const LoadResult r = loadLogBuffer(std::string_view(twice.data(), twice.size()));
        QVERIFY(r.report.warnings.empty());
        QCOMPARE(r.table->size(), std::size_t{600});
        QCOMPARE(std::string(r.table->message(599)), compressedLine(299));
        QCOMPARE(r.table->lineNumber(599), std::uint64_t{600});
    }

    void compressedBuffersAreRecognised() {
        QFile file(QString::fromStdString(kDir + "timestamp-level.compressed.log.zst"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const LoadResult r = loadLogBuffer(std::string_view(bytes.data(), bytes.size()));
        QCOMPARE(r.table->size(), std::size_t{300});
    }

    // Releasing the resident pages of what a table points into changes no text: mapped files
    // are read again, heap buffers (archives) are left alone.
    void releasingTextPagesKeepsEveryText_data() {
        QTest::addColumn<QStringList>("inputs");
        QTest::newRow("mapped file") << QStringList{"merge/app-a.log"};
        QTest::newRow("archive") << QStringList{"timestamp-level.compressed.log.gz"};
        QTest::newRow("merged files") << QStringList{"merge"};
    }
    void releasingTextPagesKeepsEveryText() {
        QFETCH(QStringList, inputs);
        std::vector<std::string> paths;
        for (const QString& input : inputs)
            paths.push_back(kDir + input.toStdString());
        const LoadResult r = load(paths);
        QVERIFY(r.table && r.table->size() > 0);
        std::vector<std::string> before;
        for (std::size_t i = 0; i < r.table->size(); ++i)
            before.push_back(std::string(r.table->message(i)) + "|" +
                             std::string(r.table->rawLine(i)));
        r.table->releaseTextPages();
        for (std::size_t i = 0; i < r.table->size(); ++i)
            QCOMPARE(std::string(r.table->message(i)) + "|" + std::string(r.table->rawLine(i)),
                     before[i]);
    }

    void mergesSeveralFilesByTime_data() {
        QTest::addColumn<QStringList>("inputs");
        QTest::newRow("files") << QStringList{"merge/app-a.log", "merge/app-b.log",
                                              "merge/app-c.jsonl"};
        QTest::newRow("folder") << QStringList{"merge"};
    }
    void mergesSeveralFilesByTime() {
        QFETCH(QStringList, inputs);
        std::vector<std::string> paths;
        for (const QString& input : inputs)
            paths.push_back(kDir + input.toStdString());
        const LoadResult r = load(paths);
        const LogTable& t = *r.table;
        const std::vector<std::string> expected = {"a1 first",
                                                   "b1",
                                                   "a2",
                                                   "a3 same second as b2",
                                                   "b2",
                                                   "b3",
                                                   "c0 before any time",
                                                   "c1",
                                                   "c2 without time",
                                                   "a4",
                                                   "b4"};
        QCOMPARE(t.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i)
            QCOMPARE(std::string(t.message(i)), expected[i]);
        QCOMPARE(r.report.formatName, std::string("mixed: timestamp-level, json-lines"));
        QCOMPARE(r.report.inputs.size(), std::size_t{3});
        QCOMPARE(t.sourceFiles().size(), std::size_t{3});
        QVERIFY(t.sourceFile(0).ends_with("app-a.log"));
        QVERIFY(t.sourceFile(1).ends_with("app-b.log"));
        QVERIFY(t.sourceFile(6).ends_with("app-c.jsonl"));
        QCOMPARE(t.fileIndex(6), std::uint16_t{2});
        QCOMPARE(t.lineNumber(6), std::uint64_t{1});
        QCOMPARE(t.lineNumber(8), std::uint64_t{3});
        QCOMPARE(t.timestampNs(8), kNoTimestamp);
        QCOMPARE(std::string(t.service(7)), std::string("c"));
        QCOMPARE(t.sourceFiles()[2].format, std::string("json-lines"));
        // The time index holds the timed rows in time order.
        QCOMPARE(t.timeOrder().size(), std::size_t{9});
        QVERIFY(t.isTimeOrdered());
        const std::int64_t base = t.timestampNs(0);
        const auto second = [base](int s) {
            return base + s * kNanosPerSecond;
        };
        const auto range = t.rowsInTimeRange(second(2), second(4));
        QCOMPARE(range.size(), std::size_t{4}); // a2, a3, b2, b3
        QCOMPARE(std::string(t.message(range[0])), std::string("a2"));
        QCOMPARE(std::string(t.message(range[3])), std::string("b3"));
    }

    void countsAndListsBadLinesExactly() {
        const LoadResult r = load({kDir + "bad_mixed.jsonl"});
        QCOMPARE(r.report.formatName, std::string("json-lines"));
        QCOMPARE(r.report.totalLines, std::uint64_t{10});
        QCOMPARE(r.report.parsedLines, std::uint64_t{6});
        QCOMPARE(r.report.badLineCount, std::uint64_t{4});
        QCOMPARE(r.table->size(), std::size_t{6});
        const std::uint64_t lines[] = {3, 5, 8, 9};
        for (std::size_t i = 0; i < 4; ++i) {
            QCOMPARE(r.report.badLines[i].lineNumber, lines[i]);
            QVERIFY(r.report.badLines[i].file.ends_with("bad_mixed.jsonl"));
        }
        QVERIFY(QString::fromStdString(r.report.badLines[0].reason).startsWith("invalid JSON"));
        QCOMPARE(r.report.badLines[3].reason, std::string("JSON value is not an object"));
        QCOMPARE(std::string(r.table->message(5)), std::string("six"));
        QCOMPARE(r.table->lineNumber(5), std::uint64_t{11});
    }

    void listsTheFirstHundredBadLinesOfManyInFileOrder() {
        std::string bytes;
        for (int i = 0; i < 5000; ++i)
            bytes += i % 2 == 0 ? "{\"message\":\"ok\"}\n" : "{broken\n";
        LoadOptions options;
        options.format = "json";
        const LoadResult r = loadLogBuffer(bytes, options);
        QCOMPARE(r.report.badLineCount, std::uint64_t{2500});
        QCOMPARE(r.report.badLines.size(), LoadReport::kMaxListedBadLines);
        for (std::size_t i = 0; i < r.report.badLines.size(); ++i)
            QCOMPARE(r.report.badLines[i].lineNumber, std::uint64_t{2 * i + 2});
        QCOMPARE(r.table->size(), std::size_t{2500});
    }

    void emptyAndBinaryInputs() {
        const LoadResult empty = load({kDir + "bad_empty.log"});
        QVERIFY(!empty.report.failed());
        QCOMPARE(empty.table->size(), std::size_t{0});
        QCOMPARE(empty.report.formatName, std::string("empty"));
        QCOMPARE(empty.report.badLineCount, std::uint64_t{0});

        const LoadResult binary = load({kDir + "bad_binary.bin"});
        QVERIFY(binary.report.failed());
        QVERIFY(QString::fromStdString(binary.report.fatalError).contains("binary"));

        // Forced, a binary file is read line by line: every line is a bad line.
        const LoadResult forced = load({kDir + "bad_binary.bin"}, "json-lines");
        QVERIFY(!forced.report.failed());
        QCOMPARE(forced.table->size(), std::size_t{0});
        QCOMPARE(forced.report.badLineCount, forced.report.totalLines);
        QVERIFY(forced.report.badLineCount > 0);

        // Next to good inputs, a binary one is skipped with a warning.
        const LoadResult withGood =
            load({kDir + "json-lines.seed000.jsonl", kDir + "bad_binary.bin"});
        QVERIFY(!withGood.report.failed());
        QCOMPARE(withGood.table->size(), std::size_t{4});
        QCOMPARE(withGood.report.warnings.size(), std::size_t{1});
        const LoadResult onlyBinary = load({kDir + "bad_binary.bin", kDir + "bad_binary.bin"});
        QVERIFY(onlyBinary.report.failed());
        QVERIFY(
            QString::fromStdString(onlyBinary.report.fatalError).contains("none of the inputs"));
    }

    void awkwardBytes() {
        // CRLF, a missing final newline, a NUL-padded line, blank lines, invalid UTF-8, NUL bytes.
        const std::string json = std::string("{\"message\":\"crlf\"}\r\n") +
                                 std::string("\0\0\0\0\n", 5) + "\r\n   \n" +
                                 std::string("{\"message\":\"nul \0 inside\"}\n", 27) +
                                 "{\"message\":\"bad \xff byte\"}\n" + "{\"message\":\"last\"}";
        LoadOptions options;
        options.format = "json";
        const LoadResult r = loadLogBuffer(json, options);
        QCOMPARE(r.table->size(), std::size_t{3});
        QCOMPARE(r.report.totalLines, std::uint64_t{4});
        QCOMPARE(r.report.badLineCount, std::uint64_t{1}); // a raw NUL is not valid JSON
        QCOMPARE(r.report.badLines[0].lineNumber, std::uint64_t{5});
        QCOMPARE(std::string(r.table->message(0)), std::string("crlf"));
        QCOMPARE(std::string(r.table->message(1)), std::string("bad \xEF\xBF\xBD byte"));
        QCOMPARE(std::string(r.table->message(2)), std::string("last"));
        QCOMPARE(r.table->lineNumber(2), std::uint64_t{7});

        // Text formats keep the bytes as they are.
        const std::string text = std::string("2024-01-15 10:00:00 INFO nul \0 and \xff\r\n", 38) +
                                 "2024-01-15 10:00:01 WARN no newline at the end";
        const LoadResult t = loadLogBuffer(text);
        QCOMPARE(t.report.formatName, std::string("timestamp-level"));
        QCOMPARE(t.table->size(), std::size_t{2});
        QCOMPARE(t.table->message(0), std::string_view("nul \0 and \xff", 11));
        QCOMPARE(std::string(t.table->message(1)), std::string("no newline at the end"));
    }

    void tenMegabyteLines() {
        const std::string big(10 * 1024 * 1024, 'x');
        const std::string json = "{\"message\":\"small\"}\n{\"level\":\"ERROR\",\"message\":\"" +
                                 big + "\"}\n{\"message\":\"after\"}\n";
        const LoadResult r = loadLogBuffer(json);
        QCOMPARE(r.report.formatName, std::string("json-lines"));
        QCOMPARE(r.table->size(), std::size_t{3});
        QCOMPARE(r.table->message(1).size(), big.size());
        QCOMPARE(r.table->level(1), Level::Error);
        QCOMPARE(std::string(r.table->message(2)), std::string("after"));

        const std::string text =
            "2024-01-15 10:00:00 INFO " + big + "\n2024-01-15 10:00:01 " + "INFO next\n";
        const LoadResult t = loadLogBuffer(text);
        QCOMPARE(t.table->size(), std::size_t{2});
        QCOMPARE(t.table->message(0).size(), big.size());
    }

    void parallelChunksGiveTheSameTableAsOneThread() {
        const std::string bytes = manyJsonLines(120'000); // ~14 MB: several chunks
        LoadOptions one;
        one.threads = 1;
        LoadOptions all;
        const LoadResult a = loadLogBuffer(bytes, one);
        const LoadResult b = loadLogBuffer(bytes, all);
        QCOMPARE(a.table->size(), std::size_t{120'000});
        QCOMPARE(b.table->size(), a.table->size());
        QCOMPARE(b.report.badLineCount, a.report.badLineCount);
        QCOMPARE(a.report.badLineCount, std::uint64_t{13});
        for (std::size_t i = 0; i < a.report.badLines.size(); ++i)
            QCOMPARE(b.report.badLines[i].lineNumber, a.report.badLines[i].lineNumber);
        for (std::size_t r = 0; r < a.table->size(); ++r) {
            QCOMPARE(b.table->timestampNs(r), a.table->timestampNs(r));
            QCOMPARE(b.table->lineNumber(r), a.table->lineNumber(r));
            QCOMPARE(b.table->message(r), a.table->message(r));
            QCOMPARE(b.table->service(r), a.table->service(r));
            QCOMPARE(b.table->latencyMs(r), a.table->latencyMs(r));
        }
        QCOMPARE(std::string(a.table->message(119'999)), std::string("request 119999 served"));
    }

    void reportsProgressInBytes() {
        const std::string bytes = manyJsonLines(50'000);
        std::vector<std::pair<std::uint64_t, std::uint64_t>> calls;
        std::mutex mutex;
        const LoadResult r =
            loadLogBuffer(bytes, nullptr, [&](std::uint64_t done, std::uint64_t total) {
                std::lock_guard lock(mutex);
                calls.emplace_back(done, total);
            });
        QCOMPARE(r.table->size(), std::size_t{50'000});
        QVERIFY(calls.size() >= 3);
        for (std::size_t i = 1; i < calls.size(); ++i) {
            QVERIFY(calls[i].first >= calls[i - 1].first);
            QCOMPARE(calls[i].second, std::uint64_t{bytes.size()});
        }
        QCOMPARE(calls.back().first, std::uint64_t{bytes.size()});
    }

    void cancellationStopsTheLoadPromptly() {
        const std::string bytes = manyJsonLines(1'000'000); // ~120 MB
        CancellationToken token;
        std::atomic<bool> started{false};
        std::chrono::steady_clock::time_point finished;
        LoadResult result;
        std::thread loader([&] {
            result = loadLogBuffer(bytes, &token, [&](std::uint64_t done, std::uint64_t) {
                if (done > 0)
                    started = true;
            });
            finished = std::chrono::steady_clock::now();
        });
        while (!started.load())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        const auto cancelled = std::chrono::steady_clock::now();
        token.cancel();
        loader.join();
        const double ms = std::chrono::duration<double, std::milli>(finished - cancelled).count();
        qInfo("cancellation took %.1f ms", ms);
        QVERIFY(result.report.cancelled);
        QCOMPARE(result.table->size(), std::size_t{0});
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms))); // the bench measures it exactly

        CancellationToken early;
        early.cancel();
        QVERIFY(loadLogBuffer(bytes, &early).report.cancelled);
    }

    void reportsTimingsOfEachPhase() {
        const LoadResult r = load({kDir + "merge/app-a.log", kDir + "merge/app-b.log"});
        for (const char* phase : {"read", "detect", "parse", "merge"})
            QVERIFY2(r.report.timingMs(phase) >= 0, phase);
        QVERIFY(r.report.timingMs("templates") < 0);
        const LoadResult one = load({kDir + "merge/app-a.log"});
        QVERIFY(one.report.timingMs("index") >= 0);
    }

    void missingInputsFailClearly() {
        const LoadResult r = load({"/nonexistent/dir/file.log"});
        QVERIFY(r.report.failed());
        QVERIFY(QString::fromStdString(r.report.fatalError).contains("/nonexistent/dir/file.log"));
        QVERIFY(QString::fromStdString(r.report.fatalError).contains("cannot open"));
    }
};

QTEST_GUILESS_MAIN(TestLogLoader)
#include "test_log_loader.moc"
