#include "core/analysis/row_selection.h"

#include "core/analysis/parallel_chunks.h"

#include <QRegularExpression>
#include <QString>
#include <algorithm>
#include <cctype>

namespace logscope::core {
namespace {

bool containsIgnoringCase(std::string_view haystack, std::string_view lowerNeedle) {
    if (lowerNeedle.empty())
        return true;
    const auto it = std::search(
        haystack.begin(), haystack.end(), lowerNeedle.begin(), lowerNeedle.end(),
        [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
    return it != haystack.end();
}

} // namespace

std::optional<std::vector<RowId>> selectRows(const LogTable& table, const ViewFilter& filter,
                                             const CancellationToken* cancel) {
    if (filter.selectsEverything())
        return std::nullopt;
    std::vector<bool> serviceAllowed;
    if (!filter.services.empty()) {
        serviceAllowed.assign(table.strings().size(), false);
        for (const std::string& name : filter.services) {
            StringPool::Id id = 0;
            if (table.strings().find(name, id))
                serviceAllowed[id] = true;
            else if (name == "(none)")
                serviceAllowed[StringPool::kNone] = true;
        }
    }
    std::string lowerText;
    for (const char c : filter.text)
        lowerText.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    QRegularExpression regex;
    if (filter.textIsRegex && !filter.text.empty()) {
        regex = QRegularExpression(QString::fromStdString(filter.text),
                                   QRegularExpression::CaseInsensitiveOption);
        if (!regex.isValid())
            return std::vector<RowId>{};
    }
    const bool timeFilter = filter.fromNs != std::numeric_limits<std::int64_t>::min() ||
                            filter.toNs != std::numeric_limits<std::int64_t>::max();

    const std::size_t n = table.size();
    // A regex is matched on one thread: sharing one QRegularExpression across threads is not
    // documented as safe.
    const std::size_t minChunk = filter.textIsRegex ? std::max<std::size_t>(n, 1) : 65536;
    std::vector<std::vector<RowId>> parts(chunkCountFor(n, minChunk));
    parallelChunks(n, minChunk, [&](std::size_t chunk, std::size_t begin, std::size_t end) {
        std::vector<RowId>& out = parts[chunk];
        for (std::size_t r = begin; r < end; ++r) {
            if ((r & 0xFFFF) == 0 && cancel && cancel->isCancelled())
                return;
            if (timeFilter) {
                const std::int64_t ts = table.timestampNs(r);
                if (ts == kNoTimestamp || ts < filter.fromNs || ts >= filter.toNs)
                    continue;
            }
            if ((filter.levelMask & (1u << static_cast<unsigned>(table.level(r)))) == 0)
                continue;
            if (!serviceAllowed.empty() && !serviceAllowed[table.serviceId(r)])
                continue;
            if (!filter.text.empty()) {
                const std::string_view message = table.message(r);
                if (filter.textIsRegex) {
                    if (!regex
                             .match(QString::fromUtf8(message.data(),
                                                      static_cast<qsizetype>(message.size())))
                             .hasMatch())
                        continue;
                } else if (!containsIgnoringCase(message, lowerText)) {
                    continue;
                }
            }
            out.push_back(r);
        }
    });
    std::vector<RowId> rows;
    for (const auto& part : parts)
        rows.insert(rows.end(), part.begin(), part.end());
    return rows;
}

} // namespace logscope::core
