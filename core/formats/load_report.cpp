#include "core/formats/load_report.h"

#include "core/util/localized_text.h"

#include <QCoreApplication>
#include <string_view>

namespace logscope::core {
std::string listedBadLineReason(const std::string& reason) {
    constexpr std::string_view kInvalidJson = "invalid JSON: ";
    if (std::string_view(reason).starts_with(kInvalidJson))
        return toUtf8(QCoreApplication::translate("LoadProblems", "invalid JSON: %1")
                          .arg(fromUtf8(reason.substr(kInvalidJson.size()))));
    // The fixed reasons the formats give are marked with QT_TRANSLATE_NOOP where they are set;
    // a reason built in the UI language already (or unknown) comes back unchanged.
    return toUtf8(QCoreApplication::translate("LoadProblems", reason.c_str()));
}

void LoadReport::addBadLine(std::uint64_t lineNumber, std::string reason, std::string file) {
    ++badLineCount;
    if (badLines.size() < kMaxListedBadLines)
        badLines.push_back({lineNumber, listedBadLineReason(reason), std::move(file)});
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
