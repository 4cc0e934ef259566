#include "core/io/input_reader.h"

#include "core/io/mapped_file.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace logscope::core {
namespace {

std::int64_t nowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Reads a stream (stdin, a pipe, a device) to its end.
bool readAll(int fd, ByteBuffer& buffer, const CancellationToken* cancel,
             const std::function<void(std::uint64_t)>& progress, std::string& error) {
    constexpr std::size_t kBlock = std::size_t{1} << 20;
    for (;;) {
        if (cancel != nullptr && cancel->isCancelled())
            return true;
        char* tail = buffer.tail(kBlock);
        const ssize_t n = ::read(fd, tail, kBlock);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            error = std::strerror(errno);
            return false;
        }
        if (n == 0)
            return true;
        buffer.commit(static_cast<std::size_t>(n));
        if (progress)
            progress(buffer.size());
    }
}

void adoptBuffer(InputData& input, ByteBuffer&& buffer) {
    auto owned = std::make_shared<ByteBuffer>(std::move(buffer));
    input.bytes = owned->view();
    input.readable = owned->size() + ByteBuffer::kPadding;
    input.owner = std::move(owned);
    input.mapped = nullptr; // a mapping the buffer replaces is gone
}

// Decompresses input.bytes in place when they are an archive.
void decompressIfNeeded(InputData& input, const CancellationToken* cancel,
                        const std::function<void(std::uint64_t)>& progress) {
    input.compression = detectCompression(input.bytes);
    if (input.compression == Compression::None)
        return;
    DecompressResult result = decompress(input.bytes, input.compression, cancel, progress);
    input.cancelled = result.cancelled;
    if (!result.problem.empty())
        input.warning = input.name + ": " + result.problem;
    adoptBuffer(input, std::move(result.bytes));
}

} // namespace

InputData readInput(const std::string& path, const CancellationToken* cancel,
                    const std::function<void(std::uint64_t)>& progress) {
    InputData input;
    input.name = path;
    input.modifiedNs = nowNs();
    if (path == "-") {
        ByteBuffer buffer;
        std::string error;
        if (!readAll(STDIN_FILENO, buffer, cancel, progress, error)) {
            input.error = "standard input: read error: " + error;
            return input;
        }
        input.storedBytes = buffer.size();
        adoptBuffer(input, std::move(buffer));
        decompressIfNeeded(input, cancel, {});
        return input;
    }
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        input.error = path + ": cannot open: " + std::strerror(errno);
        return input;
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        input.error = path + ": cannot read: " + std::strerror(errno);
        ::close(fd);
        return input;
    }
    if (S_ISDIR(info.st_mode)) {
        input.error = path + ": is a directory, not a log file";
        ::close(fd);
        return input;
    }
    input.modifiedNs =
        static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
    if (S_ISREG(info.st_mode)) {
        std::string error;
        auto mapped = MappedFile::map(fd, static_cast<std::size_t>(info.st_size), error);
        ::close(fd);
        if (!mapped) {
            input.error = path + ": cannot map: " + error;
            return input;
        }
        input.storedBytes = mapped->size();
        input.bytes = mapped->view();
        input.readable = mapped->size();
        input.releasePages = [mapped] {
            mapped->releaseResidentPages();
        };
        input.mapped = mapped.get();
        input.owner = std::move(mapped);
    } else {
        ByteBuffer buffer;
        std::string error;
        const bool ok = readAll(fd, buffer, cancel, progress, error);
        ::close(fd);
        if (!ok) {
            input.error = path + ": read error: " + error;
            return input;
        }
        input.storedBytes = buffer.size();
        adoptBuffer(input, std::move(buffer));
    }
    decompressIfNeeded(input, cancel, progress);
    return input;
}

InputData inputFromBytes(std::string_view bytes, std::string name) {
    InputData input;
    input.name = std::move(name);
    input.modifiedNs = nowNs();
    input.storedBytes = bytes.size();
    input.bytes = bytes;
    decompressIfNeeded(input, nullptr, {});
    if (input.compression == Compression::None) {
        ByteBuffer copy;
        copy.append(bytes);
        adoptBuffer(input, std::move(copy));
    }
    return input;
}

std::uint64_t storedSize(const std::string& path) {
    if (path == "-")
        return 0;
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode))
        return 0;
    return static_cast<std::uint64_t>(info.st_size);
}

std::vector<std::string> expandInputs(const std::vector<std::string>& inputs, std::string& error) {
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    for (const std::string& input : inputs) {
        std::error_code ec;
        if (input == "-" || !fs::is_directory(input, ec)) {
            files.push_back(input);
            continue;
        }
        std::vector<std::string> found;
        for (const auto& entry : fs::directory_iterator(input, ec)) {
            const std::string name = entry.path().filename().string();
            std::error_code typeError;
            if (!name.starts_with('.') && entry.is_regular_file(typeError))
                found.push_back(entry.path().string());
        }
        if (ec) {
            error = input + ": cannot list the folder: " + ec.message();
            return {};
        }
        if (found.empty()) {
            error = input + ": is a directory with no log files in it";
            return {};
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

} // namespace logscope::core
