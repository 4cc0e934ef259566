#include "commands/follow_monitor.h"

#include "commands/command_support.h"
#include "core/live/file_follower.h"
#include "core/live/line_ingestor.h"
#include "core/live/live_incident_json.h"
#include "core/live/live_session.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>

namespace logscope::app {
namespace {

std::atomic<bool> g_stopMonitor{false};

void onStop(int) {
    g_stopMonitor.store(true);
}

std::int64_t wallNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Re-reads the episodes file when it changes (a streaming generator rewrites it whenever an
// episode is added, starts or ends). A stat per poll: cheap, and an incident raised right
// after an injection can name its episode.
class EpisodesWatch {
public:
    explicit EpisodesWatch(QString path) : m_path(std::move(path)) {}
    void refresh(core::LiveSession& session) {
        const QFileInfo info(m_path);
        if (m_path.isEmpty() || !info.exists())
            return;
        const qint64 stamp = info.lastModified().toMSecsSinceEpoch() * 1000 + info.size();
        if (stamp == m_stamp)
            return;
        m_stamp = stamp;
        std::vector<core::TruthEpisode> episodes;
        if (core::loadTruthEpisodes(QFile::encodeName(m_path).toStdString(), episodes).empty())
            session.setEpisodes(episodes);
    }

private:
    QString m_path;
    qint64 m_stamp = -1;
};

} // namespace

int runFollowMonitor(const FollowMonitorSettings& settings) {
    struct sigaction action = {};
    action.sa_handler = onStop;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    const bool isStdin = settings.path == QLatin1String("-");
    core::LiveOptions options;
    options.analysis = settings.options;
    if (settings.windowNs > 0)
        options.windowNs = settings.windowNs;
    core::LiveSession session(options, false);
    core::FileFollower follower(QFile::encodeName(settings.path).toStdString(), settings.fromEnd);
    core::LineIngestor ingestor(settings.format);
    EpisodesWatch episodes(!settings.episodesPath.isEmpty() ? settings.episodesPath
                           : isStdin                        ? QString()
                                     : settings.path + QStringLiteral(".episodes.json"));

    const auto started = std::chrono::steady_clock::now();
    const auto print = [&](const std::vector<core::RaisedIncident>& raised) {
        if (!raised.empty())
            episodes.refresh(session); // the episode may have started since the last poll
        for (const core::RaisedIncident& r : raised) {
            // The episode (if any) this incident caught, known at once when the file is read.
            const std::optional<core::EpisodeScore> episode = session.episodeOf(r.id);
            printOut(core::formatLiveIncidentJson(r, episode ? &*episode : nullptr));
        }
    };
    while (!g_stopMonitor.load()) {
        const auto now = std::chrono::steady_clock::now();
        if (settings.runForNs > 0 &&
            std::chrono::duration_cast<std::chrono::nanoseconds>(now - started).count() >=
                settings.runForNs)
            break;
        episodes.refresh(session);
        const std::vector<std::string_view> lines = follower.poll(8u << 20, isStdin ? 100 : 0);
        const std::span<const core::LogRow> rows = ingestor.parse(lines);
        print(session.ingest(rows, wallNs()));
        if (follower.finished())
            break;
        if (lines.empty() && !isStdin)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    episodes.refresh(session);
    print(session.evaluate(wallNs()));
    const auto last = session.snapshot(wallNs());
    printOut(core::formatLiveSummaryJson(session.ingested(), last->score, ingestor.badLines()));
    if (!follower.error().empty() && session.ingested() == 0)
        printErr(
            QStringLiteral("logscope analyze: %1\n").arg(QString::fromStdString(follower.error())));
    return kExitOk;
}

} // namespace logscope::app
