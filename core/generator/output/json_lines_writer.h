#pragma once

#include "core/generator/output/record_writer.h"
#include "core/generator/output/timestamp_text.h"

#include <vector>

namespace logscope::core {

/// Writes each record as one JSON object with the scenario's fields in the scenario's order,
/// and `_labels` {is_anomaly, anomaly_type, anomaly_score, episode_id} when labels are on.
class JsonLinesWriter final : public RecordWriter {
public:
    JsonLinesWriter(const Scenario& scenario, bool withLabels);
    void append(LineBuffer& out, const GeneratedRecord& record) override;

private:
    const Scenario& m_scenario;
    bool m_withLabels;
    TimestampText m_time;
    // Names and levels are the same on many lines: quoted once, copied after.
    std::vector<std::string> m_quotedServices;
    std::vector<std::string> m_quotedSources;
    std::vector<std::string> m_quotedLevels;
};

} // namespace logscope::core
