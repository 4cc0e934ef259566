#pragma once

#include "core/analysis/analysis_result.h"
#include "core/live/live_rules.h"

#include <cstdint>
#include <vector>

namespace logscope::core {

/// An incident as live mode raised it.
struct RaisedIncident {
    std::uint64_t id = 0; ///< 1, 2, ... in raise order
    Incident incident;
    std::int64_t raisedWallNs = 0; ///< wall-clock time the rule first fired
    std::int64_t raisedDataNs = 0; ///< newest line time when it fired
    std::int64_t windowNs = 0;     ///< span the rule judged
    bool open = true;              ///< still firing (or quiet for less than closeAfterNs)
    std::int64_t lastFiringNs = 0; ///< data time the rule last fired
};

/// Turns the findings of successive rule runs into incidents: one per (type, service) while
/// its rule keeps firing, raised the first time; closed after closeAfterNs of quiet. Failures
/// (error rate, unavailability) of several services starting within the cascade window raise a
/// cascading failure, its services in onset order (root cause first).
class IncidentTracker {
public:
    explicit IncidentTracker(const LiveOptions& options) : m_options(options) {}

    /// Applies one rule run at data time dataNs (wall time wallNs); returns the ids raised.
    std::vector<std::uint64_t> update(const std::vector<LiveFinding>& findings,
                                      const std::vector<std::string>& serviceNames,
                                      std::int64_t dataNs, std::int64_t wallNs);
    /// Incidents still open or ended inside the window (oldest first).
    [[nodiscard]] const std::vector<RaisedIncident>& incidents() const { return m_incidents; }
    /// The incident with an id, or nullptr when it left the window.
    [[nodiscard]] const RaisedIncident* find(std::uint64_t id) const;
    /// Forgets incidents that ended before fromNs.
    void evictBefore(std::int64_t fromNs);
    /// Incidents raised since the start.
    [[nodiscard]] std::uint64_t raisedCount() const noexcept { return m_nextId - 1; }

private:
    RaisedIncident* openIncident(IncidentType type, const std::string& service);
    void raiseCascade(const std::vector<std::string>& serviceNames, std::int64_t dataNs,
                      std::int64_t wallNs, std::vector<std::uint64_t>& raised);

    const LiveOptions& m_options;
    std::vector<RaisedIncident> m_incidents;
    std::uint64_t m_nextId = 1;
};

} // namespace logscope::core
