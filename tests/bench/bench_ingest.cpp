// Ingestion figures of issue 4: load speed of JSON lines in seed 002's shape (1,000,000 lines,
// ~420 MB) with anonymous memory per line, access-log and syslog speed, cancellation latency,
// and format detection on the project's fixtures and on the Loghub samples given their format
// strings. Inputs are generated here and written to a temporary folder (so they are in the page
// cache when loaded). Prints `name: value unit` lines.
//
// Usage: bench_ingest [JSON_LINES] [TEXT_MB] [DIR]   (defaults 1000000, 300, a temporary folder;
// inputs already in DIR are reused)
#include "core/formats/format_detector.h"
#include "core/formats/format_registry.h"
#include "core/formats/log_loader.h"
#include "core/io/input_reader.h"

#include <QDir>
#include <QTemporaryDir>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <sys/resource.h>
#include <thread>

using namespace logscope::core;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// CPU time this process used so far (all threads), in seconds.
double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Anonymous resident memory of this process (heap, not file mappings), in bytes.
std::uint64_t rssAnon() {
    std::ifstream status("/proc/self/status");
    std::string key;
    while (status >> key) {
        if (key == "RssAnon:") {
            std::uint64_t kb = 0;
            status >> kb;
            return kb * 1024;
        }
        std::getline(status, key);
    }
    return 0;
}

// Samples RssAnon every few milliseconds while alive: the peak during a load.
class PeakSampler {
public:
    PeakSampler()
        : m_thread([this] {
              while (!m_stop.load()) {
                  const std::uint64_t now = rssAnon();
                  std::uint64_t peak = m_peak.load();
                  while (now > peak && !m_peak.compare_exchange_weak(peak, now)) {
                  }
                  std::this_thread::sleep_for(std::chrono::milliseconds(5));
              }
          }) {}
    std::uint64_t stop() {
        m_stop = true;
        m_thread.join();
        return std::max(m_peak.load(), rssAnon());
    }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<std::uint64_t> m_peak{0};
    std::thread m_thread;
};

void pad(std::string& out, int value, int width) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%0*d", width, value);
    out += buffer;
}

// Seed 002's JSON shape, with Python's json.dumps spacing.
void writeJsonLines(const std::string& path, std::uint64_t lines) {
    static const char* kSources[] = {"web-server", "application", "database", "infrastructure"};
    static const char* kServices[] = {"nginx", "auth-service", "postgres", "kubernetes"};
    static const char* kLevels[] = {"INFO", "INFO", "INFO", "INFO", "WARNING", "ERROR", "DEBUG"};
    static const char* kMessages[] = {
        "Request completed successfully", "502 Bad Gateway - upstream auth-service unavailable",
        "Query executed in 45ms", "Connection pool exhausted, waiting for connection",
        "User authentication successful for user_id=48213"};
    static const char* kEndpoints[] = {"/api/v1/auth/login", "/api/v1/orders", "/health",
                                       "/api/v1/users/profile"};
    std::mt19937_64 rng(42);
    std::ofstream out(path, std::ios::binary);
    std::string line;
    char buffer[512];
    for (std::uint64_t i = 0; i < lines; ++i) {
        const int k = static_cast<int>(rng() % 4);
        const char* level = kLevels[rng() % 7];
        const bool anomaly = rng() % 20 == 0;
        const std::uint64_t second = i / 10;
        line.clear();
        line += "{\"timestamp\": \"2024-01-";
        pad(line, static_cast<int>(15 + second / 86400 % 10), 2);
        line += 'T';
        pad(line, static_cast<int>(second / 3600 % 24), 2);
        line += ':';
        pad(line, static_cast<int>(second / 60 % 60), 2);
        line += ':';
        pad(line, static_cast<int>(second % 60), 2);
        line += '.';
        pad(line, static_cast<int>(rng() % 1000000), 6);
        std::snprintf(
            buffer, sizeof buffer,
            "\", \"level\": \"%s\", \"source\": \"%s\", \"service\": \"%s\", \"message\": "
            "\"%s\", \"request_id\": \"%08llx-e5f6-7890-abcd-%012llx\", \"ip_address\": "
            "\"192.168.%d.%d\", \"response_time_ms\": %.1f, \"status_code\": %d, \"endpoint\": "
            "\"%s\", \"method\": \"%s\", \"error_code\": %s, \"_labels\": {\"is_anomaly\": %s, "
            "\"anomaly_type\": %s, \"anomaly_score\": %.2f}}\n",
            level, kSources[k], kServices[k], kMessages[rng() % 5],
            static_cast<unsigned long long>(rng() & 0xffffffffULL),
            static_cast<unsigned long long>(rng() & 0xffffffffffffULL),
            static_cast<int>(rng() % 256), static_cast<int>(rng() % 256),
            static_cast<double>(rng() % 500000) / 10.0, level[0] == 'E' ? 502 : 200,
            kEndpoints[rng() % 4], rng() % 2 ? "GET" : "POST",
            level[0] == 'E' ? "\"ERR_SERVICE_UNAVAILABLE\"" : "null", anomaly ? "true" : "false",
            anomaly ? "\"service_outage\"" : "null",
            anomaly ? 0.5 + static_cast<double>(rng() % 50) / 100.0 : 0.0);
        line += buffer;
        out << line;
    }
}

// nginx combined with $request_time, or BSD syslog, until megabytes are written.
void writeText(const std::string& path, bool access, std::uint64_t megabytes) {
    static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static const char* kPaths[] = {"/index.html", "/api/v1/orders?id=42", "/static/app.js",
                                   "/login"};
    static const char* kTags[] = {"sshd[1234]", "CRON[5678]", "kernel", "systemd[1]"};
    std::mt19937_64 rng(7);
    std::ofstream out(path, std::ios::binary);
    char buffer[512];
    std::uint64_t written = 0;
    for (std::uint64_t i = 0; written < megabytes * 1'000'000; ++i) {
        const std::uint64_t s = i / 20;
        const int day = static_cast<int>(1 + s / 86400 % 28);
        const int hour = static_cast<int>(s / 3600 % 24);
        const int minute = static_cast<int>(s / 60 % 60);
        const int second = static_cast<int>(s % 60);
        const char* month = kMonths[s / (86400 * 28) % 12];
        int n = 0;
        if (access) {
            const int status = rng() % 50 == 0 ? 500 : rng() % 10 == 0 ? 404 : 200;
            n = std::snprintf(
                buffer, sizeof buffer,
                "10.0.%d.%d - - [%02d/%s/2024:%02d:%02d:%02d +0000] \"GET %s HTTP/1.1\" %d %d "
                "\"https://example.com/\" \"Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0\" "
                "%.3f\n",
                static_cast<int>(rng() % 256), static_cast<int>(rng() % 256), day, month, hour,
                minute, second, kPaths[rng() % 4], status, static_cast<int>(rng() % 100000),
                static_cast<double>(rng() % 2000) / 1000.0);
        } else {
            n = std::snprintf(buffer, sizeof buffer,
                              "<%d>%s %2d %02d:%02d:%02d host%d %s: session %llu opened for user "
                              "admin from 10.0.%d.%d port %d\n",
                              static_cast<int>(rng() % 192), month, day, hour, minute, second,
                              static_cast<int>(rng() % 8), kTags[rng() % 4],
                              static_cast<unsigned long long>(rng() % 100000),
                              static_cast<int>(rng() % 256), static_cast<int>(rng() % 256),
                              static_cast<int>(1024 + rng() % 60000));
        }
        out.write(buffer, n);
        written += static_cast<std::uint64_t>(n);
    }
}

std::uint64_t fileSize(const std::string& path) {
    return storedSize(path);
}

// Reads the file once so that it is in the page cache, as the figures assume.
void warm(const std::string& path) {
    const InputData input = readInput(path);
    volatile std::uint64_t sum = 0;
    for (std::size_t i = 0; i < input.bytes.size(); i += 4096)
        sum = sum + static_cast<unsigned char>(input.bytes[i]);
}

struct Measured {
    double seconds = 0;
    double cpu = 0;
    std::uint64_t lines = 0;
    std::uint64_t anonPerLine = 0;
    std::uint64_t peakPerLine = 0;
    std::string format;
};

Measured load(const std::string& path) {
    warm(path);
    const std::uint64_t before = rssAnon();
    PeakSampler sampler;
    const auto start = Clock::now();
    const double cpuStart = cpuSeconds();
    LoadResult result = loadLogFile(path);
    Measured m;
    m.seconds = secondsSince(start);
    m.cpu = cpuSeconds() - cpuStart;
    const std::uint64_t peak = sampler.stop();
    const std::uint64_t after = rssAnon();
    m.lines = result.table->size();
    m.format = result.report.formatName;
    if (m.lines > 0) {
        m.anonPerLine = (after - std::min(after, before)) / m.lines;
        m.peakPerLine = (peak - std::min(peak, before)) / m.lines;
    }
    return m;
}

void detectionFigures() {
    const QDir fixtures(QStringLiteral(LOGSCOPE_TEST_DATA_DIR "/formats"));
    const auto candidates = detectionCandidates(SavedFormats());
    int right = 0;
    int total = 0;
    for (const QString& name : fixtures.entryList(QDir::Files, QDir::Name)) {
        // Fixtures are named <expected format>[.variant].<ext>; bad_* ones are not a format.
        if (name.startsWith(QLatin1String("bad_")))
            continue;
        const std::string expected = name.section(QLatin1Char('.'), 0, 0).toStdString();
        const InputData input = readInput(fixtures.filePath(name).toStdString());
        const Detection found = detectFormat(input.bytes, candidates);
        const bool ok = found.format && found.format->name() == expected;
        right += ok ? 1 : 0;
        ++total;
        if (!ok)
            std::printf("# detection missed %s: %s\n", qPrintable(name),
                        found.format ? found.format->name().c_str() : "nothing");
    }
    std::printf("detection_fixtures_right: %d of %d fixtures\n", right, total);

    const std::string loghub = LOGSCOPE_SHARED_DIR "/loghub";
    std::ifstream formats(loghub + "/formats.tsv");
    if (!formats) {
        std::printf("# %s/formats.tsv absent: Loghub figures skipped\n", loghub.c_str());
        return;
    }
    std::string row;
    int loghubRight = 0;
    int loghubTotal = 0;
    while (std::getline(formats, row)) {
        if (row.empty() || row[0] == '#')
            continue;
        const std::string name = row.substr(0, row.find('\t'));
        const std::string format = row.substr(row.find('\t') + 1);
        LoadOptions options;
        options.format = format;
        options.useSavedFormats = false;
        const auto start = Clock::now();
        const LoadResult result = loadLogs({loghub + "/" + name + "/" + name + "_2k.log"}, options);
        const double ms = secondsSince(start) * 1000;
        const bool ok = result.report.formatName == format && result.report.totalLines == 2000 &&
                        result.report.badLineCount == 0 && result.table->size() == 2000 &&
                        result.table->timeOrder().size() == 2000;
        loghubRight += ok ? 1 : 0;
        ++loghubTotal;
        std::printf("loghub_%s_lines: %llu lines (%llu bad, %zu timed, %.1f ms)\n", name.c_str(),
                    static_cast<unsigned long long>(result.report.totalLines),
                    static_cast<unsigned long long>(result.report.badLineCount),
                    result.table->timeOrder().size(), ms);
    }
    std::printf("loghub_formats_right: %d of %d samples\n", loghubRight, loghubTotal);
}

// From cancel() to loadLogFile's return, cancelling after delayMs.
double cancelLatencyMs(const std::string& path, int delayMs) {
    CancellationToken token;
    Clock::time_point finished;
    std::thread loader([&] {
        const LoadResult result = loadLogFile(path, &token);
        finished = Clock::now();
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
    const auto cancelled = Clock::now();
    token.cancel();
    loader.join();
    return std::max(0.0, std::chrono::duration<double, std::milli>(finished - cancelled).count());
}

} // namespace

int main(int argc, char** argv) {
    // The machine's load while measuring: other processes share these cores.
    if (std::ifstream loadavg("/proc/loadavg"); loadavg) {
        double one = 0;
        loadavg >> one;
        std::printf("machine_load_average: %.2f processes\n", one);
    }
    const std::uint64_t jsonLines = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1'000'000;
    const std::uint64_t textMb = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 300;
    QTemporaryDir temporary(QDir::tempPath() + QStringLiteral("/bench_ingest_XXXXXX"));
    const QDir dir(argc > 3 ? QString::fromLocal8Bit(argv[3]) : temporary.path());
    const std::string json = dir.filePath(QStringLiteral("seed002.jsonl")).toStdString();
    const std::string access = dir.filePath(QStringLiteral("access.log")).toStdString();
    const std::string syslog = dir.filePath(QStringLiteral("syslog.log")).toStdString();
    if (fileSize(json) == 0)
        writeJsonLines(json, jsonLines);
    if (fileSize(access) == 0)
        writeText(access, true, textMb);
    if (fileSize(syslog) == 0)
        writeText(syslog, false, textMb);

    const Measured j = load(json);
    const double jsonMb = static_cast<double>(fileSize(json)) / 1e6;
    std::printf("json_lines_file: %.0f MB (%llu lines, %s)\n", jsonMb,
                static_cast<unsigned long long>(j.lines), j.format.c_str());
    std::printf("json_lines_load: %.3f s\n", j.seconds);
    std::printf("json_lines_speed: %.0f MB/s\n", jsonMb / j.seconds);
    std::printf("json_lines_cpu_time: %.3f s\n", j.cpu);
    std::printf("json_lines_anon_memory: %llu bytes/line\n",
                static_cast<unsigned long long>(j.anonPerLine));
    std::printf("json_lines_peak_anon_memory: %llu bytes/line\n",
                static_cast<unsigned long long>(j.peakPerLine));

    for (const auto& [name, path] : {std::pair{"access_log", access}, {"syslog", syslog}}) {
        const Measured m = load(path);
        const double mb = static_cast<double>(fileSize(path)) / 1e6;
        std::printf("%s_file: %.0f MB (%llu lines, %s)\n", name, mb,
                    static_cast<unsigned long long>(m.lines), m.format.c_str());
        std::printf("%s_speed: %.0f MB/s\n", name, mb / m.seconds);
        std::printf("%s_cpu_time: %.3f s\n", name, m.cpu);
        std::printf("%s_anon_memory: %llu bytes/line\n", name,
                    static_cast<unsigned long long>(m.anonPerLine));
    }
    // Cancelled at several points of a load (the file mapping, line counting, parsing).
    double worst = 0;
    for (const int delay : {20, 60, 150, 300, 500}) {
        const double ms = cancelLatencyMs(json, delay);
        std::printf("cancel_latency_after_%d_ms: %.1f ms\n", delay, ms);
        worst = std::max(worst, ms);
    }
    std::printf("cancel_latency_worst: %.1f ms\n", worst);
    detectionFigures();
    return 0;
}
