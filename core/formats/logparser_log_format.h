#pragma once

#include "core/formats/log_format.h"
#include "core/formats/logparser_format.h"

namespace logscope::core {

/// A user's format string in logparser syntax (`<Date> <Time> <Level> <Component>: <Content>`)
/// as a LogFormat. Fields map to columns by their well-known names, any case:
/// Month, Date, Day, Time, Year (joined to one time), Timestamp, Datetime (a time each; when the
/// joined pieces do not read as one time, Time alone, then these, then the other pieces alone are
/// tried); Level, Severity, Loglevel; Component, Service, App, Application, Program, Logger
/// (service); Source; Host, Hostname, Node (host); Content (the message); Label (ground truth:
/// `-` normal, anything else an anomaly of that type, as in BGL); Status, StatusCode; Latency,
/// ResponseTime, Duration (milliseconds). Other fields are kept as extra fields.
class LogparserLogFormat : public LogFormat {
public:
    /// name: the saved name, or empty to be known by the format string itself.
    LogparserLogFormat(std::shared_ptr<const LogparserFormat> format, std::string name);
    [[nodiscard]] std::string name() const override;
    [[nodiscard]] std::string description() const override;
    [[nodiscard]] std::unique_ptr<LineParser> createParser() const override;
    [[nodiscard]] std::shared_ptr<const RecordDecoder> decoder() const override;
    /// The compiled format string.
    [[nodiscard]] const LogparserFormat& format() const noexcept { return *m_format; }

    /// What a field contributes to.
    enum class Role : std::uint8_t {
        Other,
        TimePiece,
        TimeWhole,
        Level,
        Service,
        Source,
        Host,
        Content,
        Label,
        Status,
        Latency
    };

private:
    std::shared_ptr<const LogparserFormat> m_format;
    std::string m_name;
    std::vector<Role> m_roles;
    std::shared_ptr<const RecordDecoder> m_decoder;
};

} // namespace logscope::core
