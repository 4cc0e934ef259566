#include "ui/panels/errors_by_service_panel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>
#include <algorithm>

namespace logscope::ui {

namespace {
constexpr std::size_t kMaxServices = 12;
}

ErrorsByServicePanel::ErrorsByServicePanel(QWidget* parent)
    : ChartPanel(tr("Errors by service"), parent) {}

void ErrorsByServicePanel::showResult(const core::AnalysisResult& result) {
    clearChart();
    QChart* c = chart();
    c->legend()->setVisible(false);

    std::vector<const core::ServiceStats*> services;
    for (const auto& s : result.services)
        services.push_back(&s);
    std::stable_sort(services.begin(), services.end(),
                     [](const auto* a, const auto* b) { return a->errors > b->errors; });
    if (services.size() > kMaxServices)
        services.resize(kMaxServices);
    // Horizontal bars are drawn bottom-up: reverse so the largest sits on top.
    std::reverse(services.begin(), services.end());

    auto* set = new QBarSet(tr("error lines"));
    set->setColor(theme().levelColor(core::Level::Error));
    set->setBorderColor(theme().levelColor(core::Level::Error).darker(115));
    set->setLabelColor(theme().text);
    QStringList categories;
    double peak = 0;
    for (const auto* s : services) {
        categories << QString::fromStdString(s->name);
        set->append(static_cast<double>(s->errors));
        peak = std::max(peak, static_cast<double>(s->errors));
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    c->addSeries(series);

    auto* yAxis = new QBarCategoryAxis;
    yAxis->append(categories);
    auto* xAxis = new QValueAxis;
    xAxis->setRange(0, std::max(1.0, peak * 1.18));
    xAxis->setLabelFormat(QStringLiteral("%d"));
    xAxis->applyNiceNumbers();
    xAxis->setTitleText(tr("lines at ERROR or worse"));
    c->addAxis(yAxis, Qt::AlignLeft);
    c->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(yAxis);
    series->attachAxis(xAxis);
    styleAxis(xAxis);
    styleAxis(yAxis);
    yAxis->setGridLineVisible(false);
}

} // namespace logscope::ui
