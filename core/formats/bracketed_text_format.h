#pragma once

#include "core/formats/log_format.h"

namespace logscope::core {

/// Seed 002's text format:
/// `[2024-01-15T10:30:45.123456] [ERROR   ] [web-server/nginx] [a1b2c3d4] message (3500.50ms)
/// [502] [ANOMALY:service_outage:0.85]`: time, padded level, source/service, request id, the
/// message, then optionally the latency, the status code and the anomaly label.
class BracketedTextFormat : public LogFormat {
public:
    [[nodiscard]] std::string name() const override { return "bracketed-text"; }
    [[nodiscard]] std::string description() const override;
    [[nodiscard]] std::unique_ptr<LineParser> createParser() const override;
    [[nodiscard]] std::shared_ptr<const RecordDecoder> decoder() const override;
    [[nodiscard]] double lineScore(LineParser& parser, std::string_view line) const override;
};

} // namespace logscope::core
