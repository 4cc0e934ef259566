#pragma once

// Helpers shared by the generator tests (header only; each test is its own executable).

#include "core/generator/log_generator.h"
#include "core/generator/output/generate_run.h"
#include "core/generator/scenario/scenario_loader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <string>
#include <vector>

namespace generator_test {

using namespace logscope::core;

/// A profile with an override merged on; fails the test when it does not load.
inline std::shared_ptr<const Scenario> scenarioOf(std::string_view profile,
                                                  std::string_view overrideJson = {}) {
    const ScenarioLoad load = loadScenario(profile, overrideJson);
    if (!load.ok())
        qWarning("%s", load.error.c_str());
    return load.scenario;
}

/// The profile without random or scheduled episodes: a clean baseline.
inline std::shared_ptr<const Scenario> quietScenario(std::string_view profile) {
    return scenarioOf(profile, R"({"anomalies": {"probability": 0, "schedule": []}})");
}

/// Simulated-time settings: total lines over duration, from the profile's start.
inline GeneratorSettings simulated(const Scenario& scenario, std::uint64_t total,
                                   std::optional<std::int64_t> durationNs = {},
                                   std::uint64_t seed = 42) {
    GeneratorRequest request;
    request.seed = seed;
    request.total = total;
    request.durationNs = durationNs;
    const SettingsResolution resolved = resolveGeneratorSettings(scenario, request, 0);
    if (!resolved.ok())
        qWarning("%s", resolved.error.c_str());
    return resolved.settings;
}

/// Every record of a run (copied out of the reused batches).
inline std::vector<GeneratedRecord> collect(LogGenerator& generator, std::size_t chunk = 4096) {
    std::vector<GeneratedRecord> records;
    GeneratedBatch batch;
    do {
        generator.next(batch, chunk);
        for (const GeneratedRecord& record : batch)
            records.push_back(record);
    } while (!generator.finished());
    return records;
}

/// The formatted output of a run, in memory.
inline std::string render(LogGenerator& generator, OutputFormat format = OutputFormat::JsonLines,
                          bool labels = true) {
    std::string out;
    GenerateOutput output;
    output.format = format;
    output.labels = labels;
    output.toStdout = true;
    output.stdoutSink = [&out](std::string_view chunk) {
        out.append(chunk);
        return true;
    };
    const GenerateSummary summary = runGenerate(generator, output);
    if (!summary.ok())
        qWarning("%s", summary.error.c_str());
    return out;
}

/// Splits text into lines (without the newlines).
inline std::vector<std::string_view> lines(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        out.push_back(text.substr(start, end - start));
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return out;
}

/// Parses one JSON line with Qt (independent of the generator's own writer).
inline QJsonObject parseLine(std::string_view line) {
    return QJsonDocument::fromJson(QByteArray(line.data(), static_cast<qsizetype>(line.size())))
        .object();
}

/// Injects type at offset from the start for duration, optionally on services, with knobs.
inline void injectAt(LogGenerator& generator, std::string_view type, std::int64_t offsetNs,
                     std::int64_t durationNs, std::vector<std::string> services = {},
                     std::vector<std::pair<std::string, double>> params = {}) {
    InjectRequest request;
    request.atNs = generator.settings().startNs + offsetNs;
    request.durationNs = durationNs;
    request.services = std::move(services);
    request.params = std::move(params);
    const InjectResult result = generator.inject(type, request);
    QVERIFY2(result.ok(), result.error.c_str());
}

} // namespace generator_test
