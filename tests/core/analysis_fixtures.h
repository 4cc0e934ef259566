#pragma once
// Tables for the analysis tests: calm microservices traffic from the project's generator, and
// anomaly episodes written into it the way an operator would see them in the lines.

#include "core/formats/log_loader.h"
#include "core/generator/generate_json_lines.h"
#include "core/table/log_table.h"
#include "core/time/civil_time.h"

#include <functional>
#include <random>
#include <string>
#include <vector>

namespace logscope::test {

using namespace logscope::core;

/// One line to append, with defaults for everything not set.
struct Line {
    std::int64_t ts = 0;
    std::string service = "api";
    Level level = Level::Info;
    std::string message = "GET /api completed";
    float latencyMs = std::numeric_limits<float>::quiet_NaN();
    std::uint16_t status = 0;
    Truth truth = Truth::Unlabelled;
    std::string anomalyType;
};

/// A line from its usual fields (the rest default).
inline Line make(std::int64_t ts, std::string service, Level level = Level::Info,
                 std::string message = "GET /api completed",
                 float latencyMs = std::numeric_limits<float>::quiet_NaN(),
                 std::uint16_t status = 0) {
    Line line;
    line.ts = ts;
    line.service = std::move(service);
    line.level = level;
    line.message = std::move(message);
    line.latencyMs = latencyMs;
    line.status = status;
    return line;
}

inline void appendLine(LogTable& table, const Line& line) {
    LogRow row;
    row.timestampNs = line.ts;
    row.service = line.service;
    row.level = line.level;
    row.message = line.message;
    row.latencyMs = line.latencyMs;
    row.statusCode = line.status;
    row.truth = line.truth;
    row.anomalyType = line.anomalyType;
    row.lineNumber = table.size() + 1;
    table.append(row);
}

inline std::int64_t at(int year, int month, int day, int hour, int minute, int second = 0) {
    return toEpochNanos({year, month, day, hour, minute, second, 0});
}

/// One line of generated traffic, before episodes are applied.
struct GeneratedLine {
    std::int64_t timestampNs = 0;
    std::string service;
    Level level = Level::Info;
    std::string message;
    float latencyMs = 0.0F;
    std::uint16_t statusCode = 0;
};

/// An anomaly episode to write into generated traffic.
struct PlantedEpisode {
    std::string type; ///< error_spike, latency, outage, brute_force, injection, resource, cascade
    std::int64_t startNs = 0;
    std::int64_t durationNs = 0;
    std::vector<std::string> services;
};

/// Generated records (seed 003's microservices) with episodes applied; every line an episode
/// touches is labelled. Outage removes the service's lines; brute force and injection add
/// attack lines; the others rewrite the service's lines inside the window.
inline LogTable generatedTable(std::uint64_t seed, std::uint64_t lines,
                               const std::vector<PlantedEpisode>& episodes,
                               std::int64_t durationNs = 7 * kNanosPerDay) {
    // Calm generated traffic: the episodes below are the only anomalies.
    GeneratorOptions options;
    options.seed = seed;
    options.total = lines;
    options.durationNs = durationNs;
    options.scenarioOverride = std::string(kCalmScenario);
    std::string bytes;
    generateJsonLines(options, false, [&bytes](std::string_view chunk) {
        bytes.append(chunk);
        return true;
    });
    const LoadResult generated = loadLogBuffer(bytes);
    std::vector<GeneratedLine> records;
    records.reserve(generated.table->size());
    for (std::size_t r = 0; r < generated.table->size(); ++r) {
        const LogTable& t = *generated.table;
        records.push_back({t.timestampNs(r), std::string(t.service(r)), t.level(r),
                           std::string(t.message(r)), t.latencyMs(r), t.statusCode(r)});
    }
    std::mt19937_64 rng(seed * 7919 + 1);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    LogTable table;
    table.reserve(records.size());
    std::size_t extraIndex = 0;
    const auto inside = [](const PlantedEpisode& e, const GeneratedLine& r, bool anyService) {
        if (r.timestampNs < e.startNs || r.timestampNs >= e.startNs + e.durationNs)
            return false;
        if (anyService)
            return true;
        for (const std::string& s : e.services)
            if (s == r.service)
                return true;
        return false;
    };
    for (const GeneratedLine& record : records) {
        Line line;
        line.ts = record.timestampNs;
        line.service = std::string(record.service);
        line.level = record.level;
        line.message = record.message;
        line.latencyMs = record.latencyMs;
        line.status = record.statusCode;
        line.truth = Truth::Normal;
        bool drop = false;
        for (const PlantedEpisode& e : episodes) {
            // Cascades hit their services one after the other, a minute apart.
            std::int64_t lag = 0;
            bool hit = false;
            for (std::size_t k = 0; k < e.services.size(); ++k)
                if (e.services[k] == record.service) {
                    hit = true;
                    lag = e.type == "cascade" ? static_cast<std::int64_t>(k) * 2 * kNanosPerMinute
                                              : 0;
                }
            if (!hit || record.timestampNs < e.startNs + lag ||
                record.timestampNs >= e.startNs + e.durationNs)
                continue;
            if (e.type == "outage") {
                drop = true;
                break;
            }
            if (e.type == "brute_force" || e.type == "injection")
                continue; // attack lines are added below
            line.truth = Truth::Anomaly;
            line.anomalyType = e.type;
            if (e.type == "error_spike" || e.type == "cascade") {
                if (unit(rng) < 0.7) {
                    line.level = Level::Error;
                    line.status = 500;
                    line.message = e.type == "cascade"
                                       ? "Upstream dependency failed: connection reset"
                                       : "Internal error while handling request";
                    line.latencyMs *= 2.0F;
                }
            } else if (e.type == "latency") {
                line.latencyMs *= 6.0F;
            } else if (e.type == "resource") {
                if (unit(rng) < 0.5) {
                    line.level = Level::Warning;
                    line.message = "Heap memory usage at " +
                                   std::to_string(90 + static_cast<int>(unit(rng) * 9)) + "%";
                }
            }
        }
        if (!drop)
            appendLine(table, line);
        // Attack lines: a burst per second while the episode lasts.
        for (const PlantedEpisode& e : episodes) {
            if ((e.type != "brute_force" && e.type != "injection") || !inside(e, record, true))
                continue;
            if (extraIndex++ % 3 != 0)
                continue;
            Line attack;
            attack.ts = record.timestampNs;
            attack.service = e.services.front();
            attack.truth = Truth::Anomaly;
            attack.anomalyType = e.type;
            attack.latencyMs = 40.0F;
            if (e.type == "brute_force") {
                attack.level = Level::Warning;
                attack.status = 401;
                attack.message = "Failed login for user admin from 203.0.113.7";
            } else {
                attack.level = Level::Info;
                attack.status = 200;
                attack.message = "GET /search?q=' OR 1=1 -- completed";
            }
            for (int k = 0; k < 4; ++k) {
                attack.ts = record.timestampNs + k * 1000;
                appendLine(table, attack);
            }
        }
    }
    return table;
}

} // namespace logscope::test
