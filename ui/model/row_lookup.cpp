#include "ui/model/row_lookup.h"

#include <algorithm>

namespace logscope::ui {

RowLookup::RowLookup(std::shared_ptr<const core::AnalysisResult> snapshot, std::size_t tableRows)
    : m_snapshot(std::move(snapshot)), m_tableRows(tableRows) {}

std::optional<std::size_t> RowLookup::analysedIndex(core::RowId row) const {
    if (!m_snapshot)
        return std::nullopt;
    const auto& rows = m_snapshot->rows;
    if (rows.empty()) {
        // A snapshot of the whole table: analysed line i is row i.
        if (m_snapshot->totalLines != m_tableRows || row >= m_tableRows)
            return std::nullopt;
        return row;
    }
    const auto it = std::lower_bound(rows.begin(), rows.end(), row);
    if (it == rows.end() || *it != row)
        return std::nullopt;
    return static_cast<std::size_t>(it - rows.begin());
}

std::optional<float> RowLookup::score(core::RowId row) const {
    if (!hasScores())
        return std::nullopt;
    const auto index = analysedIndex(row);
    if (!index || *index >= m_snapshot->lineScores.size())
        return std::nullopt;
    return m_snapshot->lineScores[*index];
}

const std::string* RowLookup::templateText(core::RowId row) const {
    if (!m_snapshot || m_snapshot->lineTemplates.empty())
        return nullptr;
    const auto index = analysedIndex(row);
    if (!index || *index >= m_snapshot->lineTemplates.size())
        return nullptr;
    const std::uint32_t id = m_snapshot->lineTemplates[*index];
    if (id >= m_snapshot->templateTexts.size())
        return nullptr;
    return &m_snapshot->templateTexts[id];
}

} // namespace logscope::ui
