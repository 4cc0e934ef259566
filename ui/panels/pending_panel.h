#pragma once

#include "ui/panels/dashboard_panel.h"

class QLabel;

namespace logscope::ui {

/// A grid cell whose analysis has not been built yet: says so plainly instead of faking data.
class PendingPanel : public DashboardPanel {
    Q_OBJECT
public:
    explicit PendingPanel(const QString& title, QWidget* parent = nullptr);
    void showResult(const core::AnalysisResult& result) override;

protected:
    void onThemeChanged() override;

private:
    QLabel* m_message;
};

} // namespace logscope::ui
