#include "core/generator/event_composer.h"

#include "core/generator/text_append.h"

#include <array>
#include <cmath>

namespace logscope::core {
namespace {

constexpr std::array<std::string_view, 6> kTables{"orders",   "users",    "payments",
                                                  "sessions", "products", "inventory"};
constexpr std::array<int, 4> kPorts{25, 465, 587, 2525};
constexpr std::array<std::string_view, 6> kUserAgents{
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/118.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.0 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:119.0) Gecko/20100101 Firefox/119.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Mobile/15E148",
    "okhttp/4.11.0",
    "python-requests/2.31.0"};
// First octets of the simulated public client population.
constexpr std::array<std::uint32_t, 12> kClientNets{24, 31, 37,  45,  62,  73,
                                                    81, 92, 109, 151, 176, 188};

} // namespace

EventComposer::EventComposer(const Scenario& scenario, const TrafficShape& shape,
                             std::uint64_t seed)
    : m_scenario(scenario), m_rng(seed), m_errorFactor(shape) {
    double sum = 0.0;
    for (const ServiceSpec& service : scenario.services) {
        sum += service.weight;
        m_cumulativeWeights.push_back(sum);
    }
    for (double& w : m_cumulativeWeights)
        w /= sum;
}

std::uint16_t EventComposer::pickService() noexcept {
    const double pick = m_rng.uniform();
    for (std::size_t i = 0; i + 1 < m_cumulativeWeights.size(); ++i) {
        if (pick < m_cumulativeWeights[i])
            return static_cast<std::uint16_t>(i);
    }
    return static_cast<std::uint16_t>(m_cumulativeWeights.size() - 1);
}

std::uint32_t EventComposer::clientIp() noexcept {
    // A cubed uniform favours low indices: a few clients send much of the traffic.
    const double u = m_rng.uniform();
    const auto index = static_cast<std::uint32_t>(4000.0 * u * u * u);
    const std::uint32_t mixed = index * 2654435761U;
    return (kClientNets[index % kClientNets.size()] << 24) | (mixed & 0x00FFFFFE) | 1U;
}

void EventComposer::randomUser(std::string& out) {
    out.assign("user");
    const double u = m_rng.uniform();
    appendInt(out, 1000 + static_cast<std::int64_t>(8999.0 * u * u));
}

void EventComposer::begin(GeneratedRecord& record, std::int64_t ns, std::uint16_t service) {
    const ServiceSpec& spec = m_scenario.services[service];
    record.timestampNs = ns;
    record.serviceIndex = service;
    record.serviceSpec = &spec;
    record.source = spec.source;
    record.service = spec.name;
    const EndpointSpec& endpoint = spec.endpoints[m_rng.below(spec.endpoints.size())];
    record.method = endpoint.method;
    record.path.assign(endpoint.path);
    record.ip = spec.clients ? clientIp()
                             : (10U << 24) | (static_cast<std::uint32_t>(service) << 8) |
                                   static_cast<std::uint32_t>(2 + m_rng.below(200));
    record.requestIdHigh = m_rng.next();
    record.requestIdLow = m_rng.next();
    record.user.clear();
    record.userAgent = kUserAgents[m_rng.below(kUserAgents.size())];
    for (std::size_t c = 0; c < spec.context.size() && c < record.context.size(); ++c)
        record.context[c] = m_rng.between(spec.context[c].min, spec.context[c].max);
    record.errorCode = {};
    record.component = {};
    record.unit = {};
    record.nullMask = 0;
    record.fault = FormatFault::None;
    record.isAnomaly = false;
    record.anomalyType = {};
    record.anomalyScore = 0.0;
    record.episodeId = 0;
}

LevelClass EventComposer::drawClass(const GeneratedRecord& record) noexcept {
    const double errorP = m_scenario.errorRate * m_errorFactor.at(record.timestampNs) *
                          record.serviceSpec->errorFactor;
    const double roll = m_rng.uniform();
    if (roll < errorP)
        return kErrorClass;
    if (roll < errorP + m_scenario.warningRate)
        return kWarningClass;
    return kInfoClass;
}

double EventComposer::drawLatency(const ServiceSpec& service, LevelClass levelClass) noexcept {
    double latency = m_rng.logNormal(service.latencyMedianMs, service.latencySigma);
    if (levelClass == kErrorClass)
        latency *= m_rng.range(3.0, 7.0);
    else if (levelClass == kWarningClass)
        latency *= 1.8;
    return latency;
}

void EventComposer::finish(GeneratedRecord& record, LevelClass levelClass,
                           const MessageSpec* message, int status) {
    const ServiceSpec& spec = *record.serviceSpec;
    if (levelClass == kErrorClass)
        record.level = m_rng.chance(m_scenario.criticalShare) ? Level::Critical : Level::Error;
    else
        record.level = levelClass == kWarningClass ? Level::Warning : Level::Info;
    if (message == nullptr) {
        const auto& choices = spec.messages[levelClass];
        message = &choices[m_rng.below(choices.size())];
    }
    if (status == 0)
        status = message->status;
    if (status == 0) {
        const auto& statuses = spec.statuses[levelClass];
        status = statuses[m_rng.below(statuses.size())];
    }
    record.statusCode = status;
    record.errorCode = message->errorCode;
    record.responseTimeMs = std::round(record.responseTimeMs * 100.0) / 100.0;
    // Response sizes: small error pages; skewed successes (median ~1.4 KB, tail to 10 KB)
    // from a cubed uniform, which costs no logarithm per line.
    const double u = m_rng.uniform();
    record.bytes = status >= 400 ? 150 + static_cast<std::int64_t>(400.0 * u)
                                 : 200 + static_cast<std::int64_t>(9800.0 * u * u * u);
    record.message.clear();
    expand(record.message, message->text, record);
}

void EventComposer::expand(std::string& out, const MessageTemplate& text, GeneratedRecord& record) {
    static constexpr char kHex[] = "0123456789abcdef";
    for (const MessageTemplate::Segment& segment : text.segments) {
        out += segment.literal;
        if (!segment.placeholder)
            continue;
        switch (*segment.placeholder) {
        case Placeholder::Ms:
            appendInt(out, static_cast<std::int64_t>(record.responseTimeMs));
            break;
        case Placeholder::Method:
            out += record.method;
            break;
        case Placeholder::Path:
            out += record.path;
            break;
        case Placeholder::Ip:
            appendIp(out, record.ip);
            break;
        case Placeholder::User:
            if (record.user.empty())
                randomUser(record.user);
            out += record.user;
            break;
        case Placeholder::Upstream: {
            const auto& deps = record.serviceSpec->dependsOn;
            const std::size_t pick = deps.empty() ? m_rng.below(m_scenario.services.size())
                                                  : deps[m_rng.below(deps.size())];
            out += m_scenario.services[pick].name;
            break;
        }
        case Placeholder::Id:
            appendInt(out, 100000 + static_cast<std::int64_t>(m_rng.below(900000)));
            break;
        case Placeholder::N:
            appendInt(out, 1 + static_cast<std::int64_t>(m_rng.below(99)));
            break;
        case Placeholder::Pct:
            appendInt(out, 50 + static_cast<std::int64_t>(m_rng.below(50)));
            break;
        case Placeholder::Table:
            out += kTables[m_rng.below(kTables.size())];
            break;
        case Placeholder::Order:
            out += "ORD-";
            appendInt(out, 50000 + static_cast<std::int64_t>(m_rng.below(50000)));
            break;
        case Placeholder::Port:
            appendInt(out, kPorts[m_rng.below(kPorts.size())]);
            break;
        case Placeholder::RequestId:
            for (int shift = 60; shift >= 32; shift -= 4)
                out.push_back(kHex[(record.requestIdHigh >> shift) & 0xF]);
            break;
        case Placeholder::Bytes:
            appendInt(out, record.bytes);
            break;
        case Placeholder::Service:
            out += record.service;
            break;
        case Placeholder::Status:
            appendInt(out, record.statusCode);
            break;
        }
    }
}

} // namespace logscope::core
