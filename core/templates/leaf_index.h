#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace logscope::core {

/// An inverted index over the templates of one crowded parse-tree leaf: which templates hold
/// which piece at which position, and which have a wildcard there. It finds the only templates
/// a message can join without comparing it to every one: a template that shares at least
/// `needed` of the message's word positions must share one of any (words - needed + 1)
/// positions (pigeonhole), so the message's most selective positions suffice.
class LeafIndex {
public:
    /// Indexes template id with pieces tokens (encoded), whose word positions are wordPositions
    /// (punctuation is not indexed). anyCode is the encoding of a wildcard, either spacing.
    void add(std::uint32_t id, const std::vector<std::uint32_t>& tokens,
             const std::vector<std::uint32_t>& wordPositions, std::uint32_t anyCodeMask);
    /// Records that template id now has a wildcard at position.
    void generalized(std::uint32_t id, std::uint32_t position);
    /// Appends to out, in increasing id order and without repeats, every template that could
    /// share `needed` words with message (tokens at wordPositions). Returns false (and leaves
    /// out empty) when the candidates would be no fewer than all templates.
    bool candidates(const std::vector<std::uint32_t>& message,
                    const std::vector<std::uint32_t>& wordPositions, int needed,
                    std::size_t templates, std::vector<std::uint32_t>& out);

private:
    static std::uint64_t key(std::uint32_t position, std::uint32_t code) {
        return (static_cast<std::uint64_t>(position) << 32) | code;
    }
    const std::vector<std::uint32_t>* postings(std::uint32_t position, std::uint32_t code) const;

    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> m_postings;
    std::vector<std::vector<std::uint32_t>> m_wildcards; // by position
    std::vector<std::pair<std::size_t, std::uint32_t>> m_scratch;
};

} // namespace logscope::core
