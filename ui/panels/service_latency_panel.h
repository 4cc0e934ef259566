#pragma once

#include "ui/panels/bar_list_panel.h"

namespace logscope::ui {

/// Panel 7: average response time per service, coloured by service health, with the overall
/// mean as a reference line. A bar lists that service's lines that carry a response time.
class ServiceLatencyPanel : public BarListPanel {
    Q_OBJECT
public:
    explicit ServiceLatencyPanel(QWidget* parent = nullptr);
    void showResult(const core::AnalysisResult& result) override;
    [[nodiscard]] DrillDown barDrillDown(std::size_t i) const override;

private:
    std::vector<std::string> m_services;
};

} // namespace logscope::ui
