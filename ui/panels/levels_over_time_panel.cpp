#include "ui/panels/levels_over_time_panel.h"

#include "ui/format/display_format.h"
#include "ui/format/time_axis_format.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace logscope::ui {

namespace {
constexpr std::uint32_t levelBit(core::Level level) {
    return 1u << static_cast<unsigned>(level);
}
} // namespace

LevelsOverTimePanel::LevelsOverTimePanel(QWidget* parent)
    : ChartPanel(tr("Log levels over time"), parent) {
    enableTimeBrush();
}

void LevelsOverTimePanel::showResult(const core::AnalysisResult& result) {
    clearChart();
    m_series.clear();
    m_buckets = result.buckets;
    m_counts = result.levelsOverTime;
    if (result.timedLines == 0 || m_buckets.count == 0 || m_counts.size() != m_buckets.count) {
        setSubtitle({});
        showEmptyState(result.totalLines == 0 ? tr("No lines to show")
                                              : tr("No timestamps in this log"),
                       result.totalLines == 0
                           ? tr("Open a log file to see its levels over time.")
                           : tr("Levels over time needs lines with a readable time field."));
        return;
    }
    showContent();
    setSubtitle(tr("lines per %1 · drag to zoom").arg(bucketWidthLabel(m_buckets.widthNs)));

    QChart* c = chart();
    c->legend()->setVisible(true);
    c->legend()->setAlignment(Qt::AlignTop);
    QFont legendFont = c->legend()->font();
    legendFont.setPointSizeF(8);
    c->legend()->setFont(legendFont);

    const std::int64_t endNs = m_buckets.bucketStart(m_buckets.count);
    QAbstractAxis* xAxis = addTimeAxis(m_buckets.startNs, endNs);
    auto* yAxis = new QValueAxis;
    c->addAxis(yAxis, Qt::AlignLeft);

    std::uint64_t peak = 0;
    for (int li = core::kLevelCount - 1; li >= 0; --li) {
        const auto level = static_cast<core::Level>(li);
        if (result.perLevel[static_cast<std::size_t>(li)] == 0)
            continue;
        auto* series = new QLineSeries;
        series->setName(QString::fromLatin1(core::levelName(level)));
        QPen pen(theme().levelColor(level));
        pen.setWidthF(1.7);
        series->setPen(pen);
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(m_buckets.count));
        for (std::size_t b = 0; b < m_buckets.count; ++b) {
            const std::uint64_t count = m_counts[b][static_cast<std::size_t>(li)];
            peak = std::max(peak, count);
            const double midMs =
                static_cast<double>(m_buckets.bucketStart(b) + m_buckets.widthNs / 2) / 1e6;
            points.append(QPointF(midMs, static_cast<double>(count)));
        }
        series->replace(points);
        c->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        m_series.emplace_back(level, series);
    }
    yAxis->setRange(0, std::max<double>(1.0, static_cast<double>(peak) * 1.08));
    addTimeBands(result.markedPeriods, xAxis, yAxis,
                 std::max<double>(1.0, static_cast<double>(peak) * 1.08));
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->applyNiceNumbers();
    yAxis->setTitleText(tr("lines per %1").arg(bucketWidthLabel(m_buckets.widthNs)));
    styleAxis(yAxis);
}

std::optional<DrillDown> LevelsOverTimePanel::panelDrillDown() const {
    if (m_buckets.count == 0)
        return std::nullopt;
    DrillDown drill;
    drill.description = tr("Every line of the view");
    return drill;
}

DrillDown LevelsOverTimePanel::bucketDrillDown(std::size_t bucket,
                                               std::optional<core::Level> level) const {
    DrillDown drill;
    drill.filter.fromNs = m_buckets.bucketStart(bucket);
    drill.filter.toNs = m_buckets.bucketStart(bucket + 1);
    const QString range = formatTimeRange(drill.filter.fromNs, drill.filter.toNs);
    if (level) {
        drill.filter.levelMask = levelBit(*level);
        drill.description =
            tr("%1 lines, %2").arg(QString::fromLatin1(core::levelName(*level)), range);
    } else {
        drill.description = tr("Lines of %1").arg(range);
    }
    return drill;
}

std::optional<std::size_t> LevelsOverTimePanel::bucketAt(QPoint pos) const {
    if (m_series.empty() || m_buckets.count == 0)
        return std::nullopt;
    const double ms = valueAt(pos, m_series.front().second).x();
    const double ns = ms * 1e6;
    const double start = static_cast<double>(m_buckets.startNs);
    if (ns < start)
        return std::nullopt;
    const auto b = static_cast<std::size_t>((ns - start) / static_cast<double>(m_buckets.widthNs));
    if (b >= m_buckets.count)
        return std::nullopt;
    return b;
}

QString LevelsOverTimePanel::toolTipAt(QPoint pos) const {
    const auto bucket = bucketAt(pos);
    if (!bucket)
        return {};
    const core::LevelCounts& counts = m_counts[*bucket];
    QString text = QStringLiteral("<b>%1</b>")
                       .arg(formatTimeRange(m_buckets.bucketStart(*bucket),
                                            m_buckets.bucketStart(*bucket + 1)));
    std::uint64_t total = 0;
    for (const auto& [level, series] : m_series) {
        const std::uint64_t n = counts[static_cast<std::size_t>(level)];
        total += n;
        text += QStringLiteral("<br><span style='color:%1'>■</span> %2: %3")
                    .arg(theme().levelColor(level).name(),
                         QString::fromLatin1(core::levelName(level)), formatCount(n));
    }
    text += tr("<br>total: %1 lines · click to list them", nullptr, pluralCount(total))
                .arg(formatCount(total));
    return text;
}

void LevelsOverTimePanel::clickedAt(QPoint pos) {
    const auto bucket = bucketAt(pos);
    if (!bucket)
        return;
    // The level whose line passes nearest the click, if one is close enough.
    std::optional<core::Level> nearest;
    double best = 12.0;
    for (const auto& [level, series] : m_series) {
        const double count =
            static_cast<double>(m_counts[*bucket][static_cast<std::size_t>(level)]);
        const double midMs =
            static_cast<double>(m_buckets.bucketStart(*bucket) + m_buckets.widthNs / 2) / 1e6;
        const double y = positionOf(QPointF(midMs, count), series).y();
        if (std::abs(y - pos.y()) < best) {
            best = std::abs(y - pos.y());
            nearest = level;
        }
    }
    Q_EMIT drillDownRequested(bucketDrillDown(*bucket, nearest));
}

} // namespace logscope::ui
