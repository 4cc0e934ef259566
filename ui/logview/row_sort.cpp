#include "ui/logview/row_sort.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string_view>

namespace logscope::ui {

namespace {

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
    if (order == Qt::AscendingOrder)
        std::sort(keyed.begin(), keyed.end());
    else
        std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
            return a.first > b.first || (a.first == b.first && a.second < b.second);
        });
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
