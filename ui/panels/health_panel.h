#pragma once

#include "ui/panels/dashboard_panel.h"

namespace logscope::ui {

class HealthGauge;

/// Panel 3: the 0-100 health score as a gauge with its status and the factors that cost
/// points. A click lists the ERROR and CRITICAL lines.
class HealthPanel : public DashboardPanel {
    Q_OBJECT
public:
    explicit HealthPanel(QWidget* parent = nullptr);
    void showResult(const core::AnalysisResult& result) override;
    [[nodiscard]] std::optional<DrillDown> panelDrillDown() const override;
    [[nodiscard]] HealthGauge* gauge() const { return m_gauge; }

protected:
    void onThemeChanged() override;

private:
    HealthGauge* m_gauge;
    core::HealthStatus m_status = core::HealthStatus::Excellent;
};

} // namespace logscope::ui
