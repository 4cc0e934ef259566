#include "core/table/log_table.h"

#include <QTest>

using namespace logscope::core;

class TestLogTable : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void appendCopiesWhatItKeeps() {
        LogTable table;
        std::string message = "hello";
        std::string service = "api";
        LogRow row;
        row.timestampNs = 100;
        row.level = Level::Warning;
        row.service = service;
        row.message = message;
        row.extra = R"({"k":1})";
        row.rawLine = "raw text";
        row.lineNumber = 7;
        QCOMPARE(table.append(row), std::size_t{0});
        message = "XXXXX";
        service = "XXX";
        QCOMPARE(table.message(0), std::string_view("hello"));
        QCOMPARE(table.service(0), std::string_view("api"));
        QCOMPARE(table.extra(0), std::string(R"({"k":1})"));
        QCOMPARE(table.rawLine(0), std::string_view("raw text"));
        QCOMPARE(table.lineNumber(0), std::uint64_t{7});
        QCOMPARE(table.templateId(0), kNoTemplate);
        table.setTemplateId(0, 42);
        QCOMPARE(table.templateId(0), 42u);
        QCOMPARE(table.sourceFile(0), std::string_view());
    }

    void timeIndexAnswersRangeQueries() {
        LogTable table;
        const std::int64_t times[] = {50, 10, kNoTimestamp, 30, 30, 70, 20};
        for (const std::int64_t t : times) {
            LogRow row;
            row.timestampNs = t;
            table.append(row);
        }
        QVERIFY(!table.isTimeOrdered());
        const auto order = table.timeOrder();
        const std::vector<LogTable::Row> expected = {1, 6, 3, 4, 0, 5};
        QCOMPARE(std::vector<LogTable::Row>(order.begin(), order.end()), expected);
        const auto range = table.rowsInTimeRange(20, 50);
        QCOMPARE(std::vector<LogTable::Row>(range.begin(), range.end()),
                 (std::vector<LogTable::Row>{6, 3, 4}));
        QCOMPARE(table.rowsInTimeRange(71, 100).size(), std::size_t{0});
        QCOMPARE(table.firstTimestampNs(), std::int64_t{10});
        QCOMPARE(table.lastTimestampNs(), std::int64_t{70});
    }

    void bulkColumnsBecomeATable() {
        LogColumns columns;
        columns.resizeUninitialized(3);
        StringPool pool;
        const StringPool::Id svc = pool.intern("svc");
        const char* text = "m0m1m2";
        for (std::size_t r = 0; r < 3; ++r) {
            columns.timestamps[r] = static_cast<std::int64_t>(30 - r * 10); // out of order
            columns.levels[r] = Level::Info;
            columns.services[r] = svc;
            columns.sources[r] = columns.hosts[r] = columns.anomalyTypes[r] = 0;
            columns.messageData[r] = text + 2 * r;
            columns.messageSize[r] = 2;
            columns.rawData[r] = nullptr;
            columns.rawSize[r] = 0;
            columns.latencies[r] = 1.0F;
            columns.statuses[r] = 200;
            columns.truths[r] = Truth::Unlabelled;
            columns.anomalyScores[r] = 0;
            columns.lineNumbers[r] = r + 1;
            columns.fileIndexes[r] = 0;
            columns.templates[r] = kNoTemplate;
        }
        LogTable table = LogTable::fromColumns(std::move(columns), std::move(pool),
                                               {SourceFile{"a.log", "plain", nullptr}}, {});
        QCOMPARE(table.size(), std::size_t{3});
        QCOMPARE(table.message(2), std::string_view("m2"));
        QCOMPARE(table.service(1), std::string_view("svc"));
        QCOMPARE(table.sourceFile(1), std::string_view("a.log"));
        QVERIFY(!table.isTimeOrdered());
        QCOMPARE(table.timeOrder()[0], std::size_t{2});
        QVERIFY(table.heapBytes() > 0);
    }

    void columnsGrowWithoutLosingData() {
        Column<std::uint32_t> column;
        for (std::uint32_t i = 0; i < 100'000; ++i)
            column.push_back(i);
        column.insert(1, 7);
        QCOMPARE(column.size(), std::size_t{100'001});
        QCOMPARE(column[0], 0u);
        QCOMPARE(column[1], 7u);
        QCOMPARE(column[2], 1u);
        column.moveRange(2, 0, 3);
        QCOMPARE(column[0], 1u);
        column.truncate(5);
        QCOMPARE(column.size(), std::size_t{5});
        Column<std::uint32_t> copy = column;
        QCOMPARE(copy[4], column[4]);
    }

    void textArenaViewsSurviveMoves() {
        TextArena arena;
        const std::string_view a = arena.store("first");
        TextArena moved = std::move(arena);
        const std::string_view b = moved.store(std::string(100'000, 'z'));
        QCOMPARE(a, std::string_view("first"));
        QCOMPARE(b.size(), std::size_t{100'000});
        QCOMPARE(arena.bytesUsed(), std::size_t{0});
    }
};

QTEST_APPLESS_MAIN(TestLogTable)
#include "test_log_table.moc"
