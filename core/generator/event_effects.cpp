#include "core/generator/event_effects.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace logscope::core {
namespace {

MessageSpec spec(std::string_view text, int status = 0, std::string_view code = {}) {
    std::string error;
    MessageSpec m;
    m.text = *parseMessageTemplate(text, error);
    m.status = status;
    m.errorCode = std::string(code);
    return m;
}

std::size_t positionOf(const Episode& episode, std::uint16_t service) {
    return static_cast<std::size_t>(
        std::find(episode.services.begin(), episode.services.end(), service) -
        episode.services.begin());
}

} // namespace

const EffectMessages& EffectMessages::get() {
    static const EffectMessages messages = [] {
        EffectMessages m;
        m.outage = {spec("Service unavailable", 503, "ERR_SERVICE_UNAVAILABLE"),
                    spec("upstream connect error or disconnect/reset before headers", 503,
                         "ERR_SERVICE_UNAVAILABLE"),
                    spec("Connection refused ({service}:8080)", 503, "ERR_CONNECTION_REFUSED"),
                    spec("Health check failed for {service}: no response after {ms} ms", 503,
                         "ERR_SERVICE_UNAVAILABLE")};
        m.slow = spec("Slow response: {method} {path} took {ms} ms", 200);
        m.timeout = spec("Request timeout after {ms} ms", 504, "ERR_GATEWAY_TIMEOUT");
        m.database = {
            spec("Connection timeout to database after {ms} ms", 503, "ERR_DB_TIMEOUT"),
            spec("could not connect to server: Connection refused", 503, "ERR_DB_CONNECTION"),
            spec("Too many connections (max_connections=500)", 503, "ERR_DB_CONNECTIONS")};
        m.databaseClient = {
            spec("Connection timeout to database after {ms} ms", 503, "ERR_DB_TIMEOUT"),
            spec("Database unavailable: query on {table} failed after {ms} ms", 500,
                 "ERR_DATABASE")};
        m.rateLimited = spec("API rate limit exceeded for client {ip}", 429, "ERR_RATE_LIMITED");
        m.bruteForce = {spec("Failed login for user {user} from {ip}: invalid password", 401,
                             "ERR_INVALID_CREDENTIALS"),
                        spec("Failed to authenticate user {user} from {ip}: too many attempts", 429,
                             "ERR_TOO_MANY_ATTEMPTS")};
        m.sqlInjection = {
            spec("Blocked SQL injection attempt from {ip}: {method} {path}", 403,
                 "ERR_WAF_BLOCKED"),
            spec("Database error: syntax error at or near \"'\" while serving {method} {path}", 500,
                 "ERR_DATABASE")};
        m.xss = {spec("Blocked XSS attempt from {ip}: {method} {path}", 403, "ERR_WAF_BLOCKED")};
        m.unauthorized = {
            spec("Unauthorized access attempt to {path} from {ip}", 401, "ERR_UNAUTHORIZED"),
            spec("Access denied for user {user} to {path}: missing role admin", 403,
                 "ERR_FORBIDDEN")};
        m.passedThrough = spec("{method} {path} completed in {ms} ms", 200);
        m.statusLine = spec("{service} resource report", 200);
        return m;
    }();
    return messages;
}

double episodeProgress(const Episode& episode, std::uint16_t service, std::int64_t ns) noexcept {
    const std::size_t pos = positionOf(episode, service);
    const std::int64_t onset =
        pos < episode.onsetNs.size() ? episode.onsetNs[pos] : episode.startNs;
    const auto span = static_cast<double>(std::max<std::int64_t>(1, episode.endNs - onset));
    return std::clamp(static_cast<double>(ns - onset) / span, 0.0, 1.0);
}

EventEffects::EventEffects(const Scenario& scenario, EventComposer& composer, std::uint64_t seed)
    : m_scenario(scenario), m_composer(composer), m_rng(seed) {}

LineEffect EventEffects::shape(const Episode& episode, GeneratedRecord& record, LevelClass drawn) {
    const EffectMessages& messages = EffectMessages::get();
    const EpisodeParams& p = episode.params;
    const double progress = episodeProgress(episode, record.serviceIndex, record.timestampNs);
    LineEffect effect;
    effect.levelClass = drawn;
    double& latency = record.responseTimeMs;
    auto fail = [&](double latencyLow, double latencyHigh) {
        effect.levelClass = kErrorClass;
        latency *= m_rng.range(latencyLow, latencyHigh);
        effect.score = 0.9;
    };
    switch (episode.type) {
    case EpisodeType::ErrorSpike:
        effect.score = 0.6;
        if (m_rng.chance(p.errorRate))
            fail(2.0, 5.0);
        else
            latency *= 1.3;
        break;
    case EpisodeType::LatencyDegradation: {
        // A linear ramp from normal to `multiplier` times normal.
        const double factor = 1.0 + (p.multiplier - 1.0) * progress;
        latency *= factor;
        effect.score = 0.3 + 0.6 * progress;
        if (factor >= 4.0 && m_rng.chance(0.1)) {
            effect.levelClass = kErrorClass;
            effect.message = &messages.timeout;
        } else if (factor >= 2.5 && drawn == kInfoClass && m_rng.chance(0.4)) {
            effect.levelClass = kWarningClass;
            effect.message = &messages.slow;
        }
        break;
    }
    case EpisodeType::ResourceExhaustion: {
        latency *= 1.0 + (p.latencyFactor - 1.0) * progress * progress;
        effect.score = 0.4 + 0.5 * progress;
        if (m_rng.chance(p.errorRate * progress * progress * progress)) {
            effect.levelClass = kErrorClass;
            effect.text = LineEffect::Text::ResourceError;
            effect.status = 503;
            effect.score = 0.95;
        } else if (m_rng.chance(0.3 * progress)) {
            effect.levelClass = kWarningClass;
            effect.text = LineEffect::Text::ResourceWarning;
            effect.status = 200;
        }
        break;
    }
    case EpisodeType::ServiceOutage: {
        bool down = true;
        if (episode.variant == 1) {
            const double period = p.periodSeconds * 1e9;
            const double phase =
                std::fmod(static_cast<double>(record.timestampNs - episode.startNs), period);
            down = phase < period / 2.0;
        }
        if (!down) {
            effect.score = 0.4;
            break;
        }
        if (m_rng.chance(p.dropFraction)) {
            effect.drop = true;
            break;
        }
        effect.levelClass = kErrorClass;
        effect.message = &messages.outage[m_rng.below(messages.outage.size())];
        // Refused connections fail fast; hung ones run into the client's timeout.
        latency = m_rng.chance(0.5) ? m_rng.range(0.5, 5.0) : m_rng.range(29000.0, 31000.0);
        effect.score = 0.95;
        break;
    }
    case EpisodeType::DataAnomaly:
        effect.corrupt = m_rng.chance(p.fraction);
        effect.labelled = effect.corrupt;
        effect.score = 0.8;
        break;
    case EpisodeType::DatabaseOutage: {
        const bool database = positionOf(episode, record.serviceIndex) == 0;
        effect.score = 0.5;
        if (m_rng.chance(database ? p.errorRate : p.dependentErrorRate)) {
            effect.levelClass = kErrorClass;
            const auto& pool = database ? messages.database : messages.databaseClient;
            effect.message = &pool[m_rng.below(pool.size())];
            latency = m_rng.range(database ? 5000.0 : 3000.0, database ? 10000.0 : 9000.0);
            effect.score = database ? 0.95 : 0.85;
        } else {
            latency *= 2.5;
        }
        break;
    }
    case EpisodeType::RateLimiting:
        effect.score = 0.4;
        if (m_rng.chance(p.rejectFraction)) {
            effect.levelClass = kWarningClass;
            effect.message = &messages.rateLimited;
            latency = m_rng.range(0.5, 3.0);
            effect.score = 0.85;
        }
        break;
    case EpisodeType::CascadingFailure: {
        const bool root = positionOf(episode, record.serviceIndex) == 0;
        effect.score = 0.5;
        if (m_rng.chance(p.errorRate)) {
            fail(3.0, root ? 8.0 : 10.0);
            if (root)
                effect.status = 503;
            else
                effect.text = LineEffect::Text::UpstreamFailure;
        }
        break;
    }
    case EpisodeType::SecurityThreat:
        effect.labelled = false; // attacks add their own lines
        break;
    }
    return effect;
}

void EventEffects::complete(const Episode& episode, GeneratedRecord& record,
                            const LineEffect& effect) {
    const double progress = episodeProgress(episode, record.serviceIndex, record.timestampNs);
    std::string& text = record.message;
    switch (effect.text) {
    case LineEffect::Text::None:
        break;
    case LineEffect::Text::ResourceWarning:
    case LineEffect::Text::ResourceError: {
        const bool error = effect.text == LineEffect::Text::ResourceError;
        const int pct = static_cast<int>(60.0 + 39.0 * progress);
        text.clear();
        switch (episode.variant) {
        case 0:
            text = error ? "OutOfMemoryError: Java heap space (" + std::to_string(2000 + pct / 3) +
                               " MB used of 2048 MB)"
                         : "GC pause of " +
                               std::to_string(static_cast<int>(record.responseTimeMs / 2)) +
                               " ms, heap " + std::to_string(pct) + "% full";
            break;
        case 1:
            text = error ? "Request aborted: CPU throttled for " +
                               std::to_string(static_cast<int>(record.responseTimeMs)) + " ms"
                         : "CPU usage at " + std::to_string(pct) + "%, requests queued";
            break;
        case 2:
            text = error ? "Write failed: No space left on device"
                         : "Disk usage at " + std::to_string(pct) + "% on /var/lib/" +
                               std::string(record.service);
            break;
        default:
            text = error ? "Connection pool exhausted: timed out after " +
                               std::to_string(static_cast<int>(record.responseTimeMs)) +
                               " ms waiting for a connection"
                         : "Connection pool at " + std::to_string(pct) + "% capacity (" +
                               std::to_string(1 + static_cast<int>(progress * 40)) + " waiting)";
            break;
        }
        break;
    }
    case LineEffect::Text::UpstreamFailure: {
        const std::string_view root = m_scenario.services[episode.services.front()].name;
        static constexpr std::array<std::string_view, 3> kForms{
            "Upstream {} timeout after ", "Circuit breaker open for {}: ",
            "Dependency {} failed: 503 Service Unavailable after "};
        const std::string_view form = kForms[m_rng.below(kForms.size())];
        const std::size_t slot = form.find("{}");
        text.assign(form.substr(0, slot));
        text += root;
        text += form.substr(slot + 2);
        text += std::to_string(static_cast<int>(record.responseTimeMs));
        text += " ms";
        record.statusCode = m_rng.chance(0.5) ? 503 : 504;
        break;
    }
    }
    if (effect.corrupt) {
        switch (episode.variant) {
        case 0: {
            static constexpr std::array<std::uint8_t, 4> kMasks{
                kNullResponseTime, kNullStatus, kNullMessage, kNullResponseTime | kNullStatus};
            record.nullMask = kMasks[m_rng.below(kMasks.size())];
            break;
        }
        case 1:
            if (m_rng.chance(0.5))
                record.responseTimeMs =
                    m_rng.chance(0.5) ? -m_rng.range(1.0, 500.0) : m_rng.range(1e7, 9e7);
            else
                record.statusCode = m_rng.chance(0.5) ? 0 : 999;
            record.responseTimeMs = std::round(record.responseTimeMs * 100.0) / 100.0;
            break;
        default:
            record.fault = m_rng.chance(0.5) ? FormatFault::Timestamp : FormatFault::Level;
            break;
        }
    }
    if (effect.labelled) {
        record.isAnomaly = true;
        record.anomalyType = episodeTypeName(episode.type);
        record.anomalyScore = effect.score;
        record.episodeId = episode.id;
    }
}

} // namespace logscope::core
