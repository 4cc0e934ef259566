#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace logscope::core {

/// Follows a file as it grows, like `tail -F`: reads what was appended since the last poll and
/// hands back complete lines. Survives rotation (the path now names another file: the old one
/// is read to its end, then the new one from its start) and truncation (the file shrank: read
/// again from its start). "-" follows standard input. A file that does not exist yet is waited
/// for. Not thread-safe.
class FileFollower {
public:
    /// fromEnd: skip what the file holds now (only new lines), as `tail -n 0 -F`.
    explicit FileFollower(std::string path, bool fromEnd = false);
    ~FileFollower();
    FileFollower(const FileFollower&) = delete;
    FileFollower& operator=(const FileFollower&) = delete;

    /// Reads what is available (at most maxBytes) and returns the complete lines (views valid
    /// until the next poll). Waits up to timeoutMs for input on stdin; files never block.
    std::vector<std::string_view> poll(std::size_t maxBytes = 8u << 20, int timeoutMs = 0);
    /// True once standard input reached its end (files never end).
    [[nodiscard]] bool finished() const noexcept { return m_eof; }
    /// Rotations and truncations seen so far.
    [[nodiscard]] std::uint64_t rotations() const noexcept { return m_rotations; }
    [[nodiscard]] std::uint64_t truncations() const noexcept { return m_truncations; }
    /// Bytes read so far.
    [[nodiscard]] std::uint64_t bytesRead() const noexcept { return m_bytes; }
    /// The last error opening or reading the file ("" when none).
    [[nodiscard]] const std::string& error() const noexcept { return m_error; }
    [[nodiscard]] const std::string& path() const noexcept { return m_path; }

private:
    bool openFile(bool seekEnd);
    void closeFile();
    std::size_t readAvailable(std::size_t maxBytes);
    void checkRotation();

    std::string m_path;
    bool m_stdin = false;
    bool m_fromEnd = false;
    int m_fd = -1;
    std::uint64_t m_inode = 0;
    std::uint64_t m_device = 0;
    std::uint64_t m_offset = 0;
    bool m_eof = false;
    std::string m_buffer;       // bytes read, complete lines first, then a partial line
    std::size_t m_consumed = 0; // bytes of m_buffer handed out by the last poll
    std::uint64_t m_rotations = 0;
    std::uint64_t m_truncations = 0;
    std::uint64_t m_bytes = 0;
    std::string m_error;
};

} // namespace logscope::core
