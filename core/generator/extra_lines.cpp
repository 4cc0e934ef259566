#include "core/generator/extra_lines.h"

#include "core/generator/event_effects.h"

#include <array>

namespace logscope::core {
namespace {

constexpr std::array<std::string_view, 6> kSqlPayloads{
    "1' OR '1'='1",          "1 UNION SELECT username,password FROM users--",
    "1; DROP TABLE users--", "' OR 1=1--",
    "1' AND SLEEP(5)--",     "admin'--"};
constexpr std::array<std::string_view, 4> kXssPayloads{
    "<script>alert(1)</script>", "<img src=x onerror=alert(document.cookie)>",
    "javascript:alert('xss')", "\"><svg/onload=alert(1)>"};
constexpr std::array<std::string_view, 7> kProbePaths{
    "/admin",        "/admin/users", "/api/v1/internal/config", "/.env",
    "/actuator/env", "/wp-admin/",   "/api/v1/users/export"};

const EndpointSpec& preferredEndpoint(const ServiceSpec& spec, std::string_view word,
                                      std::string_view method) {
    for (const EndpointSpec& endpoint : spec.endpoints) {
        if ((word.empty() || endpoint.path.find(word) != std::string::npos) &&
            (method.empty() || endpoint.method == method))
            return endpoint;
    }
    return spec.endpoints.front();
}

} // namespace

ExtraLines::ExtraLines(const Scenario& scenario, EventComposer& composer, std::uint64_t seed)
    : m_scenario(scenario), m_composer(composer), m_rng(seed) {}

void ExtraLines::compose(const Episode& episode, GeneratedRecord& record, std::int64_t ns,
                         std::uint16_t service) {
    m_composer.begin(record, ns, service);
    if (episode.type == EpisodeType::ResourceExhaustion)
        composeResourceReport(episode, record);
    else
        composeAttack(episode, record);
    record.isAnomaly = true;
    record.anomalyType = episodeTypeName(episode.type);
    record.episodeId = episode.id;
}

void ExtraLines::composeAttack(const Episode& episode, GeneratedRecord& record) {
    const EffectMessages& messages = EffectMessages::get();
    const ServiceSpec& spec = *record.serviceSpec;
    record.anomalyScore = 0.95;
    if (episode.type == EpisodeType::RateLimiting) {
        record.ip = episode.clientIps.empty()
                        ? episode.attackerIp
                        : episode.clientIps[m_rng.below(episode.clientIps.size())];
        record.responseTimeMs = m_rng.range(0.5, 3.0);
        record.anomalyScore = 0.85;
        m_composer.finish(record, kWarningClass, &messages.rateLimited);
        return;
    }
    record.ip = episode.attackerIp;
    record.responseTimeMs = m_rng.logNormal(40.0, 0.3);
    switch (episode.variant) {
    case 0: { // brute force: one address, one account, many failures
        const EndpointSpec& login = preferredEndpoint(spec, "login", "");
        record.method = login.method;
        record.path = login.path;
        record.user = episode.victimUser;
        if (!spec.context.empty())
            record.context[0] = episode.victimContext;
        const bool lockout = m_rng.chance(0.15);
        if (spec.clients)
            m_composer.finish(record, lockout ? kErrorClass : kWarningClass,
                              &messages.bruteForce[lockout ? 1 : 0]);
        else
            m_composer.finish(record, lockout ? kErrorClass : kWarningClass);
        return;
    }
    case 1: { // SQL injection in a query parameter
        const EndpointSpec& target = preferredEndpoint(spec, "", "GET");
        record.method = "GET";
        const std::string_view payload = kSqlPayloads[m_rng.below(kSqlPayloads.size())];
        record.path = target.path + "?id=" + std::string(payload);
        if (payload.find("SLEEP") != std::string_view::npos)
            record.responseTimeMs = m_rng.range(5000.0, 5200.0);
        const bool reached = m_rng.chance(0.3);
        m_composer.finish(record, reached ? kErrorClass : kWarningClass,
                          &messages.sqlInjection[reached ? 1 : 0]);
        return;
    }
    case 2: { // cross-site scripting in a search parameter
        const EndpointSpec& target = preferredEndpoint(spec, "", "GET");
        record.method = "GET";
        record.path =
            target.path + "?q=" + std::string(kXssPayloads[m_rng.below(kXssPayloads.size())]);
        const bool passed = m_rng.chance(0.25);
        m_composer.finish(record, passed ? kInfoClass : kWarningClass,
                          passed ? &messages.passedThrough : &messages.xss[0]);
        return;
    }
    default: { // unauthorized access: probing admin and internal paths
        record.method = "GET";
        record.path = std::string(kProbePaths[m_rng.below(kProbePaths.size())]);
        const bool known = m_rng.chance(0.3);
        if (known)
            record.user = episode.victimUser;
        m_composer.finish(record, kWarningClass, &messages.unauthorized[known ? 1 : 0]);
        return;
    }
    }
}

void ExtraLines::composeResourceReport(const Episode& episode, GeneratedRecord& record) {
    const double progress = episodeProgress(episode, record.serviceIndex, record.timestampNs);
    const bool critical = progress >= 0.9;
    const int pct = static_cast<int>(55.0 + 44.0 * progress);
    record.responseTimeMs = m_rng.range(0.2, 2.0);
    m_composer.finish(record, critical ? kErrorClass : kWarningClass,
                      &EffectMessages::get().statusLine, critical ? 503 : 200);
    const std::string service(record.service);
    std::string& text = record.message;
    switch (episode.variant) {
    case 0:
        text = critical ? "Memory limit exceeded (" + std::to_string(2000 + pct / 2) +
                              " MB used of 2048 MB)"
                        : "Heap usage at " + std::to_string(pct) + "% of 2048 MB limit";
        break;
    case 1:
        text =
            critical
                ? "CPU saturated: " + std::to_string(std::min(100, pct + 1)) + "% for the last 60 s"
                : "CPU usage at " + std::to_string(pct) + "% (" +
                      std::to_string(4 + static_cast<int>(progress * 60)) + " threads runnable)";
        break;
    case 2:
        text = critical ? "No space left on device: /var/lib/" + service
                        : "Disk usage at " + std::to_string(pct) + "% on /var/lib/" + service;
        break;
    default:
        text = critical ? std::string("Connection pool exhausted (50/50 in use)")
                        : "Connection pool usage " +
                              std::to_string(static_cast<int>(25 + 25 * progress)) + "/50 (" +
                              std::to_string(static_cast<int>(progress * 40)) + " waiting)";
        break;
    }
    record.anomalyScore = 0.5 + 0.45 * progress;
}

} // namespace logscope::core
