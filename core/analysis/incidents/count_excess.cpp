#include "core/analysis/incidents/count_excess.h"

#include <algorithm>

namespace logscope::core {

std::vector<WindowRun> findCountExcess(const IncidentInputs& in, const CountExcess& excess) {
    const AnalysisOptions& o = in.context.options;
    const auto test = [&](std::size_t s, const GridCell& w, std::size_t) -> std::optional<double> {
        const double count = w.*excess.count;
        const double rate = (*excess.usualRate)[s];
        if (count < static_cast<double>(excess.minLines) || w.lines == 0 ||
            count < excess.minShare * w.lines)
            return std::nullopt;
        const double expected = std::max(0.5, rate * w.lines);
        const double ratio = count / expected;
        if (ratio < excess.factor || excessZ(count, w.lines, rate) < o.significanceZ)
            return std::nullopt;
        return ratio;
    };
    const auto symptom = [&](std::size_t, const GridCell& c, std::size_t) {
        return c.*excess.count > 0;
    };
    return findWindowRuns(in.grid, in.grid.slotsFor(o.errorWindowMinutes), test, symptom);
}

} // namespace logscope::core
