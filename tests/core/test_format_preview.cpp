// The format dialog's core: reading the head of an input (plain, compressed, cut at a line end)
// and previewing its first lines with a given format, bad lines with their reasons.
#include "core/formats/format_preview.h"

#include <QTemporaryDir>
#include <QTest>

using namespace logscope::core;

namespace {
const char* const kHdfsFormat = "<Date> <Time> <Pid> <Level> <Component>: <Content>";

std::string data(const char* name) {
    return std::string(LOGSCOPE_TEST_DATA_DIR) + "/formats/" + name;
}
} // namespace

class TestFormatPreview : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // Saved formats are read by the preview: keep the user's own out of the test.
        qputenv("LOGSCOPE_FORMATS_FILE", m_dir.filePath(QStringLiteral("formats.json")).toUtf8());
    }

    void readsThePlainHeadCutAtALineEnd() {
        const InputHead whole = readInputHead(data("timestamp-level.log"));
        QVERIFY2(whole.error.empty(), whole.error.c_str());
        QVERIFY(whole.bytes.starts_with("2024-01-15 10:30:45 INFO Server started"));
        QCOMPARE(std::count(whole.bytes.begin(), whole.bytes.end(), '\n'), 9);
        const InputHead cut = readInputHead(data("timestamp-level.log"), 100);
        QVERIFY(cut.bytes.size() <= 100);
        QVERIFY(cut.bytes.ends_with('\n'));
        QCOMPARE(std::count(cut.bytes.begin(), cut.bytes.end(), '\n'), 1);
    }

    void decompressesOnlyTheHeadOfAnArchive() {
        for (const char* name :
             {"timestamp-level.compressed.log.gz", "timestamp-level.compressed.log.zst"}) {
            const InputHead head = readInputHead(data(name), 200);
            QVERIFY2(head.error.empty(), head.error.c_str());
            QVERIFY2(head.bytes.starts_with("2024-01-15 10:00:00 INFO line 1 of the compressed"),
                     head.bytes.c_str());
            QVERIFY(head.bytes.size() <= 200 && head.bytes.ends_with('\n'));
        }
    }

    void reportsAnUnreadableInput() {
        QVERIFY(!readInputHead(data("no-such-file.log")).error.empty());
    }

    void firstLinesStopsAtTheCount() {
        QCOMPARE(firstLines("a\nb\nc\n", 2), std::string_view("a\nb\n"));
        QCOMPARE(firstLines("a\nb", 5), std::string_view("a\nb"));
        QCOMPARE(firstLines("", 5), std::string_view());
    }

    void previewsAFormatStringWithBadLines() {
        const std::string head = "081109 203615 148 INFO dfs.DataNode: Receiving block blk_1\n"
                                 "not a line of this format\n"
                                 "\n"
                                 "081109 203616 149 WARN dfs.FSNamesystem: Slow sync\n";
        const FormatPreview preview = previewFormat(head, kHdfsFormat);
        QVERIFY2(preview.error.empty(), preview.error.c_str());
        QCOMPARE(preview.lines.size(), std::size_t{3}); // the blank line is no line
        QCOMPARE(preview.parsedLines, std::size_t{2});
        QCOMPARE(preview.badLines, std::size_t{1});
        const PreviewLine& first = preview.lines[0];
        QCOMPARE(first.status, PreviewLine::Status::Parsed);
        QCOMPARE(first.lineNumber, std::uint64_t{1});
        QCOMPARE(first.level, Level::Info);
        QCOMPARE(first.service, std::string("dfs.DataNode"));
        QCOMPARE(first.message, std::string("Receiving block blk_1"));
        QVERIFY(first.timestampNs != kNoTimestamp);
        const PreviewLine& bad = preview.lines[1];
        QCOMPARE(bad.status, PreviewLine::Status::Bad);
        QCOMPARE(bad.lineNumber, std::uint64_t{2});
        QCOMPARE(bad.text, std::string("not a line of this format"));
        QVERIFY(!bad.reason.empty());
        QCOMPARE(preview.lines[2].lineNumber, std::uint64_t{4});
        QCOMPARE(preview.lines[2].level, Level::Warning);
        QVERIFY(preview.fit > 0.0 && preview.fit < 1.0);
    }

    void previewsOnlyTheFirstLines() {
        std::string head;
        for (int i = 0; i < 80; ++i)
            head += "2024-01-15 10:30:45 INFO line " + std::to_string(i) + "\n";
        const FormatPreview preview = previewFormat(head, "timestamp-level", 50);
        QCOMPARE(preview.lines.size(), std::size_t{50});
        QCOMPARE(preview.parsedLines, std::size_t{50});
        QCOMPARE(preview.formatName, std::string("timestamp-level"));
    }

    void detectsWhenNoFormatIsGiven() {
        const InputHead head = readInputHead(data("syslog-3164.log"));
        const FormatPreview preview = previewFormat(head.bytes, "");
        QVERIFY2(preview.error.empty(), preview.error.c_str());
        QCOMPARE(preview.formatName, detectHead(head.bytes).format->name());
        QVERIFY(preview.parsedLines > 0);
    }

    void aBrokenFormatIsAnErrorNotACrash() {
        for (const char* spec :
             {"<Date> (<Level> <Content>", "no-such-format", "<Date> [<Level> <Content>"}) {
            const FormatPreview preview = previewFormat("2024-01-15 x INFO y\n", spec);
            QVERIFY2(!preview.error.empty(), spec);
            QVERIFY(preview.lines.empty());
        }
    }
};

QTEST_GUILESS_MAIN(TestFormatPreview)
#include "test_format_preview.moc"
