#include "core/live/live_grid.h"

#include <algorithm>
#include <cmath>

namespace logscope::core {
namespace {

constexpr double kFirstBinMs = 0.1;
constexpr double kBinsPerDecade = 10.0;
// A log with thousands of "services" (ids in the service field) must not multiply the grid.
constexpr std::size_t kMaxServices = 256;

} // namespace

std::size_t LatencyBins::binOf(double ms) noexcept {
    if (!(ms > kFirstBinMs))
        return 0;
    const double k = std::floor(std::log10(ms / kFirstBinMs) * kBinsPerDecade);
    return std::min(kCount - 1, static_cast<std::size_t>(k));
}

double LatencyBins::lower(std::size_t i) noexcept {
    return kFirstBinMs * std::pow(10.0, static_cast<double>(i) / kBinsPerDecade);
}

void LiveSlot::clear(std::int64_t newIndex) {
    index = newIndex;
    for (LiveCell& c : cells)
        c = LiveCell{};
    templates.clear();
    authByClient.clear();
    points.clear();
}

LiveGrid::LiveGrid(const LiveOptions& options)
    : m_slotNs(std::max<std::int64_t>(1, options.slotNs)) {
    const std::int64_t slots = std::max<std::int64_t>(2, options.windowNs / m_slotNs + 1);
    m_slots.resize(static_cast<std::size_t>(slots));
}

std::uint16_t LiveGrid::serviceIndex(std::string_view name) {
    const auto it = m_serviceIds.find(std::string(name));
    if (it != m_serviceIds.end())
        return it->second;
    if (m_services.size() >= kMaxServices)
        return serviceIndex("(other services)");
    const auto id = static_cast<std::uint16_t>(m_services.size());
    m_services.emplace_back(name);
    m_serviceIds.emplace(std::string(name), id);
    return id;
}

LiveSlot* LiveGrid::slotFor(std::int64_t ns) {
    const std::int64_t index = ns >= 0 ? ns / m_slotNs : (ns - m_slotNs + 1) / m_slotNs;
    const auto n = static_cast<std::int64_t>(m_slots.size());
    if (m_newest >= 0 && index <= m_newest - n)
        return nullptr; // older than the window
    const auto position = [n](std::int64_t i) {
        return static_cast<std::size_t>(((i % n) + n) % n);
    };
    if (index > m_newest) {
        // Clear the slots the window moves over (at most the whole ring).
        const std::int64_t from = m_newest < 0 ? index : std::max(m_newest + 1, index - n + 1);
        for (std::int64_t i = from; i <= index; ++i)
            m_slots[position(i)].clear(i);
        m_newest = index;
    }
    LiveSlot& slot = m_slots[position(index)];
    if (slot.index != index)
        slot.clear(index);
    return &slot;
}

LiveCell& LiveGrid::cell(LiveSlot& slot, std::uint16_t service) {
    if (slot.cells.size() <= service)
        slot.cells.resize(static_cast<std::size_t>(service) + 1);
    return slot.cells[service];
}

const LiveSlot* LiveGrid::slot(std::int64_t index) const {
    if (m_newest < 0 || index > m_newest || index < oldestIndex())
        return nullptr;
    const auto n = static_cast<std::int64_t>(m_slots.size());
    const LiveSlot& s = m_slots[static_cast<std::size_t>(((index % n) + n) % n)];
    return s.index == index ? &s : nullptr;
}

std::int64_t LiveGrid::oldestIndex() const noexcept {
    return m_newest - static_cast<std::int64_t>(m_slots.size()) + 1;
}

LiveCell LiveGrid::sum(std::uint16_t service, std::int64_t fromIndex, std::int64_t toIndex) const {
    LiveCell total;
    for (std::int64_t i = std::max(fromIndex, oldestIndex()); i <= toIndex; ++i) {
        const LiveSlot* s = slot(i);
        if (s != nullptr && service < s->cells.size())
            addCell(total, s->cells[service]);
    }
    return total;
}

void addCell(LiveCell& into, const LiveCell& from) {
    into.grid.add(from.grid, 1);
    for (std::size_t i = 0; i < into.levels.size(); ++i)
        into.levels[i] += from.levels[i];
    into.statusLines += from.statusLines;
    into.statusOk += from.statusOk;
    into.outliers += from.outliers;
    into.flagged += from.flagged;
    for (std::size_t i = 0; i < LatencyBins::kCount; ++i) {
        into.okLatency[i] += from.okLatency[i];
        into.allLatency[i] += from.allLatency[i];
    }
    into.maxLatencyMs = std::max(into.maxLatencyMs, from.maxLatencyMs);
}

double histogramQuantile(const LatencyHistogram& histogram, double q) {
    std::uint64_t total = 0;
    for (const std::uint32_t c : histogram)
        total += c;
    if (total == 0)
        return 0.0;
    const double target = q * static_cast<double>(total);
    double seen = 0.0;
    for (std::size_t i = 0; i < histogram.size(); ++i) {
        const double next = seen + histogram[i];
        if (next >= target && histogram[i] > 0) {
            // Geometric interpolation inside a log-scale bin.
            const double f = (target - seen) / histogram[i];
            return LatencyBins::lower(i) *
                   std::pow(LatencyBins::upper(i) / LatencyBins::lower(i), f);
        }
        seen = next;
    }
    return LatencyBins::lower(histogram.size() - 1);
}

} // namespace logscope::core
