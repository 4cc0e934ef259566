#pragma once

#include "core/generator/output/record_writer.h"
#include "core/generator/output/timestamp_text.h"

namespace logscope::core {

/// Writes each record as one JSON object with the scenario's fields in the scenario's order,
/// and `_labels` {is_anomaly, anomaly_type, anomaly_score, episode_id} when labels are on.
class JsonLinesWriter final : public RecordWriter {
public:
    JsonLinesWriter(const Scenario& scenario, bool withLabels);
    void append(std::string& out, const GeneratedRecord& record) override;

private:
    const Scenario& m_scenario;
    bool m_withLabels;
    TimestampText m_time;
};

} // namespace logscope::core
