#pragma once

#include "ui/model/drill_down.h"
#include "ui/theme/theme.h"

#include <QWidget>
#include <vector>

class QLabel;

namespace logscope::ui {

class DashboardModel;
class DashboardPanel;

/// The nine-panel dashboard in seed 003's order under a header naming what is shown, its
/// headline figures and the active filter. Renders from a DashboardModel and repaints whenever
/// its snapshot changes; the same widget is shown in the window and rendered to PNG.
class DashboardView : public QWidget {
    Q_OBJECT
public:
    /// Grid positions, row by row (seed 003's order).
    enum PanelIndex : int {
        kLevelsOverTime,
        kLatencyHistogram,
        kHealth,
        kErrorsByService,
        kAnomalyTimeline,
        kFrequentErrors,
        kServiceLatency,
        kIncidentsBySeverity,
        kActivityHeatmap,
        kPanelCount
    };

    explicit DashboardView(DashboardModel* model, QWidget* parent = nullptr);

    void setTheme(const Theme& theme);
    [[nodiscard]] const Theme& theme() const { return m_theme; }
    /// The panels in grid order (row by row).
    [[nodiscard]] const std::vector<DashboardPanel*>& panels() const { return m_panels; }
    [[nodiscard]] DashboardPanel* panel(PanelIndex index) const { return m_panels.at(index); }
    /// The panel under a global position, if any.
    [[nodiscard]] DashboardPanel* panelAt(QPoint globalPos) const;

Q_SIGNALS:
    /// A mark of some panel was clicked: show these lines.
    void drillDownRequested(const logscope::ui::DrillDown& drill);
    /// A time axis was brushed.
    void timeBrushed(qint64 fromNs, qint64 toNs);

private:
    void refresh();

    DashboardModel* m_model;
    Theme m_theme = Theme::make(Theme::Kind::Light);
    QLabel* m_heading;
    QLabel* m_filter;
    QLabel* m_summary;
    std::vector<DashboardPanel*> m_panels;
};

} // namespace logscope::ui
