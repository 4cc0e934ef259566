// Scenarios: the built-in profiles, overrides, every validation error (with its JSON path and
// what was expected), durations and sizes, --inject specs and the total/duration/rate rules.
#include "core/generator/inject_spec.h"
#include "core/generator/scenario/duration_text.h"
#include "core/time/civil_time.h"
#include "generator_test_support.h"

#include <QTemporaryDir>

using namespace generator_test;

class TestGeneratorScenario : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void builtinProfilesLoad_data() {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("services");
        QTest::addColumn<bool>("metrics");
        QTest::newRow("microservices") << "microservices" << 7 << false;
        QTest::newRow("web") << "web" << 12 << false;
        QTest::newRow("metrics") << "metrics" << 3 << true;
        QTest::newRow("basic") << "basic" << 2 << false;
    }
    void builtinProfilesLoad() {
        QFETCH(QString, profile);
        QFETCH(int, services);
        QFETCH(bool, metrics);
        const auto s = scenarioOf(profile.toStdString());
        QVERIFY(s);
        QCOMPARE(static_cast<int>(s->services.size()), services);
        QCOMPARE(s->shape == RecordShape::Metrics, metrics);
        QCOMPARE(s->name, profile.toStdString());
        QVERIFY(s->hasField(FieldId::Timestamp));
    }

    void microservicesIsSeed003() {
        const auto s = scenarioOf("microservices");
        QVERIFY(s);
        for (const char* name : {"api-gateway", "auth-service", "database", "cache-redis",
                                 "payment-service", "notification-service", "analytics-engine"})
            QVERIFY2(s->serviceIndex(name) >= 0, name);
        QCOMPARE(*s->total, std::uint64_t{100'800});
        QCOMPARE(*s->durationNs, 7 * kNanosPerDay);
        QCOMPARE(s->weekendFactor, 0.4);
        QVERIFY(s->hourlyTraffic[14] > 3 * s->hourlyTraffic[3]); // business hours
        QVERIFY(s->anomalyProbability > 0.0);
        QCOMPARE(s->schedule.size(), std::size_t{3});
    }

    void defaultProfileIsMicroservices() {
        const ScenarioLoad load = loadScenario("");
        QVERIFY(load.ok());
        QCOMPARE(load.scenario->name, std::string("microservices"));
    }

    void overrideChangesOnlyWhatItNames() {
        // Removing cache-redis means auth-service may no longer depend on it (arrays are
        // replaced whole, objects merged key by key).
        const auto s = scenarioOf("microservices",
                                  R"({"services": {"api-gateway": {"weight": 2.5},
                                                   "cache-redis": null,
                                                   "auth-service": {"depends_on": ["database"]},
                                                   "search": {"endpoints": ["GET /search"]}},
                                      "levels": {"error_rate": 0.2}})");
        QVERIFY(s);
        QCOMPARE(s->services[static_cast<std::size_t>(s->serviceIndex("api-gateway"))].weight, 2.5);
        const ScenarioLoad dangling =
            loadScenario("microservices", R"({"services": {"cache-redis": null}})");
        QVERIFY(dangling.error.find("/services/auth-service/depends_on/1: expected a service of "
                                    "this scenario") != std::string::npos);
        // Untouched parts of a service survive the merge.
        QCOMPARE(s->services[static_cast<std::size_t>(s->serviceIndex("api-gateway"))].role,
                 std::string("edge"));
        QCOMPARE(s->serviceIndex("cache-redis"), -1);
        QVERIFY(s->serviceIndex("search") >= 0);
        QCOMPARE(s->errorRate, 0.2);
        QCOMPARE(s->warningRate, 0.05);
        QCOMPARE(s->services.size(), std::size_t{7});
    }

    void overrideMayChooseItsProfile() {
        const ScenarioLoad load = loadScenario("", R"({"profile": "basic", "total": 10})");
        QVERIFY2(load.ok(), load.error.c_str());
        QCOMPARE(load.scenario->name, std::string("basic"));
        QCOMPARE(*load.scenario->total, std::uint64_t{10});
        // An explicit profile argument wins over the file's.
        QCOMPARE(loadScenario("web", R"({"profile": "basic"})").scenario->name, std::string("web"));
    }

    void errorsNameThePathAndWhatWasExpected_data() {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("patch");
        QTest::addColumn<QString>("expected");
        auto row = [](const char* name, const char* profile, const char* patch,
                      const char* expected) {
            QTest::newRow(name) << profile << patch << expected;
        };
        const char* ms = "microservices";
        row("syntax", ms, "{\"total\": 5,,}",
            "--config: invalid JSON at line 1, column 13: syntax error");
        row("syntax line", ms, "{\n\"total\": 5\n\"x\": 1}", "invalid JSON at line 3, column ");
        row("not an object", ms, "[1, 2]", "expected a JSON object at the top level");
        row("unknown key", ms, R"({"frobnicate": 1})", "/frobnicate: unknown key; expected one of");
        row("unknown profile", ms, R"({"profile": "cloud"})",
            "/profile: expected \"microservices\"");
        row("total", ms, R"({"total": -5})", "/total: expected an integer from 0 to");
        row("total type", ms, R"({"total": "many"})", "/total: expected an integer");
        row("duration", ms, R"({"duration": "7 days"})", "/duration: expected a duration from");
        row("rate", ms, R"({"rate": 0})", "/rate: expected a number from");
        row("batch", ms, R"({"batch_size": 0})", "/batch_size: expected an integer from 1");
        row("interval", ms, R"({"interval": 0})", "/interval: expected a number from 0.001");
        row("record", ms, R"({"record": "logs"})", "/record: expected \"events\" or \"metrics\"");
        row("spacing", ms, R"({"spacing": "poisson"})",
            "/spacing: expected \"random\" or \"uniform\"");
        row("field name", ms, R"({"fields": ["timestamp", "colour"]})",
            "/fields/1: expected a field name: \"timestamp\"");
        row("field twice", ms, R"({"fields": ["timestamp", "timestamp"]})",
            "/fields/1: field listed twice");
        row("no timestamp", ms, R"({"fields": ["level"]})",
            "/fields: the fields must include \"timestamp\"");
        row("fields empty", ms, R"({"fields": []})", "/fields: expected an array of at least 1");
        row("fraction", ms, R"({"timestamp": {"fraction_digits": 12}})",
            "/timestamp/fraction_digits: expected an integer from 0 to 9, got 12");
        row("start", ms, R"({"start": "yesterday"})",
            "/start: expected an ISO 8601 time (\"2024-10-27T14:30:00Z\") or \"now\", got "
            "\"yesterday\"");
        row("hourly size", ms, R"({"traffic": {"hourly": [1, 2, 3]}})",
            "/traffic/hourly: expected an array of 24 elements");
        row("hourly zero", ms,
            R"({"traffic": {"hourly": [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}})",
            "/traffic/hourly: expected 24 numbers, at least one above 0");
        row("hourly item", ms,
            R"({"traffic": {"hourly": [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,"x"]}})",
            "/traffic/hourly/23: expected a number from 0 to 1000000");
        row("weekend", ms, R"({"traffic": {"weekend_factor": -1}})",
            "/traffic/weekend_factor: expected a number from 0 to 100");
        row("rates sum", ms, R"({"levels": {"error_rate": 0.7, "warning_rate": 0.5}})",
            "/levels: error_rate + warning_rate must not exceed 1");
        row("level name", ms, R"({"levels": {"names": {"warning": ""}}})",
            "/levels/names/warning: expected a non-empty string");
        row("error factor", ms, R"({"levels": {"hourly_error_factor": "flat"}})",
            "/levels/hourly_error_factor: expected an array of 24 elements");
        row("weight", ms, R"({"services": {"api-gateway": {"weight": "heavy"}}})",
            "/services/api-gateway/weight: expected a number from 0 to 1000000, got \"heavy\"");
        row("role", ms, R"({"services": {"api-gateway": {"role": "boss"}}})",
            "/services/api-gateway/role: expected \"service\", \"edge\", \"auth\" or \"database\"");
        row("service key", ms, R"({"services": {"api-gateway": {"colour": 1}}})",
            "/services/api-gateway/colour: unknown key");
        row("depends", ms, R"({"services": {"api-gateway": {"depends_on": ["nowhere"]}}})",
            "/services/api-gateway/depends_on/0: expected a service of this scenario");
        row("self", ms, R"({"services": {"api-gateway": {"depends_on": ["api-gateway"]}}})",
            "/services/api-gateway/depends_on: a service cannot depend on itself");
        row("placeholder", ms, R"({"services": {"api-gateway": {"info": ["GET {nope}"]}}})",
            "/services/api-gateway/info/0: unknown placeholder {nope}; known: {ms}");
        // (A plain literal: moc miscounts braces inside raw strings.)
        row("unterminated", ms, "{\"services\": {\"api-gateway\": {\"error\": [\"x {path\"]}}}",
            "/services/api-gateway/error/0: unterminated placeholder");
        row("message type", ms, R"({"services": {"api-gateway": {"info": [42]}}})",
            "/services/api-gateway/info/0: expected a message text or");
        row("message text", ms, R"({"services": {"api-gateway": {"info": [{"status": 200}]}}})",
            "/services/api-gateway/info/0: a message object needs \"text\"");
        row("endpoint", ms, R"({"services": {"api-gateway": {"endpoints": ["GET /a b"]}}})",
            "/services/api-gateway/endpoints/0: expected \"METHOD /path\" or \"/path\"");
        row("status", ms, R"({"services": {"api-gateway": {"status": {"error": [700]}}}})",
            "/services/api-gateway/status/error/0: expected an integer from 100 to 599, got 700");
        row("latency", ms, R"({"services": {"api-gateway": {"latency_ms": {"median": 0}}}})",
            "/services/api-gateway/latency_ms/median: expected a number from 0.001");
        row("context", ms, R"({"services": {"api-gateway": {"context": {"user_id": [5, 1]}}}})",
            "/services/api-gateway/context/user_id: expected [min, max] integers with min <= max");
        row("service name", ms, R"({"services": {"a b": {}}})",
            "/services/a b: service names must be non-empty");
        row("no services", "basic", R"({"services": {"auth": null, "payment": null}})",
            "(top level): expected \"services\" with at least one service");
        row("probability", ms, R"({"anomalies": {"probability": 2}})",
            "/anomalies/probability: expected a number from 0 to 1, got 2");
        row("anomaly key", ms, R"({"anomalies": {"chance": 2}})",
            "/anomalies/chance: unknown key; expected one of \"probability\"");
        row("type", ms, R"({"anomalies": {"types": {"meteor_strike": {}}}})",
            "/anomalies/types/meteor_strike: unknown anomaly type; expected one of "
            "\"error_spike\"");
        row("param range", ms, R"({"anomalies": {"types": {"error_spike": {"error_rate": 1.5}}}})",
            "/anomalies/types/error_spike/error_rate: expected a number from 0 to 1, got 1.5");
        row("param key", ms, R"({"anomalies": {"types": {"error_spike": {"multiplier": 3}}}})",
            "/anomalies/types/error_spike/multiplier: unknown key for error_spike");
        row("param duration", ms,
            R"({"anomalies": {"types": {"cascading_failure": {"lag": "soon"}}}})",
            "/anomalies/types/cascading_failure/lag: expected a duration from 0s to 1d");
        row("variant", ms,
            R"({"anomalies": {"types": {"security_threat": {"variants": {"phishing": 1}}}}})",
            "/anomalies/types/security_threat/variants/phishing: unknown variant; expected one of "
            "\"brute_force\"");
        row("no variants", ms,
            R"({"anomalies": {"types": {"error_spike": {"variants": {"x": 1}}}}})",
            "/anomalies/types/error_spike/variants: error_spike has no variants");
        row("duration range", ms,
            R"({"anomalies": {"types": {"error_spike": {"duration": ["30m", "10m"]}}}})",
            "/anomalies/types/error_spike/duration: expected [shortest, longest] durations");
        row("nothing enabled", "basic",
            R"({"anomalies": {"types": {"error_spike": {"enabled": false}, "security_threat": {"enabled": false}, "service_outage": {"enabled": false}}}})",
            "/anomalies: \"probability\" is above 0 but no type in \"types\" is enabled");
        row("needs database", "basic", R"({"anomalies": {"types": {"database_outage": {}}}})",
            "/anomalies/types/database_outage: database_outage needs a service with role "
            "\"database\" (set \"enabled\": false)");
        row("needs edge", "basic",
            R"({"anomalies": {"types": {"security_threat": {"variants": {"xss": 1}}}}})",
            "/anomalies/types/security_threat/variants/xss: security_threat/xss needs a service "
            "with role \"edge\" or clients");
        row("metrics type", "metrics", R"({"anomalies": {"types": {"error_spike": {}}}})",
            "/anomalies/types/error_spike: error_spike does not apply to metric records");
        row("metrics variant", "metrics",
            R"({"anomalies": {"schedule": [{"type": "connection_pool_exhaustion", "at": "1h"}]}})",
            "/anomalies/schedule/0/type: resource_exhaustion/connections needs a metric component");
        row("schedule type", ms, R"({"anomalies": {"schedule": [{"at": "1h"}]}})",
            "/anomalies/schedule/0: a scheduled episode needs \"type\"");
        row("schedule unknown", ms, R"({"anomalies": {"schedule": [{"type": "ufo", "at": "1h"}]}})",
            "/anomalies/schedule/0/type: expected an episode type");
        row("schedule at", ms, R"({"anomalies": {"schedule": [{"type": "error_spike"}]}})",
            "/anomalies/schedule/0: a scheduled episode needs \"at\"");
        row("schedule at text", ms,
            R"({"anomalies": {"schedule": [{"type": "error_spike", "at": "soon"}]}})",
            "/anomalies/schedule/0/at: expected a duration from 0s to 3650d");
        row("schedule service", ms,
            R"({"anomalies": {"schedule": [{"type": "error_spike", "at": "1h", "services": ["ghost"]}]}})",
            "/anomalies/schedule/0/services/0: expected a service of this scenario: "
            "\"api-gateway\"");
        row("schedule variant", ms,
            R"({"anomalies": {"schedule": [{"type": "service_outage", "at": "1h", "variant": "partial"}]}})",
            "/anomalies/schedule/0/variant: expected \"complete\" or \"intermittent\", got "
            "\"partial\"");
        row("schedule key", ms,
            R"({"anomalies": {"schedule": [{"type": "error_spike", "at": "1h", "lag": "1m"}]}})",
            "/anomalies/schedule/0/lag: unknown key for error_spike");
        row("schedule array", ms, R"({"anomalies": {"schedule": {"type": "error_spike"}}})",
            "/anomalies/schedule: expected an array");
        row("components missing", ms, R"({"record": "metrics"})",
            "(top level): metric records need \"components\"");
        row("component range", "metrics", R"({"components": {"CPU": {"range": [100, 0]}}})",
            "/components/CPU/range: expected [low, high] with low <= high");
        row("component decimals", "metrics", R"({"components": {"CPU": {"decimals": 9}}})",
            "/components/CPU/decimals: expected an integer from 0 to 6");
        row("peak hours", "metrics", R"({"peak_hours": [9]})",
            "/peak_hours: expected an array of 2 elements");
    }
    void errorsNameThePathAndWhatWasExpected() {
        QFETCH(QString, profile);
        QFETCH(QString, patch);
        QFETCH(QString, expected);
        const ScenarioLoad load = loadScenario(profile.toStdString(), patch.toStdString());
        QVERIFY(!load.ok());
        QVERIFY2(QString::fromStdString(load.error).contains(expected),
                 qPrintable(QStringLiteral("got: ") + QString::fromStdString(load.error)));
    }

    void unknownProfileIsRefused() {
        const ScenarioLoad load = loadScenario("cloud");
        QVERIFY(!load.ok());
        QVERIFY(load.error.find("unknown profile \"cloud\"; expected one of \"microservices\"") !=
                std::string::npos);
    }

    void configFilesAreReadAndNamed() {
        QTemporaryDir dir;
        const std::string missing = dir.filePath(QStringLiteral("none.json")).toStdString();
        ScenarioLoad load = loadScenarioFile("", missing);
        QVERIFY(!load.ok());
        QVERIFY(load.error.find(missing + ": cannot open") == 0);
        const QString emptyPath = dir.filePath(QStringLiteral("empty.json"));
        QFile empty(emptyPath);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        load = loadScenarioFile("", emptyPath.toStdString());
        QVERIFY(load.error.find("the file is empty") != std::string::npos);
        const QString badPath = dir.filePath(QStringLiteral("bad.json"));
        QFile bad(badPath);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"services": {"database": {"weight": -1}}})");
        bad.close();
        load = loadScenarioFile("", badPath.toStdString());
        QCOMPARE(QString::fromStdString(load.error),
                 badPath + QStringLiteral(": /services/database/weight: expected a number from 0 "
                                          "to 1000000, got -1"));
    }

    void durationsAndSizes() {
        QCOMPARE(*parseDuration("7d"), 7 * kNanosPerDay);
        QCOMPARE(*parseDuration("1h30m"), 90 * kNanosPerMinute);
        QCOMPARE(*parseDuration("250ms"), std::int64_t{250'000'000});
        QCOMPARE(*parseDuration("0.5s"), std::int64_t{500'000'000});
        QCOMPARE(*parseDuration("90"), 90 * kNanosPerSecond);
        QCOMPARE(*parseDuration("2w"), 14 * kNanosPerDay);
        QVERIFY(!parseDuration(""));
        QVERIFY(!parseDuration("7 days"));
        QVERIFY(!parseDuration("1h30"));
        QVERIFY(!parseDuration("-5s"));
        QCOMPARE(formatDuration(90 * kNanosPerMinute), std::string("1h30m"));
        QCOMPARE(formatDuration(1'500'000'000), std::string("1.5s"));
        QCOMPARE(formatDuration(250'000'000), std::string("250ms"));
        QCOMPARE(*parseByteSize("64K"), std::uint64_t{65536});
        QCOMPARE(*parseByteSize("10M"), std::uint64_t{10 * 1024 * 1024});
        QCOMPARE(*parseByteSize("1048576"), std::uint64_t{1048576});
        QVERIFY(!parseByteSize("10 M"));
        QVERIFY(!parseByteSize("0"));
        QVERIFY(!parseByteSize("lots"));
    }

    void injectSpecs() {
        std::string error;
        auto spec = parseInjectSpec("error_spike@20s:60s", error);
        QVERIFY(spec);
        QCOMPARE(spec->request.type, std::string("error_spike"));
        QCOMPARE(spec->offsetNs, 20 * kNanosPerSecond);
        QCOMPARE(spec->request.durationNs, 60 * kNanosPerSecond);
        spec = parseInjectSpec("cascading_failure@2d:30m,services=database+cache-redis,lag=90s,"
                               "error_rate=0.9",
                               error);
        QVERIFY2(spec, error.c_str());
        QCOMPARE(spec->request.services.size(), std::size_t{2});
        QCOMPARE(spec->request.params.size(), std::size_t{2});
        QCOMPARE(spec->request.params[0].second, 90.0);
        spec = parseInjectSpec("brute_force@1h,intensity=3", error);
        QVERIFY(spec && spec->request.intensity && *spec->request.intensity == 3.0);
        QCOMPARE(spec->request.durationNs, std::int64_t{0});

        const std::pair<const char*, const char*> bad[] = {
            {"error_spike", "expected TYPE@OFFSET"},
            {"ufo@1h", "unknown anomaly type \"ufo\""},
            {"error_spike@soon", "expected an offset"},
            {"error_spike@1h:never", "expected a duration"},
            {"error_spike@1h,colour=red", "unknown key \"colour\" for error_spike"},
            {"error_spike@1h,error_rate=high", "expected a number for error_rate"},
            {"error_spike@1h,lonely", "expected key=value"},
        };
        for (const auto& [text, message] : bad) {
            error.clear();
            QVERIFY2(!parseInjectSpec(text, error), text);
            QVERIFY2(error.find(message) != std::string::npos, error.c_str());
        }
    }

    void totalDurationAndRateFollowEachOther() {
        const auto ms = scenarioOf("microservices");
        const auto basic = scenarioOf("basic");
        GeneratorRequest request;
        // The profile's own pair.
        SettingsResolution r = resolveGeneratorSettings(*ms, request, 0);
        QVERIFY(r.ok());
        QCOMPARE(r.settings.total, std::uint64_t{100'800});
        QCOMPARE(r.settings.durationNs, 7 * kNanosPerDay);
        QCOMPARE(r.settings.rate, 100'800.0 / (7 * 86400.0));
        // --total keeps the seven days; --rate keeps them too.
        request.total = 5000;
        r = resolveGeneratorSettings(*ms, request, 0);
        QCOMPARE(r.settings.durationNs, 7 * kNanosPerDay);
        request = {};
        request.rate = 1.0;
        r = resolveGeneratorSettings(*ms, request, 0);
        QCOMPARE(r.settings.total, std::uint64_t{604'800});
        // On a one-line-a-second profile --total keeps the pace.
        request = {};
        request.total = 100;
        r = resolveGeneratorSettings(*basic, request, 0);
        QCOMPARE(r.settings.durationNs, 100 * kNanosPerSecond);
        // Two given: the third follows.
        request = {};
        request.total = 600;
        request.durationNs = kNanosPerMinute;
        r = resolveGeneratorSettings(*ms, request, 0);
        QCOMPARE(r.settings.rate, 10.0);

        const std::pair<GeneratorRequest, const char*> bad[] = {
            {[] {
                 GeneratorRequest g;
                 g.total = 1;
                 g.durationNs = kNanosPerSecond;
                 g.rate = 1;
                 return g;
             }(),
             "at most two of"},
            {[] {
                 GeneratorRequest g;
                 g.total = 0;
                 return g;
             }(),
             "needs the wall clock"},
            {[] {
                 GeneratorRequest g;
                 g.rate = -1;
                 return g;
             }(),
             "rate must be above 0"},
            {[] {
                 GeneratorRequest g;
                 g.clock = GeneratorClock::WallClock;
                 g.startNs = 5;
                 return g;
             }(),
             "applies to simulated time only"},
            {[] {
                 GeneratorRequest g;
                 g.anomalyProbability = 3;
                 return g;
             }(),
             "the rate at most 1"},
            {[] {
                 GeneratorRequest g;
                 g.durationNs = kNanosPerSecond;
                 g.rate = 0.1;
                 return g;
             }(),
             "rate x duration gives"},
        };
        for (const auto& [req, message] : bad) {
            const SettingsResolution e = resolveGeneratorSettings(*ms, req, 0);
            QVERIFY2(!e.ok(), message);
            QVERIFY2(e.error.find(message) != std::string::npos, e.error.c_str());
        }
        // Streaming: the pace is batch size per interval unless a rate is given.
        request = {};
        request.clock = GeneratorClock::WallClock;
        request.intervalSeconds = 0.5;
        r = resolveGeneratorSettings(*ms, request, 1'000'000'123);
        QCOMPARE(r.settings.rate, 200.0);
        QCOMPARE(r.settings.startNs, std::int64_t{1'000'000'000});
    }

    void printedScenarioLoadsBackUnchanged() {
        const auto s = scenarioOf("web", R"({"total": 77})");
        QVERIFY(s);
        const ScenarioLoad again = loadScenario("web", s->effectiveJson);
        QVERIFY2(again.ok(), again.error.c_str());
        QCOMPARE(again.scenario->effectiveJson, s->effectiveJson);
    }
};

QTEST_APPLESS_MAIN(TestGeneratorScenario)
#include "test_generator_scenario.moc"
