#include "core/analysis/incidents/window_runs.h"

#include <algorithm>
#include <cmath>

namespace logscope::core {

double excessZ(double count, double trials, double rate) {
    const double expected = trials * rate;
    const double variance = std::max(trials * rate * (1.0 - rate), 1.0);
    return (count - expected) / std::sqrt(variance);
}

std::vector<WindowRun> findWindowRuns(const ServiceGrid& grid, std::size_t windowSlots,
                                      const WindowTest& windowTest, const SlotTest& slotTest) {
    std::vector<WindowRun> runs;
    if (grid.slots == 0)
        return runs;
    const std::size_t width = std::min(windowSlots, grid.slots);
    for (std::size_t s = 0; s < grid.services; ++s) {
        GridCell window;
        std::optional<WindowRun> open;
        std::size_t lastFiringEnd = 0; // one past the last slot of the last firing window
        std::size_t previousEnd = 0;   // one past the last slot of the previous run
        const auto close = [&] {
            if (!open)
                return;
            // Trim to the slots that show the symptom.
            std::size_t first = open->firstSlot;
            std::size_t last = open->lastSlot;
            while (first < last && !slotTest(s, grid.at(s, first), first))
                ++first;
            while (last > first && !slotTest(s, grid.at(s, last), last))
                --last;
            // The first firing window may start after the onset (earlier windows lacked lines):
            // reach back, up to a window, over slots that show the symptom or are empty.
            for (std::size_t k = first, back = 0; k > previousEnd && back < width; ++back) {
                --k;
                const GridCell& cell = grid.at(s, k);
                if (slotTest(s, cell, k))
                    first = k;
                else if (cell.lines != 0)
                    break;
            }
            previousEnd = last + 1;
            open->firstSlot = first;
            open->lastSlot = last;
            runs.push_back(*open);
            open.reset();
        };
        for (std::size_t end = 0; end < grid.slots; ++end) {
            window.add(grid.at(s, end), 1);
            if (end >= width)
                window.add(grid.at(s, end - width), -1);
            if (end + 1 < width)
                continue;
            const std::size_t start = end + 1 - width;
            const std::optional<double> figure = windowTest(s, window, start);
            if (!figure) {
                if (open && start >= lastFiringEnd)
                    close();
                continue;
            }
            if (!open) {
                open = WindowRun{s, start, end, *figure, window};
            } else {
                open->lastSlot = end;
                if (*figure > open->peak) {
                    open->peak = *figure;
                    open->peakWindow = window;
                }
            }
            lastFiringEnd = end + 1;
        }
        close();
    }
    return runs;
}

} // namespace logscope::core
