#pragma once

#include "core/formats/simdjson_include.h"
#include "core/table/log_table.h"

#include <string>
#include <string_view>

namespace logscope::core {

/// Maps one JSON object onto LogTable columns, by the field aliases of every seed's shape and
/// of common loggers (DESIGN §4): time (`timestamp`, `time`, `@timestamp`, `ts`, journald's
/// `__REALTIME_TIMESTAMP`), level (`level`, `severity`, `lvl`, `loglevel`, journald's
/// `PRIORITY`; numbers as syslog severities 0-7 or pino levels 10-60), service (`service`,
/// `component`, `app`, `application`, `SYSLOG_IDENTIFIER`, `logger`, `server`), source, host
/// (`host`, `hostname`, `_HOSTNAME`, else `server`), message (`message`, `msg`, `MESSAGE`,
/// `log`), latency (`response_time_ms`, `latency_ms`, `duration_ms`, `elapsed_ms`), status
/// (`status_code`, `status`, `http_status`), ground truth (`_labels`, `anomalous`). A metric
/// record with a numeric `value` and no message (seed 001) gets the message "<component>
/// <value>" and its server as service and host. When a field has several aliases, the
/// earlier-listed one wins.
class JsonRecordReader {
public:
    /// Fills row from object. Message views are looked up in rawLine (the object's text) so
    /// that they can point into the input instead of being copied. When extra is not null, the
    /// fields that got no column are appended to it as a compact JSON object.
    void read(simdjson::dom::object object, std::string_view rawLine, LogRow& row,
              std::string* extra);

private:
    std::string m_message; // a message built from parts (metric records, byte arrays)
};

/// Replaces invalid UTF-8 sequences with U+FFFD, so that a line with a stray byte still parses.
std::string sanitizeUtf8(std::string_view text);

} // namespace logscope::core
