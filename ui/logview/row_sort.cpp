#include "ui/logview/row_sort.h"

#include <QThreadPool>
#include <QtConcurrent>
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>
#include <string_view>

namespace logscope::ui {

namespace {

// Below this many items one thread sorts; above, parts are sorted on all cores and merged.
constexpr std::size_t kParallelSortMin = std::size_t{1} << 16;

// Sorts items by a strict total order on all cores: ten million rows sort in a fraction of the
// single-threaded time. False when cancelled (items are then in no particular order).
template <typename T, typename Less>
bool parallelSort(std::vector<T>& items, Less less, const core::CancellationToken* cancel) {
    const std::size_t n = items.size();
    const auto threads =
        static_cast<std::size_t>(std::max(1, QThreadPool::globalInstance()->maxThreadCount()));
    if (n < kParallelSortMin || threads < 2) {
        std::sort(items.begin(), items.end(), less);
        return !(cancel && cancel->isCancelled());
    }
    const std::size_t parts = std::min<std::size_t>(threads, 16);
    std::vector<std::size_t> bounds(parts + 1);
    for (std::size_t p = 0; p <= parts; ++p)
        bounds[p] = n * p / parts;
    const auto at = [&items](std::size_t i) {
        return items.begin() + static_cast<std::ptrdiff_t>(i);
    };
    std::vector<std::size_t> part(parts);
    std::iota(part.begin(), part.end(), std::size_t{0});
    QtConcurrent::blockingMap(
        part, [&](std::size_t p) { std::sort(at(bounds[p]), at(bounds[p + 1]), less); });
    // Merge neighbouring runs, doubling their width, the merges of one round in parallel.
    for (std::size_t width = 1; width < parts; width *= 2) {
        if (cancel && cancel->isCancelled())
            return false;
        std::vector<std::array<std::size_t, 3>> merges;
        for (std::size_t p = 0; p + width < parts; p += 2 * width)
            merges.push_back(
                {bounds[p], bounds[p + width], bounds[std::min(p + 2 * width, parts)]});
        QtConcurrent::blockingMap(merges, [&](const std::array<std::size_t, 3>& m) {
            std::inplace_merge(at(m[0]), at(m[1]), at(m[2]), less);
        });
    }
    return !(cancel && cancel->isCancelled());
}

// Sorts (key, row) pairs; the row breaks ties so the order is total and stable.
template <typename Key>
bool sortByKey(std::vector<core::RowId>& rows, Qt::SortOrder order,
               const core::CancellationToken* cancel, auto keyOf) {
    std::vector<std::pair<Key, core::RowId>> keyed;
    keyed.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if ((i & 0xFFFF) == 0 && cancel && cancel->isCancelled())
            return false;
        keyed.emplace_back(keyOf(rows[i]), rows[i]);
    }
    if (cancel && cancel->isCancelled())
        return false;
    const bool sorted =
        order == Qt::AscendingOrder
            ? parallelSort(keyed, std::less<>(), cancel)
            : parallelSort(
                  keyed,
                  [](const auto& a, const auto& b) {
                      return a.first > b.first || (a.first == b.first && a.second < b.second);
                  },
                  cancel);
    if (!sorted)
        return false;
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = keyed[i].second;
    return !(cancel && cancel->isCancelled());
}

} // namespace

bool isSortableColumn(LogColumn column) {
    switch (column) {
    case LogColumn::Time:
    case LogColumn::Level:
    case LogColumn::Service:
    case LogColumn::Latency:
    case LogColumn::Status:
    case LogColumn::Score:
        return true;
    default:
        return false;
    }
}

bool sortRows(std::vector<core::RowId>& rows, const core::LogTable& table, LogColumn column,
              Qt::SortOrder order, const RowLookup& lookup, const core::CancellationToken* cancel) {
    switch (column) {
    case LogColumn::Time:
        return sortByKey<std::int64_t>(rows, order, cancel,
                                       [&](core::RowId r) { return table.timestampNs(r); });
    case LogColumn::Level:
        return sortByKey<int>(rows, order, cancel,
                              [&](core::RowId r) { return static_cast<int>(table.level(r)); });
    case LogColumn::Service: {
        // Rank the interned names alphabetically once; then sort by rank.
        const auto& pool = table.strings();
        std::vector<std::uint32_t> ids(pool.size());
        std::iota(ids.begin(), ids.end(), 0U);
        std::sort(ids.begin(), ids.end(),
                  [&](auto a, auto b) { return pool.text(a) < pool.text(b); });
        std::vector<std::uint32_t> rank(pool.size());
        for (std::uint32_t i = 0; i < ids.size(); ++i)
            rank[ids[i]] = i;
        return sortByKey<std::uint32_t>(rows, order, cancel,
                                        [&](core::RowId r) { return rank[table.serviceId(r)]; });
    }
    case LogColumn::Latency:
        return sortByKey<float>(rows, order, cancel, [&](core::RowId r) {
            return table.hasLatency(r) ? table.latencyMs(r)
                                       : -std::numeric_limits<float>::infinity();
        });
    case LogColumn::Status:
        return sortByKey<int>(rows, order, cancel,
                              [&](core::RowId r) { return static_cast<int>(table.statusCode(r)); });
    case LogColumn::Score:
        return sortByKey<float>(rows, order, cancel, [&](core::RowId r) {
            return lookup.score(r).value_or(-std::numeric_limits<float>::infinity());
        });
    default:
        // Row (file) order.
        if (order == Qt::AscendingOrder)
            std::sort(rows.begin(), rows.end());
        else
            std::sort(rows.begin(), rows.end(), std::greater<>());
        return !(cancel && cancel->isCancelled());
    }
}

} // namespace logscope::ui
