#include "core/formats/format_preview.h"

#include "core/formats/format_registry.h"
#include "core/formats/log_loader.h"
#include "core/io/decompressor.h"
#include "core/io/input_reader.h"

#include <algorithm>
#include <fstream>
#include <unordered_map>

namespace logscope::core {
namespace {

// Archives are decompressed from this many stored bytes at most: enough for a preview, and
// quick whatever the archive's size.
constexpr std::size_t kCompressedHead = std::size_t{256} << 10;
// A preview shows this much of a long line.
constexpr std::size_t kShownLineBytes = 2000;

bool blank(std::string_view line) {
    return line.find_first_not_of(std::string_view(" \t\r\f\v\0", 6)) == std::string_view::npos;
}

std::string readStored(const std::string& path, std::size_t maxBytes, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = path + ": cannot be read";
        return {};
    }
    std::string bytes(maxBytes, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(maxBytes));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad())
        error = path + ": read error";
    return bytes;
}

} // namespace

InputHead readInputHead(const std::string& path, std::size_t maxBytes) {
    InputHead head;
    std::string error;
    const std::vector<std::string> files = expandInputs({path}, error);
    if (!error.empty() || files.empty()) {
        head.error = error.empty() ? path + ": nothing to read" : error;
        return head;
    }
    head.name = files.front();
    std::string stored = readStored(head.name, std::max(maxBytes, kCompressedHead), head.error);
    if (!head.error.empty())
        return head;
    const Compression compression = detectCompression(stored);
    if (compression != Compression::None) {
        stored.resize(std::min(stored.size(), kCompressedHead));
        // The stream is cut short on purpose: what came before the cut is all that is wanted.
        const DecompressResult result = decompress(stored, compression, nullptr, {});
        stored.assign(result.bytes.view().substr(0, maxBytes));
    } else if (stored.size() > maxBytes) {
        stored.resize(maxBytes);
    }
    // Keep whole lines only (unless the first line alone fills the head).
    const std::size_t lastNewline = stored.rfind('\n');
    if (lastNewline != std::string::npos && stored.size() >= maxBytes)
        stored.resize(lastNewline + 1);
    head.bytes = std::move(stored);
    return head;
}

std::string_view firstLines(std::string_view bytes, std::size_t maxLines) {
    std::size_t pos = 0;
    for (std::size_t i = 0; i < maxLines && pos < bytes.size(); ++i) {
        const std::size_t nl = bytes.find('\n', pos);
        pos = nl == std::string_view::npos ? bytes.size() : nl + 1;
    }
    return bytes.substr(0, pos);
}

Detection detectHead(std::string_view head) {
    return detectFormat(head, detectionCandidates(SavedFormats::loadDefault()));
}

FormatPreview previewFormat(std::string_view head, const std::string& spec, std::size_t maxLines) {
    FormatPreview preview;
    if (!spec.empty()) {
        // Resolved here first so that the error reads as the format's, not as a failed load.
        std::string error;
        if (!resolveFormat(spec, SavedFormats::loadDefault(), error)) {
            preview.error = error;
            return preview;
        }
    }
    const std::string_view sample = firstLines(head, maxLines);
    LoadOptions options;
    options.format = spec;
    options.threads = 1;
    const LoadResult loaded = loadLogBuffer(sample, options);
    if (loaded.report.failed()) {
        preview.error = loaded.report.fatalError;
        return preview;
    }
    preview.formatName = loaded.report.formatName;
    preview.fit = loaded.report.confidence;

    std::unordered_map<std::uint64_t, LogTable::Row> rows;
    const LogTable& table = *loaded.table;
    for (LogTable::Row r = 0; r < table.size(); ++r)
        rows.emplace(table.lineNumber(r), r);
    std::unordered_map<std::uint64_t, const BadLine*> bad;
    for (const BadLine& line : loaded.report.badLines)
        bad.emplace(line.lineNumber, &line);

    std::size_t pos = sample.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    for (std::uint64_t number = 1; pos < sample.size(); ++number) {
        std::size_t end = sample.find('\n', pos);
        if (end == std::string_view::npos)
            end = sample.size();
        std::string_view text = sample.substr(pos, end - pos);
        pos = end + 1;
        if (!text.empty() && text.back() == '\r')
            text.remove_suffix(1);
        if (blank(text))
            continue;
        PreviewLine line;
        line.lineNumber = number;
        line.text = std::string(text.substr(0, kShownLineBytes));
        if (const auto it = rows.find(number); it != rows.end()) {
            const LogTable::Row r = it->second;
            line.status = PreviewLine::Status::Parsed;
            line.timestampNs = table.timestampNs(r);
            line.level = table.level(r);
            line.service = std::string(table.service(r));
            line.message = std::string(table.message(r).substr(0, kShownLineBytes));
            ++preview.parsedLines;
        } else if (const auto b = bad.find(number); b != bad.end()) {
            line.status = PreviewLine::Status::Bad;
            line.reason = b->second->reason;
            ++preview.badLines;
        }
        preview.lines.push_back(std::move(line));
    }
    return preview;
}

} // namespace logscope::core
