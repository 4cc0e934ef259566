#include "core/table/row_copy.h"

namespace logscope::core {

LogRow rowOf(const LogTable& src, LogTable::Row r, std::string& extraKeeper) {
    LogRow row;
    row.timestampNs = src.timestampNs(r);
    row.level = src.level(r);
    row.service = src.service(r);
    row.source = src.source(r);
    row.host = src.host(r);
    row.message = src.message(r);
    extraKeeper = src.extra(r);
    row.extra = extraKeeper;
    row.latencyMs = src.latencyMs(r);
    row.statusCode = src.statusCode(r);
    row.truth = src.truth(r);
    row.anomalyType = src.anomalyType(r);
    row.anomalyScore = src.anomalyScore(r);
    row.lineNumber = src.lineNumber(r);
    row.fileIndex = src.fileIndex(r);
    row.rawLine = src.rawLine(r);
    return row;
}

} // namespace logscope::core
