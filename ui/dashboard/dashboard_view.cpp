#include "ui/dashboard/dashboard_view.h"

#include "ui/format/display_format.h"
#include "ui/model/dashboard_model.h"
#include "ui/panels/activity_heatmap_panel.h"
#include "ui/panels/anomaly_timeline_panel.h"
#include "ui/panels/errors_by_service_panel.h"
#include "ui/panels/frequent_errors_panel.h"
#include "ui/panels/health_panel.h"
#include "ui/panels/incidents_by_severity_panel.h"
#include "ui/panels/latency_histogram_panel.h"
#include "ui/panels/levels_over_time_panel.h"
#include "ui/panels/service_latency_panel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace logscope::ui {

DashboardView::DashboardView(DashboardModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_heading(new QLabel(this)), m_filter(new QLabel(this)),
      m_summary(new QLabel(this)) {
    setAutoFillBackground(true);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(10, 8, 10, 10);
    outer->setSpacing(4);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.45);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);
    m_filter->setTextFormat(Qt::RichText);
    m_filter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_filter->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addWidget(m_filter, 1);
    outer->addLayout(top);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    outer->addWidget(m_summary);

    m_panels = {
        new LevelsOverTimePanel(this),  new LatencyHistogramPanel(this),
        new HealthPanel(this),          new ErrorsByServicePanel(this),
        new AnomalyTimelinePanel(this), new FrequentErrorsPanel(this),
        new ServiceLatencyPanel(this),  new IncidentsBySeverityPanel(this),
        new ActivityHeatmapPanel(this),
    };
    auto* grid = new QGridLayout;
    grid->setSpacing(8);
    for (std::size_t i = 0; i < m_panels.size(); ++i) {
        grid->addWidget(m_panels[i], static_cast<int>(i / 3), static_cast<int>(i % 3));
        connect(m_panels[i], &DashboardPanel::drillDownRequested, this,
                &DashboardView::drillDownRequested);
        connect(m_panels[i], &DashboardPanel::timeBrushed, this, &DashboardView::timeBrushed);
    }
    for (int i = 0; i < 3; ++i) {
        grid->setRowStretch(i, 1);
        grid->setColumnStretch(i, 1);
    }
    outer->addLayout(grid, 1);

    connect(m_model, &DashboardModel::resultChanged, this, &DashboardView::refresh);
    setTheme(m_theme);
}

DashboardPanel* DashboardView::panelAt(QPoint globalPos) const {
    for (DashboardPanel* panel : m_panels)
        if (panel->rect().contains(panel->mapFromGlobal(globalPos)))
            return panel;
    return nullptr;
}

void DashboardView::setTheme(const Theme& theme) {
    m_theme = theme;
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, theme.window);
    palette.setColor(QPalette::WindowText, theme.text);
    setPalette(palette);
    QPalette muted = m_summary->palette();
    muted.setColor(QPalette::WindowText, theme.mutedText);
    m_filter->setPalette(muted);
    QPalette summary = m_summary->palette();
    summary.setColor(QPalette::WindowText, theme.text);
    m_summary->setPalette(summary);
    for (DashboardPanel* panel : m_panels)
        panel->setTheme(theme);
    refresh();
}

void DashboardView::refresh() {
    const core::AnalysisResult& result = *m_model->result();
    const QString title = m_model->title().isEmpty() ? tr("No log loaded") : m_model->title();
    m_heading->setText(tr("LogScope — %1").arg(title));
    const QString filter = describeFilter(m_model->filter());
    m_filter->setText(filter.isEmpty() ? QString()
                                       : tr("<span style='color:%1'>●</span> filtered: %2")
                                             .arg(m_theme.accent.name(), filter.toHtmlEscaped()));
    m_filter->setToolTip(filter);
    m_summary->setText(summarizeResult(result));
    for (DashboardPanel* panel : m_panels)
        panel->showResult(result);
}

} // namespace logscope::ui
