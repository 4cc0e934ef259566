#include "core/templates/parsing_accuracy.h"

#include <unordered_map>

namespace logscope::core {
namespace {

double f1(double precision, double recall) {
    return precision + recall > 0.0 ? 2.0 * precision * recall / (precision + recall) : 0.0;
}

} // namespace

std::string normalizeTemplate(std::string_view text) {
    std::string spaced;
    spaced.reserve(text.size());
    bool pendingSpace = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            pendingSpace = !spaced.empty();
            continue;
        }
        if (pendingSpace)
            spaced.push_back(' ');
        pendingSpace = false;
        spaced.push_back(c);
    }
    static constexpr std::string_view kWildcard = "<*>";
    std::string out;
    out.reserve(spaced.size());
    for (std::size_t i = 0; i < spaced.size();) {
        if (std::string_view(spaced).substr(i, 3) == kWildcard) {
            const bool afterWildcard =
                out.size() >= 3 && std::string_view(out).substr(out.size() - 3) == kWildcard;
            if (!afterWildcard)
                out += kWildcard;
            i += 3;
        } else {
            out.push_back(spaced[i++]);
        }
    }
    return out;
}

ParsingAccuracy scoreParsing(const std::vector<std::string>& truthIds,
                             const std::vector<std::string>& truthTemplates,
                             const std::vector<std::uint32_t>& minedIds,
                             const std::vector<std::string>& minedTexts) {
    ParsingAccuracy result;
    const std::size_t n = truthIds.size();
    if (n == 0 || truthTemplates.size() != n || minedIds.size() != n)
        return result;
    result.lines = n;

    // Dense truth group numbers and sizes.
    std::unordered_map<std::string_view, std::size_t> truthNumbers;
    std::vector<std::size_t> truthOf(n);
    std::vector<std::size_t> truthSizes;
    std::vector<std::string> truthTexts;
    for (std::size_t i = 0; i < n; ++i) {
        auto [it, inserted] = truthNumbers.try_emplace(truthIds[i], truthSizes.size());
        if (inserted) {
            truthSizes.push_back(0);
            truthTexts.push_back(normalizeTemplate(truthTemplates[i]));
        }
        truthOf[i] = it->second;
        ++truthSizes[it->second];
    }

    // Per mined group: size, the truth group of its first line, whether all agree.
    struct Group {
        std::size_t size = 0;
        std::size_t truth = 0;
        bool pure = true;
    };
    std::unordered_map<std::uint32_t, Group> groups;
    std::vector<std::string> normalizedMined(minedTexts.size());
    std::vector<bool> normalized(minedTexts.size(), false);
    std::size_t parsedLines = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t id = minedIds[i];
        auto [it, inserted] = groups.try_emplace(id);
        Group& group = it->second;
        if (inserted)
            group.truth = truthOf[i];
        group.pure = group.pure && group.truth == truthOf[i];
        ++group.size;
        if (id < minedTexts.size()) {
            if (!normalized[id]) {
                normalizedMined[id] = normalizeTemplate(minedTexts[id]);
                normalized[id] = true;
            }
            if (normalizedMined[id] == normalizeTemplate(truthTemplates[i]))
                ++parsedLines;
        }
    }

    std::size_t groupedLines = 0;
    std::size_t correctGroups = 0;
    std::size_t correctTemplates = 0;
    for (const auto& [id, group] : groups) {
        if (!group.pure || group.size != truthSizes[group.truth])
            continue;
        groupedLines += group.size;
        ++correctGroups;
        if (id < minedTexts.size() && normalizedMined[id] == truthTexts[group.truth])
            ++correctTemplates;
    }
    result.truthGroups = truthSizes.size();
    result.minedGroups = groups.size();
    result.groupingAccuracy = static_cast<double>(groupedLines) / static_cast<double>(n);
    result.parsingAccuracy = static_cast<double>(parsedLines) / static_cast<double>(n);
    const auto mined = static_cast<double>(groups.size());
    const auto truth = static_cast<double>(truthSizes.size());
    result.groupingF1 = f1(correctGroups / mined, correctGroups / truth);
    result.templateF1 = f1(correctTemplates / mined, correctTemplates / truth);
    return result;
}

} // namespace logscope::core
