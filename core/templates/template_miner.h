#pragma once

#include "core/templates/leaf_index.h"
#include "core/templates/message_tokenizer.h"
#include "core/templates/token_table.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace logscope::core {

/// The miner's settings. The defaults are the one configuration LogScope uses for every log:
/// nothing here is meant to be tuned per dataset.
struct MinerConfig {
    /// Share of a template's words a message must repeat to join it (Drain's threshold).
    double similarity = 0.5;
    /// Leading whitespace tokens that route a message through the parse tree.
    int prefixTokens = 2;
    /// Children a tree node may have before new leading tokens share its wildcard child.
    int maxChildren = 100;
    /// Templates in a leaf from which on it is searched through an inverted index. Speed only:
    /// the index finds exactly the templates a full scan would, so results never depend on it
    /// (and it is not saved with the state).
    std::size_t indexedLeaf = 32;
};

/// One part of a template, as saved in a state file.
struct TemplatePiece {
    std::string text;                ///< the word or punctuation (empty for a variable)
    VarKind kind = VarKind::Literal; ///< Literal or the variable's kind
    bool spaceBefore = false;
    std::uint16_t runMin = 1; ///< fewest / most folded variables seen at this position
    std::uint16_t runMax = 1;
};

/// One template in a state file: its pieces, its line count and its place in the parse tree
/// (the leading tokens it was routed by; nullopt = the wildcard branch).
struct TemplateRecord {
    std::vector<TemplatePiece> pieces;
    std::uint64_t count = 0;
    std::vector<std::optional<std::string>> route;
};

/// Everything a miner knows: enough to continue mining exactly where it stopped.
struct MinerState {
    MinerConfig config;
    std::vector<TemplateRecord> templates; ///< index = template id
};

/// Online template miner in the Drain family. Each message is tokenised and its variables
/// masked (MessageTokenizer), then routed through a fixed-depth parse tree keyed by its number
/// of pieces and its leading tokens to a leaf of templates; it joins the most similar template
/// (similarity = share of equal words; punctuation must agree exactly; capitalised state words
/// must agree) or starts a new one. Joining generalises the positions that differ to `<*>`.
///
/// Template ids are dense (0, 1, 2, ... in order of first appearance) and never change: a
/// template's text may become more general as lines arrive, its id stays. Mining is
/// deterministic and purely sequential, so feeding lines in batches gives exactly the result of
/// feeding them at once, and a saved state continues exactly as the miner that saved it.
class TemplateMiner {
public:
    explicit TemplateMiner(const MinerConfig& config = {});

    /// Mines one message and returns its template id.
    std::uint32_t add(std::string_view message);

    /// Number of templates.
    [[nodiscard]] std::size_t size() const noexcept { return m_clusters.size(); }
    /// Lines mined into template id.
    [[nodiscard]] std::uint64_t count(std::uint32_t id) const { return m_clusters[id].count; }
    /// Lines mined in total.
    [[nodiscard]] std::uint64_t totalLines() const noexcept { return m_totalLines; }
    /// The template in Loghub notation: variables as `<*>`, e.g. `Served block <*> to <*>`.
    [[nodiscard]] std::string text(std::uint32_t id) const;
    /// The template with typed placeholders, e.g. `Served block <ID> to <PATH>`.
    [[nodiscard]] std::string typedText(std::uint32_t id) const;
    /// The values of a message's variables under template id (views into message), in order;
    /// empty when the message does not have the template's shape.
    [[nodiscard]] std::vector<std::string_view> parameters(std::uint32_t id,
                                                           std::string_view message) const;
    /// The settings in use.
    [[nodiscard]] const MinerConfig& config() const noexcept { return m_config; }

    /// A copy of the miner's state (see miner_state_json.h to save it).
    [[nodiscard]] MinerState exportState() const;
    /// A miner that continues from state; nullopt (and error set) when state is inconsistent.
    static std::optional<TemplateMiner> fromState(const MinerState& state, std::string& error);

private:
    struct Cluster {
        std::vector<std::uint32_t> tokens; // encoded pieces (see encode())
        std::vector<std::uint16_t> runMin;
        std::vector<std::uint16_t> runMax;
        std::vector<std::uint32_t> route; // intern indexes of leading tokens, kWildcard
        std::uint64_t count = 0;
        std::uint32_t leaf = 0;
    };
    struct Node {
        std::unordered_map<std::uint32_t, std::uint32_t> children;
        std::vector<std::uint32_t> clusters;
        std::unique_ptr<LeafIndex> index; // built once the leaf holds many templates
    };

    void encodeMessage(std::string_view message);
    std::uint32_t knownWord(const MessagePiece& piece);
    [[nodiscard]] int equalWords(const Cluster& cluster, int needed) const;
    [[nodiscard]] int qualifyingWords() const;
    void wordPositionsOf(const std::vector<std::uint32_t>& tokens,
                         std::vector<std::uint32_t>& out) const;
    LeafIndex* indexOf(std::uint32_t leaf);
    [[nodiscard]] std::uint32_t findLeaf() const;
    std::uint32_t createLeaf(const std::vector<std::uint32_t>& route, std::size_t length);
    std::uint32_t addCluster(Cluster cluster);
    [[nodiscard]] std::string render(std::uint32_t id, bool typed) const;

    MinerConfig m_config;
    TokenTable m_words;
    std::vector<Cluster> m_clusters;
    std::vector<Node> m_nodes;
    std::unordered_map<std::size_t, std::uint32_t> m_lengthNodes;
    std::uint64_t m_totalLines = 0;

    // Scratch reused by add(): no allocation per line once warmed up.
    MessageTokenizer m_tokenizer;
    std::vector<MessagePiece> m_pieces;
    std::vector<std::uint32_t> m_encoded;
    std::vector<std::uint8_t> m_flags; // TokenTable flags of each piece
    std::vector<std::uint32_t> m_route;
    std::vector<std::string_view> m_routeTexts;
    int m_scored = 0; // words (not punctuation) of the message being mined
    std::vector<std::uint32_t> m_wordPositions;
    std::vector<std::uint32_t> m_candidates;
    std::vector<std::uint32_t> m_wordIndexes; // tokenizer word -> index in m_words
    std::vector<std::uint32_t> m_wordRoutes;  // first word of a remembered token -> route key
};

} // namespace logscope::core
