#include "core/live/live_freeze.h"

#include "core/table/row_copy.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace logscope::core {
namespace {

// True when a sealed chunk's summaries show that none of its rows can match.
bool ruledOut(const SealedChunk& chunk, const ViewFilter& filter) {
    if ((chunk.levelMask() & filter.levelMask) == 0)
        return true;
    if (!filter.services.empty() &&
        std::none_of(filter.services.begin(), filter.services.end(), [&](const std::string& s) {
            return std::binary_search(chunk.services().begin(), chunk.services().end(), s);
        }))
        return true;
    const bool bounded = filter.fromNs != std::numeric_limits<std::int64_t>::min() ||
                         filter.toNs != std::numeric_limits<std::int64_t>::max();
    if (!bounded)
        return false;
    // A time range selects timed rows only; a chunk without any is out.
    if (chunk.newestNs() == kNoTimestamp)
        return true;
    return chunk.newestNs() < filter.fromNs || chunk.oldestNs() >= filter.toNs;
}

// The rows of one chunk the selection names, in row order.
std::vector<RowId> select(const LogTable& chunk, const LiveSelection& selection,
                          const CancellationToken* cancel) {
    if (!selection.templateId)
        return filterRows(chunk, selection.filter, selection.condition, cancel);
    std::vector<RowId> ofTemplate;
    for (RowId r = 0; r < chunk.size(); ++r)
        if (chunk.templateId(r) == *selection.templateId)
            ofTemplate.push_back(r);
    return filterRows(chunk, ofTemplate, selection.filter, selection.condition, cancel);
}

} // namespace

void copyRowsExactly(LogTable& dst, const LogTable& src, std::span<const RowId> rows) {
    dst.reserve(rows.size());
    std::string extra;
    for (const RowId r : rows)
        dst.setTemplateId(dst.append(rowOf(src, r, extra)), src.templateId(r));
}

FrozenRows freezeRows(const LiveTableView& view, const LiveSelection& selection,
                      const SourceFile* source, const CancellationToken* cancel) {
    FrozenRows frozen;
    frozen.table = std::make_shared<LogTable>();
    // Newest chunk first, so that the cap keeps the newest rows; each chunk's rows go to a
    // part of their own, put back in time order at the end.
    std::vector<LogTable> parts;
    std::size_t total = 0;
    auto take = [&](const LogTable& chunk) {
        std::vector<RowId> rows = select(chunk, selection, cancel);
        if (total + rows.size() > selection.maxRows) {
            frozen.capped = true;
            rows.erase(rows.begin(),
                       rows.end() - static_cast<std::ptrdiff_t>(selection.maxRows - total));
        }
        total += rows.size();
        if (!rows.empty()) {
            LogTable part;
            copyRowsExactly(part, chunk, rows);
            parts.push_back(std::move(part));
        }
    };
    if (view.newest)
        take(*view.newest);
    for (auto it = view.sealed.rbegin(); it != view.sealed.rend() && !frozen.capped; ++it) {
        if (cancel != nullptr && cancel->isCancelled())
            break;
        if (ruledOut(**it, selection.filter)) {
            ++frozen.chunksSkipped;
            continue;
        }
        std::string error;
        const std::optional<LogTable> chunk = (*it)->thaw(error);
        ++frozen.chunksThawed;
        if (!chunk) {
            frozen.error = error;
            continue;
        }
        take(*chunk);
    }
    LogTable& out = *frozen.table;
    if (source != nullptr)
        out.addSourceFile(*source);
    out.reserve(total);
    std::vector<RowId> all;
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
        all.resize(it->size());
        std::iota(all.begin(), all.end(), RowId{0});
        copyRowsExactly(out, *it, all);
    }
    return frozen;
}

} // namespace logscope::core
