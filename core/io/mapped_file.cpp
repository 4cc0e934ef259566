#include "core/io/mapped_file.h"

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <sys/mman.h>
#include <unistd.h>

namespace logscope::core {
namespace {

// The mappings the SIGBUS handler may repair. The handler only reads atomics, so a slot is
// published by storing its begin last and retired by clearing begin first.
struct Region {
    std::atomic<bool> used{false};
    std::atomic<std::uintptr_t> begin{0};
    std::atomic<std::size_t> size{0};
    std::atomic<bool> shrank{false};
};
constexpr int kRegions = 1024;
std::array<Region, kRegions> g_regions;
struct sigaction g_previous {};
std::once_flag g_installed;
std::uintptr_t g_pageSize = 4096;

void passOn(int signal, siginfo_t* info, void* context) {
    if ((g_previous.sa_flags & SA_SIGINFO) != 0 && g_previous.sa_sigaction != nullptr) {
        g_previous.sa_sigaction(signal, info, context);
    } else if (g_previous.sa_handler != SIG_DFL && g_previous.sa_handler != SIG_IGN) {
        g_previous.sa_handler(signal);
    } else {
        // Not a page of ours: restore the default, and the faulting access runs again into it.
        ::sigaction(SIGBUS, &g_previous, nullptr);
    }
}

void onSigbus(int signal, siginfo_t* info, void* context) {
    const auto address = reinterpret_cast<std::uintptr_t>(info->si_addr);
    for (Region& region : g_regions) {
        const std::uintptr_t begin = region.begin.load(std::memory_order_acquire);
        if (begin == 0 || address < begin ||
            address - begin >= region.size.load(std::memory_order_acquire))
            continue;
        // mmap is a plain system call: safe here in practice, though POSIX does not list it.
        void* page = reinterpret_cast<void*>(address & ~(g_pageSize - 1));
        if (::mmap(page, g_pageSize, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) !=
            MAP_FAILED) {
            region.shrank.store(true, std::memory_order_release);
            return;
        }
        break;
    }
    passOn(signal, info, context);
}

void installHandler() {
    g_pageSize = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
    struct sigaction action {};
    action.sa_sigaction = onSigbus;
    action.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGBUS, &action, &g_previous);
}

int registerRegion(const void* data, std::size_t size) {
    std::call_once(g_installed, installHandler);
    for (int i = 0; i < kRegions; ++i) {
        Region& region = g_regions[static_cast<std::size_t>(i)];
        if (region.used.exchange(true, std::memory_order_acq_rel))
            continue;
        region.shrank.store(false, std::memory_order_relaxed);
        region.size.store(size, std::memory_order_release);
        region.begin.store(reinterpret_cast<std::uintptr_t>(data), std::memory_order_release);
        return i;
    }
    return -1; // more than kRegions files mapped at once: these go unprotected
}

void releaseRegion(int index) {
    if (index < 0)
        return;
    Region& region = g_regions[static_cast<std::size_t>(index)];
    region.begin.store(0, std::memory_order_release);
    region.size.store(0, std::memory_order_release);
    region.used.store(false, std::memory_order_release);
}

} // namespace

std::shared_ptr<const MappedFile> MappedFile::map(int fd, std::size_t size, std::string& error) {
    if (size == 0)
        return std::shared_ptr<const MappedFile>(new MappedFile(nullptr, 0, -1));
    void* address = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (address == MAP_FAILED) {
        error = std::strerror(errno);
        return nullptr;
    }
    // Parsing reads the file front to back, from several threads at once.
    ::madvise(address, size, MADV_WILLNEED);
    const int region = registerRegion(address, size);
    return std::shared_ptr<const MappedFile>(
        new MappedFile(static_cast<const char*>(address), size, region));
}

MappedFile::~MappedFile() {
    releaseRegion(m_region);
    if (m_data != nullptr)
        ::munmap(const_cast<char*>(m_data), m_size);
}

void MappedFile::releaseResidentPages() const noexcept {
    // A read-only private mapping is never written, so dropping its pages loses nothing.
    if (m_data != nullptr)
        ::madvise(const_cast<char*>(m_data), m_size, MADV_DONTNEED);
}

bool MappedFile::shrank() const noexcept {
    return m_region >= 0 &&
           g_regions[static_cast<std::size_t>(m_region)].shrank.load(std::memory_order_acquire);
}

} // namespace logscope::core
