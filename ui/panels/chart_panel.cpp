#include "ui/panels/chart_panel.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLegend>

namespace logscope::ui {

ChartPanel::ChartPanel(const QString& title, QWidget* parent)
    : DashboardPanel(title, parent), m_chart(new QChart), m_view(new QChartView(m_chart, this)) {
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumSize(200, 140);
    setBody(m_view);
    onThemeChanged();
}

void ChartPanel::clearChart() {
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
}

void ChartPanel::styleAxis(QAbstractAxis* axis) const {
    const Theme& t = theme();
    axis->setLabelsColor(t.mutedText);
    axis->setTitleBrush(t.mutedText);
    QColor grid = t.panelBorder;
    grid.setAlpha(140);
    axis->setGridLineColor(grid);
    axis->setLinePenColor(t.panelBorder);
    QFont font = axis->labelsFont();
    font.setPointSizeF(8);
    axis->setLabelsFont(font);
    QFont titleFont = axis->titleFont();
    titleFont.setPointSizeF(8);
    titleFont.setBold(false);
    axis->setTitleFont(titleFont);
}

void ChartPanel::onThemeChanged() {
    if (m_chart == nullptr)
        return;
    const Theme& t = theme();
    m_chart->setBackgroundBrush(t.panel);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->legend()->setLabelColor(t.text);
    m_view->setBackgroundBrush(t.panel);
    for (QAbstractAxis* axis : m_chart->axes())
        styleAxis(axis);
}

} // namespace logscope::ui
