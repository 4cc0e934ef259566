// Detection quality on the generator's microservices profile: 7 simulated days with the
// default anomaly mix, for several seeds, written and read back as `logscope generate -p` and
// `logscope analyze --episodes` do. Prints `name: value unit` lines per seed and pooled:
//   episode recall     episodes an incident overlaps and names a service of
//   incident precision incidents that overlap a true episode
//   line F1            flagged lines against the labelled ones
// Usage: bench_detection [FIRST_SEED] [SEEDS] [DIR]   (default 1 5 /tmp)
#include "core/analysis/evaluation/ground_truth_evaluation.h"
#include "core/formats/log_loader.h"
#include "core/generator/log_generator.h"
#include "core/generator/output/generate_run.h"
#include "core/generator/scenario/scenario_loader.h"
#include "core/pipeline/log_pipeline.h"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

using namespace logscope::core;

namespace {

struct Totals {
    std::uint64_t episodes = 0;
    std::uint64_t caught = 0;
    std::uint64_t incidents = 0;
    std::uint64_t incidentsRight = 0;
    std::uint64_t tp = 0;
    std::uint64_t fp = 0;
    std::uint64_t fn = 0;
};

double ratio(std::uint64_t a, std::uint64_t b) {
    return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b);
}

double f1(std::uint64_t tp, std::uint64_t fp, std::uint64_t fn) {
    const double p = ratio(tp, tp + fp);
    const double r = ratio(tp, tp + fn);
    return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
}

} // namespace

int main(int argc, char** argv) {
    const std::uint64_t firstSeed = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1;
    const std::uint64_t seeds = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 5;
    const std::string dir = argc > 3 ? argv[3] : "/tmp";
    const ScenarioLoad load = loadScenario("microservices");
    if (!load.scenario) {
        std::fprintf(stderr, "bench_detection: %s\n", load.error.c_str());
        return 1;
    }
    Totals all;
    for (std::uint64_t seed = firstSeed; seed < firstSeed + seeds; ++seed) {
        GeneratorRequest request;
        request.seed = seed;
        const SettingsResolution settings = resolveGeneratorSettings(*load.scenario, request, 0);
        if (!settings.ok()) {
            std::fprintf(stderr, "bench_detection: %s\n", settings.error.c_str());
            return 1;
        }
        LogGenerator generator(load.scenario, settings.settings);
        GenerateOutput output;
        output.path = dir + "/bench_detection_" + std::to_string(seed) + ".jsonl";
        const GenerateSummary written = runGenerate(generator, output);
        if (!written.ok()) {
            std::fprintf(stderr, "bench_detection: %s\n", written.error.c_str());
            return 1;
        }
        auto episodes = std::make_shared<std::vector<TruthEpisode>>();
        const std::string error = loadTruthEpisodes(written.episodesPath, *episodes);
        if (!error.empty()) {
            std::fprintf(stderr, "bench_detection: %s\n", error.c_str());
            return 1;
        }
        AnalysisOptions options;
        options.episodes = episodes;
        const AnalyzedLog analyzed = analyzeLoadedLog(loadLogFile(output.path), {}, options);
        std::remove(output.path.c_str());
        std::remove(written.episodesPath.c_str());
        if (!analyzed.result) {
            std::fprintf(stderr, "bench_detection: analysis failed\n");
            return 1;
        }
        const TruthEvaluation& e = analyzed.result->truth;
        const std::uint64_t incidents = analyzed.result->incidents.size();
        std::printf("seed_%llu_episode_recall: %.3f ratio (%llu of %llu)\n",
                    static_cast<unsigned long long>(seed), e.episodeRecall,
                    static_cast<unsigned long long>(e.episodesCaught),
                    static_cast<unsigned long long>(e.episodes));
        std::printf("seed_%llu_incident_precision: %.3f ratio (%llu of %llu)\n",
                    static_cast<unsigned long long>(seed), e.incidentPrecision,
                    static_cast<unsigned long long>(e.incidentsOnEpisodes),
                    static_cast<unsigned long long>(incidents));
        std::printf("seed_%llu_line_f1: %.3f ratio (precision %.3f, recall %.3f)\n",
                    static_cast<unsigned long long>(seed), e.f1, e.precision, e.recall);
        all.episodes += e.episodes;
        all.caught += e.episodesCaught;
        all.incidents += incidents;
        all.incidentsRight += e.incidentsOnEpisodes;
        all.tp += e.truePositives;
        all.fp += e.falsePositives;
        all.fn += e.falseNegatives;
    }
    std::printf("episode_recall: %.3f ratio (%llu of %llu)\n", ratio(all.caught, all.episodes),
                static_cast<unsigned long long>(all.caught),
                static_cast<unsigned long long>(all.episodes));
    std::printf("incident_precision: %.3f ratio (%llu of %llu)\n",
                ratio(all.incidentsRight, all.incidents),
                static_cast<unsigned long long>(all.incidentsRight),
                static_cast<unsigned long long>(all.incidents));
    std::printf("line_f1: %.3f ratio (precision %.3f, recall %.3f)\n", f1(all.tp, all.fp, all.fn),
                ratio(all.tp, all.tp + all.fp), ratio(all.tp, all.tp + all.fn));
    return 0;
}
