#pragma once

#include "core/analysis/analysis_result.h"

#include <memory>
#include <optional>
#include <string>

namespace logscope::ui {

/// Finds what a snapshot says about one table row (its anomaly score, its template), whether
/// the snapshot covers every row or only the rows a filter selected.
class RowLookup {
public:
    RowLookup() = default;
    RowLookup(std::shared_ptr<const core::AnalysisResult> snapshot, std::size_t tableRows);

    /// The row's position among the snapshot's analysed lines, if it was analysed.
    [[nodiscard]] std::optional<std::size_t> analysedIndex(core::RowId row) const;
    /// The row's anomaly score, when the snapshot scored it.
    [[nodiscard]] std::optional<float> score(core::RowId row) const;
    /// The text of the row's template, when the snapshot assigned one (else nullptr).
    [[nodiscard]] const std::string* templateText(core::RowId row) const;
    [[nodiscard]] bool hasScores() const { return m_snapshot && !m_snapshot->lineScores.empty(); }

private:
    std::shared_ptr<const core::AnalysisResult> m_snapshot;
    std::size_t m_tableRows = 0;
};

} // namespace logscope::ui
