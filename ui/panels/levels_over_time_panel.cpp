#include "ui/panels/levels_over_time_panel.h"

#include "core/time/civil_time.h"
#include "ui/panels/time_axis_format.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace logscope::ui {

LevelsOverTimePanel::LevelsOverTimePanel(QWidget* parent)
    : ChartPanel(tr("Log levels over time"), parent) {}

void LevelsOverTimePanel::showResult(const core::AnalysisResult& result) {
    clearChart();
    QChart* c = chart();
    c->legend()->setVisible(true);
    c->legend()->setAlignment(Qt::AlignTop);
    QFont legendFont = c->legend()->font();
    legendFont.setPointSizeF(8);
    c->legend()->setFont(legendFont);

    auto* xAxis = new QDateTimeAxis;
    auto* yAxis = new QValueAxis;
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);

    std::uint64_t peak = 0;
    const auto& buckets = result.buckets;
    for (int li = core::kLevelCount - 1; li >= 0; --li) {
        const auto level = static_cast<core::Level>(li);
        if (result.perLevel[static_cast<std::size_t>(li)] == 0)
            continue;
        auto* series = new QLineSeries;
        series->setName(QString::fromLatin1(core::levelName(level)));
        QPen pen(theme().levelColor(level));
        pen.setWidthF(1.6);
        series->setPen(pen);
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(buckets.count));
        for (std::size_t b = 0; b < buckets.count; ++b) {
            const std::uint64_t count = result.levelsOverTime[b][static_cast<std::size_t>(li)];
            peak = std::max(peak, count);
            const double ms = static_cast<double>(buckets.bucketStart(b) / 1'000'000);
            points.append(QPointF(ms, static_cast<double>(count)));
        }
        series->replace(points);
        c->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }

    const qint64 firstMs = buckets.startNs / 1'000'000;
    const qint64 lastMs =
        buckets.bucketStart(buckets.count == 0 ? 0 : buckets.count - 1) / 1'000'000;
    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(firstMs, Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(std::max(lastMs, firstMs + 1000), Qt::UTC));
    xAxis->setFormat(timeAxisFormat(result.lastNs - result.firstNs));
    xAxis->setTickCount(6);
    xAxis->setTitleText(tr("time"));
    yAxis->setRange(0, std::max<double>(1.0, static_cast<double>(peak) * 1.08));
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->applyNiceNumbers();
    yAxis->setTitleText(tr("lines per %1").arg(bucketWidthLabel(buckets.widthNs)));
    styleAxis(xAxis);
    styleAxis(yAxis);
}

} // namespace logscope::ui
