// Live detection latency on the wall clock, end to end: the scripted demo for real.
// For each anomaly type, one `logscope generate --total 0 --rate 1000 --interval 0.1 --inject
// TYPE@<warm-up>s:<duration> -p DIR/TYPE.jsonl` (calm scenario: no random episodes) streams
// into a file while one `logscope analyze --follow DIR/TYPE.jsonl` follows it; the five pairs
// run at once. The latency is the time from the episode's start (as the generator's episodes
// file records it: wall-clock times in a streaming run) to the arrival, on this process' wall
// clock, of the first incident JSON line of the matching type naming one of the episode's
// services. It includes generation pacing, file writes, tail polling, rules and the pipe.
//   live_wall_detect_<type>_latency       seconds (target 10 s; 60 s for latency/memory)
//   live_wall_detect_<type>_false_alarms  incidents that match no episode (type or service,
//                                          or raised before the injection)
// Usage: bench_live_monitor [WARMUP_SECONDS (default 10: the shortest measured without a false
// alarm)] [AFTER_SECONDS (default 75)]
#include "core/generator/generate_json_lines.h"
#include "core/time/civil_time.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <chrono>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

struct Case {
    const char* type;       ///< generator anomaly type
    const char* incident;   ///< the incident type that catches it
    double durationSeconds; ///< episode length
    double targetSeconds;   ///< the issue's figure
};

constexpr Case kCases[] = {
    {"error_spike", "High Error Rate", 60, 10},
    {"service_outage", "Service Unavailable", 60, 10},
    {"brute_force", "Security Threat", 60, 10},
    {"latency_degradation", "Response Time Degradation", 300, 60},
    {"memory_leak", "Resource Exhaustion", 300, 60},
};

struct Arrival {
    std::int64_t wallNs = 0; ///< when the line reached this process
    QJsonObject incident;
};

struct Pair {
    const Case* c = nullptr;
    QString log;
    std::unique_ptr<QProcess> generator;
    std::unique_ptr<QProcess> monitor;
    QByteArray pending;
    std::vector<Arrival> arrivals;
};

std::int64_t wallNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::int64_t parseTime(const QJsonValue& v) {
    std::int64_t ns = 0;
    return logscope::core::parseIso8601(v.toString().toStdString(), ns) ? ns : 0;
}

// Reads the monitor's complete lines, stamping each incident with its arrival time.
void drain(Pair& p) {
    p.pending += p.monitor->readAllStandardOutput();
    const std::int64_t now = wallNs();
    qsizetype end = 0;
    while ((end = p.pending.indexOf('\n')) >= 0) {
        const QByteArray line = p.pending.left(end);
        p.pending.remove(0, end + 1);
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("event")).toString() == QLatin1String("incident"))
            p.arrivals.push_back({now, o});
    }
}

bool namesAny(const QJsonObject& incident, const QJsonArray& services) {
    for (const QJsonValue& s : incident.value(QStringLiteral("services")).toArray())
        if (services.contains(s))
            return true;
    return false;
}

void report(const Pair& p, double warmup) {
    const char* name = p.c->type;
    QFile file(p.log + QStringLiteral(".episodes.json"));
    QJsonObject episode;
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonArray list = QJsonDocument::fromJson(file.readAll())
                                    .object()
                                    .value(QStringLiteral("episodes"))
                                    .toArray();
        if (!list.isEmpty())
            episode = list.first().toObject();
    }
    if (episode.isEmpty()) {
        std::printf("live_wall_detect_%s_latency: no-episode s  (the generator recorded none)\n",
                    name);
        return;
    }
    const std::int64_t startNs = parseTime(episode.value(QStringLiteral("start")));
    const QJsonArray services = episode.value(QStringLiteral("services")).toArray();
    const Arrival* hit = nullptr;
    int falseAlarms = 0;
    int beforeInjection = 0;
    int tagged = 0;
    for (const Arrival& a : p.arrivals) {
        const bool sameType =
            a.incident.value(QStringLiteral("type")).toString() == QLatin1String(p.c->incident);
        const bool before = a.wallNs < startNs;
        if (!before && sameType && namesAny(a.incident, services)) {
            hit = hit == nullptr ? &a : hit;
            tagged += a.incident.contains(QStringLiteral("episode")) ? 1 : 0;
            continue;
        }
        // Another rule on the episode's services during the episode is a symptom, not an alarm.
        if (!before && namesAny(a.incident, services))
            continue;
        ++falseAlarms;
        beforeInjection += before ? 1 : 0;
    }
    QStringList names;
    for (const QJsonValue& s : services)
        names << s.toString();
    if (hit != nullptr) {
        const double latency = static_cast<double>(hit->wallNs - startNs) / 1e9;
        std::printf("live_wall_detect_%s_latency: %.1f s  (%s on %s; target %.0f s: %s; "
                    "raised_at - start %.1f s; %d matching lines tagged with the episode)\n",
                    name, latency, p.c->incident, qPrintable(names.join(QLatin1Char(','))),
                    p.c->targetSeconds, latency <= p.c->targetSeconds ? "met" : "MISSED",
                    static_cast<double>(
                        parseTime(hit->incident.value(QStringLiteral("raised_at"))) - startNs) /
                        1e9,
                    tagged);
    } else {
        std::printf("live_wall_detect_%s_latency: missed s  (no %s on %s; target %.0f s)\n", name,
                    p.c->incident, qPrintable(names.join(QLatin1Char(','))), p.c->targetSeconds);
    }
    std::printf("live_wall_detect_%s_false_alarms: %d count  (%d during the %.0f-second calm "
                "warm-up)\n",
                name, falseAlarms, beforeInjection, warmup);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const double warmup = argc > 1 ? std::atof(argv[1]) : 10.0;
    const double after = argc > 2 ? std::atof(argv[2]) : 75.0;
    QTemporaryDir dir;
    const QString calm = dir.filePath(QStringLiteral("calm.json"));
    {
        QFile f(calm);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(logscope::core::kCalmScenario.data(),
                static_cast<qint64>(logscope::core::kCalmScenario.size()));
    }
    std::vector<Pair> pairs(std::size(kCases));
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        Pair& p = pairs[i];
        p.c = &kCases[i];
        p.log = dir.filePath(QString::fromLatin1(p.c->type) + QStringLiteral(".jsonl"));
        p.generator = std::make_unique<QProcess>();
        p.generator->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.generator->start(QStringLiteral(LOGSCOPE_BINARY),
                           {QStringLiteral("generate"), QStringLiteral("-c"), calm,
                            QStringLiteral("--total"), QStringLiteral("0"),
                            QStringLiteral("--rate"), QStringLiteral("1000"),
                            QStringLiteral("--interval"), QStringLiteral("0.1"),
                            QStringLiteral("-a"), QStringLiteral("0"), QStringLiteral("--inject"),
                            QStringLiteral("%1@%2s:%3s")
                                .arg(QString::fromLatin1(p.c->type))
                                .arg(warmup)
                                .arg(p.c->durationSeconds),
                            QStringLiteral("-p"), p.log});
        p.monitor = std::make_unique<QProcess>();
        p.monitor->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.monitor->start(QStringLiteral(LOGSCOPE_BINARY),
                         {QStringLiteral("analyze"), QStringLiteral("--follow"), p.log});
        if (!p.generator->waitForStarted() || !p.monitor->waitForStarted()) {
            std::fprintf(stderr, "cannot start %s\n", LOGSCOPE_BINARY);
            return 1;
        }
    }
    std::printf("live_wall_monitor_setup: %zu pairs  (1,000 lines/s each, %.0f s calm warm-up, "
                "watched %.0f s after the injection)\n",
                pairs.size(), warmup, after);
    std::fflush(stdout);
    const auto stopAt = std::chrono::steady_clock::now() +
                        std::chrono::milliseconds(static_cast<int>((warmup + after) * 1000));
    while (std::chrono::steady_clock::now() < stopAt) {
        for (Pair& p : pairs) {
            p.monitor->waitForReadyRead(10);
            drain(p);
        }
    }
    for (Pair& p : pairs) {
        p.generator->terminate();
        p.monitor->terminate();
    }
    for (Pair& p : pairs) {
        p.generator->waitForFinished(10'000);
        p.monitor->waitForFinished(10'000);
        drain(p);
        report(p, warmup);
    }
    return 0;
}
