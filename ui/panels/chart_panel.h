#pragma once

#include "ui/panels/dashboard_panel.h"

class QAbstractAxis;
class QChart;
class QChartView;

namespace logscope::ui {

/// A dashboard panel drawn with QtCharts. Keeps QtCharts behind this small interface so the
/// rest of the UI does not depend on it.
class ChartPanel : public DashboardPanel {
    Q_OBJECT
public:
    ChartPanel(const QString& title, QWidget* parent = nullptr);

protected:
    [[nodiscard]] QChart* chart() const { return m_chart; }
    /// Removes every series and axis, ready for a fresh fill.
    void clearChart();
    /// Styles an axis (labels, grid) in the panel's theme.
    void styleAxis(QAbstractAxis* axis) const;
    void onThemeChanged() override;

private:
    QChart* m_chart;
    QChartView* m_view;
};

} // namespace logscope::ui
