#include "core/live/live_rules.h"

#include "core/analysis/incidents/incident_inputs.h"
#include "core/analysis/incidents/window_runs.h"
#include "core/util/localized_text.h"

#include <QCoreApplication>
#include <algorithm>
#include <map>

namespace logscope::core {
namespace {

// Live incidents read like the batch ones: same context, so translators see them together.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Incidents)
};

// Baselines need this many lines of history before a rule compares against them.
constexpr std::uint32_t kMinHistoryLines = 100;
constexpr std::uint64_t kMinBaselineLatencies = 200;
// The error rate assumed before a service has history.
constexpr double kPriorErrorRate = 0.05;
// A window's median latency this many times the baseline's is a degradation...
constexpr double kMedianShiftFactor = 1.5;
// ... when the window has at least this many successful requests with a latency.
constexpr std::uint64_t kMinShiftLines = 50;
// Resource warnings: a share floor (a tenth of the batch rule's) and a floor on the usual rate
// for the significance test (a service that never warned).
constexpr double kResourceShareFloor = 0.1;
constexpr double kMinUsualResourceRate = 0.002;
// Live judges resource warnings by a smaller factor over the usual rate than the batch rule
// (a leak ramps up slowly) but a stricter significance (windows are judged 10 times a second).
constexpr double kResourceFactor = 1.5;
constexpr double kResourceExtraZ = 1.0;
// Share of a service's failed logins one client must account for to be a brute force.
constexpr double kBruteForceShare = 0.2;
// The slow-ramp rules (response time, resources) judge against the history before a guard of
// this many rule windows: a ramp's own start otherwise leaks into its baseline and delays it.
constexpr std::int64_t kRampGuardWindows = 3;

double share(std::uint32_t part, std::uint32_t whole) {
    return whole == 0 ? 0.0 : static_cast<double>(part) / whole;
}

// Lines of a histogram at or above a latency (the bin holding it counted in proportion).
double countAbove(const LatencyHistogram& h, double ms) {
    double total = 0.0;
    for (std::size_t i = 0; i < h.size(); ++i) {
        if (LatencyBins::lower(i) >= ms)
            total += h[i];
        else if (LatencyBins::upper(i) > ms)
            total += h[i] * (LatencyBins::upper(i) - ms) /
                     (LatencyBins::upper(i) - LatencyBins::lower(i));
    }
    return total;
}

class RuleRun {
public:
    RuleRun(const LiveGrid& grid, const LiveOptions& options)
        : m_grid(grid), m_o(options.analysis), m_newest(grid.newestIndex()) {
        const auto width = std::max<std::int64_t>(1, options.ruleWindowNs / grid.slotNs());
        m_first = m_newest - width + 1;
        m_bruteFirst =
            m_newest - std::max<std::int64_t>(1, options.bruteForceWindowNs / grid.slotNs()) + 1;
        m_width = width;
        m_guard = kRampGuardWindows * width;
        // Slots of history behind the judged window (a young stream has little baseline).
        for (std::int64_t i = grid.oldestIndex(); i <= m_newest; ++i)
            if (const LiveSlot* slot = grid.slot(i); slot != nullptr && !slot->cells.empty()) {
                m_historySlots += i < m_first ? 1 : 0;
                if (m_firstDataNs == 0)
                    m_firstDataNs = i * grid.slotNs();
            }
    }
    /// True when the baseline covers enough time to compare a window with.
    [[nodiscard]] bool warmedUp() const { return m_historySlots >= 2 * m_width; }

    void run(std::vector<LiveFinding>& out) {
        for (std::size_t s = 0; s < m_grid.serviceNames().size(); ++s) {
            const auto service = static_cast<std::uint16_t>(s);
            const LiveCell window = m_grid.sum(service, m_first, m_newest);
            // History = the older part (before the guard) + the guard: one pass over the slots.
            const std::int64_t guardFirst = std::max(m_grid.oldestIndex(), m_first - m_guard);
            const LiveCell older = m_grid.sum(service, m_grid.oldestIndex(), guardFirst - 1);
            LiveCell history = m_grid.sum(service, guardFirst, m_first - 1);
            addCell(history, older);
            const LiveCell& rampBaseline = usableRampBaseline(older) ? older : history;
            errorRate(service, window, history, out);
            responseTime(service, window, rampBaseline, out);
            unavailable(service, window, history, out);
            resources(service, window, rampBaseline, out);
            injections(service, window, out);
        }
        bruteForce(out);
    }

private:
    // The history before the guard holds enough to be a baseline of its own.
    [[nodiscard]] bool usableRampBaseline(const LiveCell& older) const {
        std::uint64_t latencies = 0;
        for (const std::uint32_t c : older.okLatency)
            latencies += c;
        return older.grid.lines >= kMinHistoryLines && latencies >= kMinBaselineLatencies;
    }
    [[nodiscard]] const std::string& name(std::uint16_t s) const {
        return m_grid.serviceNames()[s];
    }
    // The first slot of the window in which the symptom shows (the incident's start).
    template <typename Test>
    [[nodiscard]] std::int64_t onset(std::uint16_t service, std::int64_t from, Test test) const {
        for (std::int64_t i = from; i <= m_newest; ++i) {
            const LiveSlot* slot = m_grid.slot(i);
            if (slot != nullptr && service < slot->cells.size() && test(slot->cells[service]))
                return i * m_grid.slotNs();
        }
        return from * m_grid.slotNs();
    }
    LiveFinding finding(IncidentType type, std::uint16_t service, double value, double threshold,
                        std::int64_t startNs) const {
        LiveFinding f;
        f.type = type;
        f.service = service;
        f.value = value;
        f.threshold = threshold;
        f.startNs = std::max(startNs, m_firstDataNs);
        f.endNs = (m_newest + 1) * m_grid.slotNs() - 1;
        f.windowNs = m_width * m_grid.slotNs();
        return f;
    }
    [[nodiscard]] int windowSeconds() const {
        return static_cast<int>(m_width * m_grid.slotNs() / kNanosPerSecond);
    }
    [[nodiscard]] QString serviceName(std::uint16_t s) const { return fromUtf8(name(s)); }

    void errorRate(std::uint16_t s, const LiveCell& w, const LiveCell& h,
                   std::vector<LiveFinding>& out) const {
        const GridCell& g = w.grid;
        if (g.lines < m_o.minWindowLines || g.errors < m_o.minErrorLines)
            return;
        const double rate = share(g.errors, g.lines);
        const double usual = warmedUp() && h.grid.lines >= kMinHistoryLines
                                 ? share(h.grid.errors, h.grid.lines)
                                 : kPriorErrorRate;
        if (rate <= m_o.highErrorRate || excessZ(g.errors, g.lines, usual) < m_o.significanceZ)
            return;
        LiveFinding f = finding(IncidentType::HighErrorRate, s, rate, m_o.highErrorRate,
                                onset(s, m_first, [&](const LiveCell& c) {
                                    return c.grid.errors > 0 &&
                                           c.grid.errors >= m_o.highErrorRate * 0.5 * c.grid.lines;
                                }));
        f.severity = rate >= 0.6   ? Severity::Critical
                     : rate >= 0.4 ? Severity::High
                                   : Severity::Medium;
        f.description = toUtf8(Tr::tr("Error rate of %1 reached %2 in a %3-second window "
                                      "(threshold %4, usual %5)")
                                   .arg(serviceName(s), localPercent(rate))
                                   .arg(windowSeconds())
                                   .arg(localPercent(m_o.highErrorRate), localPercent(usual)));
        out.push_back(std::move(f));
    }

    void responseTime(std::uint16_t s, const LiveCell& w, const LiveCell& h,
                      std::vector<LiveFinding>& out) const {
        std::uint64_t baselineLines = 0;
        for (const std::uint32_t c : h.okLatency)
            baselineLines += c;
        if (!warmedUp() || baselineLines < kMinBaselineLatencies ||
            w.grid.okLatencyLines < m_o.minWindowLines)
            return;
        const double p95 = histogramQuantile(h.okLatency, 0.95);
        const double limit = m_o.latencyFactor * p95;
        std::uint64_t okLines = 0;
        for (const std::uint32_t c : w.okLatency)
            okLines += c;
        const double slowShare = okLines == 0 ? 0.0 : countAbove(w.okLatency, limit) / okLines;
        // A degradation that ramps up shows first as a shift of the whole distribution: the
        // window's median against the baseline's, judged on enough requests to be sure.
        const double median = histogramQuantile(w.okLatency, 0.5);
        const double usualMedian = histogramQuantile(h.okLatency, 0.5);
        const double shift = usualMedian > 0.0 ? median / usualMedian : 0.0;
        const bool slowTail = slowShare >= m_o.minSlowShare;
        const bool shifted = okLines >= kMinShiftLines && shift >= kMedianShiftFactor;
        if (!slowTail && !shifted)
            return;
        LiveFinding f =
            finding(IncidentType::ResponseTimeDegradation, s, slowTail ? slowShare : shift,
                    slowTail ? m_o.minSlowShare : kMedianShiftFactor,
                    onset(s, m_first, [&](const LiveCell& c) {
                        return countAbove(c.okLatency, usualMedian * kMedianShiftFactor) >
                               0.5 * c.grid.okLatencyLines;
                    }));
        f.severity = slowShare >= 0.6 ? Severity::High : Severity::Medium;
        f.description = toUtf8(
            slowTail ? Tr::tr("%1 of %2's successful requests took more than %3 ms (%4 x its P95 "
                              "of %5 ms) in a %6-second window")
                           .arg(localPercent(slowShare), serviceName(s), localNumber(limit),
                                localNumber(m_o.latencyFactor, 1), localNumber(p95))
                           .arg(windowSeconds())
                     : Tr::tr("Median response time of %1 rose to %2 ms, %3 x its usual %4 ms, in "
                              "a %5-second window")
                           .arg(serviceName(s), localNumber(median), localNumber(shift, 1),
                                localNumber(usualMedian))
                           .arg(windowSeconds()));
        out.push_back(std::move(f));
    }

    void unavailable(std::uint16_t s, const LiveCell& w, const LiveCell& h,
                     std::vector<LiveFinding>& out) const {
        const GridCell& g = w.grid;
        const double usual =
            h.grid.lines >= kMinHistoryLines ? share(h.grid.unavailable, h.grid.lines) : 0.0;
        const double burst = share(g.unavailable, g.lines);
        if (g.unavailable >= m_o.minBurst5xx && burst >= m_o.burst5xxShare &&
            excessZ(g.unavailable, g.lines, usual) >= m_o.significanceZ) {
            LiveFinding f =
                finding(IncidentType::ServiceUnavailable, s, burst, m_o.burst5xxShare,
                        onset(s, m_first, [](const LiveCell& c) {
                            return c.grid.unavailable > 0 && c.grid.unavailable * 2 >= c.grid.lines;
                        }));
            f.severity = Severity::Critical;
            f.description =
                toUtf8(Tr::tr("%1 answered %2 of its requests with 502/503/504 in a %3-second "
                              "window")
                           .arg(serviceName(s), localPercent(burst))
                           .arg(windowSeconds()));
            out.push_back(std::move(f));
            return;
        }
        // Traffic collapse: the window against the history's mean per window.
        const std::int64_t historySlots = m_first - m_grid.oldestIndex();
        if (historySlots < 3 * m_width || h.grid.lines < kMinHistoryLines)
            return;
        const double expected = static_cast<double>(h.grid.lines) * m_width / historySlots;
        if (expected < 50.0 || g.lines >= m_o.trafficCollapseRatio * expected)
            return;
        LiveFinding f = finding(IncidentType::ServiceUnavailable, s, g.lines,
                                m_o.trafficCollapseRatio * expected, m_first * m_grid.slotNs());
        f.severity = Severity::Critical;
        f.description =
            toUtf8(Tr::tr("%1 logged %2 lines in a %3-second window where about %4 are usual")
                       .arg(serviceName(s), localCount(g.lines))
                       .arg(windowSeconds())
                       .arg(localNumber(expected)));
        out.push_back(std::move(f));
    }

    void resources(std::uint16_t s, const LiveCell& w, const LiveCell& h,
                   std::vector<LiveFinding>& out) const {
        const GridCell& g = w.grid;
        if (!warmedUp() || g.resource < m_o.resourceMinLines || g.lines == 0)
            return;
        const double rate = share(g.resource, g.lines);
        const double usual =
            h.grid.lines >= kMinHistoryLines ? share(h.grid.resource, h.grid.lines) : 0.0;
        // Judged by significance against the service's usual rate rather than the batch
        // rule's 25 % share, which a slowly growing leak reaches only near its end.
        if (rate < m_o.minResourceShare * kResourceShareFloor || rate < kResourceFactor * usual ||
            excessZ(g.resource, g.lines, std::max(usual, kMinUsualResourceRate)) <
                m_o.significanceZ + kResourceExtraZ)
            return;
        LiveFinding f =
            finding(IncidentType::ResourceExhaustion, s, rate, m_o.minResourceShare,
                    onset(s, m_first, [](const LiveCell& c) { return c.grid.resource > 0; }));
        f.severity = rate >= 0.5 ? Severity::High : Severity::Medium;
        f.description = toUtf8(Tr::tr("%1 of %2's lines report exhausted resources (memory, disk, "
                                      "CPU, pools) in a %3-second window (usual %4)")
                                   .arg(localPercent(rate), serviceName(s))
                                   .arg(windowSeconds())
                                   .arg(localPercent(usual)));
        out.push_back(std::move(f));
    }

    void injections(std::uint16_t s, const LiveCell& w, std::vector<LiveFinding>& out) const {
        constexpr std::uint32_t kMinPayloads = 3;
        if (w.grid.injections < kMinPayloads)
            return;
        LiveFinding f =
            finding(IncidentType::SecurityThreat, s, w.grid.injections, kMinPayloads,
                    onset(s, m_first, [](const LiveCell& c) { return c.grid.injections > 0; }));
        f.severity = Severity::High;
        f.injection = true;
        f.description = toUtf8(Tr::tr("%1 requests with injection payloads (SQL, script, "
                                      "traversal) reached %2 in a %3-second window")
                                   .arg(localCount(w.grid.injections), serviceName(s))
                                   .arg(windowSeconds()));
        out.push_back(std::move(f));
    }

    // Failed logins per client and service over the brute-force window.
    void bruteForce(std::vector<LiveFinding>& out) const {
        std::map<std::string, std::uint32_t> counts;
        for (std::int64_t i = m_bruteFirst; i <= m_newest; ++i)
            if (const LiveSlot* slot = m_grid.slot(i))
                for (const auto& [key, n] : slot->authByClient)
                    counts[key] += n;
        std::map<std::uint16_t, std::uint32_t> perService;
        const auto serviceOf = [](const std::string& key) {
            return static_cast<std::uint16_t>(static_cast<unsigned char>(key[0]) |
                                              (static_cast<unsigned char>(key[1]) << 8));
        };
        for (const auto& [key, n] : counts)
            if (key.size() >= 2)
                perService[serviceOf(key)] += n;
        std::map<std::uint16_t, std::pair<std::string, std::uint32_t>> worst;
        for (const auto& [key, n] : counts) {
            if (n < m_o.bruteForcePerMinute || key.size() < 2)
                continue;
            const std::uint16_t service = serviceOf(key);
            // One client must stand out: at high rates ordinary failed logins of a popular
            // user reach the count too, but they are a small share of the service's failures.
            if (n < kBruteForceShare * perService[service])
                continue;
            auto& w = worst[service];
            if (n > w.second)
                w = {key.substr(2), n};
        }
        for (const auto& [service, client] : worst) {
            LiveFinding f = finding(IncidentType::SecurityThreat, service, client.second,
                                    static_cast<double>(m_o.bruteForcePerMinute),
                                    m_bruteFirst * m_grid.slotNs());
            f.severity = Severity::High;
            f.windowNs = (m_newest - m_bruteFirst + 1) * m_grid.slotNs();
            f.description = toUtf8(
                Tr::tr("Brute force: %1 failed logins from %2 on %3 within %4 seconds")
                    .arg(localCount(client.second), fromUtf8(client.first), serviceName(service))
                    .arg(f.windowNs / kNanosPerSecond));
            out.push_back(std::move(f));
        }
    }

    const LiveGrid& m_grid;
    const AnalysisOptions& m_o;
    std::int64_t m_newest;
    std::int64_t m_first = 0;
    std::int64_t m_bruteFirst = 0;
    std::int64_t m_width = 1;
    std::int64_t m_guard = 3; ///< slots between the ramp rules' baseline and the judged window
    std::int64_t m_historySlots = 0;
    std::int64_t m_firstDataNs = 0; ///< start of the oldest slot with lines
};

} // namespace

std::vector<LiveFinding> evaluateLiveRules(const LiveGrid& grid, const LiveOptions& options) {
    std::vector<LiveFinding> out;
    if (grid.newestIndex() < 0)
        return out;
    RuleRun(grid, options).run(out);
    return out;
}

/// The key under which failed logins are counted: service index (2 bytes) + client.
std::string authKey(std::uint16_t service, std::string_view client) {
    std::string key(2, '\0');
    key[0] = static_cast<char>(service & 0xFF);
    key[1] = static_cast<char>(service >> 8);
    key.append(client);
    return key;
}

} // namespace logscope::core
