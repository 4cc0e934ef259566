#include "core/templates/raw_line_reader.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace logscope::core {

bool RawLineReader::read(const std::string& path, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot open '" + path + "': " + std::strerror(errno);
        return false;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
        error = "cannot read '" + path + "'";
        return false;
    }
    assign(std::move(buffer).str());
    return true;
}

void RawLineReader::assign(std::string bytes) {
    m_bytes = std::move(bytes);
    split();
}

void RawLineReader::split() {
    m_lines.clear();
    const std::string_view all(m_bytes);
    // A UTF-8 byte order mark is not part of the first line.
    std::size_t start = all.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    while (start < all.size()) {
        std::size_t end = all.find('\n', start);
        const std::size_t next = end == std::string_view::npos ? all.size() : end + 1;
        if (end == std::string_view::npos)
            end = all.size();
        std::string_view line = all.substr(start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        m_lines.push_back(line);
        start = next;
    }
}

} // namespace logscope::core
