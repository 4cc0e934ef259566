#include "core/generator/generate_json_lines.h"

#include "core/generator/scenario/scenario_loader.h"

#include <chrono>

namespace logscope::core {

bool generateJsonLines(const GeneratorOptions& options, bool withLabels, const ChunkSink& sink) {
    const ScenarioLoad load = loadScenario(options.profile, options.scenarioOverride);
    if (!load.ok())
        return false;
    GeneratorRequest request;
    request.seed = options.seed;
    request.total = options.total;
    if (options.startNs != 0)
        request.startNs = options.startNs;
    if (options.durationNs > 0)
        request.durationNs = options.durationNs;
    const auto now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    const SettingsResolution settings = resolveGeneratorSettings(*load.scenario, request, now);
    if (!settings.ok())
        return false;
    LogGenerator generator(load.scenario, settings.settings);
    GenerateOutput output;
    output.labels = withLabels;
    output.toStdout = true;
    output.stdoutSink = sink;
    return runGenerate(generator, output).ok();
}

} // namespace logscope::core
