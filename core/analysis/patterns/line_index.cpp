#include "core/analysis/patterns/line_index.h"

#include "core/analysis/parallel_chunks.h"
#include "core/analysis/patterns/message_mask.h"

#include <string>
#include <unordered_map>

namespace logscope::core {
namespace {

constexpr std::size_t kMinChunk = 65536;

void indexServices(AnalysisContext& context) {
    const LogTable& table = context.table;
    std::vector<std::uint32_t> denseOf(table.strings().size(), kNoTemplate);
    context.serviceOf.resize(context.count);
    for (std::size_t i = 0; i < context.count; ++i) {
        const StringPool::Id id = table.serviceId(context.row(i));
        std::uint32_t& dense = denseOf[id];
        if (dense == kNoTemplate) {
            dense = static_cast<std::uint32_t>(context.serviceNames.size());
            context.serviceNames.emplace_back(id == StringPool::kNone
                                                  ? std::string("(none)")
                                                  : std::string(table.strings().text(id)));
        }
        context.serviceOf[i] = dense;
    }
}

struct HashView {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
        return std::hash<std::string_view>{}(s);
    }
};
using KeyMap = std::unordered_map<std::string, std::uint32_t, HashView, std::equal_to<>>;

// Lines without a miner's template: group by masked message, one map per chunk, then merge.
void indexByMask(AnalysisContext& context, const std::vector<std::size_t>& lines,
                 std::vector<TemplateInfo>& templates) {
    const LogTable& table = context.table;
    const std::size_t chunks = chunkCountFor(lines.size(), kMinChunk);
    std::vector<KeyMap> maps(chunks);
    std::vector<std::vector<RowId>> examples(chunks);
    parallelChunks(lines.size(), kMinChunk,
                   [&](std::size_t chunk, std::size_t begin, std::size_t end) {
                       KeyMap& map = maps[chunk];
                       std::string key;
                       for (std::size_t k = begin; k < end; ++k) {
                           const std::size_t i = lines[k];
                           const RowId row = context.row(i);
                           maskMessage(table.message(row), key);
                           auto it = map.find(std::string_view(key));
                           if (it == map.end()) {
                               it = map.emplace(key, static_cast<std::uint32_t>(map.size())).first;
                               examples[chunk].push_back(row);
                           }
                           context.templateOf[i] = it->second;
                       }
                   });
    // Merge chunk-local ids into global ones, in order of first appearance.
    KeyMap global;
    std::vector<std::vector<std::uint32_t>> remap(chunks);
    for (std::size_t c = 0; c < chunks; ++c) {
        std::vector<const std::string*> byLocal(maps[c].size());
        for (const auto& [key, local] : maps[c])
            byLocal[local] = &key;
        remap[c].resize(byLocal.size());
        for (std::size_t local = 0; local < byLocal.size(); ++local) {
            auto it = global.find(std::string_view(*byLocal[local]));
            if (it == global.end()) {
                const auto dense = static_cast<std::uint32_t>(templates.size());
                it = global.emplace(*byLocal[local], dense).first;
                TemplateInfo info;
                info.text = *byLocal[local];
                info.exampleRow = examples[c][local];
                templates.push_back(std::move(info));
            }
            remap[c][local] = it->second;
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
