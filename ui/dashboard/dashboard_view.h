#pragma once

#include "ui/theme/theme.h"

#include <QWidget>
#include <vector>

class QLabel;

namespace logscope::ui {

class DashboardModel;
class DashboardPanel;

/// The nine-panel dashboard in seed 003's order, with a header naming what is shown.
/// Renders from a DashboardModel and repaints whenever its snapshot changes.
class DashboardView : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(DashboardModel* model, QWidget* parent = nullptr);

    void setTheme(const Theme& theme);
    [[nodiscard]] const Theme& theme() const { return m_theme; }
    /// The panels in grid order (row by row).
    [[nodiscard]] const std::vector<DashboardPanel*>& panels() const { return m_panels; }

private:
    void refresh();

    DashboardModel* m_model;
    Theme m_theme = Theme::make(Theme::Kind::Light);
    QLabel* m_heading;
    QLabel* m_summary;
    std::vector<DashboardPanel*> m_panels;
};

} // namespace logscope::ui
