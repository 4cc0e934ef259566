#include "core/templates/template_miner.h"

#include <algorithm>
#include <limits>

namespace logscope::core {
namespace {

// A piece is encoded as (value << 1) | spaceBefore, where value < kLiteralBase is a VarKind and
// value - kLiteralBase is the index of a literal word in the token table.
constexpr std::uint32_t kLiteralBase = 64;
constexpr std::uint32_t kWildcard = std::numeric_limits<std::uint32_t>::max();
// A leading token no template was routed by: it matches no child of a tree node.
constexpr std::uint32_t kUnknownRoute = kWildcard - 1;
// Literal indexes from here on stand for words of the current message that are not in the
// token table (kUnknownWord + position); real indexes stay below.
constexpr std::uint32_t kUnknownWord = 0x40000000U;
static_assert(kVarKindCount < static_cast<int>(kLiteralBase));

constexpr std::uint32_t encodeVariable(VarKind kind, bool space) {
    return (static_cast<std::uint32_t>(kind) << 1) | (space ? 1U : 0U);
}
constexpr std::uint32_t encodeLiteral(std::uint32_t index, bool space) {
    return ((index + kLiteralBase) << 1) | (space ? 1U : 0U);
}
constexpr bool isLiteral(std::uint32_t code) {
    return (code >> 1) >= kLiteralBase;
}
constexpr std::uint32_t literalIndex(std::uint32_t code) {
    return (code >> 1) - kLiteralBase;
}
constexpr VarKind variableKind(std::uint32_t code) {
    return static_cast<VarKind>(code >> 1);
}
constexpr bool hasSpace(std::uint32_t code) {
    return (code & 1U) != 0;
}

} // namespace

TemplateMiner::TemplateMiner(const MinerConfig& config) : m_config(config) {}

std::uint32_t TemplateMiner::knownWord(const MessagePiece& piece) {
    const std::uint32_t word = piece.word;
    if (word != MessagePiece::kNoWord && word < m_wordIndexes.size() &&
        m_wordIndexes[word] != TokenTable::kMissing)
        return m_wordIndexes[word];
    const std::uint32_t index = m_words.find(piece.text);
    if (index != TokenTable::kMissing && word != MessagePiece::kNoWord) {
        if (word >= m_wordIndexes.size())
            m_wordIndexes.resize(word + 1, TokenTable::kMissing);
        m_wordIndexes[word] = index;
    }
    return index;
}

void TemplateMiner::encodeMessage(std::string_view message) {
    m_tokenizer.tokenize(message, m_pieces);
    m_encoded.resize(m_pieces.size());
    m_flags.resize(m_pieces.size());
    m_route.clear();
    m_routeTexts.clear();
    m_wordPositions.clear();
    m_scored = 0;
    const auto routeTokens = static_cast<std::size_t>(std::max(0, m_config.prefixTokens));
    std::size_t groupStart = 0;
    bool groupWildcard = false;
    for (std::size_t i = 0; i < m_pieces.size(); ++i) {
        const MessagePiece& piece = m_pieces[i];
        if (!piece.delimiter) {
            ++m_scored;
            m_wordPositions.push_back(static_cast<std::uint32_t>(i));
        }
        if (piece.kind != VarKind::Literal) {
            m_encoded[i] = encodeVariable(piece.kind, piece.spaceBefore);
            m_flags[i] = 0;
        } else if (const std::uint32_t index = knownWord(piece); index != TokenTable::kMissing) {
            m_encoded[i] = encodeLiteral(index, piece.spaceBefore);
            m_flags[i] = m_words.flags(index);
        } else {
            // A word no template holds: it can only differ from them all. It is interned only
            // if it starts a template, so words that vary do not pile up in the table.
            m_encoded[i] =
                encodeLiteral(kUnknownWord + static_cast<std::uint32_t>(i), piece.spaceBefore);
            m_flags[i] = TokenTable::flagsOf(piece.text);
        }
        // Route by the leading whitespace tokens: their text when they are plain words, the
        // wildcard when they hold a variable or a digit (Drain's rule).
        groupWildcard = groupWildcard || piece.kind != VarKind::Literal ||
                        (m_flags[i] & TokenTable::kDigit) != 0;
        const bool groupEnds = i + 1 == m_pieces.size() || m_pieces[i + 1].token != piece.token;
        if (!groupEnds)
            continue;
        if (m_route.size() < routeTokens) {
            const char* begin = m_pieces[groupStart].text.data();
            const std::string_view token(
                begin, static_cast<std::size_t>(piece.text.data() + piece.text.size() - begin));
            m_routeTexts.push_back(token);
            if (groupWildcard) {
                m_route.push_back(kWildcard);
            } else if (groupStart == i) {
                const std::uint32_t index = literalIndex(m_encoded[i]); // the word is the token
                m_route.push_back(index >= kUnknownWord ? kUnknownRoute : index);
            } else if (const std::uint32_t word = m_pieces[groupStart].word;
                       word != MessagePiece::kNoWord) {
                // A token the tokenizer remembers: its first word stands for all of it.
                if (word >= m_wordRoutes.size())
                    m_wordRoutes.resize(word + 1, TokenTable::kMissing);
                std::uint32_t& route = m_wordRoutes[word];
                if (route == TokenTable::kMissing)
                    route = m_words.find(token);
                m_route.push_back(route == TokenTable::kMissing ? kUnknownRoute : route);
            } else {
                const std::uint32_t index = m_words.find(token);
                m_route.push_back(index == TokenTable::kMissing ? kUnknownRoute : index);
            }
        }
        groupStart = i + 1;
        groupWildcard = false;
    }
}

int TemplateMiner::equalWords(const Cluster& cluster, int needed) const {
    // Gives up as soon as the template cannot reach `needed` equal words: in a crowded leaf
    // most templates are ruled out after a few words.
    const int allowedMismatches = m_scored - needed;
    int mismatches = 0;
    bool previousDiffered = false;
    for (std::size_t i = 0; i < m_encoded.size(); ++i) {
        const std::uint32_t mine = cluster.tokens[i];
        const std::uint32_t theirs = m_encoded[i];
        if (mine == theirs) {
            previousDiffered = false;
            continue;
        }
        const std::uint8_t mineFlags = isLiteral(mine) ? m_words.flags(literalIndex(mine)) : 0;
        const std::uint8_t theirFlags = m_flags[i];
        if (((mineFlags | theirFlags) & TokenTable::kDelimiter) != 0)
            return -1; // punctuation is the skeleton of a template: it never varies
        if (!isLiteral(mine) && variableKind(mine) == VarKind::Any) {
            previousDiffered = false;
            continue;
        }
        // A state or event name in capitals (RUNNING, LOOKING) distinguishes templates.
        if ((mineFlags & TokenTable::kCapital) != 0 ||
            (isLiteral(mine) && (theirFlags & TokenTable::kCapital) != 0))
            return -1;
        // Two words in a row that differ are different wording, not a variable.
        const bool wordsDiffer = isLiteral(mine) && isLiteral(theirs);
        if (wordsDiffer && previousDiffered)
            return -1;
        previousDiffered = wordsDiffer;
        if (++mismatches > allowedMismatches)
            return -1;
    }
    return m_scored - mismatches;
}

int TemplateMiner::qualifyingWords() const {
    // The fewest equal words with which equal / words >= similarity holds, computed with the
    // very division the final test uses.
    const double words = static_cast<double>(m_scored);
    int equal = std::max(0, static_cast<int>(m_config.similarity * words) - 1);
    while (equal <= m_scored && static_cast<double>(equal) / words < m_config.similarity)
        ++equal;
    return equal;
}

void TemplateMiner::wordPositionsOf(const std::vector<std::uint32_t>& tokens,
                                    std::vector<std::uint32_t>& out) const {
    out.clear();
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::uint32_t code = tokens[i];
        if (!isLiteral(code) || (m_words.flags(literalIndex(code)) & TokenTable::kDelimiter) == 0)
            out.push_back(static_cast<std::uint32_t>(i));
    }
}

LeafIndex* TemplateMiner::indexOf(std::uint32_t leaf) {
    Node& node = m_nodes[leaf];
    if (!node.index && node.clusters.size() >= std::max<std::size_t>(1, m_config.indexedLeaf)) {
        node.index = std::make_unique<LeafIndex>();
        std::vector<std::uint32_t> positions;
        for (std::uint32_t id : node.clusters) {
            wordPositionsOf(m_clusters[id].tokens, positions);
            node.index->add(id, m_clusters[id].tokens, positions,
                            encodeVariable(VarKind::Any, false));
        }
    }
    return node.index.get();
}

std::uint32_t TemplateMiner::findLeaf() const {
    const auto length = m_lengthNodes.find(m_encoded.size());
    if (length == m_lengthNodes.end())
        return kWildcard;
    std::uint32_t node = length->second;
    for (std::uint32_t key : m_route) {
        const auto& children = m_nodes[node].children;
        auto child = children.find(key);
        if (child == children.end())
            child = children.find(kWildcard);
        if (child == children.end())
            return kWildcard;
        node = child->second;
    }
    return node;
}

std::uint32_t TemplateMiner::createLeaf(const std::vector<std::uint32_t>& route,
                                        std::size_t length) {
    auto [it, inserted] =
        m_lengthNodes.try_emplace(length, static_cast<std::uint32_t>(m_nodes.size()));
    if (inserted)
        m_nodes.emplace_back();
    std::uint32_t node = it->second;
    for (std::uint32_t key : route) {
        auto& children = m_nodes[node].children;
        if (children.count(key) == 0 && key != kWildcard &&
            children.size() + 1 >= static_cast<std::size_t>(std::max(2, m_config.maxChildren)))
            key = kWildcard; // the node is full: new leading tokens share the wildcard branch
        const auto found = children.find(key);
        if (found != children.end()) {
            node = found->second;
            continue;
        }
        const auto child = static_cast<std::uint32_t>(m_nodes.size());
        m_nodes[node].children.emplace(key, child);
        m_nodes.emplace_back();
        node = child;
    }
    return node;
}

std::uint32_t TemplateMiner::addCluster(Cluster cluster) {
    const auto id = static_cast<std::uint32_t>(m_clusters.size());
    const std::uint32_t leaf = createLeaf(cluster.route, cluster.tokens.size());
    cluster.leaf = leaf;
    m_nodes[leaf].clusters.push_back(id);
    if (LeafIndex* index = m_nodes[leaf].index.get()) {
        std::vector<std::uint32_t> positions;
        wordPositionsOf(cluster.tokens, positions);
        index->add(id, cluster.tokens, positions, encodeVariable(VarKind::Any, false));
    }
    m_clusters.push_back(std::move(cluster));
    return id;
}

std::uint32_t TemplateMiner::add(std::string_view message) {
    encodeMessage(message);
    ++m_totalLines;
    const std::uint32_t leaf = findLeaf();
    std::uint32_t best = kWildcard;
    int bestEqual = -1;
    if (leaf != kWildcard) {
        const int qualifying = qualifyingWords();
        auto consider = [&](std::uint32_t id) {
            const int equal = equalWords(m_clusters[id], std::max(bestEqual + 1, qualifying));
            if (equal > bestEqual) { // ties go to the older template: stable ids
                bestEqual = equal;
                best = id;
            }
        };
        // A crowded leaf asks its index for the few templates that can qualify (in id order,
        // so the outcome is exactly that of scanning them all).
        LeafIndex* index = indexOf(leaf);
        if (index != nullptr && index->candidates(m_encoded, m_wordPositions, qualifying,
                                                  m_nodes[leaf].clusters.size(), m_candidates)) {
            for (std::uint32_t id : m_candidates)
                consider(id);
        } else {
            for (std::uint32_t id : m_nodes[leaf].clusters)
                consider(id);
        }
    }
    const bool similarEnough =
        m_scored == 0 ||
        static_cast<double>(bestEqual) / static_cast<double>(m_scored) >= m_config.similarity;
    if (best != kWildcard && similarEnough) {
        Cluster& cluster = m_clusters[best];
        LeafIndex* index = m_nodes[cluster.leaf].index.get();
        for (std::size_t i = 0; i < m_encoded.size(); ++i) {
            if (cluster.tokens[i] != m_encoded[i] &&
                (cluster.tokens[i] & ~1U) != encodeVariable(VarKind::Any, false)) {
                cluster.tokens[i] = encodeVariable(VarKind::Any, hasSpace(cluster.tokens[i]));
                if (index != nullptr)
                    index->generalized(best, static_cast<std::uint32_t>(i));
            }
            cluster.runMin[i] = std::min(cluster.runMin[i], m_pieces[i].run);
            cluster.runMax[i] = std::max(cluster.runMax[i], m_pieces[i].run);
        }
        ++cluster.count;
        return best;
    }
    Cluster cluster;
    cluster.tokens = m_encoded;
    for (std::size_t i = 0; i < m_pieces.size(); ++i) {
        if (isLiteral(m_encoded[i]) && literalIndex(m_encoded[i]) >= kUnknownWord)
            cluster.tokens[i] =
                encodeLiteral(m_words.intern(m_pieces[i].text), hasSpace(m_encoded[i]));
    }
    cluster.route = m_route;
    for (std::size_t r = 0; r < m_route.size(); ++r) {
        if (m_route[r] == kUnknownRoute)
            cluster.route[r] = m_words.intern(m_routeTexts[r]);
    }
    cluster.runMin.resize(m_pieces.size());
    for (std::size_t i = 0; i < m_pieces.size(); ++i)
        cluster.runMin[i] = m_pieces[i].run;
    cluster.runMax = cluster.runMin;
    cluster.count = 1;
    return addCluster(std::move(cluster));
}

std::string TemplateMiner::render(std::uint32_t id, bool typed) const {
    const Cluster& cluster = m_clusters[id];
    std::string out;
    for (std::size_t i = 0; i < cluster.tokens.size(); ++i) {
        const std::uint32_t code = cluster.tokens[i];
        if (hasSpace(code) && !out.empty())
            out.push_back(' ');
        if (isLiteral(code)) {
            out += m_words.text(literalIndex(code));
            continue;
        }
        const VarKind kind = variableKind(code);
        const std::string_view placeholder =
            typed ? typedPlaceholder(kind) : wildcardPlaceholder(kind);
        // A list whose length varies is one variable; a fixed number of them stays apart.
        const std::uint16_t repeat =
            cluster.runMin[i] == cluster.runMax[i] ? cluster.runMin[i] : std::uint16_t{1};
        for (std::uint16_t r = 0; r < repeat; ++r) {
            if (r > 0)
                out.push_back(' ');
            out += placeholder;
        }
    }
    return out;
}

std::string TemplateMiner::text(std::uint32_t id) const {
    return render(id, false);
}

std::string TemplateMiner::typedText(std::uint32_t id) const {
    return render(id, true);
}

std::vector<std::string_view> TemplateMiner::parameters(std::uint32_t id,
                                                        std::string_view message) const {
    MessageTokenizer tokenizer;
    std::vector<MessagePiece> pieces;
    tokenizer.tokenize(message, pieces);
    const Cluster& cluster = m_clusters[id];
    std::vector<std::string_view> values;
    if (pieces.size() != cluster.tokens.size())
        return values;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (!isLiteral(cluster.tokens[i]))
            values.push_back(pieces[i].text);
    }
    return values;
}

MinerState TemplateMiner::exportState() const {
    MinerState state;
    state.config = m_config;
    state.templates.reserve(m_clusters.size());
    for (const Cluster& cluster : m_clusters) {
        TemplateRecord record;
        record.count = cluster.count;
        for (std::size_t i = 0; i < cluster.tokens.size(); ++i) {
            const std::uint32_t code = cluster.tokens[i];
            TemplatePiece piece;
            piece.spaceBefore = hasSpace(code);
            if (isLiteral(code)) {
                piece.text = std::string(m_words.text(literalIndex(code)));
            } else {
                piece.kind = variableKind(code);
            }
            piece.runMin = cluster.runMin[i];
            piece.runMax = cluster.runMax[i];
            record.pieces.push_back(std::move(piece));
        }
        for (std::uint32_t key : cluster.route) {
            if (key == kWildcard)
                record.route.emplace_back();
            else
                record.route.emplace_back(std::string(m_words.text(key)));
        }
        state.templates.push_back(std::move(record));
    }
    return state;
}

std::optional<TemplateMiner> TemplateMiner::fromState(const MinerState& state, std::string& error) {
    const MinerConfig& config = state.config;
    if (!(config.similarity >= 0.0 && config.similarity <= 1.0) || config.prefixTokens < 0 ||
        config.prefixTokens > 16 || config.maxChildren < 2) {
        error = "config out of range (similarity 0..1, prefix_tokens 0..16, max_children >= 2)";
        return std::nullopt;
    }
    TemplateMiner miner(config);
    for (std::size_t id = 0; id < state.templates.size(); ++id) {
        const TemplateRecord& record = state.templates[id];
        const std::string where = "template " + std::to_string(id) + ": ";
        if (record.route.size() > static_cast<std::size_t>(config.prefixTokens)) {
            error = where + "route longer than prefix_tokens";
            return std::nullopt;
        }
        Cluster cluster;
        cluster.count = record.count;
        for (const TemplatePiece& piece : record.pieces) {
            if (piece.kind == VarKind::Literal) {
                if (piece.text.empty()) {
                    error = where + "a literal piece has no text";
                    return std::nullopt;
                }
                cluster.tokens.push_back(
                    encodeLiteral(miner.m_words.intern(piece.text), piece.spaceBefore));
            } else {
                cluster.tokens.push_back(encodeVariable(piece.kind, piece.spaceBefore));
            }
            if (piece.runMin < 1 || piece.runMin > piece.runMax) {
                error = where + "run lengths must satisfy 1 <= min <= max";
                return std::nullopt;
            }
            cluster.runMin.push_back(piece.runMin);
            cluster.runMax.push_back(piece.runMax);
        }
        for (const auto& key : record.route)
            cluster.route.push_back(key ? miner.m_words.intern(*key) : kWildcard);
        miner.m_totalLines += record.count;
        miner.addCluster(std::move(cluster));
    }
    return miner;
}

} // namespace logscope::core
