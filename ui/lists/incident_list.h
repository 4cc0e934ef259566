#pragma once

#include "ui/lists/card_list.h"

namespace logscope::ui {

/// The incidents of the snapshot, by start time, as cards: severity, type and time, then the
/// services and the recommendation. Clicking one lists its evidence lines.
class IncidentList : public CardList {
    Q_OBJECT
public:
    explicit IncidentList(DashboardModel* model, QWidget* parent = nullptr);
    /// The evidence lines of incident i (in the snapshot's order).
    [[nodiscard]] DrillDown incidentDrillDown(std::size_t i) const;

protected:
    void refresh() override;
    [[nodiscard]] DrillDown drillDownAt(std::size_t i) const override {
        return incidentDrillDown(i);
    }
};

} // namespace logscope::ui
