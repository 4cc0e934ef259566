#pragma once

#include "core/generator/output/record_writer.h"

namespace logscope::core {

/// nginx "combined" access-log lines:
/// `203.0.113.7 - admin [27/Oct/2024:14:30:05 +0000] "POST /auth/login HTTP/1.1" 401 312 "-"
/// "Mozilla/5.0 ..."`, followed by the request time as nginx's `rt=$request_time` and, with
/// labels, `anomaly=<type|-> score=<s> episode=<id|->`.
class AccessLogWriter final : public RecordWriter {
public:
    explicit AccessLogWriter(bool withLabels) : m_withLabels(withLabels) {}
    void append(LineBuffer& out, const GeneratedRecord& record) override;

private:
    bool m_withLabels;
};

} // namespace logscope::core
