#pragma once

#include "ui/lists/card_list.h"

namespace logscope::ui {

/// The top anomalies of the snapshot: score, time, level, service, message and why. Clicking
/// one shows its line.
class AnomalyList : public CardList {
    Q_OBJECT
public:
    explicit AnomalyList(DashboardModel* model, QWidget* parent = nullptr);
    /// The line of top anomaly i.
    [[nodiscard]] DrillDown anomalyDrillDown(std::size_t i) const;

protected:
    void refresh() override;
    [[nodiscard]] DrillDown drillDownAt(std::size_t i) const override {
        return anomalyDrillDown(i);
    }
};

} // namespace logscope::ui
