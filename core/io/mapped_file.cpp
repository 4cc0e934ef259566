#include "core/io/mapped_file.h"

#include <cerrno>
#include <cstring>
#include <sys/mman.h>

namespace logscope::core {

std::shared_ptr<const MappedFile> MappedFile::map(int fd, std::size_t size, std::string& error) {
    if (size == 0)
        return std::shared_ptr<const MappedFile>(new MappedFile(nullptr, 0));
    void* address = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (address == MAP_FAILED) {
        error = std::strerror(errno);
        return nullptr;
    }
    // Parsing reads the file front to back, from several threads at once.
    ::madvise(address, size, MADV_WILLNEED);
    return std::shared_ptr<const MappedFile>(
        new MappedFile(static_cast<const char*>(address), size));
}

MappedFile::~MappedFile() {
    if (m_data != nullptr)
        ::munmap(const_cast<char*>(m_data), m_size);
}

void MappedFile::releaseResidentPages() const noexcept {
    // A read-only private mapping is never written, so dropping its pages loses nothing.
    if (m_data != nullptr)
        ::madvise(const_cast<char*>(m_data), m_size, MADV_DONTNEED);
}

} // namespace logscope::core
