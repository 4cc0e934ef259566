#include "ui/model/dashboard_model.h"

#include "core/analysis/analyzer.h"
#include "core/analysis/filter_rows.h"

#include <algorithm>

namespace logscope::ui {

bool sameFilter(const core::ViewFilter& a, const core::ViewFilter& b) {
    constexpr std::uint32_t kLevels = (1u << core::kLevelCount) - 1u;
    return a.fromNs == b.fromNs && a.toNs == b.toNs && a.services == b.services &&
           (a.levelMask & kLevels) == (b.levelMask & kLevels) && a.text == b.text &&
           (a.text.empty() || a.textIsRegex == b.textIsRegex);
}

DashboardModel::DashboardModel(QObject* parent)
    : QObject(parent), m_result(std::make_shared<const core::AnalysisResult>()),
      m_fullResult(m_result) {}

void DashboardModel::setLog(LoadedLog log, std::shared_ptr<const core::AnalysisResult> fullResult) {
    cancel();
    m_log = std::move(log);
    m_fullResult =
        fullResult ? std::move(fullResult) : std::make_shared<const core::AnalysisResult>();
    m_result = m_fullResult;
    m_shownFilter = {};
    m_requested = {};
    m_history.clear();
    Q_EMIT logChanged();
    Q_EMIT filterChanged();
    Q_EMIT resultChanged();
}

void DashboardModel::setResult(std::shared_ptr<const core::AnalysisResult> result,
                               const QString& title) {
    LoadedLog log;
    log.title = title;
    setLog(std::move(log), std::move(result));
}

void DashboardModel::updateResult(std::shared_ptr<const core::AnalysisResult> result) {
    if (!result)
        return;
    cancel();
    m_fullResult = std::move(result);
    m_result = m_fullResult;
    Q_EMIT resultChanged();
}

void DashboardModel::setFilter(const core::ViewFilter& filter) {
    request(filter, true);
}

void DashboardModel::narrowTime(std::int64_t fromNs, std::int64_t toNs) {
    if (toNs <= fromNs)
        return;
    core::ViewFilter f = m_requested;
    f.fromNs = std::max(f.fromNs, fromNs);
    f.toNs = std::min(f.toNs, toNs);
    if (f.toNs <= f.fromNs)
        return;
    request(f, true);
}

void DashboardModel::setServices(const std::vector<std::string>& services) {
    core::ViewFilter f = m_requested;
    f.services = services;
    request(f, true);
}

void DashboardModel::setLevelMask(std::uint32_t mask) {
    core::ViewFilter f = m_requested;
    f.levelMask = mask;
    request(f, true);
}

void DashboardModel::setText(const std::string& text, bool regex) {
    core::ViewFilter f = m_requested;
    f.text = text;
    f.textIsRegex = regex;
    request(f, true);
}

void DashboardModel::back() {
    if (m_history.empty())
        return;
    const core::ViewFilter previous = m_history.back();
    m_history.pop_back();
    request(previous, false);
}

void DashboardModel::reset() {
    if (m_shownFilter.selectsEverything() && m_requested.selectsEverything())
        return;
    request({}, true);
}

void DashboardModel::cancel() {
    if (!m_task.isRunning())
        return;
    m_task.cancel();
    m_requested = m_shownFilter;
    Q_EMIT busyChanged(false);
    Q_EMIT filterChanged();
}

void DashboardModel::setAnalyzer(Analyzer analyzer) {
    m_analyzer = std::move(analyzer);
}

DashboardModel::Analyzer
DashboardModel::engineAnalyzer(std::shared_ptr<const core::TemplateStore> templates) {
    return
        [templates](const core::LogTable& table, const core::ViewFilter& filter,
                    const core::CancellationToken* cancel, const core::ProgressCallback& progress) {
            core::AnalysisOptions options;
            if (templates)
                options.templateText = [templates](std::uint32_t id) {
                    return std::string(templates->text(id));
                };
            return core::analyze(table, filter, options, cancel, progress);
        };
}

void DashboardModel::request(const core::ViewFilter& filter, bool pushHistory) {
    if (!m_log.table)
        return;
    if (sameFilter(filter, m_requested) &&
        (m_task.isRunning() || sameFilter(filter, m_shownFilter)))
        return;
    m_requested = filter;
    if (filter.selectsEverything()) {
        // The snapshot of every line is kept: Reset is instant.
        const bool wasBusy = m_task.isRunning();
        m_task.cancel();
        if (wasBusy)
            Q_EMIT busyChanged(false);
        show(m_fullResult, filter, pushHistory);
        return;
    }
    Q_EMIT filterChanged();
    const bool wasBusy = m_task.isRunning();
    std::shared_ptr<const core::LogTable> table = m_log.table;
    Analyzer analyzer = m_analyzer ? m_analyzer : engineAnalyzer(m_log.templates);
    m_task.start(
        [table, analyzer, filter](const core::CancellationToken* cancel,
                                  const core::ProgressCallback& progress) {
            return analyzer(*table, filter, cancel, progress);
        },
        [this, filter, pushHistory](std::shared_ptr<const core::AnalysisResult> result) {
            Q_EMIT busyChanged(false);
            if (result)
                show(std::move(result), filter, pushHistory);
        },
        [this](int percent) { Q_EMIT progressChanged(percent); });
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

void DashboardModel::show(std::shared_ptr<const core::AnalysisResult> result,
                          const core::ViewFilter& filter, bool pushHistory) {
    if (pushHistory && !sameFilter(filter, m_shownFilter))
        m_history.push_back(m_shownFilter);
    m_result = std::move(result);
    m_shownFilter = filter;
    m_requested = filter;
    Q_EMIT filterChanged();
    Q_EMIT resultChanged();
}

} // namespace logscope::ui
