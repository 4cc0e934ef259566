#include "core/generator/scenario/json_node.h"

#include "core/generator/scenario/duration_text.h"

#include <cmath>

namespace logscope::core {
namespace {

std::string describe(const OrderedJson& value) {
    std::string text = value.dump();
    if (text.size() > 60)
        text = text.substr(0, 57) + "...";
    return text;
}

std::string formatLimit(double value) {
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    std::string text = std::to_string(value);
    while (text.back() == '0')
        text.pop_back();
    return text;
}

} // namespace

std::string jsonPointerChild(const std::string& path, std::string_view key) {
    std::string out = path;
    out.push_back('/');
    for (const char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out.push_back(c);
    }
    return out;
}

std::string joinChoices(std::span<const std::string_view> choices) {
    std::string out;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (i > 0)
            out += i + 1 == choices.size() ? " or " : ", ";
        out += '"';
        out += choices[i];
        out += '"';
    }
    return out;
}

std::optional<JsonNode> JsonNode::member(std::string_view key) const {
    const auto it = m_value->find(key);
    if (it == m_value->end() || it->is_null())
        return std::nullopt;
    return JsonNode(*it, jsonPointerChild(m_path, key));
}

JsonNode JsonNode::element(std::size_t i) const {
    return JsonNode((*m_value)[i], m_path + "/" + std::to_string(i));
}

void JsonNode::requireObject() const {
    if (!m_value->is_object())
        fail("an object");
}

void JsonNode::requireObject(std::initializer_list<std::string_view> allowed) const {
    requireObject();
    for (const auto& item : m_value->items()) {
        bool known = false;
        for (const std::string_view key : allowed)
            known = known || key == item.key();
        if (!known) {
            const std::vector<std::string_view> keys(allowed);
            throw ScenarioFault(jsonPointerChild(m_path, item.key()),
                                "unknown key; expected one of " + joinChoices(keys));
        }
    }
}

void JsonNode::requireArray(std::size_t minSize, std::size_t maxSize) const {
    if (!m_value->is_array())
        fail(minSize == maxSize ? "an array of " + std::to_string(minSize) + " elements"
                                : "an array");
    if (m_value->size() < minSize || m_value->size() > maxSize) {
        if (minSize == maxSize)
            fail("an array of " + std::to_string(minSize) + " elements");
        if (maxSize == SIZE_MAX)
            fail("an array of at least " + std::to_string(minSize) + " element" +
                 (minSize == 1 ? "" : "s"));
        fail("an array of " + std::to_string(minSize) + " to " + std::to_string(maxSize) +
             " elements");
    }
}

double JsonNode::number(double min, double max) const {
    if (!m_value->is_number())
        fail("a number from " + formatLimit(min) + " to " + formatLimit(max));
    const double v = m_value->get<double>();
    if (!std::isfinite(v) || v < min || v > max)
        fail("a number from " + formatLimit(min) + " to " + formatLimit(max));
    return v;
}

std::int64_t JsonNode::integer(std::int64_t min, std::int64_t max) const {
    const std::string expected =
        "an integer from " + std::to_string(min) + " to " + std::to_string(max);
    if (!m_value->is_number_integer())
        fail(expected);
    if (m_value->is_number_unsigned()) {
        const auto v = m_value->get<std::uint64_t>();
        if (v > static_cast<std::uint64_t>(max) || static_cast<std::int64_t>(v) < min)
            fail(expected);
        return static_cast<std::int64_t>(v);
    }
    const auto v = m_value->get<std::int64_t>();
    if (v < min || v > max)
        fail(expected);
    return v;
}

bool JsonNode::boolean() const {
    if (!m_value->is_boolean())
        fail("true or false");
    return m_value->get<bool>();
}

std::string JsonNode::string() const {
    if (!m_value->is_string())
        fail("a string");
    return m_value->get<std::string>();
}

int JsonNode::choice(std::span<const std::string_view> choices) const {
    if (m_value->is_string()) {
        const std::string text = m_value->get<std::string>();
        for (std::size_t i = 0; i < choices.size(); ++i) {
            if (choices[i] == text)
                return static_cast<int>(i);
        }
    }
    fail(joinChoices(choices));
}

std::int64_t JsonNode::durationNs(std::int64_t minNs, std::int64_t maxNs) const {
    const std::string expected = "a duration from " + formatDuration(minNs) + " to " +
                                 formatDuration(maxNs) + " (e.g. \"90s\", \"15m\", \"7d\")";
    std::optional<std::int64_t> ns;
    if (m_value->is_string())
        ns = parseDuration(m_value->get<std::string>());
    else if (m_value->is_number() && m_value->get<double>() >= 0 && m_value->get<double>() < 9.2e9)
        ns = static_cast<std::int64_t>(std::llround(m_value->get<double>() * 1e9));
    if (!ns || *ns < minNs || *ns > maxNs)
        fail(expected);
    return *ns;
}

void JsonNode::fail(const std::string& expected) const {
    throw ScenarioFault(m_path, "expected " + expected + ", got " + describe(*m_value));
}

void JsonNode::failWith(const std::string& message) const {
    throw ScenarioFault(m_path, message);
}

} // namespace logscope::core
