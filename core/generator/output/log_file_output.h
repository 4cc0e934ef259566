#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace logscope::core {

/// The generator's output file. Without rotation or streaming it is written to a temporary
/// file renamed into place when complete, so a failed run never leaves a file that looks
/// whole. (Unlike AtomicFileWriter it does not fsync: hundreds of megabytes of reproducible
/// synthetic data are not worth a second of waiting for the disk.) With rotation, `path` is the
/// file being written and each full file is renamed to `path.1`, `path.2`, ... in order, so that
/// every record is in exactly one file: read them as path.1, path.2, ..., path. Streaming writes
/// `path` directly so that followers see it grow.
class LogFileOutput {
public:
    LogFileOutput() = default;
    ~LogFileOutput();
    LogFileOutput(const LogFileOutput&) = delete;
    LogFileOutput& operator=(const LogFileOutput&) = delete;

    /// Opens path; atomic selects the temporary-file mode (no rotation, no streaming).
    bool open(const std::string& path, bool atomic);
    /// Appends bytes (whole records).
    bool write(std::string_view bytes);
    /// Pushes written bytes to the operating system (streaming).
    bool flush();
    /// Closes the current file as the next numbered part and starts a new one.
    bool rotate();
    /// Finishes the file (commits the atomic mode).
    bool close();
    /// Bytes in the current file.
    [[nodiscard]] std::uint64_t size() const noexcept { return m_size; }
    /// Parts rotated out so far.
    [[nodiscard]] std::uint64_t rotations() const noexcept { return m_rotations; }
    /// What went wrong, naming the file.
    [[nodiscard]] const std::string& error() const noexcept { return m_error; }

private:
    bool fail(const std::string& what);

    std::string m_path;
    std::string m_writePath; // the temporary file in atomic mode, else m_path
    bool m_atomic = false;
    std::FILE* m_file = nullptr;
    std::uint64_t m_size = 0;
    std::uint64_t m_rotations = 0;
    std::string m_error;
};

} // namespace logscope::core
