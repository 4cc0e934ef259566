#include "core/live/live_incident_json.h"

#include "core/time/civil_time.h"
#include "core/util/json_escape.h"

#include <cstdio>

namespace logscope::core {
namespace {

void key(std::string& out, const char* name) {
    out += '"';
    out += name;
    out += "\":";
}

void time(std::string& out, const char* name, std::int64_t ns) {
    key(out, name);
    out += '"';
    appendIso8601(out, ns, 3, true);
    out += "\",";
}

void number(std::string& out, const char* name, double value) {
    key(out, name);
    char text[32];
    std::snprintf(text, sizeof text, "%.4g", value);
    out += text;
    out += ',';
}

} // namespace

std::string formatLiveIncidentJson(const RaisedIncident& r, const EpisodeScore* episode) {
    const Incident& i = r.incident;
    std::string out = "{\"event\":\"incident\",";
    key(out, "id");
    out += std::to_string(r.id) + ',';
    key(out, "type");
    appendJsonString(out, incidentTypeName(i.type));
    out += ',';
    key(out, "severity");
    appendJsonString(out, severityName(i.severity));
    out += ',';
    key(out, "services");
    out += '[';
    for (std::size_t k = 0; k < i.services.size(); ++k) {
        if (k > 0)
            out += ',';
        appendJsonString(out, i.services[k]);
    }
    out += "],";
    time(out, "start", i.startNs);
    time(out, "end", i.endNs);
    time(out, "raised_at", r.raisedWallNs);
    time(out, "data_time", r.raisedDataNs);
    number(out, "window_seconds", static_cast<double>(r.windowNs) / 1e9);
    number(out, "value", i.peakValue);
    number(out, "threshold", i.threshold);
    if (episode != nullptr) {
        key(out, "episode");
        out += '{';
        key(out, "id");
        appendJsonString(out, episode->episode.id);
        out += ',';
        key(out, "type");
        appendJsonString(out, episode->episode.type);
        out += ',';
        time(out, "start", episode->episode.startNs);
        number(out, "detection_latency_seconds", episode->latencySeconds);
        out.back() = '}';
        out += ',';
    }
    key(out, "description");
    appendJsonString(out, i.description);
    out += "}\n";
    return out;
}

std::string formatLiveSummaryJson(std::uint64_t lines, const ScoreboardCounts& s,
                                  std::uint64_t badLines) {
    std::string out = "{\"event\":\"summary\",";
    const std::pair<const char*, std::uint64_t> fields[] = {
        {"lines", lines},         {"bad_lines", badLines},        {"incidents", s.incidents},
        {"episodes", s.episodes}, {"caught", s.caught},           {"missed", s.missed},
        {"pending", s.pending},   {"false_alarms", s.falseAlarms}};
    for (const auto& [name, value] : fields) {
        key(out, name);
        out += std::to_string(value) + ',';
    }
    out.back() = '}';
    out += '\n';
    return out;
}

} // namespace logscope::core
