#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace logscope::core {

class TemplateMiner;

/// The templates of a log, for analysis and the dashboard: template id -> text and line count.
///
/// Ids are the ones LogTable::templateId(row) holds: dense, 0 .. size()-1, in order of first
/// appearance. LogTable's kNoTemplate (a row not mined) and any other unknown id read as an
/// empty text and a count of 0, so lookups never need a check. A store is a snapshot: mining
/// more lines (live mode) produces a new store in which a template's text may be more general
/// and its count higher, but its id is the same.
class TemplateStore {
public:
    /// One template.
    struct Entry {
        std::string text;      ///< Loghub notation: variables as `<*>`
        std::string typedText; ///< typed placeholders: `<NUM>`, `<IP>`, `<PATH>`, ...
        std::uint64_t count = 0;
    };

    TemplateStore() = default;
    /// A snapshot of a miner's templates.
    explicit TemplateStore(const TemplateMiner& miner);

    /// Number of templates.
    [[nodiscard]] std::size_t size() const noexcept { return m_entries.size(); }
    /// True when id names a template.
    [[nodiscard]] bool contains(std::uint32_t id) const noexcept { return id < m_entries.size(); }
    /// The text of id (`<*>` notation); empty for an unknown id.
    [[nodiscard]] std::string_view text(std::uint32_t id) const noexcept;
    /// The text of id with typed placeholders; empty for an unknown id.
    [[nodiscard]] std::string_view typedText(std::uint32_t id) const noexcept;
    /// Lines mined into id; 0 for an unknown id.
    [[nodiscard]] std::uint64_t count(std::uint32_t id) const noexcept;
    /// Lines mined in all.
    [[nodiscard]] std::uint64_t totalCount() const noexcept { return m_total; }
    /// All templates, index = id.
    [[nodiscard]] const std::vector<Entry>& entries() const noexcept { return m_entries; }
    /// Ids from the most to the least frequent (ties: lower id first).
    [[nodiscard]] std::vector<std::uint32_t> idsByCount() const;

private:
    std::vector<Entry> m_entries;
    std::uint64_t m_total = 0;
};

} // namespace logscope::core
