// A file that is truncated while LogScope has it mapped (log rotation with copytruncate, an
// editor saving over it) must not kill the process with SIGBUS: the lost part reads as empty,
// and the load reports that the file shrank.
#include "core/formats/log_loader.h"
#include "core/io/input_reader.h"

#include <QTemporaryDir>
#include <QTest>
#include <fstream>
#include <unistd.h>

using namespace logscope::core;

namespace {

std::string writeLog(const QTemporaryDir& dir, std::size_t lines) {
    const std::string path = dir.filePath(QStringLiteral("app.log")).toStdString();
    std::ofstream out(path, std::ios::binary);
    for (std::size_t i = 0; i < lines; ++i)
        out << "2024-01-15 10:30:45,123 INFO request " << i << " served in " << i % 977
            << " ms by a worker thread\n";
    return path;
}

} // namespace

class TestShrinkingInput : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readingATruncatedMappingDoesNotCrash() {
        QTemporaryDir dir;
        const std::string path = writeLog(dir, 100000);
        const InputData input = readInput(path);
        QVERIFY(input.error.empty());
        QVERIFY(input.mapped != nullptr);
        QVERIFY(!input.mapped->shrank());
        QCOMPARE(::truncate(path.c_str(), 4096), 0);
        // Every byte past the new end would raise SIGBUS; it reads as NUL instead.
        std::size_t nul = 0;
        for (const char c : input.bytes)
            nul += c == '\0' ? 1 : 0;
        QVERIFY(nul >= input.bytes.size() - 8192);
        QVERIFY(input.mapped->shrank());
        QCOMPARE(input.bytes.substr(0, 10), std::string_view("2024-01-15"));
    }
    void aLoadReportsTheShrinkAndKeepsWhatWasRead() {
        QTemporaryDir dir;
        const std::string path = writeLog(dir, 200000);
        LoadOptions options;
        options.threads = 1;
        options.useSavedFormats = false;
        bool truncated = false;
        const LoadResult r =
            loadLogs({path}, options, nullptr, [&](std::uint64_t done, std::uint64_t total) {
                if (!truncated && done > 0 && done < total / 2) {
                    truncated = ::truncate(path.c_str(), 1 << 20) == 0;
                }
            });
        QVERIFY(truncated);
        QVERIFY(r.table);
        QVERIFY(r.table->size() > 1000);
        bool warned = false;
        for (const std::string& warning : r.report.warnings)
            warned = warned || (warning.find(path) != std::string::npos &&
                                warning.find("shrank") != std::string::npos);
        QVERIFY2(warned, r.report.warnings.empty() ? "no warning" : r.report.warnings[0].c_str());
    }
};

QTEST_GUILESS_MAIN(TestShrinkingInput)
#include "test_shrinking_input.moc"
