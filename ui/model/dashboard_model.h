#pragma once

#include "core/analysis/analysis_result.h"
#include "core/analysis/view_filter.h"
#include "core/formats/load_report.h"
#include "core/table/log_table.h"
#include "core/templates/template_store.h"
#include "core/util/cancellation.h"
#include "ui/workers/background_task.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace logscope::ui {

/// A loaded log: the table every row id refers to, and how the load went.
struct LoadedLog {
    std::shared_ptr<const core::LogTable> table;
    core::LoadReport report;
    QStringList files;
    QString title;
    /// The templates the pipeline mined (texts for filtered analyses); may be null.
    std::shared_ptr<const core::TemplateStore> templates;
};

/// The GUI's single source of truth: the loaded table, the current immutable analysis snapshot
/// and the view filter it was computed for. Every panel, list, the log view and the exports
/// render from it, so they always agree. Changing the filter recomputes the snapshot on a
/// worker thread; the snapshot is swapped when the job ends.
class DashboardModel : public QObject {
    Q_OBJECT
public:
    /// Computes a snapshot for the lines of a table a filter selects (nullptr when cancelled).
    using Analyzer = std::function<std::shared_ptr<const core::AnalysisResult>(
        const core::LogTable&, const core::ViewFilter&, const core::CancellationToken*,
        const core::ProgressCallback&)>;

    explicit DashboardModel(QObject* parent = nullptr);

    /// Shows a newly loaded log with the snapshot of all its lines; clears filter and history.
    void setLog(LoadedLog log, std::shared_ptr<const core::AnalysisResult> fullResult);
    /// Shows a snapshot without a table (headless reports): no drill-down, no filtering.
    void setResult(std::shared_ptr<const core::AnalysisResult> result, const QString& title);

    /// Swaps in a newer snapshot of the same live source (live mode, at most 4 times a
    /// second): only resultChanged is emitted, so menus, filters and the log view stay.
    void updateResult(std::shared_ptr<const core::AnalysisResult> result);

    /// The current snapshot (never null: an empty result before anything is loaded).
    [[nodiscard]] const std::shared_ptr<const core::AnalysisResult>& result() const {
        return m_result;
    }
    /// The snapshot of every line (what Reset returns to).
    [[nodiscard]] const std::shared_ptr<const core::AnalysisResult>& fullResult() const {
        return m_fullResult;
    }
    /// The table row ids refer to; null when only a result was set.
    [[nodiscard]] const std::shared_ptr<const core::LogTable>& table() const { return m_log.table; }
    [[nodiscard]] const LoadedLog& log() const { return m_log; }
    /// What the snapshot describes (a file name, "Demo", ...).
    [[nodiscard]] const QString& title() const { return m_log.title; }

    /// The filter of the snapshot shown.
    [[nodiscard]] const core::ViewFilter& filter() const { return m_shownFilter; }
    /// The filter asked for (differs from filter() while a recomputation runs).
    [[nodiscard]] const core::ViewFilter& requestedFilter() const { return m_requested; }
    [[nodiscard]] bool isFiltered() const { return !m_shownFilter.selectsEverything(); }

    /// Shows the lines filter selects (recomputes in a worker; Back returns to the current view).
    void setFilter(const core::ViewFilter& filter);
    /// Narrows the time range to [fromNs, toNs).
    void narrowTime(std::int64_t fromNs, std::int64_t toNs);
    void setServices(const std::vector<std::string>& services);
    void setLevelMask(std::uint32_t mask);
    void setText(const std::string& text, bool regex);
    [[nodiscard]] bool canGoBack() const { return !m_history.empty(); }
    /// Returns to the view before the last change.
    void back();
    /// Shows every line again.
    void reset();

    /// True while a recomputation runs.
    [[nodiscard]] bool isBusy() const { return m_task.isRunning(); }
    /// Abandons a running recomputation; the shown snapshot and filter stay.
    void cancel();
    /// Replaces the analysis used for filtered views (default: core::analyze with the view
    /// filter and the log's template texts).
    void setAnalyzer(Analyzer analyzer);
    /// The analysis engine's filtered analysis, naming templates with the store's texts.
    static Analyzer engineAnalyzer(std::shared_ptr<const core::TemplateStore> templates);

Q_SIGNALS:
    /// The snapshot was swapped: repaint.
    void resultChanged();
    /// A different log was loaded (service lists, levels, the log view change).
    void logChanged();
    /// The requested filter or the history changed (selectors and Back/Reset update).
    void filterChanged();
    void busyChanged(bool busy);
    void progressChanged(int percent);

private:
    void request(const core::ViewFilter& filter, bool pushHistory);
    void show(std::shared_ptr<const core::AnalysisResult> result, const core::ViewFilter& filter,
              bool pushHistory);

    LoadedLog m_log;
    std::shared_ptr<const core::AnalysisResult> m_result;
    std::shared_ptr<const core::AnalysisResult> m_fullResult;
    core::ViewFilter m_shownFilter;
    core::ViewFilter m_requested;
    std::vector<core::ViewFilter> m_history;
    Analyzer m_analyzer;
    BackgroundTask<std::shared_ptr<const core::AnalysisResult>> m_task{this};
};

/// True when two filters select the same lines by the same conditions.
bool sameFilter(const core::ViewFilter& a, const core::ViewFilter& b);

} // namespace logscope::ui
