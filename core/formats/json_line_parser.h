#pragma once

#include "core/table/log_table.h"

#include <memory>
#include <string>
#include <string_view>

namespace logscope::core {

/// Parses one JSON object per line into LogTable columns, mapping the field aliases of every
/// seed's shape (timestamp/time/@timestamp/ts, level/severity/lvl, service/component/app/
/// source/server, message/msg, response_time_ms/latency_ms/duration_ms, status_code/status)
/// and `_labels` / `anomalous` ground truth. Other fields are kept as compact JSON.
class JsonLineParser {
public:
    JsonLineParser();
    ~JsonLineParser();
    JsonLineParser(const JsonLineParser&) = delete;
    JsonLineParser& operator=(const JsonLineParser&) = delete;

    /// Parses line and appends it to table. `paddedCapacity` is the number of readable bytes
    /// from line.data() on (at least line.size() + 64, the simdjson padding). On failure
    /// returns false and sets error; the table is unchanged.
    bool parse(std::string_view line, std::size_t paddedCapacity, std::uint64_t lineNumber,
               LogTable& table, std::string& error);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace logscope::core
