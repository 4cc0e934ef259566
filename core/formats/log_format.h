#pragma once

#include "core/table/log_table.h"
#include "core/table/record_decoder.h"

#include <memory>
#include <string>
#include <string_view>

namespace logscope::core {

/// What a line parser made of one line.
enum class LineStatus : std::uint8_t {
    Bad,     ///< not a line of this format (the error says why)
    Ok,      ///< parsed
    Yearless ///< parsed, but its time had no year (kAssumedYear; the loader infers the year)
};

/// Turns lines of one format into rows. Not thread-safe: each thread uses its own.
class LineParser {
public:
    virtual ~LineParser() = default;
    /// Parses line (without its line end) into row. Views put into row may point into line or
    /// into the parser's own scratch space (valid until the next call). `readable` is how many
    /// bytes may be read from line.data() on (at least line.size()). On Bad, error says why.
    virtual LineStatus parse(std::string_view line, std::size_t readable, LogRow& row,
                             std::string& error) = 0;
};

/// A log format: its name, how to parse its lines, and how well a line fits it.
class LogFormat {
public:
    virtual ~LogFormat() = default;
    /// Short name users type after --format ("json-lines", "syslog-3164", ...).
    [[nodiscard]] virtual std::string name() const = 0;
    /// One line for `logscope formats`.
    [[nodiscard]] virtual std::string description() const = 0;
    /// A new parser for one thread.
    [[nodiscard]] virtual std::unique_ptr<LineParser> createParser() const = 0;
    /// Recovers the fields without a column from a raw line (nullptr when the format has none).
    [[nodiscard]] virtual std::shared_ptr<const RecordDecoder> decoder() const { return nullptr; }
    /// True when the input is one document (a JSON array) rather than one record per line.
    [[nodiscard]] virtual bool isDocument() const { return false; }
    /// True when an unreadable indented or stack-trace line continues the record before it
    /// (text formats); false for formats whose records are self-contained (JSON).
    [[nodiscard]] virtual bool hasContinuationLines() const { return true; }
    /// How well a sample line fits, from 0 (not at all) to 1 (every field this format promises
    /// was found). The default parses the line: 1 when it has a time, 0.7 when not.
    [[nodiscard]] virtual double lineScore(LineParser& parser, std::string_view line) const;
};

} // namespace logscope::core
