#pragma once

#include <cstdlib>
#include <cstring>
#include <new>
#include <span>
#include <type_traits>
#include <utility>

namespace logscope::core {

/// A growable array of plain values, one column of a LogTable. Unlike std::vector it can grow
/// without initialising the new elements, so that a parallel parser can size a column once and
/// fill disjoint slices of it from several threads (each thread touching its own pages first),
/// and it grows by realloc, which moves no bytes for large columns.
template <typename T> class Column {
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);

public:
    Column() = default;
    ~Column() { std::free(m_data); }
    Column(const Column& other) { *this = other; }
    Column& operator=(const Column& other) {
        if (this != &other) {
            resizeUninitialized(other.m_size);
            if (m_size > 0)
                std::memcpy(m_data, other.m_data, m_size * sizeof(T));
        }
        return *this;
    }
    Column(Column&& other) noexcept
        : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)),
          m_capacity(std::exchange(other.m_capacity, 0)) {}
    Column& operator=(Column&& other) noexcept {
        if (this != &other) {
            std::free(m_data);
            m_data = std::exchange(other.m_data, nullptr);
            m_size = std::exchange(other.m_size, 0);
            m_capacity = std::exchange(other.m_capacity, 0);
        }
        return *this;
    }

    /// Number of elements.
    [[nodiscard]] std::size_t size() const noexcept { return m_size; }
    /// True when there are no elements.
    [[nodiscard]] bool empty() const noexcept { return m_size == 0; }
    /// Bytes allocated.
    [[nodiscard]] std::size_t capacityBytes() const noexcept { return m_capacity * sizeof(T); }
    /// The elements.
    [[nodiscard]] T* data() noexcept { return m_data; }
    [[nodiscard]] const T* data() const noexcept { return m_data; }
    [[nodiscard]] T& operator[](std::size_t i) noexcept { return m_data[i]; }
    [[nodiscard]] const T& operator[](std::size_t i) const noexcept { return m_data[i]; }
    [[nodiscard]] T* begin() noexcept { return m_data; }
    [[nodiscard]] T* end() noexcept { return m_data + m_size; }
    [[nodiscard]] const T* begin() const noexcept { return m_data; }
    [[nodiscard]] const T* end() const noexcept { return m_data + m_size; }
    [[nodiscard]] T& back() noexcept { return m_data[m_size - 1]; }
    [[nodiscard]] const T& back() const noexcept { return m_data[m_size - 1]; }
    /// The elements as a span.
    [[nodiscard]] std::span<const T> span() const noexcept { return {m_data, m_size}; }

    /// Makes room for n elements in total.
    void reserve(std::size_t n) {
        if (n > m_capacity)
            reallocate(n);
    }
    /// Sets the size to n; new elements are left uninitialised.
    void resizeUninitialized(std::size_t n) {
        reserve(n);
        m_size = n;
    }
    /// Sets the size to n; new elements are set to value.
    void resize(std::size_t n, const T& value = T{}) {
        const std::size_t old = m_size;
        resizeUninitialized(n);
        for (std::size_t i = old; i < n; ++i)
            m_data[i] = value;
    }
    /// Appends one element.
    void push_back(const T& value) {
        if (m_size == m_capacity)
            reallocate(m_capacity < 16 ? 16 : m_capacity + m_capacity / 2);
        m_data[m_size++] = value;
    }
    /// Inserts value before position i (moving the tail up by one).
    void insert(std::size_t i, const T& value) {
        push_back(value);
        std::memmove(m_data + i + 1, m_data + i, (m_size - 1 - i) * sizeof(T));
        m_data[i] = value;
    }
    /// Drops every element from n on.
    void truncate(std::size_t n) noexcept {
        if (n < m_size)
            m_size = n;
    }
    /// Moves count elements from index from to index to (ranges may overlap).
    void moveRange(std::size_t from, std::size_t to, std::size_t count) noexcept {
        if (count > 0 && from != to)
            std::memmove(m_data + to, m_data + from, count * sizeof(T));
    }
    /// Gives back unused capacity.
    void shrinkToFit() {
        if (m_capacity > m_size)
            reallocate(m_size);
    }

private:
    void reallocate(std::size_t capacity) {
        if (capacity == 0) {
            std::free(m_data);
            m_data = nullptr;
            m_capacity = 0;
            return;
        }
        void* grown = std::realloc(static_cast<void*>(m_data), capacity * sizeof(T));
        if (grown == nullptr)
            throw std::bad_alloc();
        m_data = static_cast<T*>(grown);
        m_capacity = capacity;
    }

    T* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

} // namespace logscope::core
