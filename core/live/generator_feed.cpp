#include "core/live/generator_feed.h"

#include "core/formats/format_registry.h"
#include "core/generator/scenario/episode_types.h"
#include "core/generator/scenario/scenario_loader.h"

namespace logscope::core {

std::unique_ptr<GeneratorFeed> GeneratorFeed::create(const GeneratorFeedSettings& settings,
                                                     std::int64_t nowNs, std::string& error) {
    const ScenarioLoad load = loadScenario(settings.profile, settings.scenarioOverride);
    if (!load.ok()) {
        error = load.error;
        return nullptr;
    }
    GeneratorRequest request;
    request.seed = settings.seed;
    request.clock = GeneratorClock::WallClock;
    request.total = 0;
    request.rate = settings.rate;
    request.anomalyProbability = settings.anomalyProbability;
    const SettingsResolution resolved = resolveGeneratorSettings(*load.scenario, request, nowNs);
    if (!resolved.ok()) {
        error = resolved.error;
        return nullptr;
    }
    std::unique_ptr<GeneratorFeed> feed(new GeneratorFeed());
    feed->m_generator = std::make_unique<LogGenerator>(load.scenario, resolved.settings);
    feed->m_writer = makeRecordWriter(OutputFormat::JsonLines, *load.scenario, true);
    feed->m_ingestor = LineIngestor(findBuiltinFormat("json-lines"));
    return feed;
}

std::span<const LogRow> GeneratorFeed::pull(std::int64_t nowNs, std::size_t maxLines) {
    m_generator->nextUntil(m_batch, nowNs, maxLines);
    m_text.clear();
    for (const GeneratedRecord& record : m_batch)
        m_writer->append(m_text, record);
    m_lines.clear();
    const std::string_view all = m_text.view();
    std::size_t from = 0;
    while (from < all.size()) {
        std::size_t end = all.find('\n', from);
        if (end == std::string_view::npos)
            end = all.size();
        m_lines.push_back(all.substr(from, end - from));
        from = end + 1;
    }
    return m_ingestor.parse(m_lines);
}

std::vector<TruthEpisode> GeneratorFeed::truth() const {
    std::vector<TruthEpisode> out;
    const Scenario& scenario = m_generator->scenario();
    for (const Episode& e : m_generator->episodes()) {
        TruthEpisode t;
        t.id = std::to_string(e.id);
        t.type = std::string(episodeTypeName(e.type));
        if (e.variant >= 0) {
            const auto variants = episodeVariants(e.type);
            if (static_cast<std::size_t>(e.variant) < variants.size())
                t.type.append(1, '/').append(variants[static_cast<std::size_t>(e.variant)]);
        }
        t.startNs = e.startNs;
        t.endNs = e.endNs;
        for (const std::uint16_t s : e.services)
            if (s < scenario.services.size())
                t.services.push_back(scenario.services[s].name);
        out.push_back(std::move(t));
    }
    return out;
}

} // namespace logscope::core
