#pragma once

// Internal to the scenario parser: a JSON value with its path, whose accessors throw a
// ScenarioFault naming the path and what was expected. Core-private (includes nlohmann).

#include <cstdint>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace logscope::core {

using OrderedJson = nlohmann::ordered_json;

/// A validation failure at a JSON path.
class ScenarioFault : public std::runtime_error {
public:
    ScenarioFault(std::string path, const std::string& message)
        : std::runtime_error(message), m_path(std::move(path)) {}
    /// JSON pointer of the faulty value ("" = the whole document).
    [[nodiscard]] const std::string& path() const noexcept { return m_path; }

private:
    std::string m_path;
};

/// A JSON value and where it sits in the document.
class JsonNode {
public:
    JsonNode(const OrderedJson& value, std::string path)
        : m_value(&value), m_path(std::move(path)) {}

    /// The wrapped value and its JSON pointer.
    [[nodiscard]] const OrderedJson& value() const noexcept { return *m_value; }
    [[nodiscard]] const std::string& path() const noexcept { return m_path; }

    /// The member key, or nothing when absent (or null).
    [[nodiscard]] std::optional<JsonNode> member(std::string_view key) const;
    /// Element i of an array.
    [[nodiscard]] JsonNode element(std::size_t i) const;
    /// Fails unless this is an object whose keys are all in allowed.
    void requireObject(std::initializer_list<std::string_view> allowed) const;
    /// Fails unless this is an object (any keys).
    void requireObject() const;
    /// Fails unless this is an array of between minSize and maxSize elements.
    void requireArray(std::size_t minSize = 0, std::size_t maxSize = SIZE_MAX) const;

    [[nodiscard]] double number(double min, double max) const;
    [[nodiscard]] std::int64_t integer(std::int64_t min, std::int64_t max) const;
    [[nodiscard]] bool boolean() const;
    [[nodiscard]] std::string string() const;
    /// A string among choices; returns its index.
    [[nodiscard]] int choice(std::span<const std::string_view> choices) const;
    /// A duration text ("20m") or a number of seconds.
    [[nodiscard]] std::int64_t durationNs(std::int64_t minNs, std::int64_t maxNs) const;

    /// Throws a ScenarioFault "expected <expected>, got <value>".
    [[noreturn]] void fail(const std::string& expected) const;
    /// Throws a ScenarioFault with a free-form message.
    [[noreturn]] void failWith(const std::string& message) const;

private:
    const OrderedJson* m_value;
    std::string m_path;
};

/// Appends key to a JSON pointer, escaping '~' and '/'.
std::string jsonPointerChild(const std::string& path, std::string_view key);
/// "a, b or c".
std::string joinChoices(std::span<const std::string_view> choices);

} // namespace logscope::core
