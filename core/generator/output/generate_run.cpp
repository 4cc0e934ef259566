#include "core/generator/output/generate_run.h"

#include "core/generator/output/episodes_file.h"
#include "core/generator/output/log_file_output.h"
#include "core/time/civil_time.h"
#include "core/util/atomic_file_writer.h"

#include <chrono>
#include <cstdio>
#include <thread>

namespace logscope::core {
namespace {

constexpr std::size_t kBatch = 4096;
constexpr std::size_t kFlushAt = std::size_t{1} << 20;

std::int64_t wallNowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

class Run {
public:
    Run(LogGenerator& generator, const GenerateOutput& output, const CancellationToken* stop)
        : m_generator(generator), m_output(output), m_stop(stop),
          m_writer(makeRecordWriter(output.format, generator.scenario(), output.labels)) {
        m_buffer.reserve(kFlushAt + 64 * 1024);
        m_stdout = output.stdoutSink ? output.stdoutSink : [](std::string_view chunk) {
            return std::fwrite(chunk.data(), 1, chunk.size(), stdout) == chunk.size();
        };
        m_summary.episodesPath = output.episodesPath.empty() && !output.path.empty()
                                     ? output.path + ".episodes.json"
                                     : output.episodesPath;
    }

    GenerateSummary execute() {
        const bool wall = m_generator.settings().clock == GeneratorClock::WallClock;
        if (!m_output.path.empty() &&
            !m_file.open(m_output.path, !wall && m_output.rotateBytes == 0)) {
            m_summary.error = m_file.error();
            return m_summary;
        }
        if (wall)
            streamWallClock();
        else
            simulate();
        finish();
        return m_summary;
    }

private:
    bool stopped() const { return m_stop != nullptr && m_stop->isCancelled(); }

    void simulate() {
        while (m_summary.error.empty()) {
            if (stopped()) {
                m_summary.interrupted = true;
                return;
            }
            if (m_generator.next(m_batch, kBatch) == 0 && m_generator.finished())
                return;
            format();
        }
    }

    void streamWallClock() {
        const auto interval = std::chrono::duration<double>(m_generator.settings().intervalSeconds);
        auto tick = std::chrono::steady_clock::now();
        EpisodeProgress known;
        while (m_summary.error.empty() && !m_generator.finished()) {
            const std::int64_t now = wallNowNs();
            while (m_generator.nextUntil(m_batch, now, kBatch) > 0 && m_summary.error.empty())
                format();
            flush(true);
            // Keep the episodes file current for anyone scoring the stream as it runs: when an
            // episode is added, starts (a monitor can name it in the incidents it raises at
            // once) and ends. Its lines up to now are already written.
            if (const EpisodeProgress progress = progressAt(now); progress != known) {
                known = progress;
                writeEpisodes(false);
            }
            tick += std::chrono::duration_cast<std::chrono::steady_clock::duration>(interval);
            while (std::chrono::steady_clock::now() < tick) {
                if (stopped()) {
                    m_summary.interrupted = true;
                    return;
                }
                const auto left = tick - std::chrono::steady_clock::now();
                std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(
                    left, std::chrono::milliseconds(20)));
            }
            if (stopped()) {
                m_summary.interrupted = true;
                return;
            }
        }
    }

    struct EpisodeProgress {
        std::size_t added = 0;
        std::size_t started = 0;
        std::size_t ended = 0;
        bool operator==(const EpisodeProgress&) const = default;
    };
    EpisodeProgress progressAt(std::int64_t nowNs) const {
        EpisodeProgress p;
        for (const Episode& e : m_generator.episodes()) {
            ++p.added;
            p.started += e.startNs <= nowNs ? 1 : 0;
            p.ended += e.endNs <= nowNs ? 1 : 0;
        }
        return p;
    }

    void format() {
        for (const GeneratedRecord& record : m_batch) {
            const std::size_t before = m_buffer.size();
            m_writer->append(m_buffer, record);
            if (m_output.rotateBytes > 0 && !m_output.path.empty() &&
                m_file.size() + m_buffer.size() > m_output.rotateBytes &&
                m_file.size() + before > 0) {
                // The record does not fit: everything before it goes out, then a new file.
                if (!emit(m_buffer.view().substr(0, before)))
                    return;
                m_buffer.eraseFront(before);
                if (!m_file.rotate()) {
                    m_summary.error = m_file.error();
                    return;
                }
            }
            ++m_summary.lines;
        }
        if (m_buffer.size() >= kFlushAt)
            flush(false);
    }

    bool emit(std::string_view bytes) {
        if (!m_summary.error.empty())
            return false;
        if (bytes.empty())
            return true;
        if (!m_output.path.empty() && !m_file.write(bytes)) {
            m_summary.error = m_file.error();
            return false;
        }
        if (m_output.toStdout && !m_stdout(bytes)) {
            m_summary.error = "standard output: cannot write";
            return false;
        }
        return true;
    }

    void flush(bool toDevice) {
        if (!emit(m_buffer.view()))
            return;
        m_buffer.clear();
        if (toDevice) {
            if (!m_output.path.empty() && !m_file.flush())
                m_summary.error = m_file.error();
            if (m_output.toStdout && !m_output.stdoutSink)
                std::fflush(stdout);
        }
    }

    void writeEpisodes(bool final) {
        if (m_summary.episodesPath.empty())
            return;
        const GeneratorSettings& settings = m_generator.settings();
        EpisodesFileHeader header;
        header.profile = m_generator.scenario().name;
        header.seed = settings.seed;
        header.startNs = settings.startNs;
        header.endNs = m_generator.lastTimestampNs() + 1000;
        if (final && !m_summary.interrupted && settings.clock == GeneratorClock::Simulated)
            header.endNs = std::max(header.endNs, settings.startNs + settings.durationNs);
        if (settings.clock == GeneratorClock::WallClock)
            header.endNs = std::max(header.endNs, wallNowNs() / 1000 * 1000);
        header.lines = m_summary.lines;
        header.labels = m_output.labels;
        header.format = std::string(outputFormatName(m_output.format));
        header.inProgress = !final;
        const std::vector<Episode> episodes = m_generator.episodes();
        const std::string text = formatEpisodesJson(m_generator.scenario(), episodes, header);
        AtomicFileWriter file;
        if (!file.open(m_summary.episodesPath) || !file.write(text) || !file.commit()) {
            if (m_summary.error.empty())
                m_summary.error = file.error();
            return;
        }
        // Count what the file lists: episodes that began inside the run.
        m_summary.episodes = 0;
        for (const Episode& e : episodes)
            m_summary.episodes += e.startNs < header.endNs && e.endNs > header.startNs ? 1 : 0;
    }

    void finish() {
        flush(true);
        if (!m_output.path.empty()) {
            if (!m_file.close() && m_summary.error.empty())
                m_summary.error = m_file.error();
            m_summary.files = 1 + m_file.rotations();
        }
        // A log that could not be written gets no episodes file that would vouch for it.
        if (m_summary.error.empty())
            writeEpisodes(true);
    }

    LogGenerator& m_generator;
    const GenerateOutput& m_output;
    const CancellationToken* m_stop;
    std::unique_ptr<RecordWriter> m_writer;
    ChunkSink m_stdout;
    LogFileOutput m_file;
    GeneratedBatch m_batch;
    LineBuffer m_buffer;
    GenerateSummary m_summary;
};

} // namespace

GenerateSummary runGenerate(LogGenerator& generator, const GenerateOutput& output,
                            const CancellationToken* stop) {
    return Run(generator, output, stop).execute();
}

} // namespace logscope::core
