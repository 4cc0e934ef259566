#pragma once

#include "ui/panels/dashboard_panel.h"
#include "ui/widgets/bar_list_widget.h"

namespace logscope::ui {

/// A panel whose body is a ranked list of bars; a click on a bar drills into its lines.
class BarListPanel : public DashboardPanel {
    Q_OBJECT
public:
    BarListPanel(const QString& title, QWidget* parent = nullptr);

    /// The bars as drawn (for tests and exports).
    [[nodiscard]] BarListWidget* bars() const { return m_bars; }
    /// The lines behind bar i.
    [[nodiscard]] virtual DrillDown barDrillDown(std::size_t i) const = 0;

protected:
    void onThemeChanged() override;

private:
    BarListWidget* m_bars;
};

} // namespace logscope::ui
