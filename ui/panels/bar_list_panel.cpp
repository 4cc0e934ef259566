#include "ui/panels/bar_list_panel.h"

namespace logscope::ui {

BarListPanel::BarListPanel(const QString& title, QWidget* parent)
    : DashboardPanel(title, parent), m_bars(new BarListWidget(this)) {
    setBody(m_bars);
    connect(m_bars, &BarListWidget::activated, this, [this](int index) {
        if (index >= 0 && static_cast<std::size_t>(index) < m_bars->items().size())
            Q_EMIT drillDownRequested(barDrillDown(static_cast<std::size_t>(index)));
    });
    onThemeChanged();
}

void BarListPanel::onThemeChanged() {
    if (m_bars != nullptr)
        m_bars->setTheme(theme());
}

} // namespace logscope::ui
