#include "core/formats/log_loader.h"

#include "core/formats/json_line_parser.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace logscope::core {
namespace {

constexpr std::size_t kPadding = 64; // simdjson reads up to this many bytes past a document

std::string_view trimLine(std::string_view line) noexcept {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
        line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
        line.remove_prefix(1);
    return line;
}

// `buffer` holds the bytes followed by at least kPadding readable bytes.
LoadResult parseBuffer(const char* buffer, std::size_t size, const CancellationToken* cancel,
                       const ProgressCallback& progress) {
    LoadResult result;
    result.table = std::make_shared<LogTable>();
    LoadReport& report = result.report;
    report.bytesRead = size;
    report.formatName = "json-lines";

    const std::string_view all(buffer, size);
    const std::size_t firstNonSpace = all.find_first_not_of(" \t\r\n");
    if (firstNonSpace != std::string_view::npos && all[firstNonSpace] != '{') {
        report.fatalError = "unrecognised format: this version reads JSON lines only";
        return result;
    }

    JsonLineParser parser;
    std::string error;
    std::uint64_t lineNumber = 0;
    std::size_t pos = 0;
    constexpr std::size_t kCheckEvery = 4096;
    while (pos < size) {
        std::size_t end = all.find('\n', pos);
        if (end == std::string_view::npos)
            end = size;
        ++lineNumber;
        const std::string_view line = trimLine(all.substr(pos, end - pos));
        const std::size_t capacity =
            size + kPadding - static_cast<std::size_t>(line.data() - buffer);
        pos = end + 1;
        if (!line.empty()) {
            ++report.totalLines;
            if (parser.parse(line, capacity, lineNumber, *result.table, error))
                ++report.parsedLines;
            else
                report.addBadLine(lineNumber, error);
        }
        if (lineNumber % kCheckEvery == 0) {
            if (cancel && cancel->isCancelled()) {
                report.cancelled = true;
                break;
            }
            if (progress)
                progress(std::min(pos, size), size);
        }
    }
    if (progress && !report.cancelled)
        progress(size, size);
    return result;
}

} // namespace

LoadResult loadLogBuffer(std::string_view bytes, const CancellationToken* cancel,
                         const ProgressCallback& progress) {
    std::string padded;
    padded.reserve(bytes.size() + kPadding);
    padded.append(bytes);
    padded.append(kPadding, '\0');
    return parseBuffer(padded.data(), bytes.size(), cancel, progress);
}

LoadResult loadLogFile(const std::string& path, const CancellationToken* cancel,
                       const ProgressCallback& progress) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        LoadResult failed;
        failed.table = std::make_shared<LogTable>();
        failed.report.fatalError = path + ": is a directory, not a log file";
        return failed;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        LoadResult failed;
        failed.table = std::make_shared<LogTable>();
        failed.report.fatalError = path + ": cannot open: " + std::strerror(errno);
        return failed;
    }
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) {
        LoadResult failed;
        failed.table = std::make_shared<LogTable>();
        failed.report.fatalError = path + ": read error";
        return failed;
    }
    LoadResult result = loadLogBuffer(bytes, cancel, progress);
    if (result.report.failed())
        result.report.fatalError = path + ": " + result.report.fatalError;
    return result;
}

} // namespace logscope::core
