#pragma once

#include "core/analysis/analysis_result.h"
#include "ui/model/drill_down.h"
#include "ui/theme/theme.h"
#include "ui/widgets/empty_state_widget.h"

#include <QFrame>
#include <optional>

class QLabel;
class QStackedLayout;
class QVBoxLayout;

namespace logscope::ui {

/// One cell of the dashboard grid: a titled frame whose body shows one view of the snapshot, or
/// a clear empty state when the snapshot lacks its data. Every mark in it is a door into the
/// data: panels announce the lines behind a click with drillDownRequested(), and a drag across
/// a time axis with timeBrushed().
class DashboardPanel : public QFrame {
    Q_OBJECT
public:
    DashboardPanel(const QString& title, QWidget* parent = nullptr);

    /// Redraws the panel from a snapshot.
    virtual void showResult(const core::AnalysisResult& result) = 0;
    /// The lines behind the whole panel (its context menu's "Show lines"); none by default.
    [[nodiscard]] virtual std::optional<DrillDown> panelDrillDown() const { return std::nullopt; }

    /// Applies colours; panels re-style their own content in onThemeChanged().
    void setTheme(const Theme& theme);
    [[nodiscard]] const Theme& theme() const { return m_theme; }
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString subtitle() const;
    /// True when the panel shows its empty state instead of data.
    [[nodiscard]] bool isEmptyStateShown() const;
    [[nodiscard]] QString emptyMessage() const;
    /// Copies the panel, as drawn, to the clipboard.
    void copyImageToClipboard();
    /// True when a result comes from the full analysis rather than the basic summary: the engine
    /// lists the health factors whenever it scores. Empty states use it to tell "this log has
    /// no latency" from "this result has no latency statistics".
    static bool isFullAnalysis(const core::AnalysisResult& result) {
        return !result.health.factors.empty();
    }

Q_SIGNALS:
    /// The user clicked a mark: show these lines.
    void drillDownRequested(const logscope::ui::DrillDown& drill);
    /// The user dragged across the time axis: narrow every panel to [fromNs, toNs).
    void timeBrushed(qint64 fromNs, qint64 toNs);

protected:
    /// Puts the panel's content below its title.
    void setBody(QWidget* body);
    /// A short muted line right of the title ("P95 488 ms · P99 1,235 ms").
    void setSubtitle(const QString& text);
    void showEmptyState(const QString& message, const QString& hint = {},
                        EmptyStateWidget::Kind kind = EmptyStateWidget::Kind::NoData);
    void showContent();
    virtual void onThemeChanged() {}
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void updateSubtitle();

    QLabel* m_title;
    QLabel* m_subtitle;
    QString m_subtitleText;
    QStackedLayout* m_stack;
    QWidget* m_content = nullptr;
    EmptyStateWidget* m_empty;
    Theme m_theme = Theme::make(Theme::Kind::Light);
};

} // namespace logscope::ui
