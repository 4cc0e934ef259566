#pragma once

#include "core/live/live_session.h"

#include <QWidget>
#include <memory>

class QLabel;
class QTreeWidget;

namespace logscope::ui {

/// The live scoreboard: caught / missed / false alarms / pending against the injected truth,
/// the last detection latency, and every episode with its state and latency.
class LiveScoreboard : public QWidget {
    Q_OBJECT
public:
    explicit LiveScoreboard(QWidget* parent = nullptr);
    /// Shows a snapshot's scoreboard.
    void showSnapshot(const core::LiveSnapshot& snapshot);
    /// The summary line ("caught 2 · missed 0 · false alarms 1 · pending 1").
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QTreeWidget* episodeList() const { return m_list; }

private:
    QLabel* m_summary;
    QTreeWidget* m_list;
};

} // namespace logscope::ui
