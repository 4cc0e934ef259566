#pragma once

#include "core/analysis/analysis_result.h"
#include "ui/panels/dashboard_panel.h"

#include <QPointF>

class QAbstractAxis;
class QAbstractSeries;
class QChart;
class QChartView;
class QValueAxis;

namespace logscope::ui {

class TimeBrush;

/// A dashboard panel drawn with QtCharts. QtCharts stays behind this small interface (hover
/// tooltips, clicks and time brushing in viewport coordinates), so the rest of the UI does not
/// depend on it and it can be replaced (Qt deprecated it for Qt Graphs, which Qt 6.4 lacks).
class ChartPanel : public DashboardPanel {
    Q_OBJECT
public:
    ChartPanel(const QString& title, QWidget* parent = nullptr);

    /// The chart's viewport (where mouse events arrive), for tests that click and drag.
    [[nodiscard]] QWidget* viewport() const;
    /// The chart's plot area in viewport coordinates.
    [[nodiscard]] QRect plotArea() const;

protected:
    [[nodiscard]] QChart* chart() const { return m_chart; }
    /// Removes every series and axis, ready for a fresh fill.
    void clearChart();
    /// Styles an axis (labels, grid) in the panel's theme.
    void styleAxis(QAbstractAxis* axis) const;
    /// Adds a bottom time axis over [fromNs, toNs] (x values are ms since the epoch) with
    /// round UTC ticks, and returns it for attaching series.
    QAbstractAxis* addTimeAxis(std::int64_t fromNs, std::int64_t toNs);
    /// Shades periods (live mode: injected episodes, green once caught) from y = 0 to top.
    void addTimeBands(const std::vector<core::MarkedPeriod>& periods, QAbstractAxis* xAxis,
                      QAbstractAxis* yAxis, double top);
    /// Lets the user drag across the time axis (x in ms since the epoch) to brush a range.
    void enableTimeBrush();
    /// The chart value at a viewport position, in the axes of series.
    [[nodiscard]] QPointF valueAt(QPoint pos, QAbstractSeries* series) const;
    /// The viewport position of a chart value, in the axes of series.
    [[nodiscard]] QPointF positionOf(QPointF value, QAbstractSeries* series) const;
    /// Tooltip for the mark under a viewport position (empty: none).
    [[nodiscard]] virtual QString toolTipAt(QPoint pos) const;
    /// A click (not a drag) at a viewport position.
    virtual void clickedAt(QPoint pos);
    void onThemeChanged() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillTimeTicks();

    QChart* m_chart;
    QChartView* m_view;
    TimeBrush* m_brush = nullptr;
    QPoint m_pressPos;
    QAbstractAxis* m_timeAxis = nullptr;
    std::int64_t m_timeFrom = 0;
    std::int64_t m_timeTo = 0;
};

} // namespace logscope::ui
