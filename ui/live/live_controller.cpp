#include "ui/live/live_controller.h"

#include "core/formats/format_registry.h"
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
constexpr std::size_t kMaxPull = 100'000;      // lines per pull: bounded even after a stall
constexpr std::size_t kMaxDrillRows = 250'000; // a drill-down's lines: the newest this many

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
    m_pendingDrill.reset();
    m_drillTask.cancel();
    {
        const std::lock_guard lock(m_windowMutex);
        m_window.reset();
    }
    m_hasWindow = true;
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
    const std::shared_ptr<const core::LogFormat> demoFormat =
        m_feed != nullptr ? core::findBuiltinFormat("json-lines") : nullptr;
    auto format = [&] {
        return demoFormat ? demoFormat.get() : ingestor.format().get();
    };
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
        if (m_windowWanted.exchange(false))
            publishWindow(*session, format());
        std::this_thread::sleep_until(tickStart + kTick);
    }
    // The last window stays for drill-downs after stop (and answers a request in flight).
    m_windowWanted = false;
    publishWindow(*session, format());
}

// On the worker: detaches the window (a few milliseconds) and tells the GUI thread.
void LiveController::publishWindow(const core::LiveSession& session,
                                   const core::LogFormat* format) {
    auto window = std::make_shared<DetachedWindow>();
    window->view = session.table().view();
    const core::TemplateMiner& miner = session.miner();
    window->templateTexts.reserve(miner.size());
    for (std::uint32_t id = 0; id < miner.size(); ++id)
        window->templateTexts.push_back(miner.text(id));
    window->source.path =
        m_feed != nullptr ? "(live demo)" : QFile::encodeName(m_followPath).toStdString();
    if (format != nullptr) {
        window->source.format = format->name();
        window->source.decoder = format->decoder();
    }
    {
        const std::lock_guard lock(m_windowMutex);
        m_window = std::move(window);
    }
    QMetaObject::invokeMethod(
        this, [this] { collectDrill(); }, Qt::QueuedConnection);
}

bool LiveController::requestDrill(const DrillDown& drill, const core::ViewFilter& view) {
    if (drill.explicitRows || !m_hasWindow)
        return false;
    PendingDrill pending;
    pending.drill = drill;
    pending.selection.filter = core::narrowFilter(view, drill.filter);
    pending.selection.condition = drill.condition;
    pending.selection.templateId = drill.templateId;
    pending.selection.maxRows = kMaxDrillRows;
    m_pendingDrill = std::move(pending);
    m_drillTask.cancel();
    if (isRunning())
        m_windowWanted = true; // the worker answers within a tick
    else
        collectDrill(); // the window the worker left when it stopped
    return true;
}

// On the GUI thread: thaws and filters the detached window on a pool thread.
void LiveController::collectDrill() {
    if (!m_pendingDrill)
        return;
    std::shared_ptr<const DetachedWindow> window;
    {
        const std::lock_guard lock(m_windowMutex);
        window = m_window;
    }
    if (!window)
        return;
    PendingDrill pending = std::move(*m_pendingDrill);
    m_pendingDrill.reset();
    const core::LiveSelection selection = pending.selection;
    m_drillTask.start(
        [window, selection](const core::CancellationToken* cancel, const core::ProgressCallback&) {
            CollectedDrill out;
            out.frozen = core::freezeRows(window->view, selection, &window->source, cancel);
            // A snapshot of the frozen rows that names their templates for the log view.
            auto lookup = std::make_shared<core::AnalysisResult>();
            const core::LogTable& table = *out.frozen.table;
            lookup->totalLines = table.size();
            lookup->lineTemplates.reserve(table.size());
            for (core::RowId r = 0; r < table.size(); ++r)
                lookup->lineTemplates.push_back(table.templateId(r));
            lookup->templateTexts = window->templateTexts;
            out.lookup = std::move(lookup);
            return out;
        },
        [this, drill = std::move(pending.drill)](CollectedDrill collected) {
            const core::FrozenRows& frozen = collected.frozen;
            m_lastDrillChunks = {frozen.chunksThawed, frozen.chunksSkipped};
            // The table holds exactly the mark's lines: the log view shows all of it.
            DrillDown shown;
            shown.description = drill.description;
            if (frozen.capped)
                shown.description = tr("%1 (the newest %L2 lines)")
                                        .arg(drill.description)
                                        .arg(static_cast<qulonglong>(frozen.table->size()));
            Q_EMIT drillReady(frozen.table, std::move(collected.lookup), shown);
        });
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
