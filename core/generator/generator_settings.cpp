#include "core/generator/generator_settings.h"

#include <cmath>

namespace logscope::core {
namespace {

std::int64_t toMicros(std::int64_t ns) {
    return ns / 1000 * 1000;
}

} // namespace

SettingsResolution resolveGeneratorSettings(const Scenario& scenario,
                                            const GeneratorRequest& request, std::int64_t nowNs) {
    SettingsResolution out;
    GeneratorSettings& s = out.settings;
    s.seed = request.seed;
    s.clock = request.clock;
    s.anomalyProbability = request.anomalyProbability.value_or(scenario.anomalyProbability);
    s.batchSize = request.batchSize.value_or(scenario.batchSize);
    s.intervalSeconds = request.intervalSeconds.value_or(scenario.intervalSeconds);
    if (s.batchSize == 0 || s.intervalSeconds <= 0.0 || s.anomalyProbability < 0.0 ||
        s.anomalyProbability > 1.0) {
        out.error = "batch size, interval and anomaly rate must be positive (the rate at most 1)";
        return out;
    }
    if (request.rate && !(*request.rate > 0.0)) {
        out.error = "the rate must be above 0 lines per second";
        return out;
    }
    if (request.durationNs && *request.durationNs <= 0) {
        out.error = "the duration must be above 0";
        return out;
    }

    if (s.clock == GeneratorClock::WallClock) {
        if (request.startNs) {
            out.error = "wall-clock streaming stamps lines with the current time; --start "
                        "applies to simulated time only";
            return out;
        }
        s.startNs = toMicros(nowNs);
        s.rate = request.rate.value_or(
            scenario.rate.value_or(static_cast<double>(s.batchSize) / s.intervalSeconds));
        s.total = request.total.value_or(scenario.total.value_or(0));
        s.durationNs = request.durationNs.value_or(0);
        return out;
    }

    s.startNs = toMicros(request.startNs.value_or(scenario.startNow ? nowNs : scenario.startNs));
    if (request.total && *request.total == 0) {
        out.error = "a total of 0 means endless streaming, which needs the wall clock "
                    "(--interval)";
        return out;
    }
    std::optional<std::uint64_t> total = request.total;
    std::optional<std::int64_t> duration = request.durationNs;
    std::optional<double> rate = request.rate;
    const int given = (total ? 1 : 0) + (duration ? 1 : 0) + (rate ? 1 : 0);
    if (given == 3) {
        out.error = "give at most two of --total, --duration and --rate: the third follows";
        return out;
    }
    auto known = [&] {
        return (total ? 1 : 0) + (duration ? 1 : 0) + (rate ? 1 : 0);
    };
    // The scenario pins two of the three; keep its rate first, then its duration, then its
    // total, so `--total 100` on a one-line-a-second profile stays one line a second and on
    // a seven-day profile stays seven days.
    if (known() < 2 && !rate && scenario.rate)
        rate = scenario.rate;
    if (known() < 2 && !duration && scenario.durationNs)
        duration = scenario.durationNs;
    if (known() < 2 && !total && scenario.total && *scenario.total > 0)
        total = scenario.total;
    if (known() < 2) {
        out.error = "the scenario and the options give fewer than two of total, duration and "
                    "rate";
        return out;
    }
    if (!total) {
        const double lines = *rate * static_cast<double>(*duration) / 1e9;
        if (lines < 1.0 || lines > 1e15) {
            out.error = "rate x duration gives " + std::to_string(lines) + " lines";
            return out;
        }
        total = static_cast<std::uint64_t>(std::llround(lines));
    }
    if (!duration) {
        const double ns = static_cast<double>(*total) / *rate * 1e9;
        if (ns > 3650.0 * 86400e9) {
            out.error = "total / rate is longer than ten years";
            return out;
        }
        duration = static_cast<std::int64_t>(std::llround(ns));
    }
    if (*duration < 1000) {
        out.error = "the duration must be at least a microsecond";
        return out;
    }
    s.total = *total;
    s.durationNs = *duration;
    s.rate = rate.value_or(static_cast<double>(*total) / (static_cast<double>(*duration) / 1e9));
    return out;
}

} // namespace logscope::core
