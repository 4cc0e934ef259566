#include "core/formats/load_report.h"

namespace logscope::core {

void LoadReport::addBadLine(std::uint64_t lineNumber, std::string reason) {
    ++badLineCount;
    if (badLines.size() < kMaxListedBadLines)
        badLines.push_back({lineNumber, std::move(reason)});
}

} // namespace logscope::core
