#pragma once

#include "ui/panels/bar_list_panel.h"

namespace logscope::ui {

/// Panel 4: error lines per service, most failing service on top. A bar lists that service's
/// ERROR and CRITICAL lines.
class ErrorsByServicePanel : public BarListPanel {
    Q_OBJECT
public:
    explicit ErrorsByServicePanel(QWidget* parent = nullptr);
    void showResult(const core::AnalysisResult& result) override;
    [[nodiscard]] DrillDown barDrillDown(std::size_t i) const override;
    [[nodiscard]] std::optional<DrillDown> panelDrillDown() const override;

private:
    std::vector<std::string> m_services; ///< per bar
};

} // namespace logscope::ui
