#pragma once

#include "ui/model/drill_down.h"
#include "ui/theme/theme.h"

#include <QListWidget>

namespace logscope::ui {

class DashboardModel;

/// The incidents of the snapshot, by start time, as cards: severity, type and time, then the
/// services and the recommendation. Clicking one lists its evidence lines.
class IncidentList : public QListWidget {
    Q_OBJECT
public:
    explicit IncidentList(DashboardModel* model, QWidget* parent = nullptr);
    void setTheme(const Theme& theme);
    /// The evidence lines of incident i (in the snapshot's order).
    [[nodiscard]] DrillDown incidentDrillDown(std::size_t i) const;

Q_SIGNALS:
    void drillDownRequested(const logscope::ui::DrillDown& drill);

private:
    void refresh();

    DashboardModel* m_model;
    class CardDelegate* m_delegate;
    Theme m_theme = Theme::make(Theme::Kind::Light);
};

} // namespace logscope::ui
