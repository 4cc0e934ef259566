#include "core/generator/output/log_file_output.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace logscope::core {

LogFileOutput::~LogFileOutput() {
    if (m_file != nullptr)
        std::fclose(m_file);
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
        if (!m_atomicFile.open(path)) {
            m_error = m_atomicFile.error();
            return false;
        }
        return true;
    }
    // Parts of an earlier run of the same output would be mistaken for this run's.
    for (int part = 1;; ++part) {
        const std::string old = path + "." + std::to_string(part);
        if (::access(old.c_str(), F_OK) != 0 || std::remove(old.c_str()) != 0)
            break;
    }
    m_file = std::fopen(path.c_str(), "wb");
    return m_file != nullptr || fail("cannot create");
}

bool LogFileOutput::write(std::string_view bytes) {
    if (!m_error.empty())
        return false;
    m_size += bytes.size();
    if (m_atomic) {
        if (!m_atomicFile.write(bytes)) {
            m_error = m_atomicFile.error();
            return false;
        }
        return true;
    }
    return std::fwrite(bytes.data(), 1, bytes.size(), m_file) == bytes.size() ||
           fail("cannot write");
}

bool LogFileOutput::flush() {
    if (m_atomic || m_file == nullptr)
        return m_error.empty();
    return std::fflush(m_file) == 0 || fail("cannot write");
}

bool LogFileOutput::rotate() {
    if (m_atomic || m_file == nullptr || !m_error.empty())
        return false;
    if (std::fclose(m_file) != 0) {
        m_file = nullptr;
        return fail("cannot write");
    }
    m_file = nullptr;
    const std::string part = m_path + "." + std::to_string(m_rotations + 1);
    if (std::rename(m_path.c_str(), part.c_str()) != 0)
        return fail("cannot rename to " + part);
    ++m_rotations;
    m_size = 0;
    m_file = std::fopen(m_path.c_str(), "wb");
    return m_file != nullptr || fail("cannot create");
}

bool LogFileOutput::close() {
    if (m_atomic) {
        m_atomic = false;
        if (!m_error.empty())
            return false;
        if (!m_atomicFile.commit()) {
            m_error = m_atomicFile.error();
            return false;
        }
        return true;
    }
    if (m_file == nullptr)
        return m_error.empty();
    std::FILE* file = m_file;
    m_file = nullptr;
    return (std::fclose(file) == 0 || fail("cannot write")) && m_error.empty();
}

} // namespace logscope::core
