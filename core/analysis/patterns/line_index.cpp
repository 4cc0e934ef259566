#include "core/analysis/patterns/line_index.h"

#include "core/analysis/parallel_chunks.h"
#include "core/analysis/patterns/message_mask.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace logscope::core {
namespace {

constexpr std::size_t kMinChunk = 65536;

// Per-service structures (the incident grid is services x time slots, the dashboard draws a
// bar per service) would grow without bound on a log whose "service" field is really an id:
// beyond kMaxAnalysedServices the least busy services share one entry.
void foldRareServices(AnalysisContext& context, std::vector<std::uint32_t>& denseOf) {
    const LogTable& table = context.table;
    std::vector<std::uint64_t> lines(table.strings().size(), 0);
    std::size_t distinct = 0;
    for (std::size_t i = 0; i < context.count; ++i)
        distinct += lines[table.serviceId(context.row(i))]++ == 0 ? 1 : 0;
    if (distinct <= kMaxAnalysedServices)
        return;
    std::vector<StringPool::Id> ids;
    ids.reserve(distinct);
    for (std::size_t id = 0; id < lines.size(); ++id) {
        if (lines[id] > 0)
            ids.push_back(static_cast<StringPool::Id>(id));
    }
    // The busiest keep their own entry (ties: the first interned).
    const auto keep = static_cast<std::ptrdiff_t>(kMaxAnalysedServices - 1);
    std::nth_element(ids.begin(), ids.begin() + keep, ids.end(), [&](auto a, auto b) {
        return lines[a] != lines[b] ? lines[a] > lines[b] : a < b;
    });
    const auto other = static_cast<std::uint32_t>(kMaxAnalysedServices - 1);
    for (auto it = ids.begin() + keep; it != ids.end(); ++it)
        denseOf[*it] = other;
    context.foldedServices = distinct - (kMaxAnalysedServices - 1);
}

void indexServices(AnalysisContext& context) {
    const LogTable& table = context.table;
    std::vector<std::uint32_t> denseOf(table.strings().size(), kNoTemplate);
    foldRareServices(context, denseOf);
    // The shared entry is the last one, whatever order the kept services appear in.
    const bool folded = context.foldedServices > 0;
    context.serviceOf.resize(context.count);
    for (std::size_t i = 0; i < context.count; ++i) {
        const StringPool::Id id = table.serviceId(context.row(i));
        std::uint32_t& dense = denseOf[id];
        if (folded && dense == kMaxAnalysedServices - 1) {
            context.serviceOf[i] = dense;
            continue;
        }
        if (dense == kNoTemplate) {
            dense = static_cast<std::uint32_t>(context.serviceNames.size());
            context.serviceNames.emplace_back(id == StringPool::kNone
                                                  ? std::string("(none)")
                                                  : std::string(table.strings().text(id)));
        }
        context.serviceOf[i] = dense;
    }
    if (folded) {
        // Kept services took the ids 0 .. k-2 in order of appearance; "other" is k-1.
        context.serviceNames.resize(kMaxAnalysedServices - 1);
        context.serviceNames.emplace_back("(other services)");
    }
}

// Lines without a miner's template: group by masked message. Chunks build their own maps
// keyed by the 64-bit hash of the masked text (a collision among a few million templates is
// about a 1e-7 chance), then the chunk-local ids are merged in order of first appearance.
void indexByMask(AnalysisContext& context, const std::vector<std::size_t>& lines,
                 std::vector<TemplateInfo>& templates) {
    const LogTable& table = context.table;
    const std::size_t chunks = chunkCountFor(lines.size(), kMinChunk);
    struct Local {
        std::unordered_map<std::uint64_t, std::uint32_t> ids;
        std::vector<std::uint64_t> hashes; ///< by local id
        std::vector<std::string> texts;
        std::vector<RowId> examples;
    };
    std::vector<Local> locals(chunks);
    parallelChunks(
        lines.size(), kMinChunk, [&](std::size_t chunk, std::size_t begin, std::size_t end) {
            Local& local = locals[chunk];
            std::string key;
            for (std::size_t k = begin; k < end; ++k) {
                const std::size_t i = lines[k];
                const RowId row = context.row(i);
                maskMessage(table.message(row), key);
                const std::uint64_t hash = std::hash<std::string_view>{}(key);
                auto [it, added] =
                    local.ids.try_emplace(hash, static_cast<std::uint32_t>(local.hashes.size()));
                if (added) {
                    local.hashes.push_back(hash);
                    local.texts.push_back(key);
                    local.examples.push_back(row);
                }
                context.templateOf[i] = it->second;
            }
        });
    std::unordered_map<std::uint64_t, std::uint32_t> global;
    std::vector<std::vector<std::uint32_t>> remap(chunks);
    for (std::size_t c = 0; c < chunks; ++c) {
        Local& local = locals[c];
        remap[c].resize(local.hashes.size());
        for (std::size_t id = 0; id < local.hashes.size(); ++id) {
            auto [it, added] =
                global.try_emplace(local.hashes[id], static_cast<std::uint32_t>(templates.size()));
            if (added) {
                TemplateInfo info;
                info.text = std::move(local.texts[id]);
                info.exampleRow = local.examples[id];
                templates.push_back(std::move(info));
            }
            remap[c][id] = it->second;
        }
    }
    parallelChunks(lines.size(), kMinChunk,
                   [&](std::size_t chunk, std::size_t begin, std::size_t end) {
                       for (std::size_t k = begin; k < end; ++k) {
                           std::uint32_t& id = context.templateOf[lines[k]];
                           id = remap[chunk][id];
                       }
                   });
}

} // namespace

bool indexLines(AnalysisContext& context) {
    indexServices(context);
    if (context.cancelled())
        return false;
    const LogTable& table = context.table;
    context.templateOf.assign(context.count, kNoTemplate);
    std::vector<TemplateInfo>& templates = context.templates;

    // Miner ids first (dense in order of first appearance).
    std::unordered_map<std::uint32_t, std::uint32_t> denseOfTableId;
    std::vector<std::size_t> unmined;
    for (std::size_t i = 0; i < context.count; ++i) {
        const RowId row = context.row(i);
        const std::uint32_t id = table.templateId(row);
        if (id == kNoTemplate) {
            unmined.push_back(i);
            continue;
        }
        auto [it, added] =
            denseOfTableId.try_emplace(id, static_cast<std::uint32_t>(templates.size()));
        if (added) {
            TemplateInfo info;
            info.tableId = id;
            info.exampleRow = row;
            if (context.options.templateText)
                info.text = context.options.templateText(id);
            else
                maskMessage(table.message(row), info.text);
            templates.push_back(std::move(info));
        }
        context.templateOf[i] = it->second;
    }
    if (context.cancelled())
        return false;
    if (!unmined.empty()) {
        const std::size_t offset = templates.size();
        std::vector<TemplateInfo> masked;
        indexByMask(context, unmined, masked);
        for (const std::size_t i : unmined)
            context.templateOf[i] += static_cast<std::uint32_t>(offset);
        for (TemplateInfo& info : masked)
            templates.push_back(std::move(info));
    }
    // Counts and worst level per template.
    for (std::size_t i = 0; i < context.count; ++i) {
        TemplateInfo& info = templates[context.templateOf[i]];
        const Level level = table.level(context.row(i));
        ++info.count;
        if (level >= Level::Warning)
            ++info.warnOrWorse;
        if (level > info.worstLevel)
            info.worstLevel = level;
    }
    return !context.cancelled();
}

} // namespace logscope::core
