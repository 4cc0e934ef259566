#pragma once

#include "core/live/generator_feed.h"
#include "core/live/live_session.h"
#include "ui/model/drill_down.h"
#include "ui/workers/background_task.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace logscope::ui {

class DashboardModel;

/// What a live demo runs.
struct LiveDemoSettings {
    QString profile = QStringLiteral("microservices");
    double rate = 1000.0;        ///< lines per second (1 to 50,000)
    std::int64_t windowNs = 0;   ///< 0: the live default (15 minutes)
    bool randomEpisodes = false; ///< let the profile draw random episodes too
    std::uint64_t seed = 42;
};

/// Runs live mode: a worker thread pulls lines from a wall-clock generator (a demo) or a
/// followed file, feeds them to a core::LiveSession and keeps its newest snapshot; a GUI timer
/// shows that snapshot at most 4 times a second (coalesced: a slow repaint skips snapshots,
/// never queues them). Injections and rate changes go straight to the generator.
class LiveController : public QObject {
    Q_OBJECT
public:
    explicit LiveController(DashboardModel* model, QObject* parent = nullptr);
    ~LiveController() override;

    /// Starts a demo stream (stopping whatever ran); false with error set when it cannot.
    bool startDemo(const LiveDemoSettings& settings, QString* error = nullptr);
    /// Follows a growing file ("-" = stdin) through the same pipeline.
    bool startFollow(const QString& path, std::int64_t windowNs = 0, QString* error = nullptr);
    /// Stops the worker; the last snapshot stays on screen.
    void stop();
    /// Freezes the dashboard (a demo's lines produced meanwhile are dropped; a followed file
    /// is read on resume).
    void pause();
    void resume();
    /// Clears the window, the incidents and the scoreboard; the stream continues.
    void reset();
    /// Changes the demo's pace (lines per second, clamped to 1..50,000).
    void setRate(double linesPerSecond);
    /// Injects an episode now; intensity <= 0 and duration <= 0 use the type's defaults.
    /// Returns an error message, empty on success.
    QString inject(const QString& type, double intensity, double durationSeconds);

    [[nodiscard]] bool isRunning() const noexcept { return m_thread.joinable(); }
    [[nodiscard]] bool isPaused() const noexcept { return m_paused.load(); }
    [[nodiscard]] bool isDemo() const noexcept { return m_feed != nullptr; }
    [[nodiscard]] double rate() const noexcept { return m_rate.load(); }
    /// The snapshot shown last (null before the first).
    [[nodiscard]] const std::shared_ptr<const core::LiveSnapshot>& shown() const { return m_shown; }
    /// Snapshots shown so far.
    [[nodiscard]] std::uint64_t shownCount() const noexcept { return m_shownCount; }

    /// Every anomaly type the generator can inject, as its command-line name.
    static QStringList injectableTypes();

    /// True when there is a window to drill into (a stream runs, or ran and was stopped).
    [[nodiscard]] bool hasWindow() const noexcept { return m_hasWindow; }
    /// Collects the lines a dashboard mark names from the live window, without blocking the
    /// GUI: the worker detaches the window (sealed chunks are shared, the newest is copied),
    /// a pool thread thaws the chunks the mark's time range, levels and services may hold and
    /// keeps the matching rows (the newest 250,000 at most); drillReady() then brings them.
    /// view: the dashboard's filter. A newer request replaces a pending one. Returns false
    /// (nothing happens) for a mark that names single rows, which live snapshots do not keep.
    bool requestDrill(const DrillDown& drill, const core::ViewFilter& view);
    /// Sealed chunks the last drill-down thawed, and those its summaries skipped.
    [[nodiscard]] std::pair<std::size_t, std::size_t> lastDrillChunks() const noexcept {
        return m_lastDrillChunks;
    }
    /// True while a drill-down is being collected.
    [[nodiscard]] bool isDrilling() const noexcept {
        return m_pendingDrill.has_value() || m_drillTask.isRunning();
    }

Q_SIGNALS:
    /// A new snapshot is on screen.
    void snapshotShown();
    /// Running, paused or stopped changed.
    void stateChanged();
    /// The lines of a requestDrill(): table holds exactly them; drill (its description says
    /// when the oldest were left out) selects every row of table; lookup names each row's
    /// template (the log view's snapshot for table).
    void drillReady(std::shared_ptr<const logscope::core::LogTable> table,
                    std::shared_ptr<const logscope::core::AnalysisResult> lookup,
                    const logscope::ui::DrillDown& drill);

private:
    void startWorker(const QString& title);
    void work();
    void showLatest();
    void publishWindow(const core::LiveSession& session, const core::LogFormat* format);
    void collectDrill();

    // The window as the worker last detached it, with the file its rows were read from.
    struct DetachedWindow {
        core::LiveTableView view;
        core::SourceFile source;
        std::vector<std::string> templateTexts; ///< by the miner's template id
    };
    struct CollectedDrill {
        core::FrozenRows frozen;
        std::shared_ptr<const core::AnalysisResult> lookup; ///< names the rows' templates
    };
    struct PendingDrill {
        DrillDown drill;
        core::LiveSelection selection;
    };

    DashboardModel* m_model;
    QTimer m_timer;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_paused{false};
    std::atomic<bool> m_resetRequested{false};
    std::atomic<double> m_rate{1000.0};
    core::LiveOptions m_options;
    std::unique_ptr<core::GeneratorFeed> m_feed;
    QString m_followPath;
    std::mutex m_latestMutex;
    std::shared_ptr<const core::LiveSnapshot> m_latest; // guarded by m_latestMutex
    std::shared_ptr<const core::LiveSnapshot> m_shown;
    std::uint64_t m_shownCount = 0;
    std::atomic<bool> m_windowWanted{false};
    std::mutex m_windowMutex;
    std::shared_ptr<const DetachedWindow> m_window; // guarded by m_windowMutex
    bool m_hasWindow = false;
    std::optional<PendingDrill> m_pendingDrill; // GUI thread
    BackgroundTask<CollectedDrill> m_drillTask{this};
    std::pair<std::size_t, std::size_t> m_lastDrillChunks{0, 0};
};

} // namespace logscope::ui
