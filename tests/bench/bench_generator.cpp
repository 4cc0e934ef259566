// Generator throughput and memory. Prints `name: value unit` lines:
//   generate_jsonl_file        1,000,000 labelled JSON lines of the microservices profile
//                              written to a file by the same code as `logscope generate -p`
//   generate_7d_microservices  the default run (7 simulated days, 100,800 lines) to a file
//   generate_<format>_memory   lines/s of each output format into memory
//   generate_rss_*             resident memory while 5,000,000 lines stream through
// Each timing is the median of three runs. Usage: bench_generator [LINES] [DIR]
#include "core/generator/log_generator.h"
#include "core/generator/output/generate_run.h"
#include "core/generator/scenario/scenario_loader.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <sys/resource.h>
#include <vector>

using namespace logscope::core;

namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double residentMegabytes() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::strtod(line.c_str() + 6, nullptr) / 1024.0;
    }
    return 0.0;
}

GeneratorSettings settingsFor(const Scenario& scenario, std::uint64_t total) {
    GeneratorRequest request;
    request.total = total;
    return resolveGeneratorSettings(scenario, request, 0).settings;
}

double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double g_lastCpu = 0.0; // CPU seconds (user + system) of the last timeRun

// Wall-clock seconds for one run of `total` lines of the profile through runGenerate.
double timeRun(const ScenarioLoad& load, std::uint64_t total, const GenerateOutput& output) {
    // A fresh file each time: replacing the previous run's hundreds of megabytes would bill
    // the kernel's freeing of their pages to this run.
    if (!output.path.empty())
        std::remove(output.path.c_str());
    const double cpuStart = cpuSeconds();
    const auto start = std::chrono::steady_clock::now();
    LogGenerator generator(load.scenario, settingsFor(*load.scenario, total));
    const GenerateSummary summary = runGenerate(generator, output);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    g_lastCpu = cpuSeconds() - cpuStart;
    if (!summary.ok() || summary.lines != total) {
        std::fprintf(stderr, "bench_generator: run failed: %s\n", summary.error.c_str());
        std::exit(1);
    }
    return seconds;
}

} // namespace

int main(int argc, char** argv) {
    const std::uint64_t lines = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1'000'000;
    const std::string dir = argc > 2 ? argv[2] : "/tmp";
    const ScenarioLoad load = loadScenario("microservices");
    if (!load.ok()) {
        std::fprintf(stderr, "bench_generator: %s\n", load.error.c_str());
        return 1;
    }
    const std::string path = dir + "/bench_generator.jsonl";

    GenerateOutput file;
    file.path = path;
    // Wall time is what a user waits for; CPU time (user + system, one thread) is what the
    // code costs, and the figure to trust when other processes share the cores.
    std::vector<double> runs;
    std::vector<double> cpu;
    for (int i = 0; i < 3; ++i) {
        runs.push_back(timeRun(load, lines, file));
        cpu.push_back(g_lastCpu);
    }
    std::printf("generate_jsonl_file: %.0f lines/s\n", static_cast<double>(lines) / median(runs));
    std::printf("generate_jsonl_file_cpu: %.0f lines/cpu-s\n",
                static_cast<double>(lines) / median(cpu));

    runs.clear();
    cpu.clear();
    for (int i = 0; i < 3; ++i) {
        runs.push_back(timeRun(load, 100'800, file));
        cpu.push_back(g_lastCpu);
    }
    std::printf("generate_7d_microservices: %.3f s\n", median(runs));
    std::printf("generate_7d_microservices_cpu: %.3f cpu-s\n", median(cpu));

    for (const OutputFormat format : {OutputFormat::JsonLines, OutputFormat::Text,
                                      OutputFormat::AccessLog, OutputFormat::Syslog}) {
        std::uint64_t bytes = 0;
        GenerateOutput memory;
        memory.format = format;
        memory.toStdout = true;
        memory.stdoutSink = [&bytes](std::string_view chunk) {
            bytes += chunk.size();
            return true;
        };
        runs.clear();
        for (int i = 0; i < 3; ++i)
            runs.push_back(timeRun(load, lines, memory));
        std::printf("generate_%s_memory: %.0f lines/s\n",
                    std::string(outputFormatName(format)).c_str(),
                    static_cast<double>(lines) / median(runs));
        std::printf("generate_%s_bytes_per_line: %.0f B\n",
                    std::string(outputFormatName(format)).c_str(),
                    static_cast<double>(bytes) / 3.0 / static_cast<double>(lines));
    }

    // Memory while a long run streams through: it must not grow with the line count.
    std::vector<double> rss;
    GenerateOutput sink;
    sink.toStdout = true;
    std::uint64_t seen = 0;
    sink.stdoutSink = [&](std::string_view chunk) {
        for (const char c : chunk)
            seen += c == '\n' ? 1 : 0;
        if (rss.size() < 5 && seen >= (rss.size() + 1) * 1'000'000)
            rss.push_back(residentMegabytes());
        return true;
    };
    timeRun(load, 5'000'000, sink);
    std::printf("generate_rss_at_1m_lines: %.1f MB\n", rss.empty() ? 0.0 : rss.front());
    std::printf("generate_rss_at_5m_lines: %.1f MB\n", rss.empty() ? 0.0 : rss.back());
    std::remove(path.c_str());
    std::remove((path + ".episodes.json").c_str());
    return 0;
}
