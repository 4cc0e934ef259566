// Soak: feeds random junk through the whole pipeline (detection, loading, templates, analysis)
// for a fixed time and prints the resident memory at intervals. Memory must stay flat: every
// load is released before the next, so growth would be a leak or an unbounded cache.
//
//   bench_soak_junk [SECONDS=120]
//   soak_rss_mb_at_<t>s: resident memory at t seconds
//   soak_rss_growth_mb:  last sample minus the sample after the first tenth of the run
#include "core/formats/log_loader.h"
#include "core/pipeline/log_pipeline.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>

using namespace logscope::core;

namespace {

double residentMegabytes() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::strtod(line.c_str() + 6, nullptr) / 1024.0;
    }
    return 0.0;
}

// One input of a random kind: raw bytes, printable noise, damaged log lines of several formats,
// deep JSON, long lines, stack traces, a damaged archive header.
std::string junk(std::mt19937_64& rng) {
    static const char* const kLines[] = {
        "2024-01-15 10:30:45,123 ERROR Request failed for user 42",
        "{\"timestamp\":\"2024-01-15T10:30:45Z\",\"level\":\"INFO\",\"service\":\"api\","
        "\"message\":\"ok\",\"response_time_ms\":12}",
        "<34>Oct 11 22:14:15 host sshd[123]: Failed password for root",
        "10.0.0.1 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.1\" 200 2326",
        "time=2024-01-15T10:30:45Z level=warn msg=\"slow\" duration=12ms",
        "[2024-01-15T10:30:45.123456] [ERROR   ] [web-server/nginx] [a1b2c3d4] boom (3500.50ms)",
        "\tat com.example.Service.handle(Service.java:42)",
    };
    std::string out;
    const std::size_t target = 1000 + rng() % 400'000;
    const int kind = static_cast<int>(rng() % 6);
    while (out.size() < target) {
        switch (kind) {
        case 0: // raw bytes
            out.push_back(static_cast<char>(rng() & 0xFF));
            break;
        case 1: // printable noise with line ends
            out.push_back(rng() % 40 == 0 ? '\n' : static_cast<char>(' ' + rng() % 95));
            break;
        case 2: { // damaged log lines: one byte in ten replaced
            std::string line = kLines[rng() % std::size(kLines)];
            for (char& c : line) {
                if (rng() % 10 == 0)
                    c = static_cast<char>(rng() & 0xFF);
            }
            // Distinct services and numbers, so pools and templates keep growing in a load.
            out += line + " id=" + std::to_string(rng() % 1'000'000) + "\n";
            break;
        }
        case 3: { // deep JSON nesting
            const std::size_t depth = 1 + rng() % 5000;
            out += std::string(depth, '[') + std::string(depth, ']') + "\n";
            break;
        }
        case 4: // one long line
            out += std::string(static_cast<std::size_t>(rng() % 200'000), 'x') + "\n";
            break;
        default: // a gzip or zstd header followed by junk
            out += rng() % 2 == 0 ? std::string("\x1f\x8b\x08\x00", 4)
                                  : std::string("\x28\xb5\x2f\xfd", 4);
            while (out.size() < target)
                out.push_back(static_cast<char>(rng() & 0xFF));
            break;
        }
    }
    return out;
}

} // namespace

int main(int argc, char** argv) {
    const double seconds = argc > 1 ? std::strtod(argv[1], nullptr) : 120.0;
    const int samples = 12;
    std::mt19937_64 rng(20261121);
    const auto start = std::chrono::steady_clock::now();
    auto elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    double warm = 0.0;
    double last = 0.0;
    int sample = 0;
    std::uint64_t inputs = 0;
    std::uint64_t bytes = 0;
    std::uint64_t rows = 0;
    while (elapsed() < seconds) {
        const std::string input = junk(rng);
        LoadOptions options;
        options.useSavedFormats = false;
        if (rng() % 3 == 0)
            options.format = "timestamp-level"; // forced: binary input is parsed anyway
        AnalyzedLog log = analyzeLoadedLog(loadLogBuffer(input, options));
        rows += log.table ? log.table->size() : 0;
        ++inputs;
        bytes += input.size();
        if (elapsed() >= seconds * (sample + 1) / samples) {
            ++sample;
            last = residentMegabytes();
            if (sample == 1 + samples / 10)
                warm = last;
            std::printf("soak_rss_mb_at_%ds: %.1f MB\n", static_cast<int>(elapsed()), last);
            std::fflush(stdout);
        }
    }
    std::printf("soak_inputs: %llu inputs\n", static_cast<unsigned long long>(inputs));
    std::printf("soak_bytes: %.1f MB\n", static_cast<double>(bytes) / 1e6);
    std::printf("soak_rows: %llu rows\n", static_cast<unsigned long long>(rows));
    std::printf("soak_rss_growth_mb: %.1f MB\n", last - warm);
    return 0;
}
