#include "core/util/atomic_file_writer.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace logscope::core {
namespace {

// umask(2) can only be read by setting it, which is process-wide: another thread creating a
// file between umask(0) and the restore would get a world-writable file. Linux shows the mask
// in /proc/self/status; only without it is it read (once, at first use) the racy way.
mode_t readUmask() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("Umask:", 0) == 0)
            return static_cast<mode_t>(std::strtoul(line.c_str() + 6, nullptr, 8) & 0777);
    }
    const mode_t mask = ::umask(022);
    ::umask(mask);
    return mask;
}

} // namespace

bool setDefaultPermissions(int fd) {
    return ::fchmod(fd, 0666 & ~readUmask()) == 0;
}

AtomicFileWriter::~AtomicFileWriter() {
    discard();
}

bool AtomicFileWriter::open(const std::string& path) {
    discard();
    m_error.clear();
    m_path = path;
    std::string pattern = path + ".tmp-XXXXXX";
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
        fail("cannot create");
        return false;
    }
    m_tempPath = pattern;
    // mkstemp makes a private 0600 file; the output is an ordinary file, so give it the
    // permissions the umask allows, as open(2) with 0666 would.
    setDefaultPermissions(fd);
    m_file = ::fdopen(fd, "wb");
    if (m_file == nullptr) {
        ::close(fd);
        fail("cannot open");
        discard();
        return false;
    }
    return true;
}

bool AtomicFileWriter::write(std::string_view bytes) {
    if (m_file == nullptr || !m_error.empty())
        return false;
    if (std::fwrite(bytes.data(), 1, bytes.size(), m_file) != bytes.size()) {
        fail("cannot write");
        return false;
    }
    return true;
}

bool AtomicFileWriter::commit() {
    if (m_file == nullptr || !m_error.empty())
        return false;
    if (std::fflush(m_file) != 0 || ::fsync(::fileno(m_file)) != 0) {
        fail("cannot write");
        discard();
        return false;
    }
    std::FILE* file = m_file;
    m_file = nullptr;
    if (std::fclose(file) != 0) {
        fail("cannot write");
        discard();
        return false;
    }
    if (std::rename(m_tempPath.c_str(), m_path.c_str()) != 0) {
        fail("cannot rename into place");
        discard();
        return false;
    }
    m_tempPath.clear();
    return true;
}

void AtomicFileWriter::fail(const std::string& what) {
    if (m_error.empty())
        m_error = m_path + ": " + what + ": " + std::strerror(errno);
}

void AtomicFileWriter::discard() {
    if (m_file != nullptr) {
        std::fclose(m_file);
        m_file = nullptr;
    }
    if (!m_tempPath.empty()) {
        std::remove(m_tempPath.c_str());
        m_tempPath.clear();
    }
}

} // namespace logscope::core
