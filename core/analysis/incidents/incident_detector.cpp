#include "core/analysis/incidents/incident_detector.h"

#include "core/analysis/incidents/incident_rules.h"
#include "core/analysis/incidents/line_signals.h"
#include "core/analysis/incidents/recommendations.h"
#include "core/analysis/statistics/latency_ceiling.h"

#include <algorithm>
#include <deque>

namespace logscope::core {
namespace {

// Why a line can be evidence, per kind of incident.
enum Abnormal : std::uint8_t {
    kError = 1,
    kSlow = 2,
    kResource = 4,
    kSecurity = 8,
    kThrottled = 16,
    kSuspect = 32
};

std::uint8_t abnormalFor(IncidentType type) {
    switch (type) {
    case IncidentType::ResponseTimeDegradation:
        return kSlow;
    case IncidentType::ResourceExhaustion:
        return kResource;
    case IncidentType::SecurityThreat:
        return kSecurity;
    case IncidentType::RateLimiting:
        return kThrottled;
    case IncidentType::DataAnomaly:
        return kSuspect;
    case IncidentType::HighErrorRate:
    case IncidentType::CascadingFailure:
    case IncidentType::ServiceUnavailable:
        break;
    }
    return kError;
}

constexpr std::size_t kRunLines = 5;
constexpr std::size_t kRunAbnormal = 3;

struct Mark {
    std::int64_t ts;
    std::size_t line;
    std::uint8_t bits;
};

bool isFailure(const Incident& incident) {
    return incident.type == IncidentType::HighErrorRate ||
           incident.type == IncidentType::ServiceUnavailable;
}

// One failing service is one incident: a 5xx burst or traffic collapse (unavailable) and the
// error rate it drives up (high error rate) over overlapping windows are the same failure, told
// as the more specific of the two, over the union of their windows.
void mergeOverlappingFailures(std::vector<Incident>& incidents) {
    std::vector<bool> merged(incidents.size(), false);
    for (std::size_t a = 0; a < incidents.size(); ++a) {
        if (merged[a] || !isFailure(incidents[a]) || incidents[a].services.size() != 1)
            continue;
        for (std::size_t b = 0; b < incidents.size(); ++b) {
            Incident& keep = incidents[a];
            const Incident& other = incidents[b];
            if (b == a || merged[b] || !isFailure(other) || other.services != keep.services ||
                other.startNs > keep.endNs || other.endNs < keep.startNs)
                continue;
            if (other.type == IncidentType::ServiceUnavailable &&
                keep.type == IncidentType::HighErrorRate) {
                keep.type = other.type;
                keep.description = other.description;
                keep.peakValue = other.peakValue;
                keep.threshold = other.threshold;
            }
            keep.startNs = std::min(keep.startNs, other.startNs);
            keep.endNs = std::max(keep.endNs, other.endNs);
            keep.severity = std::min(keep.severity, other.severity);
            merged[b] = true;
        }
    }
    std::size_t out = 0;
    for (std::size_t i = 0; i < incidents.size(); ++i) {
        if (merged[i])
            continue;
        if (out != i)
            incidents[out] = std::move(incidents[i]);
        ++out;
    }
    incidents.resize(out);
}

} // namespace

std::vector<Incident> detectIncidents(const AnalysisContext& context, const ServiceGrid& grid,
                                      const std::vector<std::uint8_t>& signals,
                                      std::vector<std::uint8_t>& flags) {
    std::vector<Incident> incidents;
    if (grid.slots == 0)
        return incidents;
    const IncidentInputs inputs = makeIncidentInputs(context, grid, signals);
    for (auto* rule : {&detectHighErrorRate, &detectServiceUnavailable,
                       &detectResponseTimeDegradation, &detectResourceExhaustion,
                       &detectSecurityThreats, &detectRateLimiting, &detectDataAnomalies}) {
        std::vector<Incident> found = rule(inputs);
        incidents.insert(incidents.end(), std::make_move_iterator(found.begin()),
                         std::make_move_iterator(found.end()));
        if (context.cancelled())
            return {};
    }
    mergeOverlappingFailures(incidents);
    std::vector<Incident> cascades = detectCascadingFailures(inputs, incidents);
    incidents.insert(incidents.end(), cascades.begin(), cascades.end());

    if (incidents.empty())
        return incidents;
    // Every line by time, with why it may be evidence.
    const LogTable& table = context.table;
    const double factor = context.options.latencyFactor;
    std::vector<Mark> marks;
    marks.reserve(context.count);
    std::int64_t lastTs = kNoTimestamp;
    for (std::size_t i = 0; i < context.count; ++i) {
        const RowId row = context.row(i);
        const std::int64_t ts = table.timestampNs(row);
        if (ts == kNoTimestamp) {
            // Broken data without a readable time is evidence where it appeared.
            if ((signals[i] & kSuspectDataSignal) && lastTs != kNoTimestamp)
                marks.push_back({lastTs, i, kSuspect});
            continue;
        }
        lastTs = ts;
        const Level level = table.level(row);
        std::uint8_t bits = 0;
        if (isErrorLevel(level) || table.statusCode(row) >= 500)
            bits |= kError;
        else if (hasPlausibleLatency(context, i) &&
                 table.latencyMs(row) > factor * grid.p95BaselineMs[context.serviceOf[i]])
            bits |= kSlow;
        if ((signals[i] & kResourceSignal) && level >= Level::Warning)
            bits |= kResource;
        if (signals[i] & (kAuthFailureSignal | kInjectionSignal))
            bits |= kSecurity;
        if (signals[i] & kThrottledSignal)
            bits |= kThrottled;
        if (signals[i] & kSuspectDataSignal)
            bits |= kSuspect;
        marks.push_back({ts, i, bits});
    }
    const auto byTime = [](const Mark& a, const Mark& b) {
        return a.ts < b.ts;
    };
    if (!std::is_sorted(marks.begin(), marks.end(), byTime)) // logs are usually in time order
        std::stable_sort(marks.begin(), marks.end(), byTime);

    std::vector<std::uint8_t> inIncident(context.serviceNames.size(), 0);
    for (Incident& incident : incidents) {
        std::fill(inIncident.begin(), inIncident.end(), 0);
        for (std::size_t s = 0; s < context.serviceNames.size(); ++s)
            for (const std::string& name : incident.services)
                inIncident[s] |= context.serviceNames[s] == name ? 1 : 0;
        const std::uint8_t wanted = abnormalFor(incident.type);
        // A service-wide incident (errors, slowness, outage, resources) makes every line of its
        // services in its window part of the episode; an attack, only the attack's lines.
        const bool wholeWindow = incident.type != IncidentType::SecurityThreat &&
                                 incident.type != IncidentType::RateLimiting &&
                                 incident.type != IncidentType::DataAnomaly;
        auto it = std::lower_bound(marks.begin(), marks.end(), incident.startNs,
                                   [](const Mark& m, std::int64_t t) { return m.ts < t; });
        // The root cause is where the failure took hold first: the earliest abnormal line that
        // starts a run in which most of its service's lines are abnormal (kRunAbnormal of
        // kRunLines), so that one background error of a healthy service does not take the
        // blame, however busy or quiet each service is.
        std::vector<std::deque<std::size_t>> recent(context.serviceNames.size());
        std::size_t rootLine = context.count;
        std::size_t firstLine = context.count;
        for (; it != marks.end() && it->ts <= incident.endNs; ++it) {
            const std::size_t service = context.serviceOf[it->line];
            if (!inIncident[service])
                continue;
            if (wholeWindow)
                flags[it->line] = 1;
            const auto index = static_cast<std::size_t>(it - marks.begin());
            std::deque<std::size_t>& run = recent[service];
            run.push_back(index);
            if (run.size() > kRunLines)
                run.pop_front();
            if ((it->bits & wanted) == 0)
                continue;
            flags[it->line] = 1;
            if (firstLine == context.count)
                firstLine = index;
            if (rootLine == context.count) {
                std::size_t abnormal = 0;
                std::size_t onset = index;
                for (const std::size_t k : run) {
                    if ((marks[k].bits & wanted) != 0) {
                        onset = abnormal == 0 ? k : onset;
                        ++abnormal;
                    }
                }
                if (abnormal >= kRunAbnormal)
                    rootLine = onset;
            }
            if (incident.evidence.size() < context.options.maxEvidence)
                incident.evidence.push_back(context.row(it->line));
        }
        if (rootLine == context.count)
            rootLine = firstLine;
        if (rootLine != context.count) {
            const std::size_t line = marks[rootLine].line;
            incident.rootCauseService = context.serviceNames[context.serviceOf[line]];
            // A chain reads from its root: the root cause leads the list of services.
            const auto root = std::find(incident.services.begin(), incident.services.end(),
                                        incident.rootCauseService);
            if (root != incident.services.end())
                std::rotate(incident.services.begin(), root, root + 1);
            if (incident.type == IncidentType::CascadingFailure)
                incident.description =
                    cascadeDescription(incident.services, context.options.cascadeWindowMinutes);
            incident.rootCauseTemplateId = context.templateOf[line];
            incident.rootCauseTemplate = context.templates[incident.rootCauseTemplateId].text;
            incident.rootCauseRow = context.row(line);
        } else if (!incident.services.empty()) {
            incident.rootCauseService = incident.services.front();
        }
        incident.recommendation = recommendFor(incident);
    }
    // A service's own incident inside a cascade points at the chain's root cause.
    for (const Incident& cascade : incidents) {
        if (cascade.type != IncidentType::CascadingFailure || cascade.rootCauseService.empty())
            continue;
        for (Incident& part : incidents) {
            if (part.type == IncidentType::CascadingFailure || part.services.empty() ||
                part.services.front() == cascade.rootCauseService ||
                part.startNs < cascade.startNs || part.startNs > cascade.endNs ||
                std::find(cascade.services.begin(), cascade.services.end(),
                          part.services.front()) == cascade.services.end())
                continue;
            part.recommendation.push_back(' ');
            part.recommendation += cascadeNote(cascade.rootCauseService);
            // The cascade itself is the critical incident; a dependent's failure inside it is
            // its consequence, so it does not count as a second critical one.
            part.severity = std::max(part.severity, Severity::High);
        }
    }
    std::stable_sort(incidents.begin(), incidents.end(), [](const Incident& a, const Incident& b) {
        return a.startNs != b.startNs ? a.startNs < b.startNs : a.severity < b.severity;
    });
    return incidents;
}

} // namespace logscope::core
