#include "core/templates/token_table.h"

#include "core/templates/message_tokenizer.h"
#include "core/templates/variable_kind.h"

#include <algorithm>
#include <cstring>

namespace logscope::core {
namespace {

constexpr std::size_t kInitialSlots = 1024;
constexpr std::size_t kChunkBytes = 64 * 1024;

std::uint64_t load8(const char* p) {
    std::uint64_t value = 0;
    std::memcpy(&value, p, 8);
    return value;
}

std::uint32_t load4(const char* p) {
    std::uint32_t value = 0;
    std::memcpy(&value, p, 4);
    return value;
}

} // namespace

std::uint64_t hashBytes(std::string_view bytes) noexcept {
    constexpr std::uint64_t kMultiplier = 0x9e3779b97f4a7c15ULL;
    const char* p = bytes.data();
    const std::size_t size = bytes.size();
    std::uint64_t h = 0x8ebc6af09c88c6e3ULL ^ (size * kMultiplier);
    std::size_t n = size;
    while (n > 8) {
        h = (h ^ load8(p)) * kMultiplier;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    // The last one to eight bytes, read without a byte loop (overlapping reads are fine).
    std::uint64_t tail = 0;
    if (size >= 8)
        tail = load8(bytes.data() + size - 8);
    else if (n >= 4)
        tail = load4(p) | (static_cast<std::uint64_t>(load4(p + n - 4)) << 32);
    else if (n > 0)
        tail = static_cast<unsigned char>(p[0]) |
               (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) |
               (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16);
    h = (h ^ tail) * kMultiplier;
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ULL;
    return h ^ (h >> 32);
}

TokenTable::TokenTable() : m_slots(kInitialSlots, 0) {}

std::string_view TokenTable::store(std::string_view text) {
    if (text.empty())
        return {};
    if (m_chunks.empty() || m_chunkUsed + text.size() > m_chunkSize) {
        m_chunkSize = std::max(kChunkBytes, text.size());
        m_chunks.push_back(std::make_unique<char[]>(m_chunkSize));
        m_chunkUsed = 0;
    }
    char* target = m_chunks.back().get() + m_chunkUsed;
    std::memcpy(target, text.data(), text.size());
    m_chunkUsed += text.size();
    return {target, text.size()};
}

void TokenTable::grow() {
    std::vector<std::uint32_t> slots(m_slots.size() * 2, 0);
    const std::size_t mask = slots.size() - 1;
    for (std::uint32_t index = 0; index < m_texts.size(); ++index) {
        std::size_t slot = m_hashes[index] & mask;
        while (slots[slot] != 0)
            slot = (slot + 1) & mask;
        slots[slot] = index + 1;
    }
    m_slots.swap(slots);
}

std::uint8_t TokenTable::flagsOf(std::string_view text) {
    const bool punctuation = isPunctuation(text);
    std::uint8_t flags = punctuation ? TokenTable::kDelimiter : 0;
    if (!punctuation && isCapitalWord(text))
        flags |= TokenTable::kCapital;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            flags |= TokenTable::kDigit;
            break;
        }
    }
    return flags;
}

std::uint32_t TokenTable::find(std::string_view text) const {
    const std::uint64_t hash = hashBytes(text);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t slot = hash & mask; m_slots[slot] != 0; slot = (slot + 1) & mask) {
        const std::uint32_t index = m_slots[slot] - 1;
        if (m_hashes[index] == hash && m_texts[index] == text)
            return index;
    }
    return kMissing;
}

std::uint32_t TokenTable::intern(std::string_view text) {
    const std::uint64_t hash = hashBytes(text);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t slot = hash & mask;
    while (const std::uint32_t entry = m_slots[slot]) {
        const std::uint32_t index = entry - 1;
        if (m_hashes[index] == hash && m_texts[index] == text)
            return index;
        slot = (slot + 1) & mask;
    }
    const auto index = static_cast<std::uint32_t>(m_texts.size());
    m_texts.push_back(store(text));
    m_hashes.push_back(hash);
    m_flags.push_back(flagsOf(text));
    m_slots[slot] = index + 1;
    if (m_texts.size() * 2 > m_slots.size())
        grow();
    return index;
}

} // namespace logscope::core
