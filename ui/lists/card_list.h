#pragma once

#include "ui/model/drill_down.h"
#include "ui/theme/theme.h"

#include <QListWidget>

namespace logscope::ui {

class CardDelegate;
class DashboardModel;

/// A side list of cards drawn from the dashboard's snapshot (incidents, top anomalies): it
/// refills itself when the snapshot or the theme changes, and clicking a card asks to show its
/// lines.
class CardList : public QListWidget {
    Q_OBJECT
public:
    void setTheme(const Theme& theme);

Q_SIGNALS:
    void drillDownRequested(const logscope::ui::DrillDown& drill);

protected:
    CardList(DashboardModel* model, QWidget* parent);
    /// Fills the list from the current snapshot.
    virtual void refresh() = 0;
    /// What clicking card i shows.
    [[nodiscard]] virtual DrillDown drillDownAt(std::size_t i) const = 0;

    [[nodiscard]] DashboardModel* model() const { return m_model; }
    [[nodiscard]] const Theme& theme() const { return m_theme; }

private:
    DashboardModel* m_model;
    CardDelegate* m_delegate;
    Theme m_theme = Theme::make(Theme::Kind::Light);
};

} // namespace logscope::ui
