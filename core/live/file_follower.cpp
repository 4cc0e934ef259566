#include "core/live/file_follower.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace logscope::core {

FileFollower::FileFollower(std::string path, bool fromEnd)
    : m_path(std::move(path)), m_stdin(m_path == "-"), m_fromEnd(fromEnd) {
    if (m_stdin)
        m_fd = STDIN_FILENO;
    else
        openFile(m_fromEnd);
}

FileFollower::~FileFollower() {
    if (!m_stdin)
        closeFile();
}

bool FileFollower::openFile(bool seekEnd) {
    closeFile();
    const int fd = ::open(m_path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        m_error = m_path + ": " + std::strerror(errno);
        return false;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        ::close(fd);
        return false;
    }
    m_fd = fd;
    m_inode = st.st_ino;
    m_device = st.st_dev;
    m_offset = seekEnd ? static_cast<std::uint64_t>(st.st_size) : 0;
    m_error.clear();
    return true;
}

void FileFollower::closeFile() {
    if (m_fd >= 0 && !m_stdin)
        ::close(m_fd);
    m_fd = -1;
}

std::size_t FileFollower::readAvailable(std::size_t maxBytes) {
    std::size_t total = 0;
    char chunk[1 << 16];
    while (total < maxBytes) {
        const ssize_t n = m_stdin
                              ? ::read(m_fd, chunk, sizeof chunk)
                              : ::pread(m_fd, chunk, sizeof chunk, static_cast<off_t>(m_offset));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            m_error = m_path + ": " + std::strerror(errno);
            break;
        }
        if (n == 0) {
            if (m_stdin)
                m_eof = true;
            break;
        }
        m_buffer.append(chunk, static_cast<std::size_t>(n));
        m_offset += static_cast<std::uint64_t>(n);
        m_bytes += static_cast<std::uint64_t>(n);
        total += static_cast<std::size_t>(n);
        if (m_stdin)
            break; // one read per poll: the next may block
    }
    return total;
}

void FileFollower::checkRotation() {
    struct stat st {};
    if (::stat(m_path.c_str(), &st) != 0)
        return; // renamed away and not yet recreated: keep reading the old file
    if (m_fd >= 0 && (static_cast<std::uint64_t>(st.st_ino) != m_inode ||
                      static_cast<std::uint64_t>(st.st_dev) != m_device)) {
        // Rotated: finish the old file, then start the new one from its beginning.
        readAvailable(std::size_t(-1));
        if (openFile(false)) {
            ++m_rotations;
            // A partial last line of the old file ends with it.
            if (!m_buffer.empty() && m_buffer.back() != '\n')
                m_buffer.push_back('\n');
        }
        return;
    }
    struct stat own {};
    if (m_fd >= 0 && ::fstat(m_fd, &own) == 0 &&
        static_cast<std::uint64_t>(own.st_size) < m_offset) {
        // Truncated (copytruncate, `> file`): read again from the start; drop a partial line.
        ++m_truncations;
        m_offset = 0;
        const std::size_t lastEnd = m_buffer.rfind('\n');
        m_buffer.resize(lastEnd == std::string::npos ? 0 : lastEnd + 1);
    }
}

std::vector<std::string_view> FileFollower::poll(std::size_t maxBytes, int timeoutMs) {
    m_buffer.erase(0, m_consumed);
    m_consumed = 0;
    if (m_stdin) {
        if (!m_eof) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, timeoutMs) > 0)
                readAvailable(maxBytes);
        }
    } else {
        if (m_fd < 0)
            openFile(false); // the file appeared: read it all
        if (m_fd >= 0) {
            checkRotation();
            readAvailable(maxBytes);
        }
    }
    std::vector<std::string_view> lines;
    const std::string_view all(m_buffer);
    std::size_t from = 0;
    for (;;) {
        const std::size_t end = all.find('\n', from);
        if (end == std::string_view::npos)
            break;
        lines.push_back(all.substr(from, end - from));
        from = end + 1;
    }
    // At the end of stdin a last line without a line end is complete.
    if (m_eof && from < all.size()) {
        lines.push_back(all.substr(from));
        from = all.size();
    }
    m_consumed = from;
    return lines;
}

} // namespace logscope::core
