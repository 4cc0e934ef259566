#include "core/analysis/incidents/incident_rules.h"
#include "core/analysis/incidents/window_runs.h"
#include "core/util/localized_text.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>

namespace logscope::core {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Incidents)
};

// Lines a service usually logs in a window: the median of the six windows before and the
// six after (those inside the span), so a daily traffic shape does not look like a collapse.
class TrafficExpectation {
public:
    TrafficExpectation(const ServiceGrid& grid, std::size_t width) : m_grid(grid), m_width(width) {
        m_prefix.resize(grid.services);
        for (std::size_t s = 0; s < grid.services; ++s) {
            m_prefix[s].assign(grid.slots + 1, 0);
            for (std::size_t k = 0; k < grid.slots; ++k)
                m_prefix[s][k + 1] = m_prefix[s][k] + grid.at(s, k).lines;
        }
    }
    [[nodiscard]] double expected(std::size_t s, std::size_t first) const {
        std::array<double, 12> aroundStore{};
        std::size_t count = 0;
        for (int j = -6; j <= 6; ++j) {
            if (j == 0)
                continue;
            const auto start =
                static_cast<std::int64_t>(first) + j * static_cast<std::int64_t>(m_width);
            if (!inside(start))
                continue;
            const auto k = static_cast<std::size_t>(start);
            aroundStore[count++] = static_cast<double>(m_prefix[s][k + m_width] - m_prefix[s][k]);
        }
        if (count < 4)
            return 0.0;
        const auto middle = aroundStore.begin() + static_cast<std::ptrdiff_t>(count / 2);
        std::nth_element(aroundStore.begin(), middle,
                         aroundStore.begin() + static_cast<std::ptrdiff_t>(count));
        return *middle;
    }
    /// Whole windows only: the first and last slots of the log are partial.
    [[nodiscard]] bool inside(std::int64_t start) const {
        return start >= 1 && start + static_cast<std::int64_t>(m_width) + 1 <=
                                 static_cast<std::int64_t>(m_grid.slots);
    }

private:
    const ServiceGrid& m_grid;
    std::size_t m_width;
    std::vector<std::vector<std::uint64_t>> m_prefix;
};

} // namespace

std::vector<Incident> detectServiceUnavailable(const IncidentInputs& in) {
    const AnalysisOptions& o = in.context.options;
    const std::size_t width = in.grid.slotsFor(o.errorWindowMinutes);
    std::vector<Incident> incidents;

    // 502-504 bursts.
    const auto burst = [&](std::size_t s, const GridCell& w, std::size_t) -> std::optional<double> {
        if (w.unavailable < o.minBurst5xx || w.lines == 0)
            return std::nullopt;
        const double share = static_cast<double>(w.unavailable) / w.lines;
        if (share < o.burst5xxShare ||
            excessZ(w.unavailable, w.lines, in.unavailableRate[s]) < o.significanceZ)
            return std::nullopt;
        return share;
    };
    const auto burstSlot = [&](std::size_t, const GridCell& c, std::size_t) {
        return c.unavailable > 0 && c.unavailable * 2 >= c.lines;
    };
    for (const WindowRun& run : findWindowRuns(in.grid, width, burst, burstSlot)) {
        Incident incident = incidentForRun(in.grid, in.context, IncidentType::ServiceUnavailable,
                                           run.service, run.firstSlot, run.lastSlot);
        incident.severity = Severity::Critical;
        incident.peakValue = run.peak;
        incident.threshold = o.burst5xxShare;
        incident.description = toUtf8(
            Tr::tr("%1 answered %2 of requests with 502/503/504")
                .arg(fromUtf8(in.context.serviceNames[run.service]), localPercent(run.peak)));
        incidents.push_back(std::move(incident));
    }

    // Traffic collapse.
    const TrafficExpectation traffic(in.grid, width);
    const auto collapse = [&](std::size_t s, const GridCell& w,
                              std::size_t first) -> std::optional<double> {
        if (!traffic.inside(static_cast<std::int64_t>(first)))
            return std::nullopt;
        const double expected = traffic.expected(s, first);
        const double observed = w.lines;
        if (expected <= 0 || observed > o.trafficCollapseRatio * expected ||
            (expected - observed) / std::sqrt(expected) < o.significanceZ)
            return std::nullopt;
        return 1.0 - observed / expected;
    };
    const auto quietSlot = [&](std::size_t s, const GridCell& c, std::size_t slot) {
        // A slot is quiet when it holds under the collapse ratio of its share of a window.
        const double perSlot = traffic.expected(s, slot) / static_cast<double>(width);
        return c.lines <= std::max(0.0, o.trafficCollapseRatio * perSlot) || c.lines == 0;
    };
    for (const WindowRun& run : findWindowRuns(in.grid, width, collapse, quietSlot)) {
        const double expected = traffic.expected(run.service, run.firstSlot);
        Incident incident = incidentForRun(in.grid, in.context, IncidentType::ServiceUnavailable,
                                           run.service, run.firstSlot, run.lastSlot);
        incident.severity = Severity::Critical;
        incident.peakValue = run.peakWindow.lines;
        incident.threshold = o.trafficCollapseRatio * expected;
        incident.description =
            toUtf8(Tr::tr("Traffic of %1 collapsed: %n lines in %2 where about %3 were expected",
                          nullptr, static_cast<int>(run.peakWindow.lines))
                       .arg(fromUtf8(in.context.serviceNames[run.service]),
                            minutesText(o.errorWindowMinutes), localNumber(expected)));
        incidents.push_back(std::move(incident));
    }
    return incidents;
}

} // namespace logscope::core
