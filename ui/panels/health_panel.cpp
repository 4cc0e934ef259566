#include "ui/panels/health_panel.h"

#include "ui/format/display_format.h"
#include "ui/format/display_names.h"
#include "ui/widgets/health_gauge.h"

namespace logscope::ui {

HealthPanel::HealthPanel(QWidget* parent)
    : DashboardPanel(tr("System health"), parent), m_gauge(new HealthGauge(this)) {
    setBody(m_gauge);
    connect(m_gauge, &HealthGauge::clicked, this, [this] {
        if (const auto drill = panelDrillDown())
            Q_EMIT drillDownRequested(*drill);
    });
    onThemeChanged();
}

void HealthPanel::showResult(const core::AnalysisResult& result) {
    const core::HealthScore& health = result.health;
    // A computed score always lists its factors; none means the analysis did not score health.
    if (result.totalLines == 0 || health.factors.empty()) {
        setSubtitle({});
        m_gauge->setFactors({});
        if (result.totalLines == 0)
            showEmptyState(tr("No lines to score"), tr("Open a log file to see its health."));
        else
            showEmptyState(tr("No health score in this result"),
                           tr("The score needs the full analysis: error rate, response times, "
                              "anomalies and incidents."));
        return;
    }
    showContent();
    m_status = health.status;
    m_gauge->setScore(health.score, healthStatusDisplayName(health.status),
                      theme().healthColor(health.status));
    m_gauge->setFactors(health.factors);
    setSubtitle(tr("error rate %1 · success %2")
                    .arg(formatPercent(result.errorRate), formatPercent(result.successRate)));
    QString tip = tr("<b>Health %1 / 100 — %2</b>")
                      .arg(formatNumber(health.score, 1))
                      .arg(healthStatusDisplayName(health.status));
    for (const core::HealthFactor& f : health.factors)
        tip += tr("<br>%1: −%2 of at most %3")
                   .arg(healthFactorDisplayName(f.name).toHtmlEscaped())
                   .arg(formatNumber(f.penalty, 1))
                   .arg(displayLocale().toString(f.maxPenalty, 'g', 3));
    tip += tr("<br>click to list the ERROR and CRITICAL lines");
    m_gauge->setToolTip(tip);
}

std::optional<DrillDown> HealthPanel::panelDrillDown() const {
    DrillDown drill;
    drill.filter.levelMask = (1u << static_cast<unsigned>(core::Level::Error)) |
                             (1u << static_cast<unsigned>(core::Level::Critical));
    drill.description = tr("ERROR and CRITICAL lines (they cost health points)");
    return drill;
}

void HealthPanel::onThemeChanged() {
    if (m_gauge == nullptr)
        return;
    m_gauge->setTheme(theme());
    m_gauge->setScore(m_gauge->score(), m_gauge->status(), theme().healthColor(m_status));
}

} // namespace logscope::ui
