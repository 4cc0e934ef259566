#include "ui/panels/errors_by_service_panel.h"

#include "ui/format/display_format.h"

#include <algorithm>

namespace logscope::ui {

namespace {
constexpr std::size_t kMaxServices = 10;
constexpr std::uint32_t kErrorLevels = (1u << static_cast<unsigned>(core::Level::Error)) |
                                       (1u << static_cast<unsigned>(core::Level::Critical));
} // namespace

ErrorsByServicePanel::ErrorsByServicePanel(QWidget* parent)
    : BarListPanel(tr("Errors by service"), parent) {}

void ErrorsByServicePanel::showResult(const core::AnalysisResult& result) {
    m_services.clear();
    std::vector<const core::ServiceStats*> services;
    std::uint64_t errors = 0;
    for (const auto& s : result.services) {
        services.push_back(&s);
        errors += s.errors;
    }
    if (services.empty()) {
        bars()->setItems({});
        setSubtitle({});
        showEmptyState(tr("No lines to show"), tr("Open a log file to see errors by service."));
        return;
    }
    if (errors == 0) {
        bars()->setItems({});
        setSubtitle({});
        showEmptyState(tr("No errors in this log"), tr("No line is at ERROR or CRITICAL level."),
                       EmptyStateWidget::Kind::AllClear);
        return;
    }
    showContent();
    std::stable_sort(services.begin(), services.end(),
                     [](const auto* a, const auto* b) { return a->errors > b->errors; });
    const std::size_t shown = std::min(services.size(), kMaxServices);
    setSubtitle(services.size() > shown
                    ? tr("%1 error lines · top %2 of %3 services", nullptr, pluralCount(errors))
                          .arg(formatCount(errors))
                          .arg(shown)
                          .arg(services.size())
                    : tr("%1 error lines", nullptr, pluralCount(errors)).arg(formatCount(errors)));
    std::vector<BarItem> items;
    for (std::size_t i = 0; i < shown; ++i) {
        const core::ServiceStats& s = *services[i];
        const QString name = QString::fromStdString(s.name);
        BarItem item;
        item.label = name;
        item.value = static_cast<double>(s.errors);
        item.valueText = formatCount(s.errors);
        item.color = theme().levelColor(core::Level::Error);
        const double share =
            s.lines == 0 ? 0.0 : static_cast<double>(s.errors) / static_cast<double>(s.lines);
        item.toolTip = tr("<b>%1</b><br>%2 error lines of %3 (%4)<br>%5 warnings<br>click to "
                          "list the error lines",
                          nullptr, pluralCount(s.errors))
                           .arg(name.toHtmlEscaped(), formatCount(s.errors), formatCount(s.lines),
                                formatPercent(share), formatCount(s.warnings));
        items.push_back(std::move(item));
        m_services.push_back(s.name);
    }
    bars()->setItems(std::move(items));
}

DrillDown ErrorsByServicePanel::barDrillDown(std::size_t i) const {
    DrillDown drill;
    drill.filter.services = {m_services.at(i)};
    drill.filter.levelMask = kErrorLevels;
    drill.description =
        tr("ERROR and CRITICAL lines of %1").arg(QString::fromStdString(m_services[i]));
    return drill;
}

std::optional<DrillDown> ErrorsByServicePanel::panelDrillDown() const {
    DrillDown drill;
    drill.filter.levelMask = kErrorLevels;
    drill.description = tr("ERROR and CRITICAL lines");
    return drill;
}

} // namespace logscope::ui
