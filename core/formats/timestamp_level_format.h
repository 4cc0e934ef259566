#pragma once

#include "core/formats/log_format.h"

namespace logscope::core {

/// `timestamp LEVEL message` text lines, in the variants loggers write: the timestamp in any
/// form parseTimestampPrefix reads, optionally in brackets; the level optionally in brackets,
/// padded, or followed by a colon; a `-` or `|` between them; one token (a pid or a bracketed
/// thread name, as in `081109 203615 148 INFO ...`) allowed before the level. Seed 004's strings
/// have this shape. The lenient flavour, `plain`, accepts any line: it takes a leading timestamp
/// and level when there are any and keeps the rest as the message.
class TimestampLevelFormat : public LogFormat {
public:
    /// lenient: the `plain` flavour.
    explicit TimestampLevelFormat(bool lenient) : m_lenient(lenient) {}
    [[nodiscard]] std::string name() const override;
    [[nodiscard]] std::string description() const override;
    [[nodiscard]] std::unique_ptr<LineParser> createParser() const override;
    [[nodiscard]] std::shared_ptr<const RecordDecoder> decoder() const override;
    [[nodiscard]] double lineScore(LineParser& parser, std::string_view line) const override;

private:
    bool m_lenient;
};

} // namespace logscope::core
