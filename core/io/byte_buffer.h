#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string_view>
#include <utility>

namespace logscope::core {

/// A growable heap buffer of bytes that always keeps kPadding zero bytes readable after its
/// end, so that parsers reading ahead in blocks (simdjson) can work on it in place.
class ByteBuffer {
public:
    /// Readable bytes kept after the end.
    static constexpr std::size_t kPadding = 64;

    ByteBuffer() = default;
    ~ByteBuffer() { std::free(m_data); }
    ByteBuffer(ByteBuffer&& other) noexcept
        : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)),
          m_capacity(std::exchange(other.m_capacity, 0)) {}
    ByteBuffer& operator=(ByteBuffer&& other) noexcept {
        std::swap(m_data, other.m_data);
        std::swap(m_size, other.m_size);
        std::swap(m_capacity, other.m_capacity);
        return *this;
    }
    ByteBuffer(const ByteBuffer&) = delete;
    ByteBuffer& operator=(const ByteBuffer&) = delete;

    [[nodiscard]] const char* data() const noexcept { return m_data; }
    [[nodiscard]] std::size_t size() const noexcept { return m_size; }
    /// Bytes allocated (size, room to grow and padding).
    [[nodiscard]] std::size_t capacity() const noexcept { return m_capacity; }
    [[nodiscard]] std::string_view view() const noexcept { return {m_data, m_size}; }

    /// Makes room for n bytes in total (plus the padding).
    void reserve(std::size_t n) {
        if (n + kPadding <= m_capacity)
            return;
        void* grown = std::realloc(static_cast<void*>(m_data), n + kPadding);
        if (grown == nullptr)
            throw std::bad_alloc();
        m_data = static_cast<char*>(grown);
        m_capacity = n + kPadding;
        pad();
    }
    /// Returns room for at least minFree more bytes at the end; commit() what was written.
    char* tail(std::size_t minFree) {
        if (m_size + minFree + kPadding > m_capacity)
            reserve(std::max(m_size + minFree, m_size + m_size / 2));
        return m_data + m_size;
    }
    /// Adds n bytes written into tail().
    void commit(std::size_t n) noexcept {
        m_size += n;
        pad();
    }
    /// Appends bytes.
    void append(std::string_view bytes) {
        if (bytes.empty())
            return;
        std::memcpy(tail(bytes.size()), bytes.data(), bytes.size());
        commit(bytes.size());
    }

private:
    void pad() noexcept {
        if (m_data != nullptr)
            std::memset(m_data + m_size, 0, std::min(kPadding, m_capacity - m_size));
    }

    char* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

} // namespace logscope::core
