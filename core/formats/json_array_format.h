#pragma once

#include "core/formats/log_format.h"

namespace logscope::core {

/// A JSON array of log entries, the whole input being one document (seed 004's input): strings
/// (`"2023-07-25 10:00:01 INFO message"`, read as `timestamp LEVEL message`, any other string
/// being kept as a message without time) or objects (read as JSON lines are). Its parser parses
/// one element's JSON text; JsonArraySplitter finds the elements.
class JsonArrayFormat : public LogFormat {
public:
    [[nodiscard]] std::string name() const override { return "json-array"; }
    [[nodiscard]] std::string description() const override;
    [[nodiscard]] std::unique_ptr<LineParser> createParser() const override;
    [[nodiscard]] std::shared_ptr<const RecordDecoder> decoder() const override;
    [[nodiscard]] bool isDocument() const override { return true; }
    [[nodiscard]] bool hasContinuationLines() const override { return false; }
    [[nodiscard]] double lineScore(LineParser& parser, std::string_view element) const override;
};

/// Walks the elements of a JSON array without parsing them, so that each can be parsed (and
/// reported) on its own and a broken element costs only itself.
class JsonArraySplitter {
public:
    /// document: the whole input. False from start() when it does not begin with `[`.
    explicit JsonArraySplitter(std::string_view document) : m_text(document) {}
    /// Moves to the first element; false when the text is not a JSON array.
    bool start();
    /// The next element's JSON text and the 1-based line it starts on. Returns false at the end;
    /// then error() tells whether the array was cut short.
    bool next(std::string_view& element, std::uint64_t& line);
    /// Why the walk stopped early ("" when the array was complete).
    [[nodiscard]] const std::string& error() const noexcept { return m_error; }
    /// Bytes walked so far.
    [[nodiscard]] std::size_t position() const noexcept { return m_pos; }

private:
    void advanceTo(std::size_t pos);

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::uint64_t m_line = 1;
    std::string m_error;
    bool m_done = false;
};

} // namespace logscope::core
