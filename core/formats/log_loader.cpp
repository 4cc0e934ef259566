#include "core/formats/log_loader.h"

#include "core/formats/format_detector.h"
#include "core/formats/format_registry.h"
#include "core/formats/input_parser.h"
#include "core/formats/table_merger.h"
#include "core/io/input_reader.h"
#include "core/time/year_inference.h"
#include "core/util/localized_text.h"

#include <QCoreApplication>
#include <algorithm>
#include <chrono>
#include <limits>
#include <optional>

namespace logscope::core {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LoadProblems)
};
} // namespace
namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

LoadResult failure(std::string message) {
    LoadResult result;
    result.table = std::make_shared<LogTable>();
    result.report.fatalError = std::move(message);
    return result;
}

LoadResult cancelledResult(LoadReport report) {
    LoadResult result;
    result.table = std::make_shared<LogTable>();
    result.report = std::move(report);
    result.report.cancelled = true;
    return result;
}

// What the whole input gives that single lines cannot: the years of year-less times (from the
// file's date, backwards), and "normal" for unlabelled lines of a log that carries labels.
void finishInput(ParsedInput& parsed, std::int64_t referenceNs) {
    LogColumns& c = parsed.columns;
    if (parsed.anyYearless) {
        YearInference years(referenceNs);
        for (std::size_t r = c.size(); r-- > 0;) {
            if (parsed.yearless[r] != 0 && c.timestamps[r] != kNoTimestamp)
                c.timestamps[r] = years.resolve(c.timestamps[r]);
        }
    }
    parsed.yearless = Column<std::uint8_t>();
    bool labelled = false;
    for (const Truth truth : c.truths)
        labelled = labelled || truth != Truth::Unlabelled;
    if (labelled) {
        for (Truth& truth : c.truths) {
            if (truth == Truth::Unlabelled)
                truth = Truth::Normal;
        }
    }
}

// One input to read: a path, or bytes the caller holds.
struct Source {
    std::string path;
    const std::string_view* bytes = nullptr;
};

class Loader {
public:
    Loader(const LoadOptions& options, const CancellationToken* cancel,
           const ProgressCallback& progress, std::size_t inputCount)
        : m_options(options), m_cancel(cancel), m_progressCallback(progress),
          m_inputCount(inputCount) {}

    LoadResult run(const std::vector<Source>& sources) {
        const SavedFormats saved =
            m_options.useSavedFormats ? SavedFormats::loadDefault() : SavedFormats();
        if (!m_options.format.empty()) {
            std::string error;
            m_forced = resolveFormat(m_options.format, saved, error);
            if (!m_forced)
                return failure("--format: " + error);
        } else {
            m_candidates = detectionCandidates(saved);
        }
        if (sources.size() > std::numeric_limits<std::uint16_t>::max())
            return failure(toUtf8(Tr::tr("too many inputs: at most %1 files can be loaded at once")
                                      .arg(std::numeric_limits<std::uint16_t>::max())));
        std::uint64_t total = 0;
        for (const Source& source : sources)
            total += source.bytes != nullptr ? source.bytes->size() : storedSize(source.path);
        LoadProgress progress(m_progressCallback, total);
        m_progress = &progress;

        for (const Source& source : sources) {
            if (std::optional<LoadResult> stop = loadOne(source))
                return std::move(*stop);
        }
        if (m_cancel != nullptr && m_cancel->isCancelled())
            return cancelledResult(std::move(m_report));
        if (m_parsed.empty() && m_skipped > 0)
            return failure(toUtf8(Tr::tr("none of the inputs is a text log: %1")
                                      .arg(fromUtf8(m_report.warnings.front()))));
        const auto start = Clock::now();
        LogTable table;
        if (m_parsed.size() == 1) {
            ParsedInput& only = m_parsed.front();
            table = LogTable::fromColumns(std::move(only.columns), std::move(only.pool),
                                          std::move(m_files), std::move(only.keepAlive));
            for (std::function<void()>& release : only.pageReleasers)
                table.addPageReleaser(std::move(release));
            m_report.addTiming("index", msSince(start));
        } else if (!m_parsed.empty()) {
            table = mergeByTime(m_parsed, std::move(m_files));
            m_report.addTiming("merge", msSince(start));
        }
        summarise();
        progress.finish();
        return {std::make_shared<LogTable>(std::move(table)), std::move(m_report)};
    }

private:
    // Reads, detects and parses one input; a result when the load must stop there.
    std::optional<LoadResult> loadOne(const Source& source) {
        auto start = Clock::now();
        const std::uint64_t stored =
            source.bytes != nullptr ? source.bytes->size() : storedSize(source.path);
        double readWeight = 0.0;
        InputData input;
        if (source.bytes != nullptr) {
            input = inputFromBytes(*source.bytes, source.path);
        } else {
            // Archives are half read (decompression), half parse in the progress.
            input = readInput(source.path, m_cancel, [this, &readWeight](std::uint64_t done) {
                const double share = static_cast<double>(done) * 0.5;
                m_progress->add(share - readWeight);
                readWeight = share;
            });
        }
        m_report.addTiming("read", msSince(start));
        if (input.cancelled || (m_cancel != nullptr && m_cancel->isCancelled()))
            return cancelledResult(std::move(m_report));
        if (!input.error.empty())
            return failure(input.error);
        if (!input.warning.empty())
            m_report.warnings.push_back(input.warning);

        InputSummary summary;
        summary.path = input.name;
        summary.compression = std::string(compressionName(input.compression));
        summary.storedBytes = input.storedBytes;
        summary.bytes = input.bytes.size();
        summary.warning = input.warning;

        start = Clock::now();
        std::shared_ptr<const LogFormat> format = m_forced;
        if (format) {
            summary.formatForced = true;
            summary.confidence = sampleFit(input.bytes, *format);
        } else {
            const Detection detection = detectFormat(input.bytes, m_candidates);
            if (detection.binary) {
                const QString problem = Tr::tr("%1: does not look like a text log (binary "
                                               "data); use --format to read it anyway")
                                            .arg(fromUtf8(input.name));
                if (m_inputCount == 1)
                    return failure(toUtf8(problem));
                m_report.warnings.push_back(toUtf8(Tr::tr("%1 (skipped)").arg(problem)));
                ++m_skipped;
                summary.format = "binary";
                m_report.inputs.push_back(std::move(summary));
                return std::nullopt;
            }
            format = detection.format;
            summary.confidence = detection.confidence;
        }
        m_report.addTiming("detect", msSince(start));
        summary.format = format ? format->name() : "empty";
        if (!format) {
            m_report.inputs.push_back(std::move(summary));
            return std::nullopt;
        }

        start = Clock::now();
        ParseSettings settings;
        settings.cancel = m_cancel;
        settings.progress = m_progress;
        settings.threads = m_options.threads;
        // Standard input's size is known only once it is read.
        const auto storedNow = static_cast<double>(std::max(stored, input.storedBytes));
        const double parseWeight = std::max(0.0, storedNow - readWeight);
        settings.progressPerByte =
            input.bytes.empty() ? 0.0 : parseWeight / static_cast<double>(input.bytes.size());
        const auto fileIndex = static_cast<std::uint16_t>(m_files.size());
        ParsedInput parsed = parseInput(input, *format, fileIndex, settings);
        if (parsed.cancelled)
            return cancelledResult(std::move(m_report));
        finishInput(parsed, input.modifiedNs);
        m_report.addTiming("parse", msSince(start));

        if (!parsed.warning.empty())
            m_report.warnings.push_back(parsed.warning);
        if (input.mapped != nullptr && input.mapped->shrank())
            m_report.warnings.push_back(toUtf8(Tr::tr("%1: the file shrank while it was read; "
                                                      "the part cut off is missing")
                                                   .arg(fromUtf8(input.name))));
        summary.lines = parsed.lines;
        summary.parsedLines = parsed.parsedLines;
        summary.badLines = parsed.badLineCount;
        m_report.totalLines += parsed.lines;
        m_report.parsedLines += parsed.parsedLines;
        m_report.bytesRead += input.bytes.size();
        m_report.badLineCount += parsed.badLineCount;
        for (BadLine& bad : parsed.badLines) {
            if (m_report.badLines.size() < LoadReport::kMaxListedBadLines)
                m_report.badLines.push_back(std::move(bad));
        }
        parsed.badLines.clear();
        m_report.inputs.push_back(std::move(summary));
        m_files.push_back({input.name, format->name(), format->decoder()});
        m_parsed.push_back(std::move(parsed));
        return std::nullopt;
    }

    void summarise() {
        std::string names;
        double confidence = 1.0;
        bool any = false;
        for (const InputSummary& input : m_report.inputs) {
            if (names.find(input.format) == std::string::npos)
                names += (names.empty() ? "" : ", ") + input.format;
            confidence = std::min(confidence, input.confidence);
            any = true;
        }
        const bool mixed = names.find(", ") != std::string::npos;
        m_report.formatName = mixed ? "mixed: " + names : names;
        m_report.confidence = any ? confidence : 0.0;
    }

    const LoadOptions& m_options;
    const CancellationToken* m_cancel;
    const ProgressCallback& m_progressCallback;
    std::size_t m_inputCount;
    std::size_t m_skipped = 0;
    LoadProgress* m_progress = nullptr;
    std::shared_ptr<const LogFormat> m_forced;
    std::vector<std::shared_ptr<const LogFormat>> m_candidates;
    std::vector<ParsedInput> m_parsed;
    std::vector<SourceFile> m_files;
    LoadReport m_report;
};

} // namespace

LoadResult loadLogs(const std::vector<std::string>& inputs, const LoadOptions& options,
                    const CancellationToken* cancel, const ProgressCallback& progress) {
    if (inputs.empty())
        return failure(toUtf8(Tr::tr("no input given")));
    std::string error;
    const std::vector<std::string> files = expandInputs(inputs, error);
    if (!error.empty())
        return failure(error);
    std::vector<Source> sources;
    for (const std::string& file : files)
        sources.push_back({file, nullptr});
    Loader loader(options, cancel, progress, sources.size());
    return loader.run(sources);
}

LoadResult loadLogFile(const std::string& path, const CancellationToken* cancel,
                       const ProgressCallback& progress) {
    return loadLogs({path}, LoadOptions{}, cancel, progress);
}

LoadResult loadLogBuffer(std::string_view bytes, const CancellationToken* cancel,
                         const ProgressCallback& progress) {
    return loadLogBuffer(bytes, LoadOptions{}, cancel, progress);
}

LoadResult loadLogBuffer(std::string_view bytes, const LoadOptions& options,
                         const CancellationToken* cancel, const ProgressCallback& progress) {
    Loader loader(options, cancel, progress, 1);
    return loader.run({Source{"", &bytes}});
}

} // namespace logscope::core
