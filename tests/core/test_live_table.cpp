// The live table keeps every row of the sliding window: full chunks are sealed (compressed)
// and thawed on demand with every field intact; chunks leave with the window; the row
// budget is a safety cap that says when it bites; freeze() copies the rows a drill-down names.
#include "core/formats/format_registry.h"
#include "core/generator/generate_json_lines.h"
#include "core/live/feed_driver.h"
#include "core/live/line_ingestor.h"
#include "core/live/live_session.h"
#include "core/live/live_table.h"

#include <QTest>
#include <cmath>

using namespace logscope::core;

namespace {

constexpr std::int64_t kStart = 1'700'000'000LL * kNanosPerSecond;
constexpr std::int64_t kTick = 100'000'000; // a row every 100 ms

// Row i of a synthetic stream; texts are owned by the caller's strings.
struct Texts {
    std::string service, message, extra, raw;
};

LogRow rowAt(std::size_t i, Texts& t) {
    static const char* services[] = {"api", "db", "cache", "auth"};
    t.service = services[i % 4];
    t.message = "request " + std::to_string(i) + " served \xC3\xA9t\xC3\xA9";
    t.extra = i % 3 == 0 ? "{\"trace\":\"" + std::to_string(i * 7) + "\"}" : std::string();
    t.raw = "raw line " + std::to_string(i);
    LogRow row;
    row.timestampNs = i % 50 == 7 ? kNoTimestamp : kStart + static_cast<std::int64_t>(i) * kTick;
    row.level = i % 10 == 0 ? Level::Error : (i % 5 == 0 ? Level::Warning : Level::Info);
    row.service = t.service;
    row.source = i % 2 == 0 ? std::string_view("node-1") : std::string_view();
    row.host = "host";
    row.message = t.message;
    row.extra = t.extra;
    row.rawLine = t.raw;
    row.latencyMs = i % 4 == 0 ? std::nanf("") : static_cast<float>(i) * 0.5F;
    row.statusCode = static_cast<std::uint16_t>(i % 6 == 0 ? 503 : 200);
    row.truth = i % 9 == 0 ? Truth::Anomaly : Truth::Normal;
    row.anomalyType = i % 9 == 0 ? std::string_view("error_spike") : std::string_view();
    row.anomalyScore = static_cast<float>(i % 9) / 9.0F;
    row.lineNumber = 1000 + i;
    row.fileIndex = 0;
    return row;
}

void compareRow(const LogTable& a, LogTable::Row ra, const LogTable& b, LogTable::Row rb) {
    QCOMPARE(a.timestampNs(ra), b.timestampNs(rb));
    QCOMPARE(a.level(ra), b.level(rb));
    QCOMPARE(a.service(ra), b.service(rb));
    QCOMPARE(a.source(ra), b.source(rb));
    QCOMPARE(a.host(ra), b.host(rb));
    QCOMPARE(a.message(ra), b.message(rb));
    QCOMPARE(a.extra(ra), b.extra(rb));
    QCOMPARE(a.rawLine(ra), b.rawLine(rb));
    QCOMPARE(a.hasLatency(ra), b.hasLatency(rb));
    if (a.hasLatency(ra))
        QCOMPARE(a.latencyMs(ra), b.latencyMs(rb));
    QCOMPARE(a.statusCode(ra), b.statusCode(rb));
    QCOMPARE(a.truth(ra), b.truth(rb));
    QCOMPARE(a.anomalyType(ra), b.anomalyType(rb));
    QCOMPARE(a.anomalyScore(ra), b.anomalyScore(rb));
    QCOMPARE(a.lineNumber(ra), b.lineNumber(rb));
    QCOMPARE(a.fileIndex(ra), b.fileIndex(rb));
    QCOMPARE(a.templateId(ra), b.templateId(rb));
}

LogTable syntheticTable(std::size_t rows) {
    LogTable table;
    Texts t;
    for (std::size_t i = 0; i < rows; ++i)
        table.setTemplateId(table.append(rowAt(i, t)),
                            i % 11 == 0 ? kNoTemplate : static_cast<std::uint32_t>(i % 13));
    return table;
}

} // namespace

class TestLiveTable : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sealThenThawGivesEveryFieldBack() {
        const LogTable table = syntheticTable(3000);
        const SealedChunk chunk = SealedChunk::seal(table);
        QCOMPARE(chunk.rows(), table.size());
        QCOMPARE(chunk.oldestNs(), table.firstTimestampNs());
        QCOMPARE(chunk.newestNs(), table.lastTimestampNs());
        QVERIFY(chunk.hasUntimedRows());
        QCOMPARE(chunk.services(), (std::vector<std::string>{"api", "auth", "cache", "db"}));
        QCOMPARE(chunk.levelMask(), (1u << int(Level::Error)) | (1u << int(Level::Warning)) |
                                        (1u << int(Level::Info)));
        // Compact: far smaller than the serialised rows, let alone the table.
        QVERIFY2(chunk.compressedBytes() * 4 < chunk.serialisedBytes(),
                 qPrintable(QStringLiteral("%1 of %2")
                                .arg(chunk.compressedBytes())
                                .arg(chunk.serialisedBytes())));
        QVERIFY(chunk.heapBytes() * 10 < table.heapBytes());
        std::string error;
        const std::optional<LogTable> thawed = chunk.thaw(error);
        QVERIFY2(thawed.has_value(), error.c_str());
        QCOMPARE(thawed->size(), table.size());
        for (std::size_t r = 0; r < table.size(); ++r)
            compareRow(table, r, *thawed, r);
    }

    void emptyTableSealsAndThaws() {
        const SealedChunk chunk = SealedChunk::seal(LogTable());
        std::string error;
        const auto thawed = chunk.thaw(error);
        QVERIFY(thawed.has_value());
        QVERIFY(thawed->empty());
        QCOMPARE(chunk.oldestNs(), kNoTimestamp);
    }

    void damagedBytesGiveAnErrorNotACrash() {
        const std::string bytes = SealedChunk::serialise(syntheticTable(200));
        std::string error;
        QVERIFY(SealedChunk::deserialise(bytes, error).has_value());
        // Every cut, and a run of flipped bytes, is refused or read without crashing.
        std::size_t refused = 0;
        for (std::size_t cut = 0; cut < bytes.size(); cut += 7) {
            error.clear();
            if (!SealedChunk::deserialise(std::string_view(bytes).substr(0, cut), error)) {
                ++refused;
                QVERIFY(!error.empty());
            }
        }
        QCOMPARE(refused, (bytes.size() + 6) / 7);
        for (std::size_t at = 0; at < bytes.size(); at += 13) {
            std::string flipped = bytes;
            flipped[at] = static_cast<char>(flipped[at] ^ 0xA5);
            (void)SealedChunk::deserialise(flipped, error);
        }
        QVERIFY(!SealedChunk::deserialise(bytes + "x", error).has_value());
    }

    void keepsTheWholeWindowAndEvictsOlderChunks() {
        LiveOptions options;
        options.chunkRows = 500;
        options.windowNs = 5 * kNanosPerMinute; // 3,000 rows at 10 a second
        LiveTable table(options);
        Texts t;
        constexpr std::size_t kRows = 10'000;
        for (std::size_t i = 0; i < kRows; ++i) {
            table.append(rowAt(i, t), static_cast<std::uint32_t>(i % 13));
            table.evict(kStart + static_cast<std::int64_t>(i) * kTick - options.windowNs);
        }
        QCOMPARE(table.appended(), std::uint64_t(kRows));
        QCOMPARE(table.overBudgetRows(), std::uint64_t(0));
        const std::int64_t newest = kStart + static_cast<std::int64_t>(kRows - 1) * kTick;
        const std::int64_t windowStart = newest - options.windowNs;
        // Every row of the window is kept, and at most one chunk more.
        QVERIFY(table.oldestNs() <= windowStart);
        QVERIFY(table.oldestNs() > windowStart - 500 * kTick);
        QVERIFY(table.size() >= 3000 && table.size() <= 3500);
        QVERIFY(table.sealedChunks() >= 5);

        // Every row of the window comes back, sealed or not, each field intact.
        LiveSelection window;
        window.filter.fromNs = windowStart;
        const FrozenRows frozen = table.freeze(window);
        QVERIFY(frozen.error.empty());
        QVERIFY(!frozen.capped);
        std::size_t expected = 0;
        for (std::size_t i = kRows - 3001; i < kRows; ++i)
            expected += i % 50 == 7 ? 0 : 1;
        QCOMPARE(frozen.table->size(), expected);
        const LogTable reference = syntheticTable(kRows);
        std::size_t at = 0;
        for (std::size_t i = kRows - 3001; i < kRows; ++i) {
            if (i % 50 == 7)
                continue;
            QCOMPARE(frozen.table->templateId(at), static_cast<std::uint32_t>(i % 13));
            QCOMPARE(frozen.table->message(at), reference.message(i));
            QCOMPARE(frozen.table->rawLine(at), reference.rawLine(i));
            QCOMPARE(frozen.table->extra(at), reference.extra(i));
            ++at;
        }
    }

    void freezeSelectsThawsOnlyWhatItNeedsAndCaps() {
        LiveOptions options;
        options.chunkRows = 1000;
        LiveTable table(options);
        Texts t;
        for (std::size_t i = 0; i < 10'000; ++i)
            table.append(rowAt(i, t), static_cast<std::uint32_t>(i % 13));
        QCOMPARE(table.sealedChunks(), std::size_t(9));

        // A ten-second bucket in the third chunk thaws that chunk alone.
        LiveSelection bucket;
        bucket.filter.fromNs = kStart + 2500 * kTick;
        bucket.filter.toNs = kStart + 2600 * kTick;
        FrozenRows frozen = table.freeze(bucket);
        QCOMPARE(frozen.chunksThawed, std::size_t(1));
        QCOMPARE(frozen.chunksSkipped, std::size_t(8));
        QCOMPARE(frozen.table->size(), std::size_t(98)); // rows 2507 and 2557 have no time
        QCOMPARE(frozen.table->firstTimestampNs(), kStart + 2500 * kTick);

        // Errors of one service and one template, across every chunk.
        LiveSelection narrow;
        narrow.filter.services = {"db"};
        narrow.filter.levelMask = 1u << int(Level::Error);
        narrow.templateId = 3;
        frozen = table.freeze(narrow);
        std::size_t expected = 0;
        for (std::size_t i = 0; i < 10'000; ++i)
            expected += i % 4 == 1 && i % 10 == 0 && i % 13 == 3 ? 1 : 0;
        QCOMPARE(frozen.table->size(), expected); // i % 4 == 1 never has i % 10 == 0
        narrow.filter.services = {"api"};
        frozen = table.freeze(narrow);
        expected = 0;
        for (std::size_t i = 0; i < 10'000; ++i)
            expected += i % 4 == 0 && i % 10 == 0 && i % 13 == 3 ? 1 : 0;
        QVERIFY(expected > 0);
        QCOMPARE(frozen.table->size(), expected);
        for (std::size_t r = 0; r < frozen.table->size(); ++r) {
            QCOMPARE(frozen.table->service(r), std::string_view("api"));
            QCOMPARE(frozen.table->level(r), Level::Error);
            QCOMPARE(frozen.table->templateId(r), 3u);
        }
        // A service no chunk has: every sealed chunk is skipped unthawed.
        LiveSelection none;
        none.filter.services = {"nowhere"};
        frozen = table.freeze(none);
        QCOMPARE(frozen.chunksThawed, std::size_t(0));
        QVERIFY(frozen.table->empty());

        // The cap keeps the newest rows, in time order.
        LiveSelection capped;
        capped.maxRows = 2500;
        frozen = table.freeze(capped);
        QVERIFY(frozen.capped);
        QCOMPARE(frozen.table->size(), std::size_t(2500));
        QCOMPARE(frozen.table->lineNumber(2499), std::uint64_t(1000 + 9999));
        QCOMPARE(frozen.table->lineNumber(0), std::uint64_t(1000 + 7500));
        QVERIFY(frozen.table->isTimeOrdered());
    }

    void rowBudgetIsASafetyCapThatSaysWhenItBites() {
        LiveOptions options;
        options.chunkRows = 100;
        options.maxRows = 1000;
        LiveTable table(options);
        Texts t;
        for (std::size_t i = 0; i < 5000; ++i) {
            table.append(rowAt(i, t), 0);
            table.evict(kStart); // nothing is older than the window
        }
        QVERIFY(table.size() <= 1100);
        QVERIFY(table.size() >= 1000);
        QCOMPARE(table.overBudgetRows(), std::uint64_t(5000 - table.size()));
        QVERIFY(table.heapBytes() > 0);
    }

    void sessionKeepsRawLinesSoDrillDownsGetTheirFields() {
        // Rows from a LineIngestor (rawLine empty, the raw line in extra) keep their line and
        // the fields without a column.
        LineIngestor ingestor(findBuiltinFormat("json-lines"));
        std::vector<std::string> texts;
        for (int i = 0; i < 300; ++i)
            texts.push_back("{\"timestamp\":\"" + formatIso8601(kStart + i * kTick) +
                            "\",\"level\":\"ERROR\",\"service\":\"api\",\"message\":\"boom " +
                            std::to_string(i) + "\",\"trace_id\":\"t" + std::to_string(i) + "\"}");
        std::vector<std::string_view> lines(texts.begin(), texts.end());
        LiveOptions options;
        options.chunkRows = 64;
        LiveSession session(options);
        session.ingest(ingestor.parse(lines), kStart + 30 * kNanosPerSecond);
        QCOMPARE(session.table().size(), std::size_t(300));
        QVERIFY(session.table().sealedChunks() >= 4);
        const SourceFile source{"(live)", "json-lines", ingestor.format()->decoder()};
        const FrozenRows frozen = session.table().freeze({}, &source);
        QCOMPARE(frozen.table->size(), std::size_t(300));
        QCOMPARE(frozen.table->rawLine(5), std::string_view(texts[5]));
        QCOMPARE(frozen.table->message(5), std::string_view("boom 5"));
        QVERIFY2(frozen.table->extra(5).find("t5") != std::string::npos,
                 frozen.table->extra(5).c_str());
        QCOMPARE(frozen.table->sourceFile(5), std::string_view("(live)"));
        QVERIFY(frozen.table->templateId(5) != kNoTemplate);
    }

    void demoWindowIsKeptWhole() {
        // A generator demo at 2,000 lines/s for 3 minutes with a 2-minute window: every row
        // of the window is there (the old budget kept far fewer), at a few dozen bytes a row.
        GeneratorFeedSettings settings;
        settings.rate = 2000.0;
        settings.scenarioOverride = std::string(kCalmScenario);
        std::string error;
        auto feed = GeneratorFeed::create(settings, kStart, error);
        QVERIFY2(feed != nullptr, error.c_str());
        LiveOptions options;
        options.windowNs = 2 * kNanosPerMinute;
        LiveSession session(options, true);
        driveFeed(*feed, session, kStart, kStart + 3 * kNanosPerMinute, kTick);
        const auto snap = session.snapshot(kStart + 3 * kNanosPerMinute);
        QCOMPARE(snap->rowsOverBudget, std::uint64_t(0));
        QVERIFY(session.table().oldestNs() <= session.newestNs() - options.windowNs);
        QVERIFY2(snap->rowsKept >= 235'000, qPrintable(QString::number(snap->rowsKept)));
        const double perRow =
            static_cast<double>(snap->tableBytes) / static_cast<double>(snap->rowsKept);
        QVERIFY2(perRow < 120.0, qPrintable(QString::number(perRow)));
        LiveSelection window;
        window.filter.fromNs = session.newestNs() - options.windowNs;
        window.maxRows = 1'000'000;
        const FrozenRows frozen = session.table().freeze(window);
        // The dashboard counts the window by one-second slots: the same lines, give or take
        // the slot the window starts in.
        const double counted = static_cast<double>(snap->result->totalLines);
        QVERIFY2(std::abs(static_cast<double>(frozen.table->size()) - counted) <= 2500.0,
                 qPrintable(QStringLiteral("%1 vs %2").arg(frozen.table->size()).arg(counted)));
    }
};

QTEST_GUILESS_MAIN(TestLiveTable)
#include "test_live_table.moc"
