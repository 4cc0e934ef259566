// The log view (issue 7: "smooth with 10 million rows") on a synthetic table of ROWS lines:
//  - creating the model (all lines shown: the worker resolves the rows, the GUI swaps them in),
//  - scrolling to the end and to the middle (one repaint each),
//  - sorting by time and by anomaly score, filtering by text and by a regular expression,
// each with the longest GUI event-loop stall meanwhile (2 ms timer probe).
// Usage: bench_ui_log_view [ROWS] (default 10,000,000). Prints `name: value unit` lines.
#include "core/analysis/analysis_result.h"
#include "core/table/log_table.h"
#include "support/stall_probe.h"
#include "ui/logview/log_columns.h"
#include "ui/logview/log_table_model.h"
#include "ui/logview/log_view.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <algorithm>
#include <cstdio>
#include <random>

using namespace logscope;

namespace {

// Messages the rows point into (a table's texts live in memory it keeps alive).
std::shared_ptr<const std::vector<std::string>> messages() {
    auto texts = std::make_shared<std::vector<std::string>>();
    const char* const shapes[] = {
        "GET /api/v1/orders/%d 200 in %d ms",        "user %d logged in from 10.0.%d.7",
        "payment %d authorised after %d retries",    "cache miss for key session:%d:%d",
        "upstream timeout after %d ms (attempt %d)", "connection pool at %d of %d"};
    for (int i = 0; i < 256; ++i) {
        char text[128];
        std::snprintf(text, sizeof text, shapes[i % 6], 1000 + i * 7, i % 50);
        texts->emplace_back(text);
    }
    return texts;
}

std::shared_ptr<const core::LogTable> makeTable(std::size_t rows) {
    const auto texts = messages();
    core::LogColumns c;
    c.resizeUninitialized(rows);
    core::StringPool pool;
    const char* const names[] = {"api-gateway", "auth",          "payments", "orders",
                                 "inventory",   "notifications", "database"};
    core::StringPool::Id services[7];
    for (int i = 0; i < 7; ++i)
        services[i] = pool.intern(names[i]);
    std::mt19937_64 random(7);
    const std::int64_t start = 1'730'000'000'000'000'000; // Oct 2024, ns
    for (std::size_t r = 0; r < rows; ++r) {
        const std::uint64_t x = random();
        const std::string& message = (*texts)[x & 255];
        // Roughly in time order, as merged files are: a few seconds of disorder.
        c.timestamps[r] = start + static_cast<std::int64_t>(r) * 10'000'000 +
                          static_cast<std::int64_t>((x >> 8) % 3000) * 1'000'000;
        const unsigned level = (x >> 20) % 100;
        c.levels[r] = level < 2    ? core::Level::Error
                      : level < 8  ? core::Level::Warning
                      : level < 20 ? core::Level::Debug
                                   : core::Level::Info;
        c.services[r] = services[(x >> 28) % 7];
        c.sources[r] = core::StringPool::kNone;
        c.hosts[r] = core::StringPool::kNone;
        c.messageData[r] = message.data();
        c.messageSize[r] = static_cast<std::uint32_t>(message.size());
        c.rawData[r] = nullptr;
        c.rawSize[r] = 0;
        c.latencies[r] = static_cast<float>((x >> 32) % 2000) / 4.0F;
        c.statuses[r] = 200;
        c.truths[r] = core::Truth::Unlabelled;
        c.anomalyTypes[r] = core::StringPool::kNone;
        c.anomalyScores[r] = 0.0F;
        c.lineNumbers[r] = r + 1;
        c.fileIndexes[r] = 0;
        c.templates[r] = static_cast<std::uint32_t>(x & 255);
    }
    return std::make_shared<const core::LogTable>(
        core::LogTable::fromColumns(std::move(c), std::move(pool), {{"synthetic", "bench", {}}},
                                    {std::shared_ptr<const void>(texts)}));
}

std::shared_ptr<const core::AnalysisResult> makeSnapshot(const core::LogTable& table) {
    auto result = std::make_shared<core::AnalysisResult>();
    result->totalLines = table.size();
    result->lineScores.resize(table.size());
    std::mt19937 random(11);
    std::uniform_real_distribution<float> score(0.0F, 1.0F);
    for (float& s : result->lineScores)
        s = score(random);
    return result;
}

double msSince(const QElapsedTimer& clock) {
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

// Runs one worker job of the log view and prints its time and the GUI's longest stall.
template <typename Start> void measure(ui::LogView& view, const char* name, Start start) {
    test::StallProbe probe;
    QElapsedTimer clock;
    probe.start();
    clock.start();
    start();
    test::waitFor(&view, &ui::LogView::rowsShown);
    const double ms = msSince(clock);
    const qint64 stall = probe.stop();
    std::printf("%s: %.0f ms\n", name, ms);
    std::printf("%s_max_gui_stall: %lld ms\n", name, static_cast<long long>(stall));
    std::printf("%s_max_gui_busy: %.1f ms\n", name, probe.worstCpuMs());
    std::printf("%s_rows_shown: %d rows\n", name, view.model()->rowCount());
}

double scrollTo(ui::LogView& view, int row) {
    QElapsedTimer clock;
    clock.start();
    view.table()->scrollTo(view.model()->index(row, 0), QAbstractItemView::PositionAtCenter);
    QApplication::processEvents();
    view.table()->viewport()->repaint();
    return msSince(clock);
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::size_t rows = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 10'000'000;
    QApplication app(argc, argv);

    QElapsedTimer clock;
    clock.start();
    const auto table = makeTable(rows);
    const auto snapshot = makeSnapshot(*table);
    std::printf("rows: %zu rows\n", table->size());
    std::printf("synthetic_table_build: %.0f ms\n", msSince(clock));

    ui::LogView view;
    view.resize(1400, 800);
    view.show();
    QApplication::processEvents();

    ui::DrillDown all;
    all.description = QStringLiteral("All lines");
    measure(view, "log_view_model_creation",
            [&] { view.showDrillDown(table, snapshot, core::ViewFilter{}, all); });

    // The GUI thread's share of every job: swapping the new rows into the model.
    {
        ui::LogTableModel* model = view.model();
        const auto shown = model->rows();
        const ui::RowLookup lookup = model->lookup();
        std::vector<double> times;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer swap;
            swap.start();
            model->setRows(table, shown, lookup);
            QApplication::processEvents();
            times.push_back(msSince(swap));
        }
        std::sort(times.begin(), times.end());
        std::printf("log_view_swap_rows_gui: %.1f ms\n", times[times.size() / 2]);
        // From no rows to all of them, as when the first drill-down opens: the view's row
        // header then makes a record per row.
        model->setRows(table, std::make_shared<const std::vector<core::RowId>>(), lookup);
        QApplication::processEvents();
        QElapsedTimer swap;
        swap.start();
        const double cpuStart = test::threadCpuMs();
        model->setRows(table, shown, lookup);
        QApplication::processEvents();
        std::printf("log_view_swap_rows_from_empty_gui: %.1f ms\n", msSince(swap));
        std::printf("log_view_swap_rows_from_empty_gui_cpu: %.1f ms\n",
                    test::threadCpuMs() - cpuStart);
    }

    const int last = view.model()->rowCount() - 1;
    std::printf("log_view_scroll_to_end: %.1f ms\n", scrollTo(view, last));
    std::printf("log_view_scroll_to_middle: %.1f ms\n", scrollTo(view, last / 2));
    std::printf("log_view_scroll_to_start: %.1f ms\n", scrollTo(view, 0));

    measure(view, "log_view_sort_by_time_desc",
            [&] { view.sortBy(static_cast<int>(ui::LogColumn::Time), Qt::DescendingOrder); });
    measure(view, "log_view_sort_by_time_asc",
            [&] { view.sortBy(static_cast<int>(ui::LogColumn::Time), Qt::AscendingOrder); });
    measure(view, "log_view_sort_by_score_desc",
            [&] { view.sortBy(static_cast<int>(ui::LogColumn::Score), Qt::DescendingOrder); });
    std::printf("log_view_scroll_to_end_sorted: %.1f ms\n",
                scrollTo(view, view.model()->rowCount() - 1));
    measure(view, "log_view_filter_text",
            [&] { view.setTextFilter(QStringLiteral("timeout"), false); });
    measure(view, "log_view_filter_regex",
            [&] { view.setTextFilter(QStringLiteral("payment \\d+ authorised"), true); });
    measure(view, "log_view_filter_cleared", [&] { view.setTextFilter({}, false); });
    return 0;
}
