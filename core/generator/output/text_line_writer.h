#pragma once

#include "core/generator/output/record_writer.h"
#include "core/generator/output/timestamp_text.h"

namespace logscope::core {

/// Seed 002's text lines:
/// `[2024-01-15T10:30:45.123456] [ERROR   ] [web-server/nginx] [a1b2c3d4] message (3500.50ms)
/// [502] [ANOMALY:service_outage:0.85]` (latency and status when the scenario has them).
class TextLineWriter final : public RecordWriter {
public:
    TextLineWriter(const Scenario& scenario, bool withLabels);
    void append(LineBuffer& out, const GeneratedRecord& record) override;

private:
    const Scenario& m_scenario;
    bool m_withLabels;
    bool m_latency;
    bool m_status;
    TimestampText m_time;
};

} // namespace logscope::core
