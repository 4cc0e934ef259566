#include "ui/live/live_controller.h"

#include "core/generator/generate_json_lines.h"
#include "core/generator/scenario/episode_types.h"
#include "core/live/file_follower.h"
#include "core/live/line_ingestor.h"
#include "ui/model/dashboard_model.h"

#include <QFile>
#include <algorithm>
#include <chrono>

namespace logscope::ui {
namespace {

constexpr int kShowEveryMs = 250;                     // the GUI repaints at most 4 times a second
constexpr auto kTick = std::chrono::milliseconds(20); // worker pace
constexpr std::int64_t kSnapshotEveryNs = 250'000'000;
constexpr std::size_t kMaxPull = 100'000; // lines per pull: bounded even after a stall

std::int64_t wallNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

LiveController::LiveController(DashboardModel* model, QObject* parent)
    : QObject(parent), m_model(model) {
    m_timer.setInterval(kShowEveryMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveController::showLatest);
}

LiveController::~LiveController() {
    stop();
}

QStringList LiveController::injectableTypes() {
    QStringList types;
    for (int t = 0; t < core::kEpisodeTypeCount; ++t)
        types << QString::fromLatin1(
            core::episodeTypeName(static_cast<core::EpisodeType>(t)).data());
    return types;
}

bool LiveController::startDemo(const LiveDemoSettings& settings, QString* error) {
    stop();
    core::GeneratorFeedSettings feed;
    feed.profile = settings.profile.toStdString();
    feed.rate = std::clamp(settings.rate, 1.0, 50'000.0);
    feed.seed = settings.seed;
    if (!settings.randomEpisodes)
        feed.scenarioOverride = std::string(core::kCalmScenario);
    std::string problem;
    m_feed = core::GeneratorFeed::create(feed, wallNs(), problem);
    if (!m_feed) {
        if (error != nullptr)
            *error = QString::fromStdString(problem);
        return false;
    }
    m_rate = feed.rate;
    m_options = {};
    if (settings.windowNs > 0)
        m_options.windowNs = settings.windowNs;
    m_followPath.clear();
    startWorker(tr("Live demo (%1)").arg(settings.profile));
    return true;
}

bool LiveController::startFollow(const QString& path, std::int64_t windowNs, QString* error) {
    stop();
    if (path != QLatin1String("-") && !QFile::exists(path)) {
        if (error != nullptr)
            *error = tr("%1 does not exist").arg(path);
        return false;
    }
    m_options = {};
    if (windowNs > 0)
        m_options.windowNs = windowNs;
    m_followPath = path;
    startWorker(tr("Following %1").arg(path));
    return true;
}

void LiveController::startWorker(const QString& title) {
    m_stop = false;
    m_paused = false;
    m_resetRequested = false;
    {
        const std::lock_guard lock(m_latestMutex);
        m_latest.reset();
    }
    m_shown.reset();
    m_model->setResult(nullptr, title);
    m_thread = std::thread([this] { work(); });
    m_timer.start();
    Q_EMIT stateChanged();
}

void LiveController::stop() {
    if (!m_thread.joinable())
        return;
    m_stop = true;
    m_thread.join();
    m_timer.stop();
    showLatest();
    m_feed.reset();
    Q_EMIT stateChanged();
}

void LiveController::pause() {
    m_paused = true;
    Q_EMIT stateChanged();
}

void LiveController::resume() {
    m_paused = false;
    Q_EMIT stateChanged();
}

void LiveController::reset() {
    m_resetRequested = true;
}

void LiveController::setRate(double linesPerSecond) {
    const double rate = std::clamp(linesPerSecond, 1.0, 50'000.0);
    m_rate = rate;
    if (m_feed)
        m_feed->setRate(rate);
}

QString LiveController::inject(const QString& type, double intensity, double durationSeconds) {
    if (!m_feed)
        return tr("Injection needs a live demo (Live ▸ Start demo)");
    core::InjectRequest request;
    request.type = type.toStdString();
    if (intensity > 0.0)
        request.intensity = intensity;
    if (durationSeconds > 0.0)
        request.durationNs = static_cast<std::int64_t>(durationSeconds * 1e9);
    const core::InjectResult result = m_feed->inject(request);
    return result.ok() ? QString() : QString::fromStdString(result.error);
}

// The worker thread: pull, ingest, snapshot. It alone touches the session.
void LiveController::work() {
    auto session = std::make_unique<core::LiveSession>(m_options, m_feed != nullptr);
    std::unique_ptr<core::FileFollower> follower;
    core::LineIngestor ingestor;
    if (m_feed == nullptr)
        follower =
            std::make_unique<core::FileFollower>(QFile::encodeName(m_followPath).toStdString());
    std::int64_t lastSnapshot = 0;
    while (!m_stop.load()) {
        const auto tickStart = std::chrono::steady_clock::now();
        if (m_resetRequested.exchange(false)) {
            session = std::make_unique<core::LiveSession>(m_options, m_feed != nullptr);
            lastSnapshot = 0;
        }
        const std::int64_t now = wallNs();
        const bool paused = m_paused.load();
        std::span<const core::LogRow> rows;
        if (m_feed != nullptr)
            rows = m_feed->pull(now, kMaxPull); // dropped while paused: resume continues at now
        else if (!paused)
            rows = ingestor.parse(follower->poll(8u << 20, 0));
        if (!paused) {
            session->ingest(rows, now);
            if (now - lastSnapshot >= kSnapshotEveryNs) {
                if (m_feed != nullptr)
                    session->setEpisodes(m_feed->truth());
                auto snapshot = session->snapshot(wallNs());
                const std::lock_guard lock(m_latestMutex);
                m_latest = std::move(snapshot);
                lastSnapshot = now;
            }
        }
        std::this_thread::sleep_until(tickStart + kTick);
    }
}

void LiveController::showLatest() {
    std::shared_ptr<const core::LiveSnapshot> latest;
    {
        const std::lock_guard lock(m_latestMutex);
        latest = m_latest;
    }
    if (!latest || latest == m_shown)
        return;
    m_shown = std::move(latest);
    ++m_shownCount;
    m_model->updateResult(m_shown->result);
    Q_EMIT snapshotShown();
}

} // namespace logscope::ui
