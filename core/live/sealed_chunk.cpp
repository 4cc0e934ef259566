#include "core/live/sealed_chunk.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <zstd.h>

namespace logscope::core {
namespace {

constexpr std::uint8_t kVersion = 1;
// Bounds a damaged header can claim before anything is allocated for it.
constexpr std::uint64_t kMaxRows = std::uint64_t{1} << 28;
constexpr std::uint64_t kMaxSerialised = std::uint64_t{1} << 34;

std::uint64_t zigzag(std::int64_t v) noexcept {
    return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}

std::int64_t unzigzag(std::uint64_t v) noexcept {
    return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
}

// Appends the serialised form; columns one after another, so that zstd sees alike values
// together (deltas of times, small dictionary ids, lengths, then the texts).
class Writer {
public:
    explicit Writer(std::string& out) : m_out(out) {}
    void varint(std::uint64_t v) {
        while (v >= 0x80) {
            m_out.push_back(static_cast<char>((v & 0x7F) | 0x80));
            v >>= 7;
        }
        m_out.push_back(static_cast<char>(v));
    }
    void byte(std::uint8_t v) { m_out.push_back(static_cast<char>(v)); }
    void bytes(std::string_view v) { m_out.append(v); }
    template <typename T> void fixed(T v) {
        char raw[sizeof(T)];
        std::memcpy(raw, &v, sizeof(T));
        m_out.append(raw, sizeof(T));
    }

private:
    std::string& m_out;
};

// Reads what Writer wrote; every read checks the bounds (a damaged chunk gives an error).
class Reader {
public:
    explicit Reader(std::string_view in) : m_in(in) {}
    bool varint(std::uint64_t& v) {
        v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_at >= m_in.size())
                return false;
            const auto b = static_cast<std::uint8_t>(m_in[m_at++]);
            v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
                return true;
        }
        return false;
    }
    bool byte(std::uint8_t& v) {
        if (m_at >= m_in.size())
            return false;
        v = static_cast<std::uint8_t>(m_in[m_at++]);
        return true;
    }
    bool bytes(std::size_t n, std::string_view& v) {
        if (n > m_in.size() - m_at)
            return false;
        v = m_in.substr(m_at, n);
        m_at += n;
        return true;
    }
    template <typename T> bool fixed(T& v) {
        std::string_view raw;
        if (!bytes(sizeof(T), raw))
            return false;
        std::memcpy(&v, raw.data(), sizeof(T));
        return true;
    }
    [[nodiscard]] bool atEnd() const noexcept { return m_at == m_in.size(); }

private:
    std::string_view m_in;
    std::size_t m_at = 0;
};

// Texts of a column: every length first, then every byte.
template <typename Get> void writeTexts(Writer& w, std::size_t rows, Get get) {
    for (std::size_t r = 0; r < rows; ++r)
        w.varint(get(r).size());
    for (std::size_t r = 0; r < rows; ++r)
        w.bytes(get(r));
}

bool readTexts(Reader& in, std::size_t rows, std::vector<std::string_view>& out) {
    std::vector<std::uint64_t> sizes(rows);
    for (std::uint64_t& s : sizes)
        if (!in.varint(s))
            return false;
    out.resize(rows);
    for (std::size_t r = 0; r < rows; ++r)
        if (!in.bytes(sizes[r], out[r]))
            return false;
    return true;
}

} // namespace

std::string SealedChunk::serialise(const LogTable& table) {
    const std::size_t rows = table.size();
    std::string out;
    Writer w(out);
    w.byte(kVersion);
    w.varint(rows);
    // The interned columns through a chunk-local dictionary.
    std::vector<std::string_view> dictionary;
    std::unordered_map<std::string_view, std::uint64_t> ids;
    auto idOf = [&](std::string_view text) {
        const auto [it, added] = ids.try_emplace(text, dictionary.size());
        if (added)
            dictionary.push_back(text);
        return it->second;
    };
    std::vector<std::uint64_t> interned;
    interned.reserve(rows * 4);
    for (std::size_t r = 0; r < rows; ++r) {
        interned.push_back(idOf(table.service(r)));
        interned.push_back(idOf(table.source(r)));
        interned.push_back(idOf(table.host(r)));
        interned.push_back(idOf(table.anomalyType(r)));
    }
    w.varint(dictionary.size());
    for (const std::string_view text : dictionary) {
        w.varint(text.size());
        w.bytes(text);
    }
    for (int column = 0; column < 4; ++column)
        for (std::size_t r = 0; r < rows; ++r)
            w.varint(interned[r * 4 + static_cast<std::size_t>(column)]);

    std::int64_t previous = 0;
    for (std::size_t r = 0; r < rows; ++r) {
        const std::int64_t t = table.timestampNs(r);
        w.byte(t == kNoTimestamp ? 0 : 1);
    }
    for (std::size_t r = 0; r < rows; ++r) {
        const std::int64_t t = table.timestampNs(r);
        if (t == kNoTimestamp)
            continue;
        w.varint(zigzag(static_cast<std::int64_t>(static_cast<std::uint64_t>(t) -
                                                  static_cast<std::uint64_t>(previous))));
        previous = t;
    }
    for (std::size_t r = 0; r < rows; ++r)
        w.byte(static_cast<std::uint8_t>(table.level(r)));
    writeTexts(w, rows, [&](std::size_t r) { return table.message(r); });
    std::vector<std::string> extras(rows);
    for (std::size_t r = 0; r < rows; ++r)
        extras[r] = table.extra(r);
    writeTexts(w, rows, [&](std::size_t r) { return std::string_view(extras[r]); });
    writeTexts(w, rows, [&](std::size_t r) { return table.rawLine(r); });
    for (std::size_t r = 0; r < rows; ++r)
        w.fixed(table.latencyMs(r));
    for (std::size_t r = 0; r < rows; ++r)
        w.varint(table.statusCode(r));
    for (std::size_t r = 0; r < rows; ++r)
        w.byte(static_cast<std::uint8_t>(table.truth(r)));
    for (std::size_t r = 0; r < rows; ++r)
        w.fixed(table.anomalyScore(r));
    std::uint64_t previousLine = 0;
    for (std::size_t r = 0; r < rows; ++r) {
        w.varint(zigzag(static_cast<std::int64_t>(table.lineNumber(r) - previousLine)));
        previousLine = table.lineNumber(r);
    }
    for (std::size_t r = 0; r < rows; ++r)
        w.varint(table.fileIndex(r));
    for (std::size_t r = 0; r < rows; ++r)
        w.varint(table.templateId(r));
    return out;
}

std::optional<LogTable> SealedChunk::deserialise(std::string_view bytes, std::string& error) {
    Reader in(bytes);
    auto damaged = [&error](const char* what) {
        error = std::string("damaged live chunk: ") + what;
        return std::nullopt;
    };
    std::uint8_t version = 0;
    std::uint64_t rows = 0;
    if (!in.byte(version) || version != kVersion)
        return damaged("unknown version");
    if (!in.varint(rows) || rows > kMaxRows || rows > bytes.size())
        return damaged("row count");
    std::uint64_t words = 0;
    if (!in.varint(words) || words > bytes.size())
        return damaged("dictionary size");
    std::vector<std::string_view> dictionary(words);
    for (std::string_view& text : dictionary) {
        std::uint64_t size = 0;
        if (!in.varint(size) || !in.bytes(size, text))
            return damaged("dictionary");
    }
    std::vector<std::uint64_t> interned(rows * 4);
    for (int column = 0; column < 4; ++column)
        for (std::size_t r = 0; r < rows; ++r) {
            std::uint64_t& id = interned[r * 4 + static_cast<std::size_t>(column)];
            if (!in.varint(id) || id >= dictionary.size())
                return damaged("dictionary id");
        }
    std::vector<LogRow> out(rows);
    std::vector<std::uint8_t> timed(rows);
    for (std::size_t r = 0; r < rows; ++r)
        if (!in.byte(timed[r]))
            return damaged("times");
    std::int64_t previous = 0;
    for (std::size_t r = 0; r < rows; ++r) {
        LogRow& row = out[r];
        row.service = dictionary[interned[r * 4]];
        row.source = dictionary[interned[r * 4 + 1]];
        row.host = dictionary[interned[r * 4 + 2]];
        row.anomalyType = dictionary[interned[r * 4 + 3]];
        if (timed[r] == 0)
            continue;
        std::uint64_t delta = 0;
        if (!in.varint(delta))
            return damaged("times");
        previous = static_cast<std::int64_t>(static_cast<std::uint64_t>(previous) +
                                             static_cast<std::uint64_t>(unzigzag(delta)));
        row.timestampNs = previous;
    }
    for (LogRow& row : out) {
        std::uint8_t level = 0;
        if (!in.byte(level) || level >= kLevelCount)
            return damaged("levels");
        row.level = static_cast<Level>(level);
    }
    std::vector<std::string_view> messages;
    std::vector<std::string_view> extras;
    std::vector<std::string_view> raws;
    if (!readTexts(in, rows, messages) || !readTexts(in, rows, extras) ||
        !readTexts(in, rows, raws))
        return damaged("texts");
    for (std::size_t r = 0; r < rows; ++r) {
        out[r].message = messages[r];
        out[r].extra = extras[r];
        out[r].rawLine = raws[r];
    }
    for (LogRow& row : out)
        if (!in.fixed(row.latencyMs))
            return damaged("latencies");
    for (LogRow& row : out) {
        std::uint64_t status = 0;
        if (!in.varint(status) || status > 0xFFFF)
            return damaged("status codes");
        row.statusCode = static_cast<std::uint16_t>(status);
    }
    for (LogRow& row : out) {
        std::uint8_t truth = 0;
        if (!in.byte(truth) || truth > static_cast<std::uint8_t>(Truth::Anomaly))
            return damaged("labels");
        row.truth = static_cast<Truth>(truth);
    }
    for (LogRow& row : out)
        if (!in.fixed(row.anomalyScore))
            return damaged("scores");
    std::uint64_t previousLine = 0;
    for (LogRow& row : out) {
        std::uint64_t delta = 0;
        if (!in.varint(delta))
            return damaged("line numbers");
        previousLine += static_cast<std::uint64_t>(unzigzag(delta));
        row.lineNumber = previousLine;
    }
    for (LogRow& row : out) {
        std::uint64_t file = 0;
        if (!in.varint(file) || file > 0xFFFF)
            return damaged("file indexes");
        row.fileIndex = static_cast<std::uint16_t>(file);
    }
    std::vector<std::uint32_t> templates(rows);
    for (std::uint32_t& id : templates) {
        std::uint64_t v = 0;
        if (!in.varint(v) || v > 0xFFFFFFFFu)
            return damaged("template ids");
        id = static_cast<std::uint32_t>(v);
    }
    if (!in.atEnd())
        return damaged("trailing bytes");
    LogTable table;
    table.reserve(rows);
    for (std::size_t r = 0; r < rows; ++r)
        table.setTemplateId(table.append(out[r]), templates[r]);
    return table;
}

SealedChunk SealedChunk::seal(const LogTable& table, int level) {
    SealedChunk chunk;
    chunk.m_rows = table.size();
    const std::string plain = serialise(table);
    chunk.m_serialisedBytes = plain.size();
    std::string packed(ZSTD_compressBound(plain.size()), '\0');
    const std::size_t size =
        ZSTD_compress(packed.data(), packed.size(), plain.data(), plain.size(), level);
    // Into a buffer of compressBound zstd cannot run out of room; should it fail otherwise,
    // the chunk keeps its plain bytes (marked 'P') rather than losing the rows.
    if (ZSTD_isError(size) != 0) {
        packed = plain;
        chunk.m_bytes.assign(1, 'P');
    } else {
        packed.resize(size);
        chunk.m_bytes.assign(1, 'Z');
    }
    chunk.m_bytes.append(packed);
    chunk.m_bytes.shrink_to_fit();
    chunk.m_oldestNs = table.firstTimestampNs();
    chunk.m_newestNs = table.lastTimestampNs();
    chunk.m_untimed = table.timeOrder().size() < table.size();
    for (std::size_t r = 0; r < table.size(); ++r) {
        chunk.m_levelMask |= 1u << static_cast<unsigned>(table.level(r));
        const std::string_view service = table.service(r);
        if (std::find(chunk.m_services.begin(), chunk.m_services.end(), service) ==
            chunk.m_services.end())
            chunk.m_services.emplace_back(service);
    }
    std::sort(chunk.m_services.begin(), chunk.m_services.end());
    return chunk;
}

std::optional<LogTable> SealedChunk::thaw(std::string& error) const {
    if (m_bytes.empty()) {
        error = "damaged live chunk: empty";
        return std::nullopt;
    }
    const std::string_view body = std::string_view(m_bytes).substr(1);
    if (m_bytes.front() == 'P')
        return deserialise(body, error);
    const unsigned long long size = ZSTD_getFrameContentSize(body.data(), body.size());
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN ||
        size > kMaxSerialised) {
        error = "damaged live chunk: bad zstd frame";
        return std::nullopt;
    }
    std::string plain(static_cast<std::size_t>(size), '\0');
    const std::size_t got = ZSTD_decompress(plain.data(), plain.size(), body.data(), body.size());
    if (ZSTD_isError(got) != 0 || got != plain.size()) {
        error = "damaged live chunk: zstd";
        return std::nullopt;
    }
    return deserialise(plain, error);
}

std::size_t SealedChunk::heapBytes() const {
    std::size_t total = m_bytes.capacity() + m_services.capacity() * sizeof(std::string);
    for (const std::string& s : m_services)
        total += s.capacity() > 15 ? s.capacity() : 0;
    return total;
}

} // namespace logscope::core
