#pragma once

#include <cstring>
#include <memory>
#include <string_view>

namespace logscope::core {

/// A growable byte buffer that writers fill through a raw pointer: reserve room for the worst
/// case of a record, write, commit the end. No per-append bookkeeping, no zero-filling.
class LineBuffer {
public:
    /// Makes room for n more bytes; returns where they go.
    char* reserve(std::size_t n) {
        if (m_size + n > m_capacity)
            grow(m_size + n);
        return m_data.get() + m_size;
    }
    /// Marks everything up to end (inside the reserved room) as written.
    void commit(const char* end) noexcept { m_size = static_cast<std::size_t>(end - m_data.get()); }
    /// Appends bytes.
    void append(std::string_view bytes) {
        char* p = reserve(bytes.size());
        std::memcpy(p, bytes.data(), bytes.size());
        m_size += bytes.size();
    }
    /// The bytes written.
    [[nodiscard]] std::string_view view() const noexcept { return {m_data.get(), m_size}; }
    [[nodiscard]] std::size_t size() const noexcept { return m_size; }
    [[nodiscard]] bool empty() const noexcept { return m_size == 0; }
    /// Forgets the bytes, keeping the storage.
    void clear() noexcept { m_size = 0; }
    /// Drops the first n bytes.
    void eraseFront(std::size_t n) noexcept {
        std::memmove(m_data.get(), m_data.get() + n, m_size - n);
        m_size -= n;
    }

private:
    void grow(std::size_t needed) {
        std::size_t capacity = m_capacity == 0 ? 64 * 1024 : m_capacity;
        while (capacity < needed)
            capacity *= 2;
        auto data = std::make_unique_for_overwrite<char[]>(capacity);
        if (m_size > 0)
            std::memcpy(data.get(), m_data.get(), m_size);
        m_data = std::move(data);
        m_capacity = capacity;
    }

    std::unique_ptr<char[]> m_data;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

} // namespace logscope::core
