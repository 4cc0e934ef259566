#include "core/analysis/analyzer.h"

#include <algorithm>
#include <limits>

namespace logscope::core {

std::shared_ptr<const AnalysisResult> analyze(const LogTable& table,
                                              const CancellationToken* cancel) {
    auto result = std::make_shared<AnalysisResult>();
    const std::size_t rows = table.size();
    result->totalLines = rows;

    std::int64_t first = std::numeric_limits<std::int64_t>::max();
    std::int64_t last = std::numeric_limits<std::int64_t>::min();
    std::vector<ServiceStats> byServiceId(table.strings().size());
    constexpr std::size_t kCheckEvery = 1 << 16;

    for (std::size_t r = 0; r < rows; ++r) {
        if (r % kCheckEvery == 0 && cancel && cancel->isCancelled())
            return nullptr;
        const Level level = table.level(r);
        ++result->perLevel[static_cast<std::size_t>(level)];
        ServiceStats& service = byServiceId[table.serviceId(r)];
        ++service.lines;
        if (isErrorLevel(level)) {
            ++service.errors;
            ++result->errorLines;
        }
        const std::int64_t ts = table.timestampNs(r);
        if (ts != kNoTimestamp) {
            ++result->timedLines;
            first = std::min(first, ts);
            last = std::max(last, ts);
        }
    }
    result->errorRate =
        rows == 0 ? 0.0 : static_cast<double>(result->errorLines) / static_cast<double>(rows);

    for (std::size_t id = 0; id < byServiceId.size(); ++id) {
        if (byServiceId[id].lines == 0)
            continue;
        byServiceId[id].name =
            id == StringPool::kNone
                ? std::string("(none)")
                : std::string(table.strings().text(static_cast<StringPool::Id>(id)));
        result->services.push_back(std::move(byServiceId[id]));
    }
    std::stable_sort(
        result->services.begin(), result->services.end(),
        [](const ServiceStats& a, const ServiceStats& b) { return a.lines > b.lines; });

    if (result->timedLines > 0) {
        result->firstNs = first;
        result->lastNs = last;
        result->buckets = chooseTimeBuckets(first, last);
        result->levelsOverTime.assign(result->buckets.count, LevelCounts{});
        for (std::size_t r = 0; r < rows; ++r) {
            const std::int64_t ts = table.timestampNs(r);
            if (ts == kNoTimestamp)
                continue;
            ++result->levelsOverTime[result->buckets.indexOf(ts)]
                                    [static_cast<std::size_t>(table.level(r))];
        }
    }
    return result;
}

} // namespace logscope::core
