#pragma once

#include "ui/panels/chart_panel.h"

#include <array>

class QStackedBarSeries;

namespace logscope::ui {

/// Panel 8: detected incidents per severity as bars coloured by severity. A bar lists the
/// evidence lines of its incidents.
class IncidentsBySeverityPanel : public ChartPanel {
    Q_OBJECT
public:
    explicit IncidentsBySeverityPanel(QWidget* parent = nullptr);
    void showResult(const core::AnalysisResult& result) override;
    [[nodiscard]] std::optional<DrillDown> panelDrillDown() const override;

    /// The severities drawn, left to right.
    [[nodiscard]] const std::vector<core::Severity>& severities() const { return m_severities; }
    /// Incidents per drawn severity, as the bars show them.
    [[nodiscard]] std::vector<double> drawnCounts() const;
    /// The evidence lines of the incidents of one severity.
    [[nodiscard]] DrillDown severityDrillDown(core::Severity severity) const;

protected:
    [[nodiscard]] QString toolTipAt(QPoint pos) const override;
    void clickedAt(QPoint pos) override;

private:
    [[nodiscard]] std::optional<std::size_t> categoryAt(QPoint pos) const;

    std::vector<core::Incident> m_incidents;
    std::vector<core::Severity> m_severities;
    QStackedBarSeries* m_series = nullptr;
};

} // namespace logscope::ui
