#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace logscope::core {

/// Gives a file made by mkstemp (always 0600) the permissions open(2) with mode 0666 would
/// have given it under the current umask, without changing the umask (which is process-wide).
bool setDefaultPermissions(int fd);

/// Writes a file so that it either appears complete or not at all: bytes go to a temporary
/// file beside the target, which commit() renames over it. Without commit() the temporary
/// file is removed. Errors (ENOSPC, a vanished directory, ...) are reported, never hidden.
class AtomicFileWriter {
public:
    AtomicFileWriter() = default;
    ~AtomicFileWriter();
    AtomicFileWriter(const AtomicFileWriter&) = delete;
    AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

    /// Starts writing path; false (with error()) when the temporary file cannot be created.
    bool open(const std::string& path);
    /// Appends bytes; false once any write has failed.
    bool write(std::string_view bytes);
    /// Flushes, syncs and renames the file into place.
    bool commit();
    /// What went wrong, naming the file.
    [[nodiscard]] const std::string& error() const noexcept { return m_error; }

private:
    void fail(const std::string& what);
    void discard();

    std::FILE* m_file = nullptr;
    std::string m_path;
    std::string m_tempPath;
    std::string m_error;
};

} // namespace logscope::core
