#pragma once

#include "core/table/column.h"
#include "core/table/level.h"
#include "core/table/string_pool.h"

#include <cstdint>
#include <string_view>

namespace logscope::core {

/// Ground truth a log may carry about itself (generator `_labels`, seed 001's `anomalous`,
/// BGL's alert label).
enum class Truth : std::uint8_t { Unlabelled, Normal, Anomaly };

/// The columns of a LogTable, one element per row. Text columns hold a pointer and a length
/// into memory the table keeps alive (the mapped file, a decompressed buffer or an arena), so
/// that a row owns no heap object. Public so that loaders can fill them in bulk (in parallel,
/// by disjoint slices) before a table adopts them.
struct LogColumns {
    Column<std::int64_t> timestamps;
    Column<Level> levels;
    Column<StringPool::Id> services;
    Column<StringPool::Id> sources;
    Column<StringPool::Id> hosts;
    Column<const char*> messageData;
    Column<std::uint32_t> messageSize;
    Column<const char*> rawData;
    Column<std::uint32_t> rawSize;
    Column<float> latencies;
    Column<std::uint16_t> statuses;
    Column<Truth> truths;
    Column<StringPool::Id> anomalyTypes;
    Column<float> anomalyScores;
    Column<std::uint64_t> lineNumbers;
    Column<std::uint16_t> fileIndexes;
    Column<std::uint32_t> templates;

    /// Calls f(&LogColumns::column) for every column: the one list of the columns.
    template <typename F> static void forEachMember(F&& f) {
        f(&LogColumns::timestamps), f(&LogColumns::levels), f(&LogColumns::services),
            f(&LogColumns::sources), f(&LogColumns::hosts), f(&LogColumns::messageData),
            f(&LogColumns::messageSize), f(&LogColumns::rawData), f(&LogColumns::rawSize),
            f(&LogColumns::latencies), f(&LogColumns::statuses), f(&LogColumns::truths),
            f(&LogColumns::anomalyTypes), f(&LogColumns::anomalyScores),
            f(&LogColumns::lineNumbers), f(&LogColumns::fileIndexes), f(&LogColumns::templates);
    }
    /// Calls f(column) for every column (f takes `auto&`).
    template <typename F> void forEach(F&& f) {
        forEachMember([this, &f](auto member) { f(this->*member); });
    }
    template <typename F> void forEach(F&& f) const {
        forEachMember([this, &f](auto member) { f(this->*member); });
    }

    /// Number of rows.
    [[nodiscard]] std::size_t size() const noexcept { return timestamps.size(); }
    /// Sets every column to n rows, leaving new rows uninitialised.
    void resizeUninitialized(std::size_t n) {
        forEach([n](auto& c) { c.resizeUninitialized(n); });
    }
    /// Reserves room for n rows in total.
    void reserve(std::size_t n) {
        forEach([n](auto& c) { c.reserve(n); });
    }
    /// Drops rows from n on.
    void truncate(std::size_t n) noexcept {
        forEach([n](auto& c) { c.truncate(n); });
    }
    /// Moves count rows from row from to row to (ranges may overlap).
    void moveRows(std::size_t from, std::size_t to, std::size_t count) noexcept {
        forEach([=](auto& c) { c.moveRange(from, to, count); });
    }
    /// Bytes allocated by all columns.
    [[nodiscard]] std::size_t capacityBytes() const {
        std::size_t total = 0;
        forEach([&total](const auto& c) { total += c.capacityBytes(); });
        return total;
    }
};

/// A view of text stored in a pair of text columns.
inline std::string_view textAt(const Column<const char*>& data, const Column<std::uint32_t>& size,
                               std::size_t row) noexcept {
    return size[row] == 0 ? std::string_view{} : std::string_view(data[row], size[row]);
}

} // namespace logscope::core
