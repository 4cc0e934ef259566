#pragma once

#include "ui/panels/chart_panel.h"

namespace logscope::ui {

/// Panel 1: lines per level per time bucket, one line per level.
class LevelsOverTimePanel : public ChartPanel {
    Q_OBJECT
public:
    explicit LevelsOverTimePanel(QWidget* parent = nullptr);
    void showResult(const core::AnalysisResult& result) override;
};

} // namespace logscope::ui
