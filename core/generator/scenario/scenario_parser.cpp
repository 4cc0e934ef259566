#include "core/generator/scenario/scenario_parser.h"

#include "core/generator/scenario/duration_text.h"
#include "core/generator/scenario/scenario_loader.h"
#include "core/time/civil_time.h"
#include "core/util/json_depth.h"

#include <QFile>
#include <array>
#include <cmath>

namespace logscope::core {
namespace {

constexpr std::int64_t kMaxDurationNs = 3650 * kNanosPerDay;

std::array<double, 24> parseHourly(const JsonNode& node, double max) {
    node.requireArray(24, 24);
    std::array<double, 24> values{};
    double sum = 0.0;
    for (std::size_t h = 0; h < 24; ++h) {
        values[h] = node.element(h).number(0.0, max);
        sum += values[h];
    }
    if (sum <= 0.0)
        node.fail("24 numbers, at least one above 0");
    return values;
}

std::pair<double, double> parseRange(const JsonNode& node) {
    node.requireArray(2, 2);
    const double low = node.element(0).number(-1e12, 1e12);
    const double high = node.element(1).number(-1e12, 1e12);
    if (low > high)
        node.fail("[low, high] with low <= high");
    return {low, high};
}

void parseTraffic(const JsonNode& node, Scenario& s) {
    node.requireObject({"hourly", "weekend_factor"});
    if (const auto hourly = node.member("hourly"))
        s.hourlyTraffic = parseHourly(*hourly, 1e6);
    if (const auto weekend = node.member("weekend_factor"))
        s.weekendFactor = weekend->number(0.0, 100.0);
}

void parseLevels(const JsonNode& node, Scenario& s) {
    node.requireObject(
        {"error_rate", "warning_rate", "critical_share", "hourly_error_factor", "names"});
    if (const auto v = node.member("error_rate"))
        s.errorRate = v->number(0.0, 1.0);
    if (const auto v = node.member("warning_rate"))
        s.warningRate = v->number(0.0, 1.0);
    if (s.errorRate + s.warningRate > 1.0)
        node.failWith("error_rate + warning_rate must not exceed 1");
    if (const auto v = node.member("critical_share"))
        s.criticalShare = v->number(0.0, 1.0);
    if (const auto v = node.member("hourly_error_factor"))
        s.hourlyErrorFactor = parseHourly(*v, 1000.0);
    if (const auto names = node.member("names")) {
        names->requireObject({"trace", "debug", "info", "warning", "error", "critical"});
        static constexpr std::array<std::pair<std::string_view, Level>, 6> kKeys{
            {{"trace", Level::Trace},
             {"debug", Level::Debug},
             {"info", Level::Info},
             {"warning", Level::Warning},
             {"error", Level::Error},
             {"critical", Level::Critical}}};
        for (const auto& [key, level] : kKeys) {
            if (const auto name = names->member(key)) {
                std::string text = name->string();
                if (text.empty())
                    name->fail("a non-empty string");
                s.levelNames[static_cast<std::size_t>(level)] = std::move(text);
            }
        }
    }
}

void parseComponents(const JsonNode& node, Scenario& s) {
    node.requireObject();
    for (const auto& item : node.value().items()) {
        if (item.value().is_null())
            continue;
        const JsonNode c(item.value(), jsonPointerChild(node.path(), item.key()));
        c.requireObject({"unit", "range", "peak", "off", "anomaly", "decimals"});
        ComponentSpec spec;
        spec.name = item.key();
        if (const auto v = c.member("unit"))
            spec.unit = v->string();
        if (const auto v = c.member("range"))
            std::tie(spec.min, spec.max) = parseRange(*v);
        spec.peakLow = spec.min + (spec.max - spec.min) * 0.5;
        spec.peakHigh = spec.min + (spec.max - spec.min) * 0.8;
        spec.offLow = spec.min + (spec.max - spec.min) * 0.1;
        spec.offHigh = spec.min + (spec.max - spec.min) * 0.4;
        spec.anomalyLow = spec.min + (spec.max - spec.min) * 0.9;
        spec.anomalyHigh = spec.max;
        if (const auto v = c.member("peak"))
            std::tie(spec.peakLow, spec.peakHigh) = parseRange(*v);
        if (const auto v = c.member("off"))
            std::tie(spec.offLow, spec.offHigh) = parseRange(*v);
        if (const auto v = c.member("anomaly"))
            std::tie(spec.anomalyLow, spec.anomalyHigh) = parseRange(*v);
        if (const auto v = c.member("decimals"))
            spec.decimals = static_cast<int>(v->integer(0, 6));
        s.components.push_back(std::move(spec));
    }
}

void parseFields(const JsonNode& node, Scenario& s) {
    node.requireArray(1);
    for (std::size_t i = 0; i < node.value().size(); ++i) {
        const JsonNode f = node.element(i);
        const auto field =
            f.value().is_string() ? parseFieldName(f.value().get<std::string>()) : std::nullopt;
        if (!field) {
            std::vector<std::string_view> names;
            for (int id = 0; id < kFieldCount; ++id)
                names.push_back(fieldName(static_cast<FieldId>(id)));
            f.fail("a field name: " + joinChoices(names));
        }
        if (s.hasField(*field))
            f.failWith("field listed twice");
        s.fields.push_back(*field);
    }
    if (!s.hasField(FieldId::Timestamp))
        node.failWith("the fields must include \"timestamp\"");
}

void parseStart(const JsonNode& node, Scenario& s) {
    const std::string text = node.value().is_string() ? node.value().get<std::string>() : "";
    if (text == "now") {
        s.startNow = true;
        return;
    }
    if (!parseIso8601(text, s.startNs))
        node.fail("an ISO 8601 time (\"2024-10-27T14:30:00Z\") or \"now\"");
}

} // namespace

Scenario parseScenarioDocument(const OrderedJson& document) {
    const JsonNode root(document, "");
    root.requireObject(
        {"profile",    "name",       "description", "record",           "fields",
         "timestamp",  "start",      "total",       "duration",         "rate",
         "batch_size", "interval",   "spacing",     "traffic",          "levels",
         "services",   "components", "peak_hours",  "weekend_off_peak", "anomalies"});
    Scenario s;
    s.hourlyTraffic.fill(1.0);
    s.hourlyErrorFactor.fill(1.0);
    for (int t = 0; t < kEpisodeTypeCount; ++t) {
        const auto type = static_cast<EpisodeType>(t);
        AnomalyTypeConfig& config = s.anomalyTypes[static_cast<std::size_t>(t)];
        config.params = defaultEpisodeParams(type);
        std::tie(config.minDurationSeconds, config.maxDurationSeconds) =
            defaultEpisodeDuration(type);
    }
    for (int l = 0; l < kLevelCount; ++l)
        s.levelNames[static_cast<std::size_t>(l)] = std::string(levelName(static_cast<Level>(l)));
    if (const auto v = root.member("profile")) {
        const std::vector<std::string> names = builtinProfileNames();
        const std::vector<std::string_view> views(names.begin(), names.end());
        (void)v->choice(views);
    }
    if (const auto v = root.member("name"))
        s.name = v->string();
    if (const auto v = root.member("description"))
        s.description = v->string();
    static constexpr std::array<std::string_view, 2> kShapes{"events", "metrics"};
    if (const auto v = root.member("record"))
        s.shape = static_cast<RecordShape>(v->choice(kShapes));
    static constexpr std::array<std::string_view, 2> kSpacing{"random", "uniform"};
    if (const auto v = root.member("spacing"))
        s.spacing = static_cast<Spacing>(v->choice(kSpacing));
    if (const auto v = root.member("fields"))
        parseFields(*v, s);
    else
        root.failWith("missing \"fields\": the list of JSON keys each line carries");
    if (const auto v = root.member("timestamp")) {
        v->requireObject({"fraction_digits", "utc_suffix"});
        if (const auto d = v->member("fraction_digits"))
            s.fractionDigits = static_cast<int>(d->integer(0, 9));
        if (const auto z = v->member("utc_suffix"))
            s.utcSuffix = z->boolean();
    }
    s.startNs = toEpochNanos({2024, 10, 27, 14, 30, 0, 0});
    if (const auto v = root.member("start"))
        parseStart(*v, s);
    if (const auto v = root.member("total"))
        s.total = static_cast<std::uint64_t>(v->integer(0, std::int64_t{1} << 50));
    if (const auto v = root.member("duration"))
        s.durationNs = v->durationNs(1'000'000, kMaxDurationNs);
    if (const auto v = root.member("rate"))
        s.rate = v->number(1e-6, 1e8);
    if (const auto v = root.member("batch_size"))
        s.batchSize = static_cast<std::uint64_t>(v->integer(1, 10'000'000));
    if (const auto v = root.member("interval"))
        s.intervalSeconds = v->number(0.001, 3600.0);
    if (const auto v = root.member("traffic"))
        parseTraffic(*v, s);
    if (const auto v = root.member("levels"))
        parseLevels(*v, s);
    if (const auto v = root.member("peak_hours")) {
        v->requireArray(2, 2);
        s.peakFromHour = static_cast<int>(v->element(0).integer(0, 24));
        s.peakToHour = static_cast<int>(v->element(1).integer(0, 24));
    }
    if (const auto v = root.member("weekend_off_peak"))
        s.weekendOffPeak = v->boolean();
    if (const auto v = root.member("components"))
        parseComponents(*v, s);
    if (s.shape == RecordShape::Metrics && s.components.empty())
        root.failWith("metric records need \"components\" (e.g. {\"CPU\": {...}})");
    if (const auto v = root.member("services"))
        parseServices(*v, s);
    if (s.services.empty())
        root.failWith("expected \"services\" with at least one service");
    if (const auto v = root.member("anomalies"))
        parseAnomalies(*v, s);
    s.effectiveJson = document.dump(2);
    return s;
}

namespace {

std::string describeParseError(const nlohmann::json::parse_error& e, std::string_view text) {
    // e.byte is 1-based and points just past the offending character.
    std::size_t line = 1;
    std::size_t column = 1;
    const std::size_t end = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
    for (std::size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    std::string what = e.what();
    if (const std::size_t colon = what.rfind(": "); colon != std::string::npos)
        what = what.substr(colon + 2);
    return "invalid JSON at line " + std::to_string(line) + ", column " + std::to_string(column) +
           ": " + what;
}

} // namespace

ScenarioLoad loadScenario(std::string_view profile, std::string_view overrideJson,
                          std::string_view origin) {
    ScenarioLoad load;
    const std::string prefix = std::string(origin) + ": ";
    OrderedJson patch;
    if (!overrideJson.empty()) {
        if (std::string problem = jsonDepthProblem(overrideJson); !problem.empty()) {
            load.error = prefix + problem;
            return load;
        }
        try {
            patch = OrderedJson::parse(overrideJson);
        } catch (const nlohmann::json::parse_error& e) {
            load.error = prefix + describeParseError(e, overrideJson);
            return load;
        } catch (const nlohmann::json::exception& e) { // out_of_range: a number like 1e999
            load.error = prefix + "invalid JSON: " + e.what();
            return load;
        }
        if (!patch.is_object()) {
            load.error = prefix + "expected a JSON object at the top level";
            return load;
        }
    }
    std::string base(profile);
    if (const auto it = patch.find("profile"); it != patch.end()) {
        // Checked even when the caller chose the profile, so a typo never passes unseen.
        const std::vector<std::string> names = builtinProfileNames();
        const std::vector<std::string_view> views(names.begin(), names.end());
        try {
            const int chosen = JsonNode(*it, "/profile").choice(views);
            if (base.empty())
                base = names[static_cast<std::size_t>(chosen)];
        } catch (const ScenarioFault& fault) {
            load.error = prefix + fault.path() + ": " + fault.what();
            return load;
        }
    }
    if (base.empty())
        base = std::string(kDefaultProfile);
    const std::optional<std::string> profileText = builtinProfileJson(base);
    if (!profileText) {
        std::string names;
        for (const std::string& name : builtinProfileNames())
            names += (names.empty() ? "\"" : ", \"") + name + "\"";
        load.error = "unknown profile \"" + base + "\"; expected one of " + names;
        return load;
    }
    OrderedJson document;
    try {
        document = OrderedJson::parse(*profileText);
        if (patch.is_object())
            document.merge_patch(patch);
        document["profile"] = base;
        load.scenario = std::make_shared<const Scenario>(parseScenarioDocument(document));
    } catch (const ScenarioFault& fault) {
        load.error = prefix + (fault.path().empty() ? std::string("(top level)") : fault.path()) +
                     ": " + fault.what();
    } catch (const std::exception& e) {
        load.error = "profile " + base + ": " + e.what();
    }
    return load;
}

ScenarioLoad loadScenarioFile(std::string_view profile, const std::string& path) {
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly)) {
        ScenarioLoad load;
        load.error = path + ": cannot open: " + file.errorString().toStdString();
        return load;
    }
    const QByteArray bytes = file.readAll();
    const std::string text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        ScenarioLoad load;
        load.error = path + ": the file is empty; expected a JSON object";
        return load;
    }
    return loadScenario(profile, text, path);
}

} // namespace logscope::core
