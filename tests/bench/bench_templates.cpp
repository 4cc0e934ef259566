// Template mining: accuracy on the Loghub 2k samples (GA, PA, FGA, FTA against the Loghub-2.0
// corrected ground truth, one default configuration for all) and speed on the HDFS sample
// repeated to 1M lines. Prints `name: value unit` lines.
//
//   bench_templates [LINES] [--diff NAME]   (--diff lists what NAME gets wrong)
#include "tests/support/loghub_samples.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <string>

using namespace logscope;

namespace {

// CPU time of this thread: the figure for "one core" even when other processes share the
// machine (wall-clock rates are printed too).
double threadSeconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

double wallSeconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Lists the true groups a sample's mining splits or merges, and the template texts it gets wrong.
void printDiff(const testing::LoghubSample& sample, const testing::MinedSample& mined) {
    std::map<std::string, std::map<std::uint32_t, std::size_t>> truthToMined;
    std::map<std::uint32_t, std::map<std::string, std::size_t>> minedToTruth;
    std::map<std::string, std::string> truthText;
    std::map<std::string, std::size_t> truthExample;
    for (std::size_t i = 0; i < sample.truthIds.size(); ++i) {
        ++truthToMined[sample.truthIds[i]][mined.ids[i]];
        ++minedToTruth[mined.ids[i]][sample.truthIds[i]];
        truthText[sample.truthIds[i]] = sample.truthTemplates[i];
        truthExample.try_emplace(sample.truthIds[i], i);
    }
    std::printf("--- %s: true groups not recovered exactly\n", sample.name.c_str());
    for (const auto& [truth, minedIds] : truthToMined) {
        const bool exact =
            minedIds.size() == 1 && minedToTruth[minedIds.begin()->first].size() == 1;
        if (exact)
            continue;
        std::size_t lines = 0;
        for (const auto& [id, n] : minedIds)
            lines += n;
        std::printf("%s (%zu lines) %s\n   e.g. %s\n", truth.c_str(), lines,
                    truthText[truth].c_str(), mined.contents[truthExample[truth]].c_str());
        for (const auto& [id, n] : minedIds)
            std::printf("   -> #%u x%zu (holds %zu true groups) %s\n", id, n,
                        minedToTruth[id].size(), mined.texts[id].c_str());
    }
    std::printf("--- %s: template texts that differ (lines)\n", sample.name.c_str());
    std::map<std::pair<std::string, std::string>, std::size_t> wrong;
    for (std::size_t i = 0; i < sample.truthIds.size(); ++i) {
        const std::string& text = mined.texts[mined.ids[i]];
        if (core::normalizeTemplate(text) != core::normalizeTemplate(sample.truthTemplates[i]))
            ++wrong[{sample.truthTemplates[i], text}];
    }
    for (const auto& [pair, n] : wrong)
        std::printf("%5zu  truth %s\n       mined %s\n", n, pair.first.c_str(),
                    pair.second.c_str());
}

void benchmarkAccuracy(const std::vector<testing::LoghubSample>& samples,
                       const std::string& diffName) {
    double ga = 0, pa = 0, fga = 0, fta = 0;
    for (const auto& sample : samples) {
        const testing::MinedSample mined = testing::mineSample(sample);
        const core::ParsingAccuracy& a = mined.accuracy;
        std::printf("%s_ga: %.4f ratio\n%s_pa: %.4f ratio\n%s_fga: %.4f ratio\n"
                    "%s_fta: %.4f ratio\n%s_templates: %zu mined (%zu true)\n",
                    sample.name.c_str(), a.groupingAccuracy, sample.name.c_str(), a.parsingAccuracy,
                    sample.name.c_str(), a.groupingF1, sample.name.c_str(), a.templateF1,
                    sample.name.c_str(), a.minedGroups, a.truthGroups);
        if (mined.unmatchedLines > 0)
            std::printf("%s_unmatched_lines: %zu lines\n", sample.name.c_str(),
                        mined.unmatchedLines);
        ga += a.groupingAccuracy;
        pa += a.parsingAccuracy;
        fga += a.groupingF1;
        fta += a.templateF1;
        if (sample.name == diffName)
            printDiff(sample, mined);
    }
    const auto n = static_cast<double>(samples.size());
    std::printf("mean_ga: %.4f ratio\nmean_pa: %.4f ratio\nmean_fga: %.4f ratio\n"
                "mean_fta: %.4f ratio\n",
                ga / n, pa / n, fga / n, fta / n);
}

void benchmarkSpeed(const testing::LoghubSample& hdfs, std::size_t total) {
    std::string error;
    const auto format = core::LogparserFormat::compile(hdfs.format, error);
    if (!format) {
        std::printf("speed: skipped (%s)\n", error.c_str());
        return;
    }
    core::LogparserFormat::Matcher matcher(format);
    std::vector<std::string_view> fields;
    std::vector<std::string_view> lines;
    std::vector<std::string_view> contents;
    lines.reserve(total);
    contents.reserve(total);
    const auto& sampleLines = hdfs.log.lines();
    std::vector<std::string_view> sampleContents;
    for (std::string_view line : sampleLines) {
        sampleContents.push_back(matcher.match(line, fields)
                                     ? fields[static_cast<std::size_t>(format->contentIndex())]
                                     : line);
    }
    std::size_t bytes = 0;
    for (std::size_t i = 0; i < total; ++i) {
        lines.push_back(sampleLines[i % sampleLines.size()]);
        contents.push_back(sampleContents[i % sampleContents.size()]);
        bytes += lines.back().size() + 1;
    }

    // Best of three runs, each with a fresh miner.
    double mineCpu = 1e30, mineWall = 1e30, endToEndCpu = 1e30, endToEndWall = 1e30;
    std::size_t templates = 0;
    std::uint64_t checksum = 0;
    for (int run = 0; run < 3; ++run) {
        core::TemplateMiner miner;
        double cpu = threadSeconds();
        double wall = wallSeconds();
        for (std::string_view content : contents)
            checksum += miner.add(content);
        mineCpu = std::min(mineCpu, threadSeconds() - cpu);
        mineWall = std::min(mineWall, wallSeconds() - wall);
        templates = miner.size();

        core::TemplateMiner endToEnd;
        cpu = threadSeconds();
        wall = wallSeconds();
        for (std::string_view line : lines) {
            std::string_view content = line;
            if (matcher.match(line, fields))
                content = fields[static_cast<std::size_t>(format->contentIndex())];
            checksum += endToEnd.add(content);
        }
        endToEndCpu = std::min(endToEndCpu, threadSeconds() - cpu);
        endToEndWall = std::min(endToEndWall, wallSeconds() - wall);
    }
    const auto n = static_cast<double>(total);
    std::printf("speed_lines: %zu lines (HDFS sample repeated; checksum %llu)\n", total,
                static_cast<unsigned long long>(checksum));
    std::printf("speed_templates: %zu templates\n", templates);
    std::printf("mine_content_rate: %.0f lines/s (one core: thread CPU time)\n", n / mineCpu);
    std::printf("mine_content_wall_rate: %.0f lines/s\n", n / mineWall);
    std::printf("mine_content_bytes: %.1f MB/s\n", static_cast<double>(bytes) / 1e6 / mineCpu);
    std::printf("format_and_mine_rate: %.0f lines/s (one core: thread CPU time)\n",
                n / endToEndCpu);
    std::printf("format_and_mine_wall_rate: %.0f lines/s\n", n / endToEndWall);
}

} // namespace

int main(int argc, char** argv) {
    std::size_t total = 1'000'000;
    std::string diffName;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--diff" && i + 1 < argc)
            diffName = argv[++i];
        else
            total = std::strtoull(argv[i], nullptr, 10);
    }
    std::string error;
    const auto samples = testing::loadLoghubSamples(LOGSCOPE_SHARED_DIR "/loghub", error);
    if (samples.empty()) {
        std::printf("loghub: skipped (%s)\n", error.c_str());
        return 0;
    }
    benchmarkAccuracy(samples, diffName);
    for (const auto& sample : samples) {
        if (sample.name == "HDFS")
            benchmarkSpeed(sample, total);
    }
    return 0;
}
