#include "core/generator/metric_composer.h"

#include "core/generator/text_append.h"

#include <algorithm>
#include <cmath>

namespace logscope::core {

MetricComposer::MetricComposer(const Scenario& scenario, const TrafficShape& shape,
                               std::uint64_t seed)
    : m_scenario(scenario), m_shape(shape), m_rng(seed),
      m_previous(scenario.services.size() * scenario.components.size(), -1.0) {}

double MetricComposer::normalValue(int component, std::int64_t ns) noexcept {
    const ComponentSpec& c = m_scenario.components[static_cast<std::size_t>(component)];
    const double f = m_shape.peakFactor(ns);
    const double low = c.offLow + (c.peakLow - c.offLow) * f;
    const double high = c.offHigh + (c.peakHigh - c.offHigh) * f;
    // Centred in the range, rarely at its edges.
    const double u = std::clamp(0.5 + 0.25 * m_rng.normal(), 0.0, 1.0);
    return std::clamp(low + (high - low) * u, c.min, c.max);
}

void MetricComposer::compose(GeneratedRecord& record, std::int64_t ns, std::uint64_t sequence) {
    const std::size_t components = m_scenario.components.size();
    const auto component = static_cast<int>(sequence % components);
    const auto server =
        static_cast<std::uint16_t>((sequence / components) % m_scenario.services.size());
    const ServiceSpec& spec = m_scenario.services[server];
    const ComponentSpec& c = m_scenario.components[static_cast<std::size_t>(component)];
    record.timestampNs = ns;
    record.level = Level::Info;
    record.serviceIndex = server;
    record.serviceSpec = &spec;
    record.source = spec.source;
    record.service = spec.name;
    record.component = c.name;
    record.unit = c.unit;
    record.valueDecimals = c.decimals;
    // Each sample moves a third of the way to a fresh draw: a series with memory, which still
    // follows the daily shape within a few samples.
    double& previous = m_previous[sequence % m_previous.size()];
    const double fresh = normalValue(component, ns);
    record.value = previous < 0.0 ? fresh : previous + (fresh - previous) / 3.0;
    previous = record.value;
    record.requestIdHigh = m_rng.next();
    record.requestIdLow = 0;
    record.responseTimeMs = 0.0;
    record.statusCode = 0;
    record.method = {};
    record.path.clear();
    record.ip = 0;
    record.errorCode = {};
    record.user.clear();
    record.bytes = 0;
    record.userAgent = {};
    record.nullMask = 0;
    record.fault = FormatFault::None;
    record.isAnomaly = false;
    record.anomalyType = {};
    record.anomalyScore = 0.0;
    record.episodeId = 0;
    refreshMessage(record);
}

void MetricComposer::refreshMessage(GeneratedRecord& record) {
    record.message.assign(record.component);
    record.message += " usage ";
    appendFixed(record.message, record.value, record.valueDecimals);
    record.message += record.unit;
}

} // namespace logscope::core
