#include "core/formats/table_merger.h"

#include <limits>
#include <queue>

namespace logscope::core {
namespace {

struct Head {
    std::int64_t time;
    std::size_t input;
    bool operator>(const Head& other) const noexcept {
        return time != other.time ? time > other.time : input > other.input;
    }
};

std::int64_t firstTime(const ParsedInput& input) {
    for (const std::int64_t t : input.columns.timestamps) {
        if (t != kNoTimestamp)
            return t;
    }
    return std::numeric_limits<std::int64_t>::min();
}

} // namespace

LogTable mergeByTime(std::vector<ParsedInput>& inputs, std::vector<SourceFile> files) {
    std::size_t total = 0;
    for (const ParsedInput& input : inputs)
        total += input.columns.size();

    // The order: a k-way merge on each input's running time.
    Column<std::uint32_t> fromInput;
    Column<std::size_t> fromRow;
    fromInput.resizeUninitialized(total);
    fromRow.resizeUninitialized(total);
    std::vector<std::size_t> next(inputs.size(), 0);
    std::vector<std::int64_t> running(inputs.size());
    std::priority_queue<Head, std::vector<Head>, std::greater<>> heads;
    const auto headTime = [&](std::size_t i) {
        const std::int64_t t = inputs[i].columns.timestamps[next[i]];
        if (t != kNoTimestamp)
            running[i] = t;
        return running[i];
    };
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        running[i] = firstTime(inputs[i]);
        if (inputs[i].columns.size() > 0)
            heads.push({headTime(i), i});
    }
    for (std::size_t k = 0; k < total; ++k) {
        const Head head = heads.top();
        heads.pop();
        fromInput[k] = static_cast<std::uint32_t>(head.input);
        fromRow[k] = next[head.input]++;
        if (next[head.input] < inputs[head.input].columns.size())
            heads.push({headTime(head.input), head.input});
    }

    LogColumns merged;
    LogColumns::forEachMember([&](auto member) {
        auto& out = merged.*member;
        out.resizeUninitialized(total);
        for (std::size_t k = 0; k < total; ++k)
            out[k] = (inputs[fromInput[k]].columns.*member)[fromRow[k]];
    });

    // Every input's string ids, translated to the merged pool.
    StringPool pool;
    std::vector<std::vector<StringPool::Id>> remap(inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const StringPool& own = inputs[i].pool;
        remap[i].resize(own.size());
        for (std::size_t id = 1; id < own.size(); ++id)
            remap[i][id] = pool.intern(own.text(static_cast<StringPool::Id>(id)));
    }
    for (auto* column : {&merged.services, &merged.sources, &merged.hosts, &merged.anomalyTypes}) {
        for (std::size_t k = 0; k < total; ++k)
            (*column)[k] = remap[fromInput[k]][(*column)[k]];
    }

    std::vector<std::shared_ptr<const void>> keepAlive;
    std::vector<std::function<void()>> releasers;
    for (ParsedInput& input : inputs) {
        keepAlive.insert(keepAlive.end(), input.keepAlive.begin(), input.keepAlive.end());
        releasers.insert(releasers.end(), input.pageReleasers.begin(), input.pageReleasers.end());
        input = ParsedInput();
    }
    LogTable table = LogTable::fromColumns(std::move(merged), std::move(pool), std::move(files),
                                           std::move(keepAlive));
    for (std::function<void()>& release : releasers)
        table.addPageReleaser(std::move(release));
    return table;
}

} // namespace logscope::core
