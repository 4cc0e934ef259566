// Every input the fuzzers (tests/fuzz) found a problem with, kept in tests/fuzz/regressions/
// and replayed here through the same entry points, plus the smallest form of each fault.
#include "core/analysis/analysis_options.h"
#include "core/formats/log_loader.h"
#include "core/generator/scenario/scenario_loader.h"
#include "core/io/decompressor.h"
#include "core/templates/miner_state_json.h"
#include "core/time/timestamp_parser.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <limits>

using namespace logscope::core;

namespace {

QByteArray regression(const char* name) {
    QFile file(QStringLiteral(LOGSCOPE_SOURCE_DIR "/tests/fuzz/regressions/") +
               QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::string_view view(const QByteArray& bytes) {
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

} // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void numbersTooLargeForADoubleAreErrorsNotCrashes() {
        // nlohmann throws out_of_range (not parse_error) for 1e999: it escaped and aborted.
        AnalysisOptions options;
        const QByteArray found = regression("analysis_config-number-overflow");
        QVERIFY(!found.isEmpty());
        QVERIFY(!parseAnalysisOptions(view(found), options).empty());
        QVERIFY(parseAnalysisOptions("{\"statistics\": {\"max_buckets\": 1e999}}", options)
                    .starts_with("invalid JSON"));
        QVERIFY(!loadScenario("basic", "{\"rate\": 1e999}").ok());
        std::string error;
        QVERIFY(!minerStateFromJson("[1e999]", error));
    }
    void sizeClaimsInArchiveHeadersAreNotTrusted() {
        // A 309-byte gzip stream whose trailer claims 3.9 GB had that much reserved up front.
        for (const char* name : {"decompress-huge-size-claim", "detection-huge-gzip-size-claim"}) {
            const QByteArray found = regression(name);
            QVERIFY(!found.isEmpty());
            const Compression kind = detectCompression(view(found));
            if (kind != Compression::None) {
                const DecompressResult result = decompress(view(found), kind, nullptr, {});
                QVERIFY2(result.bytes.capacity() < (std::size_t{64} << 20),
                         qPrintable(QString::number(result.bytes.capacity())));
            }
            LoadOptions options;
            options.threads = 1;
            options.useSavedFormats = false;
            (void)loadLogBuffer(view(found), options); // must simply return
        }
        // The smallest form: "x" gzipped, with a trailer claiming 4 GB.
        const char gz[] = "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xab\x00\x00\x83\x16\xdc\x8c"
                          "\xff\xff\xff\xff";
        const std::string_view bytes(gz, sizeof gz - 1);
        const DecompressResult result = decompress(bytes, Compression::Gzip, nullptr, {});
        QVERIFY(result.bytes.capacity() < (std::size_t{64} << 20)); // was 4 GB
    }
    void aStrayBraceInAJsonArrayDoesNotHang() {
        // The splitter returned an empty element at a stray `}` without moving on.
        const QByteArray found = regression("json_array-stray-brace-hang");
        QVERIFY(!found.isEmpty());
        LoadOptions options;
        options.format = "json-array";
        options.threads = 1;
        options.useSavedFormats = false;
        const LoadResult r = loadLogBuffer(view(found), options);
        QVERIFY(r.table);
        QVERIFY(r.report.badLineCount > 0);
        const LoadResult small = loadLogBuffer("[\"2023-07-25 10:00:01 INFO a\", } ]", options);
        QVERIFY(small.table);
        QCOMPARE(small.table->size(), std::size_t{1});
        QCOMPARE(small.report.badLineCount, std::uint64_t{1});
    }
    void anEmptyInputParsesWithoutUndefinedBehaviour() {
        // No data pointer: adding the padding offset to it was UB (UBSan in every parser).
        for (const char* format : {"plain", "json-lines", "timestamp-level", "json-array"}) {
            LoadOptions options;
            options.format = format;
            options.threads = 1;
            options.useSavedFormats = false;
            const LoadResult r = loadLogBuffer(std::string_view(), options);
            QVERIFY(r.table);
            QCOMPARE(r.table->size(), std::size_t{0});
        }
    }
    void aZoneOffsetCannotOverflowTheTime() {
        // A date outside int64 nanoseconds with a zone offset: INT64_MIN - offset overflowed.
        ParsedTime time;
        // Such a time reads as no time (INT64_MIN), as a date outside 1677..2262 does.
        QVERIFY(parseTimestamp("9999-12-31T00:00:00+02:00", time));
        QCOMPARE(time.ns, std::numeric_limits<std::int64_t>::min());
        QVERIFY(parseTimestamp("2262-04-11T23:47:15-02:00", time)); // pushed past the end
        QCOMPARE(time.ns, std::numeric_limits<std::int64_t>::min());
        QVERIFY(parseTimestamp("2262-04-11T20:00:00-02:00", time));
        // Epoch numbers past int64: 19 nines, and 10 nines of seconds in nanoseconds.
        QVERIFY(!parseTimestamp("9999999999999999999", time));
        QVERIFY(!parseTimestamp("9999999999", time));
        QVERIFY(parseTimestamp("1705314645123", time));
        QCOMPARE(time.ns, std::int64_t{1705314645123} * 1'000'000);
        const QByteArray found = regression("timestamp-epoch-overflow");
        QVERIFY(!found.isEmpty());
        (void)parseTimestamp(view(found), time);
        (void)parseTimestampPrefix(view(found), time);
        const QByteArray log = regression("timestamp-offset-overflow");
        QVERIFY(!log.isEmpty());
        LoadOptions options;
        options.threads = 1;
        options.useSavedFormats = false;
        QVERIFY(loadLogBuffer(view(log), options).table);
        // JSON epoch seconds beyond 2262 ("ts": 11705314645) overflowed when scaled to ns.
        const QByteArray seconds = regression("json_lines-epoch-seconds-overflow");
        QVERIFY(!seconds.isEmpty());
        QVERIFY(loadLogBuffer(view(seconds), options).table);
    }
    void aSyslogPriorityTooLargeForAnIntIsNoLevel() {
        // journald's PRIORITY "2222...24" (2e31) was converted to int before its range check.
        LoadOptions options;
        options.threads = 1;
        options.useSavedFormats = false;
        options.format = "journal-json";
        const LoadResult r =
            loadLogBuffer("{\"__REALTIME_TIMESTAMP\":\"1705314645000000\",\"PRIORITY\":"
                          "\"22222222222222222222222222222224\",\"MESSAGE\":\"m\"}\n"
                          "{\"__REALTIME_TIMESTAMP\":\"1705314646000000\",\"PRIORITY\":\"3\","
                          "\"MESSAGE\":\"m\"}\n",
                          options);
        QVERIFY(r.table);
        QCOMPARE(r.table->size(), std::size_t{2});
        QCOMPARE(r.table->level(0), Level::Unknown);
        QCOMPARE(r.table->level(1), Level::Error);
        const QByteArray found = regression("journal_json-priority-overflow");
        QVERIFY(!found.isEmpty());
        QVERIFY(loadLogBuffer(view(found), options).table);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "test_fuzz_regressions.moc"
