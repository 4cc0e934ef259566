#include "core/templates/miner_state_json.h"

#include "core/util/atomic_file_writer.h"
#include "core/util/json_depth.h"

#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>

namespace logscope::core {
namespace {

using Json = nlohmann::json;

// JSON strings are UTF-8; a word that is not (logs hold any bytes) is saved as {"hex": "..."}
// so that a reloaded miner compares it byte for byte as the one that saved it.
bool isUtf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t length = c < 0x80           ? 1
                                   : (c >> 5) == 0x6  ? 2
                                   : (c >> 4) == 0xE  ? 3
                                   : (c >> 3) == 0x1E ? 4
                                                      : 0;
        if (length == 0 || i + length > text.size())
            return false;
        for (std::size_t k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2)
                return false;
        }
        i += length;
    }
    return true;
}

template <typename J> J textToJson(const std::string& text) {
    if (isUtf8(text))
        return J(text);
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string hex;
    for (char c : text) {
        hex.push_back(kDigits[static_cast<unsigned char>(c) >> 4]);
        hex.push_back(kDigits[static_cast<unsigned char>(c) & 0xF]);
    }
    return J{{"hex", hex}};
}

// A string, or {"hex": "..."}: the text, or nullopt when it is neither.
std::optional<std::string> textFromJson(const Json& json) {
    if (json.is_string())
        return json.get<std::string>();
    if (!json.is_object() || json.size() != 1 || !json.contains("hex") || !json["hex"].is_string())
        return std::nullopt;
    const std::string hex = json["hex"].get<std::string>();
    if (hex.size() % 2 != 0)
        return std::nullopt;
    std::string text;
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        int value = 0;
        for (std::size_t k = i; k < i + 2; ++k) {
            const char c = hex[k];
            const int digit = c >= '0' && c <= '9'   ? c - '0'
                              : c >= 'a' && c <= 'f' ? c - 'a' + 10
                              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                     : -1;
            if (digit < 0)
                return std::nullopt;
            value = value * 16 + digit;
        }
        text.push_back(static_cast<char>(value));
    }
    return text;
}

// Reading with a path for messages: every failure says where it happened.
class Reader {
public:
    explicit Reader(std::string& error) : m_error(error) {}

    bool fail(const std::string& path, const std::string& what) {
        m_error = (path.empty() ? std::string() : path + ": ") + what;
        return false;
    }

    const Json* member(const Json& object, const std::string& path, const char* key,
                       bool required) {
        const auto found = object.find(key);
        if (found == object.end()) {
            if (required)
                fail(path, std::string("missing \"") + key + "\"");
            return nullptr;
        }
        return &*found;
    }

    bool number(const Json& object, const std::string& path, const char* key, double& out) {
        const Json* value = member(object, path, key, true);
        if (value == nullptr)
            return false;
        if (!value->is_number())
            return fail(join(path, key), "expected a number");
        out = value->get<double>();
        return true;
    }

    bool integer(const Json& object, const std::string& path, const char* key, std::uint64_t& out,
                 std::uint64_t max) {
        const Json* value = member(object, path, key, true);
        if (value == nullptr)
            return false;
        if (!value->is_number_unsigned() || value->get<std::uint64_t>() > max)
            return fail(join(path, key),
                        "expected a whole number from 0 to " + std::to_string(max));
        out = value->get<std::uint64_t>();
        return true;
    }

    static std::string join(const std::string& path, const char* key) {
        return path.empty() ? std::string(key) : path + "." + key;
    }

private:
    std::string& m_error;
};

bool pieceFromJson(Reader& reader, const Json& json, const std::string& path,
                   TemplatePiece& piece) {
    if (!json.is_object())
        return reader.fail(path, "expected an object");
    const Json* text = reader.member(json, path, "text", false);
    const Json* var = reader.member(json, path, "var", false);
    if ((text == nullptr) == (var == nullptr))
        return reader.fail(path, "expected exactly one of \"text\" and \"var\"");
    if (text != nullptr) {
        const auto value = textFromJson(*text);
        if (!value || value->empty())
            return reader.fail(path + ".text",
                               "expected a non-empty string (or {\"hex\": \"...\"})");
        piece.text = *value;
    } else {
        const auto kind =
            var->is_string() ? varKindFromName(var->get<std::string>()) : std::optional<VarKind>();
        if (!kind || *kind == VarKind::Literal)
            return reader.fail(path + ".var", "unknown variable kind " + var->dump());
        piece.kind = *kind;
    }
    if (const Json* space = reader.member(json, path, "space", false)) {
        if (!space->is_boolean())
            return reader.fail(path + ".space", "expected true or false");
        piece.spaceBefore = space->get<bool>();
    }
    if (const Json* run = reader.member(json, path, "run", false)) {
        constexpr auto kMax = std::numeric_limits<std::uint16_t>::max();
        if (!run->is_array() || run->size() != 2 || !(*run)[0].is_number_unsigned() ||
            !(*run)[1].is_number_unsigned() || (*run)[0].get<std::uint64_t>() < 1 ||
            (*run)[0].get<std::uint64_t>() > (*run)[1].get<std::uint64_t>() ||
            (*run)[1].get<std::uint64_t>() > kMax)
            return reader.fail(path + ".run", "expected [min, max] with 1 <= min <= max <= " +
                                                  std::to_string(kMax));
        piece.runMin = static_cast<std::uint16_t>((*run)[0].get<std::uint64_t>());
        piece.runMax = static_cast<std::uint16_t>((*run)[1].get<std::uint64_t>());
    }
    return true;
}

bool templateFromJson(Reader& reader, const Json& json, const std::string& path, std::size_t index,
                      TemplateRecord& record) {
    if (!json.is_object())
        return reader.fail(path, "expected an object");
    std::uint64_t id = 0;
    if (!reader.integer(json, path, "id", id, std::numeric_limits<std::uint32_t>::max() - 1))
        return false;
    if (id != index)
        return reader.fail(path + ".id", "expected " + std::to_string(index) +
                                             " (ids are 0, 1, 2, ... in order)");
    if (!reader.integer(json, path, "count", record.count,
                        std::numeric_limits<std::uint64_t>::max()))
        return false;
    const Json* pieces = reader.member(json, path, "pieces", true);
    if (pieces == nullptr)
        return false;
    if (!pieces->is_array())
        return reader.fail(path + ".pieces", "expected an array");
    for (std::size_t i = 0; i < pieces->size(); ++i) {
        TemplatePiece piece;
        if (!pieceFromJson(reader, (*pieces)[i], path + ".pieces[" + std::to_string(i) + "]",
                           piece))
            return false;
        record.pieces.push_back(std::move(piece));
    }
    const Json* route = reader.member(json, path, "route", true);
    if (route == nullptr)
        return false;
    if (!route->is_array())
        return reader.fail(path + ".route", "expected an array of strings and nulls");
    for (std::size_t i = 0; i < route->size(); ++i) {
        const Json& key = (*route)[i];
        const auto value = key.is_null() ? std::nullopt : textFromJson(key);
        if (key.is_null())
            record.route.emplace_back();
        else if (value && !value->empty())
            record.route.emplace_back(*value);
        else
            return reader.fail(path + ".route[" + std::to_string(i) + "]",
                               "expected a non-empty string or null");
    }
    return true;
}

} // namespace

std::string minerStateToJson(const MinerState& state) {
    using Ordered = nlohmann::ordered_json;
    // Written by hand around compact members: one template per line reads and diffs well.
    constexpr auto kReplace = Ordered::error_handler_t::replace; // bad UTF-8 must not throw
    const Ordered config = {{"similarity", state.config.similarity},
                            {"prefix_tokens", state.config.prefixTokens},
                            {"max_children", state.config.maxChildren}};
    std::string out = "{\"format\": \"" + std::string(kMinerStateFormat) +
                      "\", \"version\": " + std::to_string(kMinerStateVersion) +
                      ",\n \"config\": " + config.dump() + ",\n \"templates\": [";
    std::string error;
    const auto miner = TemplateMiner::fromState(state, error);
    for (std::size_t id = 0; id < state.templates.size(); ++id) {
        const TemplateRecord& record = state.templates[id];
        Ordered entry;
        entry["id"] = id;
        entry["count"] = record.count;
        if (miner)
            entry["text"] = miner->text(static_cast<std::uint32_t>(id));
        Ordered route = Ordered::array();
        for (const auto& key : record.route)
            route.push_back(key ? textToJson<Ordered>(*key) : Ordered(nullptr));
        entry["route"] = std::move(route);
        Ordered pieces = Ordered::array();
        for (const TemplatePiece& piece : record.pieces) {
            Ordered json = Ordered::object();
            if (piece.kind == VarKind::Literal)
                json["text"] = textToJson<Ordered>(piece.text);
            else
                json["var"] = std::string(varKindName(piece.kind));
            if (piece.spaceBefore)
                json["space"] = true;
            if (piece.runMin != 1 || piece.runMax != 1)
                json["run"] = Ordered::array({piece.runMin, piece.runMax});
            pieces.push_back(std::move(json));
        }
        entry["pieces"] = std::move(pieces);
        out += id == 0 ? "\n  " : ",\n  ";
        out += entry.dump(-1, ' ', false, kReplace);
    }
    out += state.templates.empty() ? "]}\n" : "\n ]}\n";
    return out;
}

std::optional<MinerState> minerStateFromJson(std::string_view text, std::string& error) {
    if (std::string problem = jsonDepthProblem(text); !problem.empty()) {
        error = problem;
        return std::nullopt;
    }
    Json json;
    try {
        json = Json::parse(text);
    } catch (const Json::exception& e) { // parse_error, or out_of_range for 1e999
        error = std::string("not valid JSON: ") + e.what();
        return std::nullopt;
    }
    Reader reader(error);
    if (!json.is_object()) {
        reader.fail("", "expected a JSON object");
        return std::nullopt;
    }
    const Json* format = reader.member(json, "", "format", true);
    if (format == nullptr)
        return std::nullopt;
    if (!format->is_string() || format->get<std::string>() != kMinerStateFormat) {
        reader.fail("format", "expected \"" + std::string(kMinerStateFormat) +
                                  "\": this is not a template-miner state file");
        return std::nullopt;
    }
    std::uint64_t version = 0;
    if (!reader.integer(json, "", "version", version, 1'000'000))
        return std::nullopt;
    if (version != kMinerStateVersion) {
        reader.fail("version", "version " + std::to_string(version) +
                                   " is not supported (this build reads version " +
                                   std::to_string(kMinerStateVersion) + ")");
        return std::nullopt;
    }
    MinerState state;
    const Json* config = reader.member(json, "", "config", true);
    if (config == nullptr)
        return std::nullopt;
    if (!config->is_object()) {
        reader.fail("config", "expected an object");
        return std::nullopt;
    }
    std::uint64_t prefixTokens = 0;
    std::uint64_t maxChildren = 0;
    if (!reader.number(*config, "config", "similarity", state.config.similarity) ||
        !reader.integer(*config, "config", "prefix_tokens", prefixTokens, 16) ||
        !reader.integer(*config, "config", "max_children", maxChildren, 1'000'000))
        return std::nullopt;
    state.config.prefixTokens = static_cast<int>(prefixTokens);
    state.config.maxChildren = static_cast<int>(maxChildren);
    const Json* templates = reader.member(json, "", "templates", true);
    if (templates == nullptr)
        return std::nullopt;
    if (!templates->is_array()) {
        reader.fail("templates", "expected an array");
        return std::nullopt;
    }
    for (std::size_t i = 0; i < templates->size(); ++i) {
        TemplateRecord record;
        if (!templateFromJson(reader, (*templates)[i], "templates[" + std::to_string(i) + "]", i,
                              record))
            return std::nullopt;
        state.templates.push_back(std::move(record));
    }
    return state;
}

bool saveMinerState(const TemplateMiner& miner, const std::string& path, std::string& error) {
    AtomicFileWriter file;
    if (!file.open(path) || !file.write(minerStateToJson(miner.exportState())) || !file.commit()) {
        error = file.error();
        return false;
    }
    return true;
}

std::optional<TemplateMiner> loadMinerState(const std::string& path, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot open miner state '" + path + "'";
        return std::nullopt;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    std::string detail;
    auto state = minerStateFromJson(buffer.str(), detail);
    std::optional<TemplateMiner> miner;
    if (state)
        miner = TemplateMiner::fromState(*state, detail);
    if (!miner)
        error = "invalid miner state '" + path + "': " + detail;
    return miner;
}

} // namespace logscope::core
