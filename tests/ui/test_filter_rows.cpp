// core/analysis/filter_rows: selecting rows by a view filter and a drill-down condition,
// narrowing filters, copying rows, and analysing a subset with row ids mapped back.
#include "core/analysis/filter_rows.h"
#include "core/time/civil_time.h"

#include <QTest>
#include <cmath>

using namespace logscope::core;

namespace {

// 2024-10-28 is a Monday.
const std::int64_t kMonday = toEpochNanos({2024, 10, 28, 0, 0, 0, 0});

// Row i: one line every 10 minutes from Monday 00:00; levels cycle INFO, WARNING, ERROR;
// services cycle api, db, "" (none); latency i ms on even rows; messages "line i ...".
LogTable makeTable(std::size_t n) {
    LogTable t;
    static const char* const kServices[] = {"api", "db", ""};
    static const Level kLevels[] = {Level::Info, Level::Warning, Level::Error};
    for (std::size_t i = 0; i < n; ++i) {
        std::string message("line ");
        message += std::to_string(i);
        message += i % 5 == 0 ? " Timeout reached" : " ok";
        LogRow row;
        row.timestampNs =
            i == 7 ? kNoTimestamp : kMonday + static_cast<std::int64_t>(i) * 10 * kNanosPerMinute;
        row.level = kLevels[i % 3];
        row.service = kServices[i % 3];
        row.message = message;
        if (i % 2 == 0)
            row.latencyMs = static_cast<float>(i);
        row.statusCode = static_cast<std::uint16_t>(i % 4 == 0 ? 500 : 200);
        row.lineNumber = i + 1;
        t.append(row);
    }
    return t;
}

template <typename Pred> std::vector<RowId> expected(const LogTable& t, Pred pred) {
    std::vector<RowId> rows;
    for (RowId r = 0; r < t.size(); ++r)
        if (pred(r))
            rows.push_back(r);
    return rows;
}

} // namespace

class TestFilterRows : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void selectsEverythingByDefault() {
        const LogTable t = makeTable(100);
        QCOMPARE(filterRows(t, ViewFilter{}).size(), std::size_t{100});
    }

    void timeRangeIsHalfOpenAndSkipsUntimedLines() {
        const LogTable t = makeTable(100);
        ViewFilter f;
        f.fromNs = kMonday + 30 * kNanosPerMinute; // row 3
        f.toNs = kMonday + 100 * kNanosPerMinute;  // row 10, excluded
        QCOMPARE(filterRows(t, f), (std::vector<RowId>{3, 4, 5, 6, 8, 9}));
    }

    void servicesLevelsAndNone() {
        const LogTable t = makeTable(90);
        ViewFilter f;
        f.services = {"db", "(none)"};
        f.levelMask = 1u << static_cast<unsigned>(Level::Error);
        // Errors are rows 2, 5, 8, ...; "db" rows 1, 4, 7, ...; "" rows 2, 5, 8, ...
        QCOMPARE(filterRows(t, f), expected(t, [](RowId r) { return r % 3 == 2; }));
        f.services = {"nosuch"};
        QVERIFY(filterRows(t, f).empty());
    }

    void textIsCaseInsensitiveAndRegexWorks() {
        const LogTable t = makeTable(50);
        ViewFilter f;
        f.text = "TIMEOUT";
        QCOMPARE(filterRows(t, f), expected(t, [](RowId r) { return r % 5 == 0; }));
        f.text = "^line [0-9]*7 ";
        f.textIsRegex = true;
        QCOMPARE(filterRows(t, f), (std::vector<RowId>{7, 17, 27, 37, 47}));
        f.text = "([unclosed";
        QVERIFY(!isValidFilterRegex(f.text));
        QVERIFY(filterRows(t, f).empty());
    }

    void weekdayHourAndLatencyConditions() {
        const LogTable t = makeTable(2000); // about 14 days
        LineCondition c;
        c.weekday = 1; // Tuesday
        c.hour = 3;
        const auto rows = filterRows(t, ViewFilter{}, c);
        QCOMPARE(rows, expected(t, [&](RowId r) {
                     const std::int64_t ts = t.timestampNs(r);
                     return ts != kNoTimestamp && weekdayOf(ts) == 1 &&
                            (ts % kNanosPerDay) / kNanosPerHour == 3;
                 }));
        QCOMPARE(rows.size(), std::size_t{12}); // 6 per hour, two Tuesdays
        LineCondition latency;
        latency.minLatencyMs = 10;
        latency.maxLatencyMs = 20;
        QCOMPARE(filterRows(t, ViewFilter{}, latency), (std::vector<RowId>{10, 12, 14, 16, 18}));
        latency.maxInclusive = true;
        QCOMPARE(filterRows(t, ViewFilter{}, latency).back(), RowId{20});
        LineCondition any;
        any.needsLatency = true;
        QCOMPARE(filterRows(t, ViewFilter{}, any).size(), std::size_t{1000});
        QVERIFY(!any.isEmpty());
        QVERIFY(LineCondition{}.isEmpty());
    }

    void amongKeepsTheGivenOrderAndIgnoresBadRows() {
        const LogTable t = makeTable(30);
        ViewFilter f;
        f.levelMask = 1u << static_cast<unsigned>(Level::Info);
        const std::vector<RowId> among{27, 3, 4, 999, 0};
        QCOMPARE(filterRows(t, among, f), (std::vector<RowId>{27, 3, 0}));
    }

    void largeTablesSplitIntoChunksInOrder() {
        const LogTable t = makeTable(300'000);
        ViewFilter f;
        f.text = "timeout";
        const auto rows = filterRows(t, f);
        QCOMPARE(rows.size(), std::size_t{60'000});
        QVERIFY(std::is_sorted(rows.begin(), rows.end()));
        CancellationToken cancel;
        cancel.cancel();
        QVERIFY(filterRows(t, f, {}, &cancel).empty());
    }

    void narrowingIntersects() {
        ViewFilter a;
        a.fromNs = 100;
        a.toNs = 1000;
        a.services = {"api", "db"};
        a.levelMask = 0b0111000;
        a.text = "timeout";
        ViewFilter b;
        b.fromNs = 500;
        b.services = {"db", "web"};
        b.levelMask = 0b1110000;
        const ViewFilter n = narrowFilter(a, b);
        QCOMPARE(n.fromNs, std::int64_t{500});
        QCOMPARE(n.toNs, std::int64_t{1000});
        QCOMPARE(n.services, (std::vector<std::string>{"db"}));
        QCOMPARE(n.levelMask, 0b0110000u);
        QCOMPARE(n.text, std::string("timeout"));
        b.services = {"web"};
        QCOMPARE(narrowFilter(a, b).levelMask, 0u); // nothing in common selects nothing
        QCOMPARE(narrowFilter(ViewFilter{}, b).services, b.services);
    }

    void rowsOfTemplateMapsAnalysedLinesToRows() {
        const LogTable t = makeTable(20);
        AnalysisResult r;
        r.lineTemplates = {0, 1, 1, 0, 1};
        r.rows = {2, 5, 8, 11, 14}; // a subset: analysed line i is row rows[i]
        const std::uint32_t all = 0xFFFFFFFFu;
        QCOMPARE(rowsOfTemplate(r, 1, all, t), (std::vector<RowId>{5, 8, 14}));
        // Rows 5, 8 and 14 are all at ERROR.
        QCOMPARE(rowsOfTemplate(r, 1, 1u << static_cast<unsigned>(Level::Info), t).size(),
                 std::size_t{0});
        r.rows.clear(); // the whole table
        QCOMPARE(rowsOfTemplate(r, 0, all, t), (std::vector<RowId>{0, 3}));
        QVERIFY(rowsOfTemplate(AnalysisResult{}, 0, all, t).empty());
    }

    void appendRowsCopiesEveryColumn() {
        LogTable src = makeTable(10);
        src.setTemplateId(4, 77);
        LogTable dst;
        const std::vector<RowId> rows{4, 9};
        appendRows(dst, src, &rows, 3);
        QCOMPARE(dst.size(), std::size_t{2});
        QCOMPARE(dst.message(0), src.message(4));
        QCOMPARE(dst.service(0), src.service(4));
        QCOMPARE(dst.level(1), src.level(9));
        QCOMPARE(dst.timestampNs(1), src.timestampNs(9));
        QCOMPARE(dst.latencyMs(0), src.latencyMs(4));
        QCOMPARE(dst.statusCode(0), src.statusCode(4));
        QCOMPARE(dst.lineNumber(1), std::uint64_t{10});
        QCOMPARE(dst.templateId(0), std::uint32_t{77});
        QCOMPARE(dst.fileIndex(0), std::uint16_t{3});
        appendRows(dst, src);
        QCOMPARE(dst.size(), std::size_t{12});
        QCOMPARE(dst.fileIndex(2), std::uint16_t{0});
    }

    void analyzeFilteredCountsTheSubsetAndMapsRowsBack() {
        const LogTable t = makeTable(300);
        ViewFilter f;
        f.services = {"api"};
        const auto r = analyzeFiltered(t, f);
        QVERIFY(r);
        QCOMPARE(r->totalLines, std::uint64_t{100});
        QCOMPARE(r->rows, expected(t, [](RowId x) { return x % 3 == 0; }));
        QCOMPARE(r->services.size(), std::size_t{1});
        QCOMPARE(analyzeFiltered(t, ViewFilter{})->totalLines, std::uint64_t{300});
        CancellationToken cancel;
        cancel.cancel();
        QVERIFY(!analyzeFiltered(t, f, &cancel));

        AnalysisResult mapped;
        mapped.topAnomalies = {{1, 0.9, "x", {}}};
        mapped.timeline = {{0, 0.5F, 0, true, 2}};
        Incident incident;
        incident.evidence = {0, 2};
        mapped.incidents = {incident};
        mapRowsBack(mapped, {10, 20, 30});
        QCOMPARE(mapped.topAnomalies[0].row, RowId{20});
        QCOMPARE(mapped.timeline[0].row, RowId{30});
        QCOMPARE(mapped.incidents[0].evidence, (std::vector<RowId>{10, 30}));
        QCOMPARE(mapped.rows, (std::vector<RowId>{10, 20, 30}));
    }
};

QTEST_MAIN(TestFilterRows)
#include "test_filter_rows.moc"
