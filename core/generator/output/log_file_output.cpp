#include "core/generator/output/log_file_output.h"

#include "core/util/atomic_file_writer.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace logscope::core {

LogFileOutput::~LogFileOutput() {
    if (m_file != nullptr) {
        std::fclose(m_file);
        if (m_atomic)
            std::remove(m_writePath.c_str());
    }
}

bool LogFileOutput::fail(const std::string& what) {
    if (m_error.empty())
        m_error = m_path + ": " + what + ": " + std::strerror(errno);
    return false;
}

bool LogFileOutput::open(const std::string& path, bool atomic) {
    m_path = path;
    m_atomic = atomic;
    m_size = 0;
    m_rotations = 0;
    m_error.clear();
    if (atomic) {
        std::string pattern = path + ".tmp-XXXXXX";
        const int fd = ::mkstemp(pattern.data());
        if (fd < 0)
            return fail("cannot create");
        m_writePath = pattern;
        setDefaultPermissions(fd); // an ordinary output file, not mkstemp's private 0600
        m_file = ::fdopen(fd, "wb");
        if (m_file == nullptr) {
            ::close(fd);
            std::remove(m_writePath.c_str());
            return fail("cannot open");
        }
        return true;
    }
    // Parts of an earlier run of the same output would be mistaken for this run's.
    for (int part = 1;; ++part) {
        const std::string old = path + "." + std::to_string(part);
        if (::access(old.c_str(), F_OK) != 0 || std::remove(old.c_str()) != 0)
            break;
    }
    m_writePath = path;
    m_file = std::fopen(path.c_str(), "wb");
    return m_file != nullptr || fail("cannot create");
}

bool LogFileOutput::write(std::string_view bytes) {
    if (!m_error.empty() || m_file == nullptr)
        return false;
    m_size += bytes.size();
    return std::fwrite(bytes.data(), 1, bytes.size(), m_file) == bytes.size() ||
           fail("cannot write");
}

bool LogFileOutput::flush() {
    if (m_file == nullptr)
        return m_error.empty();
    return std::fflush(m_file) == 0 || fail("cannot write");
}

bool LogFileOutput::rotate() {
    if (m_atomic || m_file == nullptr || !m_error.empty())
        return false;
    const int closed = std::fclose(m_file);
    m_file = nullptr;
    if (closed != 0)
        return fail("cannot write");
    const std::string part = m_path + "." + std::to_string(m_rotations + 1);
    if (std::rename(m_path.c_str(), part.c_str()) != 0)
        return fail("cannot rename to " + part);
    ++m_rotations;
    m_size = 0;
    m_file = std::fopen(m_path.c_str(), "wb");
    return m_file != nullptr || fail("cannot create");
}

bool LogFileOutput::close() {
    if (m_file == nullptr)
        return m_error.empty();
    std::FILE* file = m_file;
    m_file = nullptr;
    const bool written = std::fclose(file) == 0 || fail("cannot write");
    if (!m_atomic)
        return written && m_error.empty();
    if (!written || !m_error.empty() || std::rename(m_writePath.c_str(), m_path.c_str()) != 0) {
        fail("cannot rename into place");
        std::remove(m_writePath.c_str());
        return false;
    }
    return true;
}

} // namespace logscope::core
