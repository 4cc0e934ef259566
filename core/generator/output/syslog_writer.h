#pragma once

#include "core/generator/output/record_writer.h"
#include "core/generator/output/timestamp_text.h"

namespace logscope::core {

/// RFC 5424 syslog lines: `<PRI>1 TIMESTAMP HOST APP - - [SD] MSG` with facility local0, the
/// request (or metric) as structured data `[req@32473 ...]` / `[metric@32473 ...]`, and with
/// labels `[labels@32473 is_anomaly="..." anomaly_type="..." anomaly_score="..."
/// episode_id="..."]`. 32473 is the private enterprise number RFC 5612 reserves for examples.
class SyslogWriter final : public RecordWriter {
public:
    SyslogWriter(const Scenario& scenario, bool withLabels);
    void append(LineBuffer& out, const GeneratedRecord& record) override;

private:
    const Scenario& m_scenario;
    bool m_withLabels;
    TimestampText m_time{6, true};
};

} // namespace logscope::core
