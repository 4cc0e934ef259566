#pragma once

#include "ui/panels/dashboard_panel.h"

namespace logscope::ui {

class HeatmapWidget;

/// Panel 9: lines per weekday and hour of day (UTC) as a heat map with a colour legend. A cell
/// lists the lines of that weekday and hour.
class ActivityHeatmapPanel : public DashboardPanel {
    Q_OBJECT
public:
    explicit ActivityHeatmapPanel(QWidget* parent = nullptr);
    void showResult(const core::AnalysisResult& result) override;
    [[nodiscard]] HeatmapWidget* heatmap() const { return m_heatmap; }
    /// The lines of one cell (weekday 0 = Monday, hour 0..23).
    [[nodiscard]] DrillDown cellDrillDown(int weekday, int hour) const;

protected:
    void onThemeChanged() override;

private:
    HeatmapWidget* m_heatmap;
};

} // namespace logscope::ui
