#include "core/analysis/incidents/incident_rules.h"
#include "core/analysis/incidents/line_signals.h"
#include "core/analysis/incidents/window_runs.h"
#include "core/time/civil_time.h"
#include "core/util/localized_text.h"

#include <QCoreApplication>
#include <algorithm>
#include <map>

namespace logscope::core {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Incidents)
};

struct Hit {
    std::int64_t ts;
    std::size_t line;
};

bool overlapsSameService(const std::vector<Incident>& incidents, const Incident& candidate) {
    return std::any_of(incidents.begin(), incidents.end(), [&](const Incident& other) {
        return other.services == candidate.services && other.startNs <= candidate.endNs &&
               candidate.startNs <= other.endNs;
    });
}

std::string mostFrequentService(const AnalysisContext& context, const std::vector<Hit>& hits) {
    std::vector<std::size_t> counts(context.serviceNames.size(), 0);
    for (const Hit& hit : hits)
        ++counts[context.serviceOf[hit.line]];
    const auto best = std::max_element(counts.begin(), counts.end()) - counts.begin();
    return context.serviceNames[static_cast<std::size_t>(best)];
}

// Brute force per client: failed logins of one IP or user, minute by minute.
void bruteForceByClient(const IncidentInputs& in, std::vector<Incident>& out) {
    const AnalysisContext& context = in.context;
    const LogTable& table = context.table;
    std::map<std::string, std::vector<Hit>> byClient;
    for (std::size_t i = 0; i < context.count; ++i) {
        if ((in.signals[i] & kAuthFailureSignal) == 0)
            continue;
        const RowId row = context.row(i);
        const std::int64_t ts = table.timestampNs(row);
        if (ts == kNoTimestamp)
            continue;
        std::string key = clientKeyOf(table.message(row), table.extra(row));
        if (!key.empty())
            byClient[std::move(key)].push_back({ts, i});
    }
    const std::uint64_t threshold = context.options.bruteForcePerMinute;
    for (auto& entry : byClient) {
        // Not a structured binding: lambdas cannot capture those before C++20 compilers
        // implement P1091 (clang 16), and the fuzz build uses Debian's clang 14.
        const auto& client = entry.first;
        auto& hits = entry.second;
        if (hits.size() < threshold)
            continue;
        std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.ts < b.ts; });
        // Sliding one-minute window over the sorted hits; bursts closer than a minute merge.
        std::size_t lo = 0;
        std::size_t burstFirst = 0;
        std::size_t burstLast = 0;
        std::size_t peak = 0;
        bool open = false;
        const auto flush = [&] {
            if (!open)
                return;
            std::vector<Hit> burstHits(hits.begin() + static_cast<std::ptrdiff_t>(burstFirst),
                                       hits.begin() + static_cast<std::ptrdiff_t>(burstLast) + 1);
            Incident incident;
            incident.type = IncidentType::SecurityThreat;
            incident.startNs = hits[burstFirst].ts;
            incident.endNs = hits[burstLast].ts;
            incident.services.push_back(mostFrequentService(context, burstHits));
            incident.peakValue = static_cast<double>(peak);
            incident.threshold = static_cast<double>(threshold);
            incident.severity = peak >= 5 * threshold ? Severity::Critical : Severity::High;
            incident.description =
                toUtf8(Tr::tr("Brute force: %n failed logins in one minute from %1 (%2 in all)",
                              nullptr, static_cast<int>(peak))
                           .arg(fromUtf8(client), localCount(burstHits.size())));
            out.push_back(std::move(incident));
            open = false;
        };
        for (std::size_t hi = 0; hi < hits.size(); ++hi) {
            while (hits[hi].ts - hits[lo].ts >= kNanosPerMinute)
                ++lo;
            const std::size_t inMinute = hi - lo + 1;
            if (inMinute >= threshold) {
                if (open && hits[lo].ts - hits[burstLast].ts > kNanosPerMinute)
                    flush();
                if (!open) {
                    open = true;
                    burstFirst = lo;
                    peak = 0;
                }
                burstLast = hi;
                peak = std::max(peak, inMinute);
            }
        }
        flush();
    }
}

// Failed logins spread over many clients (or with no client named): per service and slot.
void bruteForceByService(const IncidentInputs& in, std::vector<Incident>& out) {
    const AnalysisOptions& o = in.context.options;
    const auto perMinute = [&](const GridCell& c) {
        return c.authFailures * static_cast<double>(kNanosPerMinute) /
               static_cast<double>(in.grid.slotNs);
    };
    const auto test = [&](std::size_t s, const GridCell& w, std::size_t) -> std::optional<double> {
        if (perMinute(w) < static_cast<double>(o.bruteForcePerMinute) ||
            excessZ(w.authFailures, w.lines, in.authFailureRate[s]) < o.significanceZ)
            return std::nullopt;
        return perMinute(w);
    };
    const auto symptom = [&](std::size_t, const GridCell& c, std::size_t) {
        return perMinute(c) * 2 >= static_cast<double>(o.bruteForcePerMinute);
    };
    const std::vector<Incident> byClient = out;
    for (const WindowRun& run : findWindowRuns(in.grid, 1, test, symptom)) {
        Incident incident = incidentForRun(in.grid, in.context, IncidentType::SecurityThreat,
                                           run.service, run.firstSlot, run.lastSlot);
        if (overlapsSameService(byClient, incident))
            continue;
        incident.peakValue = run.peak;
        incident.threshold = static_cast<double>(o.bruteForcePerMinute);
        incident.severity = Severity::High;
        incident.description =
            toUtf8(Tr::tr("Brute force: %1 failed logins per minute on %2 (usual %3 of its lines)")
                       .arg(localNumber(run.peak), fromUtf8(in.context.serviceNames[run.service]),
                            localPercent(in.authFailureRate[run.service])));
        out.push_back(std::move(incident));
    }
}

// Injection payloads: per service, hits closer than the error window merge into one incident.
void injections(const IncidentInputs& in, std::vector<Incident>& out) {
    const AnalysisContext& context = in.context;
    const LogTable& table = context.table;
    std::vector<std::vector<Hit>> perService(context.serviceNames.size());
    for (std::size_t i = 0; i < context.count; ++i) {
        if ((in.signals[i] & kInjectionSignal) == 0)
            continue;
        const std::int64_t ts = table.timestampNs(context.row(i));
        if (ts != kNoTimestamp)
            perService[context.serviceOf[i]].push_back({ts, i});
    }
    const std::int64_t gap = context.options.errorWindowMinutes * kNanosPerMinute;
    for (std::size_t s = 0; s < perService.size(); ++s) {
        auto& hits = perService[s];
        std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.ts < b.ts; });
        std::size_t first = 0;
        for (std::size_t k = 0; k < hits.size(); ++k) {
            if (k + 1 < hits.size() && hits[k + 1].ts - hits[k].ts <= gap)
                continue;
            bool accepted = false;
            for (std::size_t j = first; j <= k; ++j) {
                const std::uint16_t status = table.statusCode(context.row(hits[j].line));
                accepted = accepted || (status != 0 && status < 400);
            }
            Incident incident;
            incident.type = IncidentType::SecurityThreat;
            incident.startNs = hits[first].ts;
            incident.endNs = hits[k].ts;
            incident.services.push_back(context.serviceNames[s]);
            incident.peakValue = static_cast<double>(k - first + 1);
            incident.threshold = 1;
            incident.severity = accepted ? Severity::Critical : Severity::High;
            incident.injection = true;
            const int attempts = static_cast<int>(k - first + 1);
            const QString service = fromUtf8(context.serviceNames[s]);
            incident.description = toUtf8(
                accepted ? Tr::tr("Injection attempts: %n requests to %1 carried SQL, script or "
                                  "path-traversal payloads and some were answered with success",
                                  nullptr, attempts)
                               .arg(service)
                         : Tr::tr("Injection attempts: %n requests to %1 carried SQL, script or "
                                  "path-traversal payloads",
                                  nullptr, attempts)
                               .arg(service));
            out.push_back(std::move(incident));
            first = k + 1;
        }
    }
}

} // namespace

std::vector<Incident> detectSecurityThreats(const IncidentInputs& in) {
    std::vector<Incident> incidents;
    bruteForceByClient(in, incidents);
    bruteForceByService(in, incidents);
    injections(in, incidents);
    return incidents;
}

} // namespace logscope::core
