#include "core/formats/input_parser.h"

#include "core/formats/continuation_line.h"
#include "core/formats/json_array_format.h"
#include "core/formats/row_committer.h"

#include <QThreadPool>
#include <QtConcurrent>
#include <QtGlobal>
#include <algorithm>
#include <atomic>
#include <cstring>

namespace logscope::core {
namespace {

constexpr std::size_t kCheckEvery = 256; // lines between cancellation checks
constexpr std::size_t kCheckBytes = std::size_t{1} << 20;
constexpr std::size_t kMinChunk = std::size_t{1} << 20;
constexpr std::size_t kMaxChunk = std::size_t{16} << 20;

struct Chunk {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t lineCount = 0; // lines that start in the chunk
    std::uint64_t firstLine = 0;
    std::size_t rowBase = 0;
    std::size_t rows = 0;
    std::uint64_t lines = 0;
    std::uint64_t parsed = 0;
    std::uint64_t bad = 0;
    std::vector<BadLine> badLines;
    std::unique_ptr<RowCommitter> committer;
};

// Blank: nothing but spaces, tabs, form feeds and NUL padding.
bool blankLine(std::string_view line) {
    for (const char c : line) {
        if (c != ' ' && c != '\t' && c != '\0' && c != '\f' && c != '\v')
            return false;
    }
    return true;
}

// Counts the lines that start in [data, data + size); false when cancelled on the way.
bool countLines(const char* data, std::size_t size, bool last, const CancellationToken* cancel,
                std::size_t& lines) {
    lines = 0;
    const char* p = data;
    const char* end = data + size;
    const char* nextCheck = p + kCheckBytes;
    while (p < end) {
        const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
        if (nl == nullptr)
            break;
        ++lines;
        p = static_cast<const char*>(nl) + 1;
        if (p > nextCheck) {
            if (cancel != nullptr && cancel->isCancelled())
                return false;
            nextCheck = p + kCheckBytes;
        }
    }
    if (last && size > 0 && data[size - 1] != '\n')
        ++lines;
    return true;
}

// The end of the line that starts at pos (its '\n' excluded, a '\r' before it kept).
std::string_view lineAt(std::string_view bytes, std::size_t pos) {
    const std::size_t nl = bytes.find('\n', pos);
    return bytes.substr(pos, (nl == std::string_view::npos ? bytes.size() : nl) - pos);
}

// Whether an unreadable line continues the record before it: a stack-trace line, the
// exception line that heads a trace (the next line is a trace line) or ends one (Python).
bool continuesRecord(std::string_view line, bool afterContinuation, std::string_view next) {
    if (isContinuationLine(line))
        return true;
    if (!isExceptionLine(line))
        return false;
    if (!next.empty() && next.back() == '\r')
        next.remove_suffix(1);
    return afterContinuation || isContinuationLine(next);
}

// Moves a chunk end (the start of a line) past continuation lines, so that a stack trace
// stays in the chunk of the record it belongs to; a bounded search keeps chunks bounded.
std::size_t afterContinuations(std::string_view bytes, std::size_t end) {
    constexpr int kMaxLines = 4096;
    bool continued = false;
    for (int i = 0; i < kMaxLines && end < bytes.size(); ++i) {
        std::string_view line = lineAt(bytes, end);
        const std::size_t next = std::min(end + line.size() + 1, bytes.size());
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (!continuesRecord(line, continued, lineAt(bytes, next)))
            return end;
        continued = isContinuationLine(line);
        end = next;
    }
    return end;
}

std::vector<Chunk> makeChunks(std::string_view bytes, std::size_t start, int threads,
                              bool continuations) {
    std::vector<Chunk> chunks;
    const std::size_t size = bytes.size();
    const std::size_t workers = static_cast<std::size_t>(std::max(1, threads));
    const std::size_t chunkBytes =
        std::clamp((size - start) / (workers * 8) + 1, kMinChunk, kMaxChunk);
    std::size_t begin = start;
    while (begin < size) {
        std::size_t end = size;
        if (size - begin > chunkBytes + chunkBytes / 2) {
            const std::size_t nl = bytes.find('\n', begin + chunkBytes);
            end = nl == std::string_view::npos ? size : nl + 1;
            if (continuations)
                end = afterContinuations(bytes, end);
        }
        Chunk chunk;
        chunk.begin = begin;
        chunk.end = end;
        chunks.push_back(std::move(chunk));
        begin = end;
    }
    return chunks;
}

template <typename F> void forEachChunk(std::vector<Chunk>& chunks, int threads, F&& work) {
    if (threads == 1 || chunks.size() == 1) {
        for (Chunk& chunk : chunks)
            work(chunk);
    } else {
        QtConcurrent::blockingMap(chunks, work);
    }
}

void addBad(std::vector<BadLine>& list, std::uint64_t& count, std::uint64_t line,
            std::string reason, const std::string& file) {
    ++count;
    if (list.size() < LoadReport::kMaxListedBadLines)
        list.push_back({line, listedBadLineReason(reason), file});
}

void reportProgress(const ParseSettings& settings, std::size_t bytes) {
    if (settings.progress != nullptr && bytes > 0)
        settings.progress->add(static_cast<double>(bytes) * settings.progressPerByte);
}

bool cancelled(const ParseSettings& settings) {
    return settings.cancel != nullptr && settings.cancel->isCancelled();
}

ParsedInput parseLines(const InputData& input, const LogFormat& format, std::uint16_t fileIndex,
                       const ParseSettings& settings) {
    ParsedInput out;
    const std::string_view bytes = input.bytes;
    const std::size_t start = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    const int threads =
        settings.threads > 0 ? settings.threads : QThreadPool::globalInstance()->maxThreadCount();
    const bool continuations = format.hasContinuationLines();
    std::vector<Chunk> chunks = makeChunks(bytes, start, threads, continuations);

    std::atomic<bool> stop{false};
    forEachChunk(chunks, settings.threads, [&](Chunk& chunk) {
        if (stop.load(std::memory_order_relaxed) ||
            !countLines(bytes.data() + chunk.begin, chunk.end - chunk.begin,
                        chunk.end == bytes.size(), settings.cancel, chunk.lineCount))
            stop.store(true, std::memory_order_relaxed);
    });
    if (stop.load()) {
        out.cancelled = true;
        return out;
    }
    std::size_t rows = 0;
    std::uint64_t line = 1;
    for (Chunk& chunk : chunks) {
        chunk.rowBase = rows;
        chunk.firstLine = line;
        rows += chunk.lineCount;
        line += chunk.lineCount;
    }
    out.columns.resizeUninitialized(rows);
    out.yearless.resizeUninitialized(rows);

    // An empty input has no data pointer: no offset may be added to it (UB).
    const char* readableEnd = bytes.data() == nullptr ? nullptr : bytes.data() + input.readable;
    forEachChunk(chunks, settings.threads, [&](Chunk& chunk) {
        if (stop.load(std::memory_order_relaxed))
            return;
        chunk.committer =
            std::make_unique<RowCommitter>(out.columns, out.yearless, bytes, fileIndex);
        const auto parser = format.createParser();
        LogRow row;
        std::string error;
        const char* p = bytes.data() + chunk.begin;
        const char* end = bytes.data() + chunk.end;
        const char* reported = p;
        std::uint64_t number = chunk.firstLine;
        std::size_t slot = chunk.rowBase;
        bool attach = false;    // the last non-blank line was a row (or continued one)
        bool continued = false; // ... and it was a continuation line
        for (std::size_t seen = 1; p < end; ++seen, ++number) {
            const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
            const char* lineEnd = nl != nullptr ? static_cast<const char*>(nl) : end;
            std::string_view text(p, static_cast<std::size_t>(lineEnd - p));
            p = nl != nullptr ? lineEnd + 1 : end;
            if (!text.empty() && text.back() == '\r')
                text.remove_suffix(1);
            if (!blankLine(text)) {
                ++chunk.lines;
                row = LogRow{};
                row.lineNumber = number;
                row.rawLine = text;
                const LineStatus status = parser->parse(
                    text, static_cast<std::size_t>(readableEnd - text.data()), row, error);
                if (status != LineStatus::Bad) {
                    chunk.committer->commit(slot++, row, status == LineStatus::Yearless);
                    ++chunk.parsed;
                    attach = true;
                    continued = false;
                } else if (continuations && attach &&
                           continuesRecord(
                               text, continued,
                               lineAt(bytes, static_cast<std::size_t>(p - bytes.data())))) {
                    chunk.committer->appendLine(slot - 1, text);
                    ++chunk.parsed;
                    continued = isContinuationLine(text);
                } else {
                    addBad(chunk.badLines, chunk.bad, number, error, input.name);
                    attach = false;
                }
            }
            // Every few hundred lines, or every megabyte when lines are huge.
            if (seen % kCheckEvery == 0 || static_cast<std::size_t>(p - reported) > kCheckBytes) {
                reportProgress(settings, static_cast<std::size_t>(p - reported));
                reported = p;
                if (cancelled(settings) || stop.load(std::memory_order_relaxed)) {
                    stop.store(true, std::memory_order_relaxed);
                    break;
                }
            }
        }
        reportProgress(settings, static_cast<std::size_t>(p - reported));
        chunk.rows = slot - chunk.rowBase;
    });
    if (stop.load() || cancelled(settings)) {
        out.cancelled = true;
        out.columns = LogColumns();
        out.yearless = Column<std::uint8_t>();
        return out;
    }

    // Close the gaps bad and blank lines left at the end of each chunk's slice, then move
    // every chunk's strings into the input's pool.
    std::size_t at = 0;
    for (Chunk& chunk : chunks) {
        if (chunk.rowBase != at) {
            out.columns.moveRows(chunk.rowBase, at, chunk.rows);
            out.yearless.moveRange(chunk.rowBase, at, chunk.rows);
        }
        chunk.committer->remapInto(out.pool, out.columns, at, at + chunk.rows);
        at += chunk.rows;
        out.lines += chunk.lines;
        out.parsedLines += chunk.parsed;
        out.badLineCount += chunk.bad;
        for (BadLine& bad : chunk.badLines) {
            if (out.badLines.size() < LoadReport::kMaxListedBadLines)
                out.badLines.push_back(std::move(bad));
        }
        out.keepAlive.push_back(std::make_shared<const TextArena>(chunk.committer->takeArena()));
    }
    out.columns.truncate(at);
    out.yearless.truncate(at);
    out.anyYearless = std::find(out.yearless.begin(), out.yearless.end(), 1) != out.yearless.end();
    out.keepAlive.push_back(input.owner);
    if (input.releasePages)
        out.pageReleasers.push_back(input.releasePages);
    return out;
}

ParsedInput parseDocument(const InputData& input, const LogFormat& format, std::uint16_t fileIndex,
                          const ParseSettings& settings) {
    ParsedInput out;
    JsonArraySplitter splitter(input.bytes);
    if (!splitter.start()) {
        out.lines = 1;
        addBad(out.badLines, out.badLineCount, 1,
               QT_TRANSLATE_NOOP("LoadProblems", "not a JSON array"), input.name);
        return out;
    }
    RowCommitter committer(out.columns, out.yearless, input.bytes, fileIndex);
    const auto parser = format.createParser();
    const char* readableEnd =
        input.bytes.data() == nullptr ? nullptr : input.bytes.data() + input.readable;
    LogRow row;
    std::string error;
    std::string_view element;
    std::uint64_t line = 0;
    std::size_t slot = 0;
    std::size_t reported = 0;
    while (splitter.next(element, line)) {
        ++out.lines;
        row = LogRow{};
        row.lineNumber = line;
        row.rawLine = element;
        const LineStatus status = parser->parse(
            element, static_cast<std::size_t>(readableEnd - element.data()), row, error);
        if (status == LineStatus::Bad) {
            addBad(out.badLines, out.badLineCount, line, error, input.name);
        } else {
            if (slot >= out.columns.size()) {
                out.columns.resizeUninitialized(std::max<std::size_t>(1024, slot * 2));
                out.yearless.resizeUninitialized(out.columns.size());
            }
            committer.commit(slot++, row, status == LineStatus::Yearless);
            ++out.parsedLines;
        }
        if (out.lines % kCheckEvery == 0) {
            reportProgress(settings, splitter.position() - reported);
            reported = splitter.position();
            if (cancelled(settings)) {
                out.cancelled = true;
                return out;
            }
        }
    }
    reportProgress(settings, splitter.position() - reported);
    if (!splitter.error().empty())
        out.warning = input.name + ": " + splitter.error();
    out.columns.truncate(slot);
    out.yearless.truncate(slot);
    committer.remapInto(out.pool, out.columns, 0, slot);
    out.anyYearless = std::find(out.yearless.begin(), out.yearless.end(), 1) != out.yearless.end();
    out.keepAlive.push_back(std::make_shared<const TextArena>(committer.takeArena()));
    out.keepAlive.push_back(input.owner);
    if (input.releasePages)
        out.pageReleasers.push_back(input.releasePages);
    return out;
}

} // namespace

ParsedInput parseInput(const InputData& input, const LogFormat& format, std::uint16_t fileIndex,
                       const ParseSettings& settings) {
    return format.isDocument() ? parseDocument(input, format, fileIndex, settings)
                               : parseLines(input, format, fileIndex, settings);
}

} // namespace logscope::core
