#pragma once

#include "core/util/cancellation.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent>
#include <atomic>
#include <functional>
#include <memory>

namespace logscope::ui {

/// Runs one job at a time on the thread pool for a GUI object: starting a new job cancels the
/// old one, whose result is then dropped; cancel() takes effect at once for the GUI (the worker
/// stops at its next cancellation check). Results and progress arrive on the GUI thread.
template <typename T> class BackgroundTask {
public:
    using Work = std::function<T(const core::CancellationToken*, const core::ProgressCallback&)>;
    using Done = std::function<void(T)>;
    using Progress = std::function<void(int percent)>;

    explicit BackgroundTask(QObject* context) : m_context(context) {}
    ~BackgroundTask() { cancel(); }
    BackgroundTask(const BackgroundTask&) = delete;
    BackgroundTask& operator=(const BackgroundTask&) = delete;

    /// Starts work; done runs with its result unless the job was cancelled or replaced.
    void start(Work work, Done done, Progress progress = {}) {
        cancel();
        auto token = std::make_shared<core::CancellationToken>();
        m_token = token;
        const std::uint64_t generation = ++*m_generation;
        m_running = true;
        auto generations = m_generation;
        QPointer<QObject> context(m_context);
        auto lastPercent = std::make_shared<std::atomic<int>>(-1);
        core::ProgressCallback report;
        if (progress) {
            report = [context, generations, generation, lastPercent,
                      progress](std::uint64_t done_, std::uint64_t total) {
                const int percent =
                    total == 0
                        ? 0
                        : static_cast<int>(std::min<std::uint64_t>(done_, total) * 100 / total);
                if (lastPercent->exchange(percent) == percent || !context)
                    return;
                QMetaObject::invokeMethod(
                    context.data(),
                    [generations, generation, percent, progress] {
                        if (*generations == generation)
                            progress(percent);
                    },
                    Qt::QueuedConnection);
            };
        }
        auto* watcher = new QFutureWatcher<T>(m_context);
        QObject::connect(watcher, &QFutureWatcher<T>::finished, m_context,
                         [this, watcher, token, generation, generations, done] {
                             watcher->deleteLater();
                             if (*generations != generation || token->isCancelled())
                                 return;
                             m_running = false;
                             done(watcher->result());
                         });
        watcher->setFuture(QtConcurrent::run(
            [work = std::move(work), token, report] { return work(token.get(), report); }));
    }

    /// Stops the running job; its result will be dropped.
    void cancel() {
        if (m_token)
            m_token->cancel();
        m_token.reset();
        ++*m_generation;
        m_running = false;
    }

    /// True while a job runs whose result is still wanted.
    [[nodiscard]] bool isRunning() const { return m_running; }

private:
    QObject* m_context;
    std::shared_ptr<core::CancellationToken> m_token;
    std::shared_ptr<std::atomic<std::uint64_t>> m_generation =
        std::make_shared<std::atomic<std::uint64_t>>(0);
    bool m_running = false;
};

} // namespace logscope::ui
