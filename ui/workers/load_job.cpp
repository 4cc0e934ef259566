#include "ui/workers/load_job.h"

#include "core/analysis/analyzer.h"

#include <QPointer>
#include <QtConcurrent>
#include <atomic>

namespace logscope::ui {

LoadJob::LoadJob(QObject* parent) : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<LoadOutcome>::finished, this, &LoadJob::onFinished);
}

LoadJob::~LoadJob() {
    cancel();
    m_watcher.waitForFinished();
}

void LoadJob::start(Loader loader, const QString& title) {
    cancel();
    m_watcher.waitForFinished();
    auto token = std::make_shared<core::CancellationToken>();
    m_token = token;
    QPointer<LoadJob> self(this);
    auto lastPercent = std::make_shared<std::atomic<int>>(-1);
    core::ProgressCallback progress = [self, lastPercent](std::uint64_t done, std::uint64_t total) {
        const int percent = total == 0 ? 100 : static_cast<int>(done * 100 / total);
        if (lastPercent->exchange(percent) == percent)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, percent] {
                if (self)
                    Q_EMIT self->progressChanged(percent);
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([loader = std::move(loader), token, progress, title] {
        LoadOutcome outcome;
        outcome.title = title;
        core::LoadResult loaded = loader(token.get(), progress);
        outcome.report = std::move(loaded.report);
        if (outcome.report.failed() || token->isCancelled())
            return outcome;
        outcome.result = core::analyze(*loaded.table, token.get());
        outcome.table = std::move(loaded.table);
        return outcome;
    }));
}

void LoadJob::cancel() {
    if (m_token)
        m_token->cancel();
}

bool LoadJob::isRunning() const {
    return m_watcher.isRunning();
}

void LoadJob::onFinished() {
    const bool wasCancelled = m_token && m_token->isCancelled();
    LoadOutcome outcome = m_watcher.result();
    if (wasCancelled || outcome.report.cancelled) {
        Q_EMIT cancelled();
    } else if (outcome.report.failed()) {
        Q_EMIT failed(QString::fromStdString(outcome.report.fatalError));
    } else if (outcome.result) {
        Q_EMIT finished(outcome);
    }
}

} // namespace logscope::ui
