// Pathological input is capped, with a warning, instead of exhausting the stack, memory or time:
// deep JSON nesting, a "service" field that is really an id, regex-hostile format strings.
#include "core/analysis/analysis_options.h"
#include "core/analysis/analyzer.h"
#include "core/analysis/patterns/line_index.h"
#include "core/formats/format_registry.h"
#include "core/formats/log_loader.h"
#include "core/formats/saved_formats.h"
#include "core/generator/scenario/scenario_loader.h"
#include "core/templates/miner_state_json.h"
#include "core/util/json_depth.h"

#include <QTest>

using namespace logscope::core;

namespace {

std::string nested(std::size_t depth, char open = '[', char close = ']') {
    return std::string(depth, open) + std::string(depth, close);
}

LoadResult load(const std::string& bytes, const std::string& format = {}) {
    LoadOptions options;
    options.format = format;
    options.threads = 1;
    options.useSavedFormats = false;
    return loadLogBuffer(bytes, options);
}

} // namespace

class TestResourceBounds : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void measuresNesting() {
        QCOMPARE(jsonNestingDepth("{}"), std::size_t{1});
        QCOMPARE(jsonNestingDepth("{\"a\": [1, {\"b\": \"[[[[\"}]}"), std::size_t{3});
        QCOMPARE(jsonNestingDepth("[\"\\\"[[[\", [[]]]"), std::size_t{3});
        QCOMPARE(jsonNestingDepth(nested(1000)), kMaxJsonDepth + 1); // stops counting early
        QVERIFY(jsonDepthProblem(nested(64)).empty());
        QVERIFY(!jsonDepthProblem(nested(65)).empty());
    }
    void deepConfigurationJsonIsRefused() {
        // A million levels would overflow the stack in the JSON library's recursive parts.
        const std::string deepObject = [] {
            std::string s;
            for (int i = 0; i < 1'000'000; ++i)
                s += "{\"a\":";
            s += "1";
            s += std::string(1'000'000, '}');
            return s;
        }();
        const ScenarioLoad scenario = loadScenario("basic", deepObject, "deep.json");
        QVERIFY(!scenario.ok());
        QVERIFY2(scenario.error.find("deep.json: JSON nested deeper than 64") == 0,
                 scenario.error.c_str());
        AnalysisOptions options;
        QVERIFY(parseAnalysisOptions(nested(1'000'000, '{', '}'), options).find("nested deeper") !=
                std::string::npos);
        std::string error;
        QVERIFY(!minerStateFromJson(nested(1'000'000), error));
        QVERIFY(error.find("nested deeper") != std::string::npos);
    }
    void deepJsonLinesAreBadLines() {
        const std::string bytes = "{\"timestamp\":\"2024-01-15T10:00:00Z\",\"message\":\"ok\"}\n" +
                                  std::string("{\"deep\":") + nested(200'000) + "}\n" +
                                  "{\"timestamp\":\"2024-01-15T10:00:01Z\",\"message\":\"ok\"}\n";
        const LoadResult r = load(bytes, "json-lines");
        QVERIFY(r.table);
        QCOMPARE(r.table->size(), std::size_t{2});
        QCOMPARE(r.report.badLineCount, std::uint64_t{1});
        QCOMPARE(r.report.badLines[0].lineNumber, std::uint64_t{2});
    }
    void servicesBeyondTheCapAreFolded() {
        // A "service" that is really a request id: 5,000 distinct values.
        std::string bytes;
        for (int i = 0; i < 8000; ++i) {
            const int service = i < 3000 ? i % 3 : i; // three busy services, then 5,000 once each
            bytes += "{\"timestamp\":\"2024-01-15T10:" + std::to_string(10 + i / 600 % 50) + ":" +
                     std::to_string(10 + i / 10 % 50) + "Z\",\"level\":\"" +
                     (i % 7 == 0 ? "ERROR" : "INFO") + "\",\"service\":\"svc-" +
                     std::to_string(service) + "\",\"message\":\"request done\"," +
                     "\"response_time_ms\":" + std::to_string(i % 500) + "}\n";
        }
        const LoadResult r = load(bytes, "json-lines");
        QVERIFY(r.table);
        QCOMPARE(r.table->size(), std::size_t{8000});
        const auto result = analyze(*r.table);
        QVERIFY(result);
        QVERIFY(result->services.size() <= kMaxAnalysedServices);
        QCOMPARE(result->warnings.size(), std::size_t{1});
        QVERIFY2(result->warnings[0].find("5003 distinct services") == 0,
                 result->warnings[0].c_str());
        bool other = false;
        bool busy = false;
        std::uint64_t lines = 0;
        for (const auto& service : result->services) {
            other = other || service.name == "(other services)";
            busy = busy || service.name == "svc-1";
            lines += service.lines;
        }
        QVERIFY(other && busy);
        QCOMPARE(lines, std::uint64_t{8000}); // every line still counted once
    }
    void aRegexHostileFormatGivesUp() {
        // The 'b' after the 'X' defeats PCRE2's required-character shortcut, so (a+)+ really
        // backtracks exponentially before failing at the 'X'.
        const std::string line = std::string(60, 'a') + "Xb c";
        std::string error;
        const auto format = resolveFormat("<A>(a+)+b<B> <Content>", SavedFormats(), error);
        QVERIFY2(format, error.c_str());
        const auto parser = format->createParser();
        LogRow row;
        for (int i = 0; i < 100; ++i) {
            QCOMPARE(parser->parse(line, line.size(), row, error), LineStatus::Bad);
            QVERIFY2(error.find("gave up on this line") != std::string::npos, error.c_str());
        }
        // From then on the pattern is not tried at all: the time per line is bounded.
        QCOMPARE(parser->parse(line, line.size(), row, error), LineStatus::Bad);
        QVERIFY2(error.find("not tried: the format gave up on 100 of 100 lines") == 0,
                 error.c_str());
        // A whole load of such lines finishes, every line counted bad.
        std::string bytes;
        for (int i = 0; i < 3000; ++i)
            bytes += line + "\n";
        const LoadResult r = load(bytes, "<A>(a+)+b<B> <Content>");
        QVERIFY(r.table);
        QCOMPARE(r.report.badLineCount, std::uint64_t{3000});
        QVERIFY(r.report.badLines.front().reason.find("gave up on this line") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestResourceBounds)
#include "test_resource_bounds.moc"
