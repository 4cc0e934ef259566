// Each incident rule fires on its pattern (with the right service, window and root cause) and
// stays quiet on calm traffic.
#include "analysis_fixtures.h"
#include "core/analysis/analyzer.h"
#include "core/analysis/incidents/line_signals.h"
#include "core/formats/log_loader.h"

#include <QTest>

using namespace logscope::core;
using namespace logscope::test;

namespace {

const std::int64_t kT0 = at(2024, 3, 4, 8, 0);
const std::int64_t kIncident = kT0 + 3 * kNanosPerHour; // patterns start 3 hours in

// Six hours of calm traffic: three services, 12 lines a minute each, 1 % errors, ~100 ms.
// `shape` may rewrite or drop (return false) each line.
LogTable calmTable(const std::function<bool(Line&, int minute, int k)>& shape = {}) {
    LogTable table;
    int n = 0;
    for (int minute = 0; minute < 6 * 60; ++minute) {
        for (const char* service : {"api", "db", "pay"}) {
            for (int k = 0; k < 12; ++k, ++n) {
                Line line = make(kT0 + minute * kNanosPerMinute + k * 5 * kNanosPerSecond, service,
                                 Level::Info, "GET /x completed",
                                 static_cast<float>(80 + (n * 37) % 50), 200);
                if (n % 100 == 7) {
                    line.level = Level::Error;
                    line.status = 500;
                    line.message = "Internal error";
                }
                if (!shape || shape(line, minute, k))
                    appendLine(table, line);
            }
        }
    }
    return table;
}

bool inPattern(int minute, int from = 180, int length = 20) {
    return minute >= from && minute < from + length;
}

const Incident* findIncident(const AnalysisResult& r, IncidentType type,
                             const std::string& service) {
    for (const Incident& in : r.incidents)
        if (in.type == type &&
            std::find(in.services.begin(), in.services.end(), service) != in.services.end())
            return &in;
    return nullptr;
}

void printIncidents(const AnalysisResult& r) {
    for (const Incident& in : r.incidents)
        qInfo("%s %s [%s] %s", severityName(in.severity), incidentTypeName(in.type),
              in.services.front().c_str(), in.description.c_str());
}

} // namespace

class TestIncidentRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void calmTrafficIsQuiet() {
        const LogTable table = calmTable();
        const auto r = analyze(table);
        printIncidents(*r);
        QCOMPARE(r->incidents.size(), std::size_t{0});
        QCOMPARE(r->anomalyCount, 0u);
    }

    void highErrorRate() {
        const LogTable table = calmTable([](Line& l, int minute, int k) {
            if (l.service == "db" && inPattern(minute) && k % 2 == 0) {
                l.level = Level::Error;
                l.status = 500;
                l.message = "Connection timeout to database after 5000 ms";
            }
            return true;
        });
        const auto r = analyze(table);
        printIncidents(*r);
        const Incident* in = findIncident(*r, IncidentType::HighErrorRate, "db");
        QVERIFY(in);
        QCOMPARE(r->incidents.size(), std::size_t{1});
        QCOMPARE(in->startNs, kIncident);
        QCOMPARE(in->endNs, kIncident + 20 * kNanosPerMinute - 1); // inclusive
        QCOMPARE(in->severity, Severity::High);                    // 50 %
        QCOMPARE(in->rootCauseService, std::string("db"));
        QCOMPARE(in->rootCauseTemplate, std::string("Connection timeout to database after <*> ms"));
        QVERIFY(!in->evidence.empty());
        QVERIFY(in->evidence.size() <= AnalysisOptions{}.maxEvidence);
        for (const RowId row : in->evidence)
            QVERIFY(isErrorLevel(table.level(row)));
        QVERIFY(in->recommendation.find("db") != std::string::npos);
        // Every db line of the window is part of the episode.
        QCOMPARE(r->anomalyCount, 20u * 12u);
    }

    void thresholdsComeFromTheOptions() {
        const LogTable table = calmTable([](Line& l, int minute, int k) {
            if (l.service == "db" && inPattern(minute) && k % 2 == 0)
                l.level = Level::Error;
            return true;
        });
        AnalysisOptions options;
        options.highErrorRate = 0.6; // 50 % no longer counts
        const auto r = analyze(table, ViewFilter{}, options);
        QVERIFY(!findIncident(*r, IncidentType::HighErrorRate, "db"));
    }

    void responseTimeDegradation() {
        const LogTable table = calmTable([](Line& l, int minute, int) {
            if (l.service == "pay" && inPattern(minute, 200, 30))
                l.latencyMs *= 8.0F;
            return true;
        });
        const auto r = analyze(table);
        printIncidents(*r);
        const Incident* in = findIncident(*r, IncidentType::ResponseTimeDegradation, "pay");
        QVERIFY(in);
        QCOMPARE(r->incidents.size(), std::size_t{1});
        QCOMPARE(in->startNs, kT0 + 200 * kNanosPerMinute);
        QVERIFY(in->peakValue > in->threshold);
    }

    void cascadingFailure() {
        // db fails first, pay two minutes later, api four minutes later.
        const LogTable table = calmTable([](Line& l, int minute, int k) {
            const int lag = l.service == "db" ? 0 : l.service == "pay" ? 2 : 4;
            if (inPattern(minute, 180 + lag, 20) && k % 3 != 0) {
                l.level = Level::Error;
                l.status = 500;
                l.message = l.service == "db" ? "Deadlock detected" : "Upstream failed";
            }
            return true;
        });
        const auto r = analyze(table);
        printIncidents(*r);
        const Incident* in = findIncident(*r, IncidentType::CascadingFailure, "db");
        QVERIFY(in);
        QCOMPARE(in->severity, Severity::Critical);
        QCOMPARE(in->services, (std::vector<std::string>{"db", "pay", "api"}));
        QCOMPARE(in->rootCauseService, std::string("db"));
        QCOMPARE(in->rootCauseTemplate, std::string("Deadlock detected"));
        QVERIFY(in->recommendation.rfind("IMMEDIATE", 0) == 0);
        const Incident* part = findIncident(*r, IncidentType::HighErrorRate, "api");
        QVERIFY(part);
        QVERIFY(part->recommendation.find("cascading failure that started in db") !=
                std::string::npos);
    }

    void resourceExhaustion() {
        const LogTable table = calmTable([](Line& l, int minute, int k) {
            if (l.service == "api" && inPattern(minute) && k % 2 == 0) {
                l.level = Level::Warning;
                l.message = "Heap memory usage at 97%";
            }
            return true;
        });
        const auto r = analyze(table);
        printIncidents(*r);
        QVERIFY(findIncident(*r, IncidentType::ResourceExhaustion, "api"));
        QCOMPARE(r->incidents.size(), std::size_t{1});
    }

    void bruteForce() {
        const LogTable table = calmTable([](Line& l, int minute, int k) {
            if (l.service == "api" && inPattern(minute, 100, 5)) {
                l.level = Level::Warning;
                l.status = 401;
                l.message = "Failed login for user admin from 198.51.100.4";
            }
            (void)k;
            return true;
        });
        const auto r = analyze(table);
        printIncidents(*r);
        const Incident* in = findIncident(*r, IncidentType::SecurityThreat, "api");
        QVERIFY(in);
        QVERIFY(in->description.find("198.51.100.4") != std::string::npos);
        QCOMPARE(r->incidents.size(), std::size_t{1});
    }

    void injection() {
        const LogTable table = calmTable([](Line& l, int minute, int k) {
            if (l.service == "api" && minute == 150 && k < 3)
                l.message = "GET /search?q=1' UNION SELECT password FROM users -- completed";
            return true;
        });
        const auto r = analyze(table);
        printIncidents(*r);
        const Incident* in = findIncident(*r, IncidentType::SecurityThreat, "api");
        QVERIFY(in);
        QCOMPARE(in->severity, Severity::Critical); // answered 200
        QCOMPARE(in->evidence.size(), std::size_t{3});
        QCOMPARE(r->anomalyCount, 3u);
        QVERIFY(looksLikeInjection("<script>alert(1)</script>"));
        QVERIFY(!looksLikeInjection("user's profile updated"));
        QCOMPARE(clientKeyOf("Invalid password for user bob", {}), std::string("user bob"));
    }

    // Payloads hidden in a field without a column, JSON-escaped in the raw line, are found
    // as well as plain ones (the raw line is only a quick pre-check).
    void injectionInExtraFields() {
        std::string json;
        for (int i = 0; i < 600; ++i) {
            std::string query = "q=shoes";
            if (i == 300)
                query = "q=1\\u0027 OR 1=1 --";
            if (i == 301)
                query = "q=<script>alert(1)</script>";
            json += "{\"timestamp\":\"2024-03-04T08:" + std::to_string(10 + i / 60) + ":" +
                    (i % 60 < 10 ? "0" : "") + std::to_string(i % 60) +
                    "Z\",\"level\":\"INFO\",\"service\":\"api\",\"message\":\"GET "
                    "/search\",\"query\":\"" +
                    query + "\",\"status_code\":200}\n";
        }
        const LoadResult loaded = loadLogBuffer(json);
        QVERIFY(loaded.table);
        QCOMPARE(loaded.table->size(), std::size_t{600});
        const auto r = analyze(*loaded.table);
        printIncidents(*r);
        const Incident* in = findIncident(*r, IncidentType::SecurityThreat, "api");
        QVERIFY(in);
        QCOMPARE(in->evidence.size(), std::size_t{2});
    }

    void rateLimiting() {
        const LogTable table = calmTable([](Line& l, int minute, int k) {
            if (l.service == "api" && inPattern(minute) && k % 3 == 0) {
                l.level = Level::Warning;
                l.status = 429;
                l.message = "API rate limit exceeded for client 203.0.113.7";
                l.latencyMs = 2.0F;
            }
            return true;
        });
        const auto r = analyze(table);
        printIncidents(*r);
        const Incident* in = findIncident(*r, IncidentType::RateLimiting, "api");
        QVERIFY(in);
        QCOMPARE(in->severity, Severity::High); // a third of the traffic refused
        QVERIFY(in->startNs >= kIncident - 10 * kNanosPerMinute);
        QVERIFY(in->endNs <= kIncident + 30 * kNanosPerMinute);
        QCOMPARE(r->incidents.size(), std::size_t{1});
        // Its lines are the refused requests, not the whole window.
        QCOMPARE(r->anomalyCount, 20u * 4u);
    }

    // Fields a service always fills come missing or impossible (the generator's data_anomaly:
    // null values, out-of-range status and latency, unreadable time).
    void dataAnomaly() {
        const LogTable table = calmTable([](Line& l, int minute, int k) {
            if (l.service == "pay" && inPattern(minute, 200, 10) && k == 4) {
                switch (minute % 4) {
                case 0:
                    l.status = 999;
                    break;
                case 1:
                    l.latencyMs = -42.0F;
                    break;
                case 2:
                    l.latencyMs = 5e7F;
                    break;
                default:
                    l.latencyMs = std::numeric_limits<float>::quiet_NaN();
                    break;
                }
            }
            return true;
        });
        const auto r = analyze(table);
        printIncidents(*r);
        const Incident* in = findIncident(*r, IncidentType::DataAnomaly, "pay");
        QVERIFY(in);
        QCOMPARE(in->evidence.size(), std::size_t{10});
        QCOMPARE(r->incidents.size(), std::size_t{1});
    }

    void serviceUnavailableBurst() {
        const LogTable table = calmTable([](Line& l, int minute, int) {
            if (l.service == "pay" && inPattern(minute, 240, 15)) {
                l.level = Level::Error;
                l.status = 503;
                l.message = "Service unavailable";
            }
            return true;
        });
        const auto r = analyze(table);
        printIncidents(*r);
        const Incident* in = findIncident(*r, IncidentType::ServiceUnavailable, "pay");
        QVERIFY(in);
        QCOMPARE(in->severity, Severity::Critical);
        // The 503 burst also drives the error rate over 30 %: still one incident, not two.
        QVERIFY(findIncident(*r, IncidentType::HighErrorRate, "pay") == nullptr);
        int forPay = 0;
        for (const Incident& incident : r->incidents)
            forPay += incident.services == std::vector<std::string>{"pay"} ? 1 : 0;
        QCOMPARE(forPay, 1);
    }

    void trafficCollapse() {
        const LogTable table = calmTable([](Line& l, int minute, int) {
            return !(l.service == "db" && inPattern(minute, 200, 30));
        });
        const auto r = analyze(table);
        printIncidents(*r);
        const Incident* in = findIncident(*r, IncidentType::ServiceUnavailable, "db");
        QVERIFY(in);
        QVERIFY(in->startNs <= kT0 + 200 * kNanosPerMinute);
        QVERIFY(in->endNs >= kT0 + 229 * kNanosPerMinute);
        QCOMPARE(r->incidents.size(), std::size_t{1});
    }
};

QTEST_APPLESS_MAIN(TestIncidentRules)
#include "test_incident_rules.moc"
