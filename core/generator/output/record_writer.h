#pragma once

#include "core/generator/generated_record.h"
#include "core/generator/output/line_buffer.h"
#include "core/generator/scenario/scenario.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace logscope::core {

/// The generator's output formats.
enum class OutputFormat : std::uint8_t {
    JsonLines, ///< one JSON object per line, the scenario's fields, `_labels`
    Text,      ///< seed 002's text lines
    AccessLog, ///< nginx "combined" access log (plus request time and labels)
    Syslog,    ///< RFC 5424 syslog with structured data
};

/// Parses a format name: json (jsonl), text, nginx (access), syslog.
std::optional<OutputFormat> parseOutputFormat(std::string_view name) noexcept;
/// The canonical name of a format.
std::string_view outputFormatName(OutputFormat format) noexcept;
/// Why format cannot show scenario's records, or empty (access logs need request events).
std::string outputFormatProblem(OutputFormat format, const Scenario& scenario);

/// Formats generated records as text lines, each ending in '\n'.
class RecordWriter {
public:
    virtual ~RecordWriter() = default;
    /// Appends one record as one line.
    virtual void append(LineBuffer& out, const GeneratedRecord& record) = 0;
};

/// A writer for format; withLabels adds the ground truth to every line.
std::unique_ptr<RecordWriter> makeRecordWriter(OutputFormat format, const Scenario& scenario,
                                               bool withLabels);
/// One record as one line of text (convenience for tests and tools).
std::string formatRecord(RecordWriter& writer, const GeneratedRecord& record);

/// Room a record can take in any format: fixed parts plus its strings escaped at worst.
std::size_t recordBound(const GeneratedRecord& record) noexcept;
/// Writes a level's name in the scenario's spelling, or a garbled one for a format fault.
char* putLevelName(char* p, const Scenario& scenario, const GeneratedRecord& record) noexcept;
/// Writes the request id as a UUID (version 4 layout, 36 characters).
char* putUuid(char* p, std::uint64_t high, std::uint64_t low) noexcept;

} // namespace logscope::core
