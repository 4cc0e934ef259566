#pragma once

#include "core/analysis/analysis_context.h"

#include <vector>

namespace logscope::core {

/// Finds lines whose data is broken: a field that its service fills on nearly every line
/// (time, level, latency, status, message) is missing, or a value is impossible (negative
/// latency, a latency above its service's ceiling (latency_ceiling.h), an HTTP status outside
/// 100..599). A producer that writes such records is a data-quality incident.
class SuspectData {
public:
    /// Learns, per service, which fields its lines fill.
    explicit SuspectData(const AnalysisContext& context);
    /// True when analysed line i is broken.
    [[nodiscard]] bool isSuspect(std::size_t i) const;

private:
    struct Habits {
        bool time = false;
        bool level = false;
        bool latency = false;
        bool status = false;
        bool message = false;
    };
    const AnalysisContext& m_context;
    std::vector<Habits> m_habits; ///< per service
};

} // namespace logscope::core
