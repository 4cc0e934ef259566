#pragma once

#include "ui/panels/chart_panel.h"

namespace logscope::ui {

/// Panel 4: error lines per service as horizontal bars, most failing service on top.
class ErrorsByServicePanel : public ChartPanel {
    Q_OBJECT
public:
    explicit ErrorsByServicePanel(QWidget* parent = nullptr);
    void showResult(const core::AnalysisResult& result) override;
};

} // namespace logscope::ui
