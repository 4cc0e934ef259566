#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace logscope::core {

/// Interns the literal words of templates: each distinct text gets a dense index, so that the
/// miner compares integers. Open addressing with a fixed hash: no per-word heap allocation.
class TokenTable {
public:
    /// Properties the miner needs of a word, derived from its text.
    enum Flag : std::uint8_t {
        kDelimiter = 1, ///< punctuation only
        kCapital = 2,   ///< a word of capitals (a state or event name)
        kDigit = 4,     ///< holds a digit
    };

    TokenTable();
    /// The index of text, interning it when new.
    std::uint32_t intern(std::string_view text);
    /// The index of text, or kMissing when it was never interned.
    [[nodiscard]] std::uint32_t find(std::string_view text) const;
    /// What find() returns for unknown text.
    static constexpr std::uint32_t kMissing = 0xffffffffU;
    /// The text of an index.
    [[nodiscard]] std::string_view text(std::uint32_t index) const { return m_texts[index]; }
    /// The flags text would get.
    static std::uint8_t flagsOf(std::string_view text);
    /// The flags of an index.
    [[nodiscard]] std::uint8_t flags(std::uint32_t index) const { return m_flags[index]; }
    /// Number of interned texts.
    [[nodiscard]] std::size_t size() const noexcept { return m_texts.size(); }

private:
    void grow();
    std::string_view store(std::string_view text);

    std::vector<std::uint32_t> m_slots; // index + 1, 0 = empty
    std::vector<std::uint64_t> m_hashes;
    std::vector<std::string_view> m_texts;
    std::vector<std::uint8_t> m_flags;
    std::vector<std::unique_ptr<char[]>> m_chunks;
    std::size_t m_chunkUsed = 0;
    std::size_t m_chunkSize = 0;
};

/// A fast, fixed 64-bit hash of bytes (the same on every run and machine).
std::uint64_t hashBytes(std::string_view bytes) noexcept;

} // namespace logscope::core
