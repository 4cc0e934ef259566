#include "ui/live/live_scoreboard.h"

#include "ui/format/display_format.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace logscope::ui {

LiveScoreboard::LiveScoreboard(QWidget* parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_list(new QTreeWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_summary->setFont(big);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Episode"), tr("Injected"), tr("Result"), tr("Latency")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    m_summary->setText(tr("No live run yet"));
}

QString LiveScoreboard::summaryText() const {
    return m_summary->text();
}

void LiveScoreboard::showSnapshot(const core::LiveSnapshot& snapshot) {
    const core::ScoreboardCounts& c = snapshot.score;
    QString text = tr("caught %1 · missed %2 · false alarms %3 · pending %4")
                       .arg(c.caught)
                       .arg(c.missed)
                       .arg(c.falseAlarms)
                       .arg(c.pending);
    if (c.lastLatencySeconds)
        text += tr("\nlast detection %1 s after injection").arg(*c.lastLatencySeconds, 0, 'f', 1);
    m_summary->setText(text);
    // Rebuilt only when something changed, so that a selection is not lost 4 times a second.
    if (m_list->topLevelItemCount() == static_cast<int>(snapshot.episodes.size())) {
        bool same = true;
        for (int i = 0; i < m_list->topLevelItemCount() && same; ++i)
            same = m_list->topLevelItem(i)->data(0, Qt::UserRole).toInt() ==
                   static_cast<int>(snapshot.episodes[static_cast<std::size_t>(i)].state);
        if (same)
            return;
    }
    m_list->clear();
    for (const core::EpisodeScore& e : snapshot.episodes) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, QString::fromStdString(e.episode.type));
        item->setText(1, formatShortTime(e.episode.startNs));
        item->setData(0, Qt::UserRole, static_cast<int>(e.state));
        switch (e.state) {
        case core::EpisodeScore::State::Caught:
            item->setText(2, tr("caught"));
            item->setText(3, tr("%1 s").arg(e.latencySeconds, 0, 'f', 1));
            item->setForeground(2, QColor(46, 160, 67));
            break;
        case core::EpisodeScore::State::Missed:
            item->setText(2, tr("missed"));
            item->setForeground(2, QColor(200, 50, 50));
            break;
        case core::EpisodeScore::State::Pending:
            item->setText(2, tr("watching…"));
            break;
        }
    }
}

} // namespace logscope::ui
