#pragma once

#include "ui/panels/chart_panel.h"

class QAreaSeries;
class QLineSeries;

namespace logscope::ui {

/// Panel 2: the response-time histogram on a log-scaled axis, with the P95 and P99 marked.
/// A click on a bin lists the lines whose latency falls in it.
class LatencyHistogramPanel : public ChartPanel {
    Q_OBJECT
public:
    explicit LatencyHistogramPanel(QWidget* parent = nullptr);
    void showResult(const core::AnalysisResult& result) override;
    [[nodiscard]] std::optional<DrillDown> panelDrillDown() const override;

    /// The lines of histogram bin i.
    [[nodiscard]] DrillDown binDrillDown(std::size_t bin) const;
    /// The series the bins are drawn with (for tests): a step outline of the counts.
    [[nodiscard]] QAreaSeries* histogramSeries() const { return m_area; }
    [[nodiscard]] QLineSeries* p95Series() const { return m_p95; }
    [[nodiscard]] QLineSeries* p99Series() const { return m_p99; }

protected:
    [[nodiscard]] QString toolTipAt(QPoint pos) const override;
    void clickedAt(QPoint pos) override;

private:
    [[nodiscard]] std::optional<std::size_t> binAt(QPoint pos) const;

    std::vector<core::HistogramBin> m_bins;
    std::uint64_t m_total = 0;
    QAreaSeries* m_area = nullptr;
    QLineSeries* m_p95 = nullptr;
    QLineSeries* m_p99 = nullptr;
};

} // namespace logscope::ui
