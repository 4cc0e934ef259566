#pragma once

#include "core/formats/log_format.h"

namespace logscope::core {

/// BSD syslog, RFC 3164: `[<PRI>]Mmm dd HH:MM:SS host tag[pid]: message` (the year is inferred
/// from the file's date; an RFC 3339 time, as rsyslog writes, is accepted too). The level comes
/// from PRI's severity when present, the service is the tag, the host is the host.
class Syslog3164Format : public LogFormat {
public:
    [[nodiscard]] std::string name() const override { return "syslog-3164"; }
    [[nodiscard]] std::string description() const override;
    [[nodiscard]] std::unique_ptr<LineParser> createParser() const override;
    [[nodiscard]] std::shared_ptr<const RecordDecoder> decoder() const override;
    [[nodiscard]] double lineScore(LineParser& parser, std::string_view line) const override;
};

/// Syslog, RFC 5424: `<PRI>1 TIMESTAMP HOST APP PROCID MSGID [SD] message`. The level comes from
/// PRI's severity, the service is APP-NAME, the host is HOSTNAME.
class Syslog5424Format : public LogFormat {
public:
    [[nodiscard]] std::string name() const override { return "syslog-5424"; }
    [[nodiscard]] std::string description() const override;
    [[nodiscard]] std::unique_ptr<LineParser> createParser() const override;
    [[nodiscard]] std::shared_ptr<const RecordDecoder> decoder() const override;
};

/// Reads `<PRI>` at the start of s (consuming it): facility * 8 + severity, 0..191; -1 if none.
int readSyslogPriority(std::string_view& s) noexcept;

} // namespace logscope::core
