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

} // namespace logscope::core
