#pragma once

#include "core/analysis/incidents/incident_inputs.h"
#include "core/analysis/incidents/window_runs.h"

#include <cstdint>
#include <vector>

namespace logscope::core {

/// A kind of line counted in the grid whose burst is an incident.
struct CountExcess {
    std::uint32_t GridCell::*count = nullptr;       ///< the grid's counter of such lines
    const std::vector<double>* usualRate = nullptr; ///< per service: such lines per line
    std::uint64_t minLines = 1;                     ///< such lines a window needs
    double minShare = 0.0;                          ///< share of the window's lines they must make
    double factor = 1.0;                            ///< x the service's usual rate
};

/// Windows (errorWindowMinutes wide) in which a service's count of such lines is at least
/// minLines, minShare of its lines, `factor` times and significantly (significanceZ) above its
/// usual rate. The runs' peak is that ratio.
std::vector<WindowRun> findCountExcess(const IncidentInputs& in, const CountExcess& excess);

} // namespace logscope::core
