#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace logscope::core {

/// The lines of a text file, read whole. Minimal on purpose: the templates command reads raw
/// lines with it until the general file ingestion can hand over raw lines.
class RawLineReader {
public:
    /// Reads path; false (and error naming the file) when it cannot be read.
    bool read(const std::string& path, std::string& error);
    /// Splits bytes already in memory the same way.
    void assign(std::string bytes);

    /// The lines in file order (line i is number i + 1), without their "\n" or "\r\n"; a last
    /// line without a line break counts, an empty file has no lines, a UTF-8 byte order mark
    /// is dropped.
    [[nodiscard]] const std::vector<std::string_view>& lines() const noexcept { return m_lines; }
    /// Bytes read.
    [[nodiscard]] std::size_t bytes() const noexcept { return m_bytes.size(); }

private:
    void split();

    std::string m_bytes;
    std::vector<std::string_view> m_lines;
};

} // namespace logscope::core
