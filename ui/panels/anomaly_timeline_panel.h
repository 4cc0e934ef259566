#pragma once

#include "ui/panels/dashboard_panel.h"

namespace logscope::ui {

class TimelinePlot;

/// Panel 5: every scored line sampled over time × anomaly score, coloured by template cluster,
/// detected anomalies ringed. A click on a dot shows its line; a drag brushes time.
class AnomalyTimelinePanel : public DashboardPanel {
    Q_OBJECT
public:
    explicit AnomalyTimelinePanel(QWidget* parent = nullptr);
    void showResult(const core::AnalysisResult& result) override;
    [[nodiscard]] std::optional<DrillDown> panelDrillDown() const override;
    [[nodiscard]] TimelinePlot* plot() const { return m_plot; }
    /// The line behind dot i.
    [[nodiscard]] DrillDown dotDrillDown(std::size_t i) const;

protected:
    void onThemeChanged() override;

private:
    TimelinePlot* m_plot;
    std::vector<core::AnomalyPoint> m_points;
};

} // namespace logscope::ui
