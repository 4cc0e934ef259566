#include "ui/panels/frequent_errors_panel.h"

#include "ui/format/display_format.h"

namespace logscope::ui {

namespace {
constexpr std::uint32_t kWarningAndWorse = (1u << static_cast<unsigned>(core::Level::Warning)) |
                                           (1u << static_cast<unsigned>(core::Level::Error)) |
                                           (1u << static_cast<unsigned>(core::Level::Critical));
} // namespace

FrequentErrorsPanel::FrequentErrorsPanel(QWidget* parent)
    : BarListPanel(tr("Most frequent errors"), parent) {
    bars()->setLabelPlacement(BarListWidget::LabelPlacement::Above);
}

void FrequentErrorsPanel::showResult(const core::AnalysisResult& result) {
    m_templates.clear();
    const auto& top = result.errorPatterns.topErrors;
    if (top.empty()) {
        bars()->setItems({});
        setSubtitle({});
        const bool anyTrouble = result.errorLines > 0 ||
                                result.perLevel[static_cast<std::size_t>(core::Level::Warning)] > 0;
        if (result.totalLines == 0)
            showEmptyState(tr("No lines to show"),
                           tr("Open a log file to see its error patterns."));
        else if (!anyTrouble)
            showEmptyState(tr("No warnings or errors in this log"), {},
                           EmptyStateWidget::Kind::AllClear);
        else
            showEmptyState(tr("No error patterns in this result"),
                           tr("Error patterns come from the template analysis of WARNING-and-"
                              "worse lines."));
        return;
    }
    showContent();
    setSubtitle(
        result.errorPatterns.uniqueErrorTypes > 0
            ? tr("%1 error types", nullptr, pluralCount(result.errorPatterns.uniqueErrorTypes))
                  .arg(formatCount(result.errorPatterns.uniqueErrorTypes))
            : QString());
    std::vector<BarItem> items;
    for (std::size_t i = 0; i < std::min(top.size(), kShown); ++i) {
        const core::TemplateStats& t = top[i];
        const QString text = QString::fromStdString(t.text);
        BarItem item;
        item.label = text;
        item.value = static_cast<double>(t.count);
        item.valueText = formatCount(t.count);
        item.color = theme().levelColor(t.worstLevel);
        QStringList services;
        for (std::size_t s = 0; s < std::min<std::size_t>(t.services.size(), 4); ++s)
            services << QString::fromStdString(t.services[s]).toHtmlEscaped();
        if (t.services.size() > 4)
            services << tr("%1 more").arg(t.services.size() - 4);
        item.toolTip =
            tr("<b>%1</b><br>%2 occurrences · worst level %3", nullptr, pluralCount(t.count))
                .arg(text.toHtmlEscaped(), formatCount(t.count),
                     QString::fromLatin1(core::levelName(t.worstLevel)));
        if (!services.isEmpty())
            item.toolTip += tr("<br>services: %1").arg(services.join(QStringLiteral(", ")));
        item.toolTip += tr("<br>click to list these lines");
        items.push_back(std::move(item));
        m_templates.emplace_back(t.templateId, t.text);
    }
    bars()->setItems(std::move(items));
}

DrillDown FrequentErrorsPanel::barDrillDown(std::size_t i) const {
    DrillDown drill;
    drill.templateId = m_templates.at(i).first;
    drill.filter.levelMask = kWarningAndWorse;
    drill.description = tr("Lines of “%1”").arg(QString::fromStdString(m_templates[i].second));
    return drill;
}

} // namespace logscope::ui
