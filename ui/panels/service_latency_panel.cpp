#include "ui/panels/service_latency_panel.h"

#include "ui/format/display_format.h"
#include "ui/format/display_names.h"

#include <algorithm>

namespace logscope::ui {

namespace {
constexpr std::size_t kMaxServices = 10;
}

ServiceLatencyPanel::ServiceLatencyPanel(QWidget* parent)
    : BarListPanel(tr("Average response time by service"), parent) {}

void ServiceLatencyPanel::showResult(const core::AnalysisResult& result) {
    m_services.clear();
    std::vector<const core::ServiceStats*> services;
    for (const auto& s : result.services)
        if (s.latencyLines > 0)
            services.push_back(&s);
    if (services.empty()) {
        bars()->setItems({});
        bars()->setReference(std::nullopt);
        setSubtitle({});
        if (isFullAnalysis(result) || result.totalLines == 0)
            showEmptyState(tr("No latency data in this log"),
                           tr("Lines need a response_time_ms, latency_ms or duration_ms field."));
        else
            showEmptyState(tr("No response-time statistics in this result"),
                           tr("Per-service response times come from the full analysis."));
        return;
    }
    showContent();
    std::stable_sort(services.begin(), services.end(), [](const auto* a, const auto* b) {
        return a->avgLatencyMs > b->avgLatencyMs;
    });
    const std::size_t shown = std::min(services.size(), kMaxServices);
    setSubtitle(services.size() > shown
                    ? tr("slowest %1 of %2 services").arg(shown).arg(services.size())
                    : tr("mean over lines with a response time"));
    if (result.latency.count > 0)
        bars()->setReference(result.latency.meanMs,
                             tr("all services %1").arg(formatMs(result.latency.meanMs)));
    else
        bars()->setReference(std::nullopt);
    std::vector<BarItem> items;
    for (std::size_t i = 0; i < shown; ++i) {
        const core::ServiceStats& s = *services[i];
        const QString name = QString::fromStdString(s.name);
        BarItem item;
        item.label = name;
        item.value = s.avgLatencyMs;
        item.valueText = formatMs(s.avgLatencyMs);
        item.color = theme().healthColor(s.status);
        item.toolTip =
            tr("<b>%1</b><br>average %2 over %3 lines<br>success rate %4 · health "
               "%5<br>click to list these lines",
               nullptr, pluralCount(s.latencyLines))
                .arg(name.toHtmlEscaped(), formatMs(s.avgLatencyMs), formatCount(s.latencyLines),
                     formatPercent(s.successRate, 1), healthStatusDisplayName(s.status));
        items.push_back(std::move(item));
        m_services.push_back(s.name);
    }
    bars()->setItems(std::move(items));
}

DrillDown ServiceLatencyPanel::barDrillDown(std::size_t i) const {
    DrillDown drill;
    drill.filter.services = {m_services.at(i)};
    drill.condition.needsLatency = true;
    drill.description =
        tr("Lines of %1 with a response time").arg(QString::fromStdString(m_services[i]));
    return drill;
}

} // namespace logscope::ui
