// The analysis engine on a generated table: full analysis of N lines (default 1,000,000),
// per stage. Prints `name: value unit` lines.
#include "core/analysis/analyzer.h"
#include "core/formats/log_loader.h"
#include "core/generator/generate_json_lines.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>

using namespace logscope::core;

namespace {
// CPU seconds used by the whole process (all threads): on a busy shared machine this says
// what the work costs when wall time mostly says how long it waited.
double processCpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}
} // namespace

int main(int argc, char** argv) {
    const std::uint64_t lines = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1'000'000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 3;
    GeneratorOptions options;
    options.total = lines;
    std::string bytes;
    generateJsonLines(options, true, [&bytes](std::string_view chunk) {
        bytes.append(chunk);
        return true;
    });
    const LoadResult loaded = loadLogBuffer(bytes);
    bytes.clear();
    bytes.shrink_to_fit();

    const AnalysisOptions analysisOptions;
    double best = 1e30;
    double bestCpu = 1e30;
    std::shared_ptr<const AnalysisResult> result;
    for (int run = 0; run < std::max(1, runs); ++run) {
        const double cpuStart = processCpuSeconds();
        const auto start = std::chrono::steady_clock::now();
        result = analyze(*loaded.table, ViewFilter{}, analysisOptions);
        best = std::min(
            best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        bestCpu = std::min(bestCpu, processCpuSeconds() - cpuStart);
    }
    const std::string name = lines == 1'000'000 ? "1m" : std::to_string(lines);
    std::printf("analyze_lines: %llu lines\n", static_cast<unsigned long long>(result->totalLines));
    std::printf("analyze_%s_lines: %.3f s\n", name.c_str(), best);
    std::printf("analyze_%s_cpu: %.3f s\n", name.c_str(), bestCpu);
    std::printf("analyze_throughput: %.0f lines/s\n", static_cast<double>(lines) / best);
    for (const StageTiming& stage : result->timings)
        std::printf("analyze_stage_%s: %.1f ms\n", stage.stage.c_str(), stage.ms);
    std::printf("analyze_incidents: %zu count\n", result->incidents.size());
    std::printf("analyze_anomalies: %llu lines\n",
                static_cast<unsigned long long>(result->anomalyCount));
    std::printf("analyze_health: %.1f score\n", result->health.score);

    // A view filter: one service.
    ViewFilter filter;
    filter.services = {"database"};
    const auto start = std::chrono::steady_clock::now();
    const auto subset = analyze(*loaded.table, filter, analysisOptions);
    std::printf("analyze_filtered_%s: %.3f s (%llu lines)\n", name.c_str(),
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
                static_cast<unsigned long long>(subset->totalLines));
    return 0;
}
