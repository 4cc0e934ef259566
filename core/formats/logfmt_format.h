#pragma once

#include "core/formats/log_format.h"

namespace logscope::core {

/// logfmt: `key=value` pairs, values bare or double-quoted with backslash escapes
/// (`time=2024-01-15T10:30:45Z level=info msg="user logged in" service=auth duration=12ms`).
/// Keys map to columns as in JSON lines (time/ts/timestamp, level/lvl/severity, msg/message,
/// service/app/component/logger, source, host/hostname, status/status_code, and latency keys in
/// milliseconds or as Go durations: `duration=1.5s`, `latency_ms=12`).
class LogfmtFormat : public LogFormat {
public:
    [[nodiscard]] std::string name() const override { return "logfmt"; }
    [[nodiscard]] std::string description() const override;
    [[nodiscard]] std::unique_ptr<LineParser> createParser() const override;
    [[nodiscard]] std::shared_ptr<const RecordDecoder> decoder() const override;
    [[nodiscard]] double lineScore(LineParser& parser, std::string_view line) const override;
};

} // namespace logscope::core
