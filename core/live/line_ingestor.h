#pragma once

#include "core/formats/log_format.h"
#include "core/table/log_table.h"

#include <deque>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace logscope::core {

/// Turns lines of text (a followed file, stdin, the generator's JSON lines) into rows for
/// LiveSession::ingest(). The format is given, or detected from the first lines it sees.
/// Lines a format cannot read are counted and skipped.
class LineIngestor {
public:
    /// format: nullptr = detect from the first batch.
    explicit LineIngestor(std::shared_ptr<const LogFormat> format = nullptr);

    /// Parses lines (without their line ends). The rows (and their texts) stay valid until
    /// the next call. rawLine is left empty; extra holds the raw line when the format keeps
    /// fields outside the columns (the rules look there for client addresses and payloads).
    std::span<const LogRow> parse(std::span<const std::string_view> lines);
    /// The format in use (null before the first line).
    [[nodiscard]] const std::shared_ptr<const LogFormat>& format() const { return m_format; }
    /// Lines that could not be read, so far.
    [[nodiscard]] std::uint64_t badLines() const noexcept { return m_bad; }
    /// The reason the last bad line gave.
    [[nodiscard]] const std::string& lastError() const noexcept { return m_error; }

private:
    std::string_view keep(std::string_view text);

    std::shared_ptr<const LogFormat> m_format;
    std::unique_ptr<LineParser> m_parser;
    std::vector<LogRow> m_rows;
    std::deque<std::string> m_texts;
    std::uint64_t m_bad = 0;
    std::string m_error;
};

} // namespace logscope::core
