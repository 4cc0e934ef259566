#pragma once

#include "core/analysis/analysis_result.h"
#include "core/formats/log_loader.h"
#include "core/util/cancellation.h"
#include "ui/model/dashboard_model.h"
#include "ui/workers/background_task.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace logscope::ui {

/// What a finished load-and-analyse job hands back to the GUI thread.
struct LoadOutcome {
    LoadedLog log;
    std::shared_ptr<const core::AnalysisResult> result;
};

/// Loads one or more sources on a worker thread, merges them into one table (each line tagged
/// with its file), analyses it, reports progress and can be cancelled; starting a new job
/// cancels the running one. A failed or cancelled job leaves the dashboard as it was.
class LoadJob : public QObject {
    Q_OBJECT
public:
    using Loader = std::function<core::LoadResult(const core::CancellationToken*,
                                                  const core::ProgressCallback&)>;
    /// One input: a name for messages and a way to load it.
    struct Source {
        QString name;
        Loader load;
    };

    explicit LoadJob(QObject* parent = nullptr);

    /// Starts loading; the outcome is announced by finished(), failed() or cancelled().
    void start(std::vector<Source> sources, const QString& title);
    /// Starts loading one source.
    void start(Loader loader, const QString& title);
    /// Asks the running job to stop: cancelled() is emitted at once, the worker stops at its
    /// next check.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_task.isRunning(); }

    /// Sources for files on disk; format as --format takes it (empty: detect each file's).
    static std::vector<Source> fileSources(const QStringList& paths, const QString& format = {});
    /// Merges loaded parts into one outcome (synchronous; the worker's body, public for tests).
    static LoadOutcome merge(std::vector<std::pair<QString, core::LoadResult>> parts,
                             const QString& title);

Q_SIGNALS:
    void progressChanged(int percent);
    void finished(const logscope::ui::LoadOutcome& outcome);
    void failed(const QString& message);
    void cancelled();

private:
    BackgroundTask<LoadOutcome> m_task{this};
};

} // namespace logscope::ui
