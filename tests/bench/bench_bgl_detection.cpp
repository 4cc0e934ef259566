// Line-level detection on Loghub's BGL sample (first column = label: "-" normal, else an
// alert): precision, recall and F1 of the lines `logscope analyze` flags. Skips (exit 0, one
// line) when ../shared/loghub is absent. Prints `name: value unit` lines.
#include "core/analysis/analyzer.h"
#include "core/table/level.h"
#include "core/time/civil_time.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace logscope::core;

int main(int argc, char** argv) {
    const std::string path =
        argc > 1 ? argv[1] : std::string(LOGSCOPE_SHARED_DIR) + "/loghub/BGL/BGL_2k.log";
    std::ifstream file(path);
    if (!file) {
        std::printf("bgl_skipped: 1 (no %s)\n", path.c_str());
        return 0;
    }
    // <Label> <Timestamp> <Date> <Node> <Time> <NodeRepeat> <Type> <Component> <Level> <Content>
    LogTable table;
    std::string line;
    std::uint64_t number = 0;
    while (std::getline(file, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        std::istringstream in(line);
        std::string label, epoch, date, node, time, repeat, type, component, level;
        if (!(in >> label >> epoch >> date >> node >> time >> repeat >> type >> component >> level))
            continue;
        std::string content;
        std::getline(in, content);
        if (!content.empty() && content.front() == ' ')
            content.erase(0, 1);
        LogRow row;
        row.timestampNs = std::stoll(epoch) * kNanosPerSecond;
        row.level = parseLevel(level);
        row.service = component;
        row.host = node;
        row.message = content;
        row.truth = label == "-" ? Truth::Normal : Truth::Anomaly;
        row.anomalyType = label == "-" ? std::string_view() : std::string_view(label);
        row.lineNumber = number;
        table.append(row);
    }
    const auto result = analyze(table);
    const TruthEvaluation& t = result->truth;
    std::printf("bgl_lines: %zu lines\n", table.size());
    std::printf("bgl_flagged: %llu lines\n", static_cast<unsigned long long>(result->anomalyCount));
    std::printf("bgl_incidents: %zu count\n", result->incidents.size());
    std::printf("bgl_line_precision: %.3f ratio\n", t.precision);
    std::printf("bgl_line_recall: %.3f ratio\n", t.recall);
    std::printf("bgl_line_f1: %.3f ratio\n", t.f1);
    std::printf("bgl_episode_recall: %.3f ratio (%llu of %llu label runs)\n", t.episodeRecall,
                static_cast<unsigned long long>(t.episodesCaught),
                static_cast<unsigned long long>(t.episodes));
    return 0;
}
