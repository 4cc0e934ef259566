#pragma once

#include "core/analysis/incidents/service_grid.h"

#include <functional>
#include <optional>
#include <vector>

namespace logscope::core {

/// A stretch of time during which a service's sliding windows kept meeting a rule.
struct WindowRun {
    std::size_t service = 0;
    std::size_t firstSlot = 0; ///< first slot with the rule's symptom
    std::size_t lastSlot = 0;  ///< last slot with the rule's symptom (inclusive)
    double peak = 0.0;         ///< the rule's strongest figure over the run
    GridCell peakWindow;       ///< the window that gave the peak
};

/// Judges one window: the rule's figure when it fires, nothing otherwise.
using WindowTest = std::function<std::optional<double>(std::size_t service, const GridCell& window,
                                                       std::size_t firstSlot)>;
/// True when a single slot shows the symptom (to trim a run to where it really happened).
using SlotTest = std::function<bool(std::size_t service, const GridCell& cell, std::size_t slot)>;

/// Slides a window of `windowSlots` slots over every service's row of the grid (one slot per
/// step); firing windows closer than one window apart are merged into one run, trimmed to
/// the slots where slotTest holds.
std::vector<WindowRun> findWindowRuns(const ServiceGrid& grid, std::size_t windowSlots,
                                      const WindowTest& windowTest, const SlotTest& slotTest);

/// One-sided z of observing `count` events among `trials` when the usual rate is `rate`
/// (normal approximation of the binomial, with a floor on the variance).
double excessZ(double count, double trials, double rate);

} // namespace logscope::core
