#pragma once

#include "ui/model/drill_down.h"
#include "ui/theme/theme.h"

#include <QListWidget>

namespace logscope::ui {

class DashboardModel;

/// The top anomalies of the snapshot: score, time, level, service, message and why. Clicking
/// one shows its line.
class AnomalyList : public QListWidget {
    Q_OBJECT
public:
    explicit AnomalyList(DashboardModel* model, QWidget* parent = nullptr);
    void setTheme(const Theme& theme);
    /// The line of top anomaly i.
    [[nodiscard]] DrillDown anomalyDrillDown(std::size_t i) const;

Q_SIGNALS:
    void drillDownRequested(const logscope::ui::DrillDown& drill);

private:
    void refresh();

    DashboardModel* m_model;
    class CardDelegate* m_delegate;
    Theme m_theme = Theme::make(Theme::Kind::Light);
};

} // namespace logscope::ui
