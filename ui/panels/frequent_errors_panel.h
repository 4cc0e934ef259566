#pragma once

#include "ui/panels/bar_list_panel.h"

namespace logscope::ui {

/// Panel 6: the most frequent error patterns (templates of WARNING-and-worse lines). A bar
/// lists the WARNING-and-worse lines of its template.
class FrequentErrorsPanel : public BarListPanel {
    Q_OBJECT
public:
    /// Seed 003 shows the top 8.
    static constexpr std::size_t kShown = 8;

    explicit FrequentErrorsPanel(QWidget* parent = nullptr);
    void showResult(const core::AnalysisResult& result) override;
    [[nodiscard]] DrillDown barDrillDown(std::size_t i) const override;

private:
    std::vector<std::pair<std::uint32_t, std::string>> m_templates; ///< per bar: id, text
};

} // namespace logscope::ui
