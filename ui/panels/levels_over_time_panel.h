#pragma once

#include "ui/panels/chart_panel.h"

#include <array>

class QLineSeries;

namespace logscope::ui {

/// Panel 1: lines per level per time bucket, one line per level. A click drills into the
/// bucket (and the level whose line is nearest); a drag across the time axis brushes.
class LevelsOverTimePanel : public ChartPanel {
    Q_OBJECT
public:
    explicit LevelsOverTimePanel(QWidget* parent = nullptr);
    void showResult(const core::AnalysisResult& result) override;
    [[nodiscard]] std::optional<DrillDown> panelDrillDown() const override;

    /// The lines of one bucket, of one level (or of every level when level is nullopt).
    [[nodiscard]] DrillDown bucketDrillDown(std::size_t bucket,
                                            std::optional<core::Level> level) const;

protected:
    [[nodiscard]] QString toolTipAt(QPoint pos) const override;
    void clickedAt(QPoint pos) override;

private:
    [[nodiscard]] std::optional<std::size_t> bucketAt(QPoint pos) const;

    core::TimeBuckets m_buckets;
    std::vector<core::LevelCounts> m_counts;
    std::vector<std::pair<core::Level, QLineSeries*>> m_series;
};

} // namespace logscope::ui
