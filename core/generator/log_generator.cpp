#include "core/generator/log_generator.h"

#include "core/time/civil_time.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

namespace logscope::core {
namespace {

struct ServiceProfile {
    std::string_view name;
    double medianLatencyMs;
    double weight; // share of traffic
    std::array<std::string_view, 3> endpoints;
    std::array<std::string_view, 3> errors;
    std::array<std::string_view, 2> warnings;
};

constexpr std::array kServices{
    ServiceProfile{"api-gateway",
                   120,
                   0.22,
                   {"/api/v1/orders", "/api/v1/users", "/api/v1/products"},
                   {"Upstream request timeout after {ms} ms", "Service unavailable",
                    "API rate limit exceeded for client {ip}"},
                   {"Slow upstream response from {svc} ({ms} ms)", "Retrying request {id}"}},
    ServiceProfile{
        "auth-service",
        100,
        0.16,
        {"/auth/login", "/auth/refresh", "/auth/logout"},
        {"Failed to authenticate user {user}", "Token validation failed for user {user}",
         "Session store unavailable"},
        {"Password attempt {n} for user {user}", "Token close to expiry for user {user}"}},
    ServiceProfile{
        "database",
        180,
        0.15,
        {"SELECT orders", "UPDATE users", "INSERT payments"},
        {"Connection timeout to database after {ms} ms", "Deadlock detected on table {table}",
         "Too many connections ({n} active)"},
        {"Slow query on table {table} took {ms} ms", "Connection pool at {n}% capacity"}},
    ServiceProfile{"cache-redis",
                   60,
                   0.15,
                   {"GET session", "SET product", "GET cart"},
                   {"Redis connection refused", "Memory limit exceeded ({n} MB used)",
                    "Eviction storm: {n} keys evicted"},
                   {"Cache miss ratio high ({n}%)", "Key {id} expired before read"}},
    ServiceProfile{"payment-service",
                   170,
                   0.12,
                   {"/payments/charge", "/payments/refund", "/payments/status"},
                   {"Payment gateway timeout after {ms} ms",
                    "Transaction {id} declined by processor", "Service unavailable"},
                   {"Payment retry {n} for order {order}", "Fraud check slow ({ms} ms)"}},
    ServiceProfile{"notification-service",
                   90,
                   0.10,
                   {"/notify/email", "/notify/sms", "/notify/push"},
                   {"SMTP connection failed to mail.internal:{port}",
                    "Push provider returned error {n}", "Message queue full ({n} pending)"},
                   {"Email delivery delayed by {ms} ms", "Template {id} missing locale"}},
    ServiceProfile{"analytics-engine",
                   140,
                   0.10,
                   {"/analytics/events", "/analytics/report", "/analytics/ingest"},
                   {"Batch job {id} failed: out of memory", "Memory limit exceeded ({n} MB used)",
                    "Aggregation timeout after {ms} ms"},
                   {"Ingest lag {ms} ms behind", "Dropped {n} malformed events"}},
};

constexpr std::array<std::string_view, 4> kTables{"orders", "users", "payments", "sessions"};
constexpr std::array<std::string_view, 3> kMethods{"GET", "POST", "PUT"};

} // namespace

LogGenerator::LogGenerator(GeneratorOptions options) : m_options(options), m_rng(options.seed) {
    if (m_options.startNs == 0)
        m_options.startNs = toEpochNanos({2024, 10, 27, 14, 30, 0, 0});
    if (m_options.durationNs <= 0)
        m_options.durationNs = 7 * kNanosPerDay;
    const auto minutes = static_cast<std::size_t>(
        std::max<std::int64_t>(1, (m_options.durationNs + kNanosPerMinute - 1) / kNanosPerMinute));
    m_minuteWeights.resize(minutes);
    for (std::size_t m = 0; m < minutes; ++m) {
        m_minuteWeights[m] =
            trafficWeight(m_options.startNs + static_cast<std::int64_t>(m) * kNanosPerMinute);
        m_weightTotal += m_minuteWeights[m];
    }
}

double LogGenerator::trafficWeight(std::int64_t ns) const {
    const CivilTime t = fromEpochNanos(ns);
    const double hour = t.hour + t.minute / 60.0;
    // Business hours peak around 14:00, a quiet night; weekends carry 40 % of weekday traffic.
    const double daily = 0.25 + 0.75 * std::exp(-std::pow((hour - 14.0) / 4.5, 2.0));
    const bool weekend = weekdayOf(ns) >= 5;
    return daily * (weekend ? 0.4 : 1.0);
}

double LogGenerator::errorProbability(std::int64_t ns) const {
    const CivilTime t = fromEpochNanos(ns);
    // Errors climb with load in the afternoon and during the nightly batch window (02:00-04:00).
    const double afternoon = 0.012 * std::exp(-std::pow((t.hour - 15.0) / 3.0, 2.0));
    const double batch = (t.hour >= 2 && t.hour < 4) ? 0.01 : 0.0;
    return 0.012 + afternoon + batch;
}

bool LogGenerator::advanceMinute() {
    while (m_minute < m_minuteWeights.size() &&
           m_produced + m_pendingTimes.size() < m_options.total) {
        const double expected =
            static_cast<double>(m_options.total) * m_minuteWeights[m_minute] / m_weightTotal +
            m_carry;
        auto count = static_cast<std::uint64_t>(expected);
        m_carry = expected - static_cast<double>(count);
        const bool lastMinute = m_minute + 1 == m_minuteWeights.size();
        const std::uint64_t remaining = m_options.total - m_produced;
        if (lastMinute || count > remaining)
            count = remaining;
        const std::int64_t minuteStart =
            m_options.startNs + static_cast<std::int64_t>(m_minute) * kNanosPerMinute;
        ++m_minute;
        if (count == 0)
            continue;
        m_pendingTimes.clear();
        m_pendingIndex = 0;
        std::uniform_int_distribution<std::int64_t> offset(0, kNanosPerMinute / 1000 - 1);
        for (std::uint64_t i = 0; i < count; ++i)
            m_pendingTimes.push_back(minuteStart + offset(m_rng) * 1000);
        std::sort(m_pendingTimes.begin(), m_pendingTimes.end());
        return true;
    }
    return false;
}

std::size_t LogGenerator::nextBatch(std::size_t maxCount, std::vector<GeneratedRecord>& out) {
    std::size_t appended = 0;
    while (appended < maxCount && m_produced < m_options.total) {
        if (m_pendingIndex >= m_pendingTimes.size()) {
            m_pendingTimes.clear();
            if (!advanceMinute())
                break;
        }
        out.emplace_back();
        fill(out.back(), m_pendingTimes[m_pendingIndex++]);
        ++m_produced;
        ++appended;
    }
    return appended;
}

void LogGenerator::fill(GeneratedRecord& record, std::int64_t ns) {
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    double pick = unit(m_rng);
    const ServiceProfile* service = &kServices.back();
    for (const auto& candidate : kServices) {
        if (pick < candidate.weight) {
            service = &candidate;
            break;
        }
        pick -= candidate.weight;
    }
    record.timestampNs = ns;
    record.service = service->name;

    const double errorP = errorProbability(ns);
    const double roll = unit(m_rng);
    std::normal_distribution<double> logLatency(std::log(service->medianLatencyMs), 0.55);
    double latency = std::exp(logLatency(m_rng));

    auto expand = [&](std::string_view pattern) {
        std::string text;
        text.reserve(pattern.size() + 16);
        for (std::size_t i = 0; i < pattern.size(); ++i) {
            if (pattern[i] != '{') {
                text.push_back(pattern[i]);
                continue;
            }
            const std::size_t close = pattern.find('}', i);
            const std::string_view name = pattern.substr(i + 1, close - i - 1);
            std::uniform_int_distribution<int> small(1, 99);
            if (name == "ms")
                text += std::to_string(static_cast<int>(latency));
            else if (name == "ip")
                text += "10.0." + std::to_string(small(m_rng)) + "." + std::to_string(small(m_rng));
            else if (name == "user")
                text += "user" + std::to_string(1000 + small(m_rng) * 7);
            else if (name == "order")
                text += "ORD-" + std::to_string(50000 + small(m_rng) * 13);
            else if (name == "table")
                text += kTables[static_cast<std::size_t>(small(m_rng)) % kTables.size()];
            else if (name == "svc")
                text += kServices[static_cast<std::size_t>(small(m_rng)) % kServices.size()].name;
            else if (name == "port")
                text += std::to_string(580 + small(m_rng) % 10);
            else if (name == "id")
                text += std::to_string(100000 + static_cast<int>(unit(m_rng) * 899999));
            else
                text += std::to_string(small(m_rng));
            i = close;
        }
        return text;
    };

    std::uniform_int_distribution<std::size_t> three(0, 2);
    if (roll < errorP) {
        record.level = unit(m_rng) < 0.12 ? Level::Critical : Level::Error;
        latency *= 3.0 + 4.0 * unit(m_rng);
        record.statusCode = unit(m_rng) < 0.6 ? 500 : 503;
        record.message = expand(service->errors[three(m_rng)]);
    } else if (roll < errorP + 0.05) {
        record.level = Level::Warning;
        latency *= 1.8;
        record.statusCode = unit(m_rng) < 0.5 ? 404 : 200;
        record.message = expand(service->warnings[three(m_rng) % 2]);
    } else {
        record.level = Level::Info;
        record.statusCode = 200;
        const std::string_view endpoint = service->endpoints[three(m_rng)];
        record.message = std::string(kMethods[three(m_rng)]) + " " + std::string(endpoint) +
                         " completed in " + std::to_string(static_cast<int>(latency)) + " ms";
    }
    record.responseTimeMs = std::round(latency * 100.0) / 100.0;
    record.isAnomaly = false;
    record.anomalyType = {};
    record.anomalyScore = 0.0;
}

} // namespace logscope::core
