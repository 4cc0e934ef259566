#pragma once

#include "core/templates/token_table.h"
#include "core/templates/variable_kind.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace logscope::core {

/// One piece of a message as the miner sees it: a word, a run of punctuation, or a masked
/// variable. Pieces are views into the message.
struct MessagePiece {
    std::string_view text;           ///< the raw text (for a run: first to last variable)
    VarKind kind = VarKind::Literal; ///< Literal, or what the masked variable is
    bool spaceBefore = false;        ///< whitespace separates it from the previous piece
    bool delimiter = false;          ///< punctuation only: must match exactly, not scored
    std::uint16_t run = 1;           ///< whitespace-separated variables of one kind folded here
    std::uint16_t token = 0;         ///< index of the whitespace token it starts in
    /// For a literal of a token the tokenizer has seen before: a number it gives that literal
    /// (the same every time, for this tokenizer object), so users can skip looking it up;
    /// kNoWord otherwise.
    std::uint32_t word = kNoWord;
    /// See word.
    static constexpr std::uint32_t kNoWord = 0xffffffffU;
};

/// True when text is punctuation only, as the tokenizer's delimiter pieces are.
bool isPunctuation(std::string_view text) noexcept;

/// Splits a message into pieces and masks the variables every log has: numbers, hex, IPs and
/// ports, UUIDs, MACs, paths, URLs, ids, sizes, durations, timestamps, booleans, null and
/// the usual account names. Punctuation between parts is kept as pieces of its own so that
/// `uid=0` masks to `uid=<NUM>` and `10.0.0.1:50010` to `<IP>:<NUM>`. Consecutive variables of
/// one kind separated only by whitespace fold into one piece (a list of block ids of any length
/// is one variable). Deterministic; keeps scratch space and a memo of the plain words it has
/// split before (the output never depends on it), so use one per thread.
class MessageTokenizer {
public:
    /// Replaces out with the pieces of message.
    void tokenize(std::string_view message, std::vector<MessagePiece>& out);

private:
    void tokenizeToken(std::string_view token, bool spaceBefore, std::uint16_t index,
                       std::vector<MessagePiece>& out) const;
    void tokenizeRemembered(std::string_view token, bool spaceBefore, std::uint16_t index,
                            std::vector<MessagePiece>& out);
    bool matchSize(std::size_t first) const;

    std::vector<std::string_view> m_tokens;

    // Memo of tokens made of literals only: token -> its pieces (offset, length, delimiter).
    struct RememberedPiece {
        std::uint16_t offset = 0;
        std::uint16_t length = 0;
        bool delimiter = false;
    };
    struct RememberedToken {
        std::uint32_t firstPiece = 0;
        std::uint32_t pieceCount = 0;
    };
    TokenTable m_rememberedTexts;
    std::vector<RememberedToken> m_remembered;
    std::vector<RememberedPiece> m_rememberedPieces;
};

} // namespace logscope::core
