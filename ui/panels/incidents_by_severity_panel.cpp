#include "ui/panels/incidents_by_severity_panel.h"

#include "ui/format/display_format.h"
#include "ui/format/display_names.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <map>

namespace logscope::ui {

namespace {
constexpr std::array<core::Severity, 4> kAll{core::Severity::Critical, core::Severity::High,
                                             core::Severity::Medium, core::Severity::Low};
}

IncidentsBySeverityPanel::IncidentsBySeverityPanel(QWidget* parent)
    : ChartPanel(tr("Incidents by severity"), parent) {}

void IncidentsBySeverityPanel::showResult(const core::AnalysisResult& result) {
    clearChart();
    m_series = nullptr;
    m_incidents = result.incidents;
    m_severities.clear();
    if (m_incidents.empty()) {
        setSubtitle({});
        if (result.totalLines == 0)
            showEmptyState(tr("No lines to show"), tr("Open a log file to see its incidents."));
        else if (isFullAnalysis(result))
            showEmptyState(tr("No incidents detected"),
                           tr("No incident rule fired on these lines."),
                           EmptyStateWidget::Kind::AllClear);
        else
            showEmptyState(tr("No incidents in this result"),
                           tr("Incident detection is part of the full analysis."));
        return;
    }
    showContent();
    std::map<core::Severity, std::uint64_t> counts;
    for (const core::Incident& incident : m_incidents)
        ++counts[incident.severity];
    // Seed 003 shows CRITICAL, HIGH and MEDIUM; LOW only when there is some.
    for (const core::Severity s : kAll)
        if (s != core::Severity::Low || counts[s] > 0)
            m_severities.push_back(s);
    setSubtitle(tr("%1 incidents", nullptr, pluralCount(m_incidents.size()))
                    .arg(formatCount(m_incidents.size())));

    QChart* c = chart();
    c->legend()->setVisible(false);
    m_series = new QStackedBarSeries;
    m_series->setBarWidth(0.62);
    std::uint64_t peak = 0;
    QStringList categories;
    for (std::size_t i = 0; i < m_severities.size(); ++i) {
        const core::Severity s = m_severities[i];
        categories << severityDisplayName(s);
        auto* set = new QBarSet(severityDisplayName(s));
        for (std::size_t j = 0; j < m_severities.size(); ++j)
            set->append(j == i ? static_cast<double>(counts[s]) : 0.0);
        set->setColor(theme().severityColor(s));
        set->setBorderColor(theme().severityColor(s));
        set->setLabelColor(s == core::Severity::Medium ? QColor(0x3a, 0x2a, 0x00)
                                                       : QColor(Qt::white));
        QFont labelFont = set->labelFont();
        labelFont.setBold(true);
        set->setLabelFont(labelFont);
        m_series->append(set);
        peak = std::max(peak, counts[s]);
    }
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    // Zero-height parts of the stack carry no label.
    m_series->setLabelsFormat(QStringLiteral("@value"));
    c->addSeries(m_series);
    auto* xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    // Three short names fit side by side even in a small window; truncated they read
    // "CRITI..." / "KRITI...".
    xAxis->setTruncateLabels(false);
    auto* yAxis = new QValueAxis;
    yAxis->setRange(0, std::max(1.0, std::ceil(static_cast<double>(peak) * 1.15)));
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->applyNiceNumbers();
    yAxis->setTitleText(tr("incidents"));
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);
    m_series->attachAxis(xAxis);
    m_series->attachAxis(yAxis);
    styleAxis(xAxis);
    styleAxis(yAxis);
    xAxis->setGridLineVisible(false);
    QFont categoryFont = xAxis->labelsFont();
    categoryFont.setBold(true);
    xAxis->setLabelsFont(categoryFont);
}

std::vector<double> IncidentsBySeverityPanel::drawnCounts() const {
    std::vector<double> out(m_severities.size(), 0.0);
    if (m_series == nullptr)
        return out;
    for (QBarSet* set : m_series->barSets())
        for (int i = 0; i < set->count() && static_cast<std::size_t>(i) < out.size(); ++i)
            out[static_cast<std::size_t>(i)] += set->at(i);
    return out;
}

DrillDown IncidentsBySeverityPanel::severityDrillDown(core::Severity severity) const {
    DrillDown drill;
    drill.explicitRows = true;
    std::size_t incidents = 0;
    for (const core::Incident& incident : m_incidents) {
        if (incident.severity != severity)
            continue;
        ++incidents;
        drill.rows.insert(drill.rows.end(), incident.evidence.begin(), incident.evidence.end());
    }
    std::sort(drill.rows.begin(), drill.rows.end());
    drill.rows.erase(std::unique(drill.rows.begin(), drill.rows.end()), drill.rows.end());
    drill.description = tr("Evidence of the %1 %2 incidents", nullptr, pluralCount(incidents))
                            .arg(formatCount(incidents), severityDisplayName(severity));
    return drill;
}

std::optional<DrillDown> IncidentsBySeverityPanel::panelDrillDown() const {
    if (m_incidents.empty())
        return std::nullopt;
    DrillDown drill;
    drill.explicitRows = true;
    for (const core::Incident& incident : m_incidents)
        drill.rows.insert(drill.rows.end(), incident.evidence.begin(), incident.evidence.end());
    std::sort(drill.rows.begin(), drill.rows.end());
    drill.rows.erase(std::unique(drill.rows.begin(), drill.rows.end()), drill.rows.end());
    drill.description = tr("Evidence of every incident");
    return drill;
}

std::optional<std::size_t> IncidentsBySeverityPanel::categoryAt(QPoint pos) const {
    if (m_series == nullptr)
        return std::nullopt;
    const double x = valueAt(pos, m_series).x();
    const auto index = static_cast<long>(std::lround(x));
    if (index < 0 || static_cast<std::size_t>(index) >= m_severities.size() ||
        std::abs(x - static_cast<double>(index)) > 0.45)
        return std::nullopt;
    return static_cast<std::size_t>(index);
}

QString IncidentsBySeverityPanel::toolTipAt(QPoint pos) const {
    const auto category = categoryAt(pos);
    if (!category)
        return {};
    const core::Severity severity = m_severities[*category];
    std::map<core::IncidentType, int> types;
    int total = 0;
    for (const core::Incident& incident : m_incidents) {
        if (incident.severity == severity) {
            ++types[incident.type];
            ++total;
        }
    }
    QString text = tr("<b>%1: %2 incidents</b>", nullptr, pluralCount(total))
                       .arg(severityDisplayName(severity), formatCount(total));
    for (const auto& [type, n] : types)
        text += QStringLiteral("<br>%1 × %2").arg(n).arg(incidentTypeDisplayName(type));
    if (total > 0)
        text += tr("<br>click to list their evidence lines");
    return text;
}

void IncidentsBySeverityPanel::clickedAt(QPoint pos) {
    if (const auto category = categoryAt(pos))
        Q_EMIT drillDownRequested(severityDrillDown(m_severities[*category]));
}

} // namespace logscope::ui
