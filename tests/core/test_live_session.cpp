// Live analysis: the sliding window, incidents raised from injected episodes, the scoreboard,
// bounded memory, following a growing file through rotation and truncation.
#include "core/live/feed_driver.h"
#include "core/live/file_follower.h"
#include "core/live/line_ingestor.h"
#include "core/live/live_incident_json.h"
#include "core/live/live_session.h"
#include "live_test_support.h"

#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <fstream>

using namespace logscope::core;
using namespace logscope::test;

namespace {

constexpr std::int64_t kStart = kLiveStart;

// The session's episode scores after a calm demo, an injected episode, and afterSeconds.
std::vector<EpisodeScore> detect(const char* type, int warmupSeconds, int afterSeconds,
                                 double rate = 1000.0, double durationSeconds = 60.0) {
    return runLiveEpisode(type, warmupSeconds, afterSeconds, durationSeconds, rate)->episodes;
}

void writeFile(const QString& path, const std::string& text, bool append) {
    std::ofstream out(path.toStdString(), append ? std::ios::app : std::ios::trunc);
    out << text;
}

std::string jsonLine(int i, const char* level = "INFO") {
    return R"({"timestamp":"2024-01-01T00:00:)" + std::string(i < 10 ? "0" : "") +
           std::to_string(i) + R"(Z","level":")" + level +
           R"(","service":"api","message":"request )" + std::to_string(i) + "\"}\n";
}

} // namespace

class TestLiveSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void errorSpikeIsCaughtWithinSeconds() {
        const auto episodes = detect("error_spike", 60, 30);
        QCOMPARE(episodes.size(), std::size_t(1));
        QCOMPARE(episodes[0].state, EpisodeScore::State::Caught);
        QVERIFY2(episodes[0].latencySeconds <= 10.0,
                 qPrintable(QString::number(episodes[0].latencySeconds)));
    }

    void serviceOutageIsCaught() {
        const auto episodes = detect("service_outage", 60, 30);
        QCOMPARE(episodes.size(), std::size_t(1));
        QCOMPARE(episodes[0].state, EpisodeScore::State::Caught);
    }

    void calmStreamRaisesFewAlarms() {
        auto feed = calmFeed(1000.0);
        LiveSession session({}, true);
        driveFeed(*feed, session, kStart, kStart + 180 * kNanosPerSecond, 100'000'000);
        const auto snap = session.snapshot(kStart + 180 * kNanosPerSecond);
        QVERIFY(snap->ingested > 170'000);
        QVERIFY2(snap->score.incidents <= 2, qPrintable(QString::number(snap->score.incidents)));
        QCOMPARE(snap->score.episodes, std::uint64_t(0));
    }

    void snapshotDescribesTheWindowOnly() {
        auto feed = calmFeed(500.0);
        LiveOptions options;
        options.windowNs = 30 * kNanosPerSecond;
        options.maxRows = 5000;
        options.chunkRows = 1000;
        LiveSession session(options, true);
        driveFeed(*feed, session, kStart, kStart + 120 * kNanosPerSecond, 200'000'000);
        const auto snap = session.snapshot(kStart + 120 * kNanosPerSecond);
        const AnalysisResult& r = *snap->result;
        QVERIFY(snap->ingested > 55'000);
        // About 30 s of lines at 500 a second, not the two minutes ingested.
        QVERIFY2(r.totalLines > 12'000 && r.totalLines < 17'000,
                 qPrintable(QString::number(r.totalLines)));
        QVERIFY(r.firstNs >= kStart + 89 * kNanosPerSecond);
        QVERIFY(snap->rowsKept <= options.maxRows + options.chunkRows);
        // Whole chunks older than the window left the live table.
        QVERIFY(session.table().oldestNs() >= kStart + 85 * kNanosPerSecond);
        QVERIFY(session.table().appended() > session.table().size());
        QVERIFY(!r.services.empty());
        QVERIFY(r.latency.count > 0 && r.latency.p95Ms > r.latency.p50Ms);
        QVERIFY(!r.levelsOverTime.empty());
        QVERIFY(!r.topTemplates.empty());
        QVERIFY(!r.timeline.empty());
        QVERIFY(r.health.score > 0.0);
    }

    void incidentJsonLineHasTheFields() {
        RaisedIncident r;
        r.id = 3;
        r.incident.type = IncidentType::HighErrorRate;
        r.incident.severity = Severity::Critical;
        r.incident.services = {"payment-service"};
        r.incident.startNs = kStart;
        r.incident.endNs = kStart + 10 * kNanosPerSecond;
        r.raisedWallNs = kStart + 11 * kNanosPerSecond;
        r.raisedDataNs = kStart + 10 * kNanosPerSecond;
        r.windowNs = 10 * kNanosPerSecond;
        const std::string line = formatLiveIncidentJson(r, nullptr);
        QVERIFY(line.back() == '\n');
        QCOMPARE(std::count(line.begin(), line.end(), '\n'), 1);
        for (const char* key : {"\"type\":\"High Error Rate\"", "\"severity\":\"CRITICAL\"",
                                "\"services\":[\"payment-service\"]", "\"raised_at\":",
                                "\"window_seconds\":10", "\"start\":", "\"end\":"})
            QVERIFY2(line.find(key) != std::string::npos, key);
    }

    void followerReadsAppendedLinesRotationAndTruncation() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app.log"));
        writeFile(path, jsonLine(1) + jsonLine(2), false);
        FileFollower follower(path.toStdString());
        QCOMPARE(follower.poll().size(), std::size_t(2));
        QCOMPARE(follower.poll().size(), std::size_t(0));
        // A partial line waits for its end.
        writeFile(path, jsonLine(3) + R"({"timestamp":)", true);
        QCOMPARE(follower.poll().size(), std::size_t(1));
        writeFile(path, "\"2024-01-01T00:00:04Z\",\"message\":\"x\"}\n", true);
        const auto joined = follower.poll();
        QCOMPARE(joined.size(), std::size_t(1));
        QVERIFY(joined[0].find("00:00:04") != std::string_view::npos);
        // Rotation: the file is renamed away and a new one takes its name.
        writeFile(path, jsonLine(5), true);
        QVERIFY(QFile::rename(path, path + QStringLiteral(".1")));
        writeFile(path, jsonLine(6) + jsonLine(7), false);
        const auto rotated = follower.poll();
        QCOMPARE(rotated.size(), std::size_t(3)); // the old file's last line, then the new file
        QCOMPARE(follower.rotations(), std::uint64_t(1));
        // Truncation: the file shrinks and grows again.
        writeFile(path, jsonLine(8), false);
        const auto truncated = follower.poll();
        QCOMPARE(follower.truncations(), std::uint64_t(1));
        QCOMPARE(truncated.size(), std::size_t(1));
        QVERIFY(truncated[0].find("request 8") != std::string_view::npos);
    }

    void ingestorDetectsTheFormatAndCountsBadLines() {
        LineIngestor ingestor;
        const std::string a = jsonLine(1);
        const std::string b = jsonLine(2, "ERROR");
        const std::vector<std::string_view> lines = {std::string_view(a).substr(0, a.size() - 1),
                                                     std::string_view(b).substr(0, b.size() - 1)};
        const auto rows = ingestor.parse(lines);
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(ingestor.format()->name()), QStringLiteral("json-lines"));
        QCOMPARE(rows[1].level, Level::Error);
        QCOMPARE(std::string(rows[0].service), std::string("api"));
    }
};

QTEST_GUILESS_MAIN(TestLiveSession)
#include "test_live_session.moc"
