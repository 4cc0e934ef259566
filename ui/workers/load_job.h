#pragma once

#include "core/analysis/analysis_result.h"
#include "core/formats/log_loader.h"
#include "core/util/cancellation.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace logscope::ui {

/// What a finished load-and-analyse job hands back to the GUI thread.
struct LoadOutcome {
    std::shared_ptr<const core::LogTable> table;
    std::shared_ptr<const core::AnalysisResult> result;
    core::LoadReport report;
    QString title;
};

/// Runs a load followed by the analysis on a worker thread, reports progress, and can be
/// cancelled; starting a new job cancels the running one.
class LoadJob : public QObject {
    Q_OBJECT
public:
    using Loader = std::function<core::LoadResult(const core::CancellationToken*,
                                                  const core::ProgressCallback&)>;

    explicit LoadJob(QObject* parent = nullptr);
    ~LoadJob() override;

    /// Starts loading with loader; the outcome is announced by finished().
    void start(Loader loader, const QString& title);
    /// Asks the running job to stop; it ends with cancelled() within a fraction of a second.
    void cancel();
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    void progressChanged(int percent);
    void finished(const logscope::ui::LoadOutcome& outcome);
    void failed(const QString& message);
    void cancelled();

private:
    void onFinished();

    std::shared_ptr<core::CancellationToken> m_token;
    QFutureWatcher<LoadOutcome> m_watcher;
};

} // namespace logscope::ui
