#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace logscope::core {

/// A regular file mapped read-only into memory. Its pages belong to the page cache, not to the
/// process's heap, so views into it (the table's messages) cost no anonymous memory.
///
/// A file truncated while mapped would raise SIGBUS on the first read past its new end. A
/// process-wide SIGBUS handler (installed with the first mapping) replaces such a page by a page
/// of zeros instead, so the lost part reads as NUL bytes, and shrank() tells it happened.
class MappedFile {
public:
    /// Maps the open file descriptor fd of size bytes; nullptr and error set on failure.
    static std::shared_ptr<const MappedFile> map(int fd, std::size_t size, std::string& error);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    [[nodiscard]] const char* data() const noexcept { return m_data; }
    [[nodiscard]] std::size_t size() const noexcept { return m_size; }
    [[nodiscard]] std::string_view view() const noexcept { return {m_data, m_size}; }
    /// Hands the pages back to the kernel: the process's resident set shrinks, and the next
    /// access reads them again from the page cache (or the disk). The bytes do not change.
    void releaseResidentPages() const noexcept;
    /// True once a read found the file shorter than when it was mapped.
    [[nodiscard]] bool shrank() const noexcept;

private:
    MappedFile(const char* data, std::size_t size, int region)
        : m_data(data), m_size(size), m_region(region) {}
    const char* m_data;
    std::size_t m_size;
    int m_region; // slot in the SIGBUS handler's table of mappings; -1 when none
};

} // namespace logscope::core
