#pragma once

#include "core/formats/log_format.h"

namespace logscope::core {

/// nginx/Apache access logs, common and combined:
/// `client ident user [dd/Mon/yyyy:HH:MM:SS zone] "request" status bytes ["referer" "agent"]`,
/// optionally led by a virtual host (`%v:%p`, which becomes the service) and followed by a
/// request time: a bare number (with a decimal point: seconds, nginx's $request_time; without:
/// microseconds, Apache's %D) or `rt=`, `request_time=`, `upstream_response_time=` (seconds).
/// The message is the request line; status and latency fill their columns; the level follows
/// the status (5xx ERROR, 4xx WARNING, else INFO).
class AccessLogFormat : public LogFormat {
public:
    [[nodiscard]] std::string name() const override { return "access-log"; }
    [[nodiscard]] std::string description() const override;
    [[nodiscard]] std::unique_ptr<LineParser> createParser() const override;
    [[nodiscard]] std::shared_ptr<const RecordDecoder> decoder() const override;
};

} // namespace logscope::core
