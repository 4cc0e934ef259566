#include "core/formats/load_report.h"

namespace logscope::core {

void LoadReport::addBadLine(std::uint64_t lineNumber, std::string reason, std::string file) {
    ++badLineCount;
    if (badLines.size() < kMaxListedBadLines)
        badLines.push_back({lineNumber, std::move(reason), std::move(file)});
}

void LoadReport::addTiming(const std::string& phase, double ms) {
    for (PhaseTiming& timing : timings) {
        if (timing.phase == phase) {
            timing.ms += ms;
            return;
        }
    }
    timings.push_back({phase, ms});
}

double LoadReport::timingMs(const std::string& phase) const {
    for (const PhaseTiming& timing : timings) {
        if (timing.phase == phase)
            return timing.ms;
    }
    return -1.0;
}

} // namespace logscope::core
