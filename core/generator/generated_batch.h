#pragma once

#include "core/generator/generated_record.h"

#include <vector>

namespace logscope::core {

/// A reusable batch of records: clearing keeps every record's string capacity, so steady
/// generation allocates nothing per line.
class GeneratedBatch {
public:
    /// Forgets the records, keeping their storage.
    void clear() noexcept { m_size = 0; }
    /// Number of records.
    [[nodiscard]] std::size_t size() const noexcept { return m_size; }
    /// True when there are no records.
    [[nodiscard]] bool empty() const noexcept { return m_size == 0; }
    /// Record i.
    [[nodiscard]] const GeneratedRecord& operator[](std::size_t i) const { return m_records[i]; }
    /// Iteration over the records.
    [[nodiscard]] const GeneratedRecord* begin() const noexcept { return m_records.data(); }
    [[nodiscard]] const GeneratedRecord* end() const noexcept { return m_records.data() + m_size; }
    /// A slot for one more record (its previous content is left for the caller to overwrite).
    GeneratedRecord& append() {
        if (m_size == m_records.size())
            m_records.emplace_back();
        return m_records[m_size++];
    }
    /// Takes back the last appended record (a dropped line).
    void dropLast() noexcept { --m_size; }

private:
    std::vector<GeneratedRecord> m_records;
    std::size_t m_size = 0;
};

} // namespace logscope::core
