// End-to-end throughput of the first slice: generate JSON lines, load them, analyse them.
// Prints `name: value unit` lines.
#include "core/analysis/analyzer.h"
#include "core/formats/log_loader.h"
#include "core/generator/generate_json_lines.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace logscope::core;

namespace {
double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}
} // namespace

int main(int argc, char** argv) {
    const std::uint64_t lines = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1'000'000;
    GeneratorOptions options;
    options.total = lines;

    auto start = std::chrono::steady_clock::now();
    std::string bytes;
    generateJsonLines(options, true, [&bytes](std::string_view chunk) {
        bytes.append(chunk);
        return true;
    });
    const double generateSeconds = secondsSince(start);

    start = std::chrono::steady_clock::now();
    const LoadResult loaded = loadLogBuffer(bytes);
    const double loadSeconds = secondsSince(start);

    start = std::chrono::steady_clock::now();
    const auto result = analyze(*loaded.table);
    const double analyzeSeconds = secondsSince(start);

    const double mb = static_cast<double>(bytes.size()) / 1e6;
    std::printf("pipeline_lines: %llu lines\n",
                static_cast<unsigned long long>(result->totalLines));
    std::printf("generate_json_lines: %.0f lines/s\n",
                static_cast<double>(lines) / generateSeconds);
    std::printf("load_json_lines: %.0f lines/s\n", static_cast<double>(lines) / loadSeconds);
    std::printf("load_json_lines_bytes: %.1f MB/s\n", mb / loadSeconds);
    std::printf("analyze_summary: %.0f lines/s\n", static_cast<double>(lines) / analyzeSeconds);
    return 0;
}
