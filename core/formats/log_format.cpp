#include "core/formats/log_format.h"

namespace logscope::core {

double LogFormat::lineScore(LineParser& parser, std::string_view line) const {
    LogRow row;
    std::string error;
    if (parser.parse(line, line.size(), row, error) == LineStatus::Bad)
        return 0.0;
    return row.timestampNs != kNoTimestamp ? 1.0 : 0.7;
}

} // namespace logscope::core
