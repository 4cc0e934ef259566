#include "ui/workers/load_job.h"

#include "core/analysis/filter_rows.h"
#include "core/pipeline/log_pipeline.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace logscope::ui {

namespace {
// Loading takes most of the time; the analysis gets the last stretch of the bar.
constexpr std::uint64_t kLoadShare = 85;
} // namespace

LoadJob::LoadJob(QObject* parent) : QObject(parent) {}

std::vector<LoadJob::Source> LoadJob::fileSources(const QStringList& paths, const QString& format) {
    // The readable inputs are one source: the core reads files, folders and archives and merges
    // them by time, with each line's file as a column. An input that cannot be read is a source
    // of its own, so that its failure is reported beside the lines of the others.
    core::LoadOptions options;
    options.format = format.toStdString();
    const auto loader = [options](std::vector<std::string> local) {
        return [local, options](const core::CancellationToken* cancel,
                                const core::ProgressCallback& progress) {
            return core::loadLogs(local, options, cancel, progress);
        };
    };
    std::vector<std::string> readable;
    QStringList names;
    std::vector<Source> sources;
    for (const QString& path : paths) {
        const std::string local = QFile::encodeName(path).toStdString();
        if (QFileInfo(path).isReadable() || path == QLatin1String("-")) {
            readable.push_back(local);
            names << QFileInfo(path).fileName();
        } else {
            sources.push_back({QFileInfo(path).fileName(), loader({local})});
        }
    }
    if (!readable.empty())
        sources.insert(sources.begin(), {names.join(QStringLiteral(", ")), loader(readable)});
    return sources;
}

LoadOutcome LoadJob::merge(std::vector<std::pair<QString, core::LoadResult>> parts,
                           const QString& title) {
    LoadOutcome outcome;
    outcome.log.title = title;
    std::size_t readableParts = 0;
    for (const auto& part : parts)
        readableParts += part.second.report.failed() ? 0 : 1;
    if (readableParts == 1) {
        // One readable source (the usual case: the core merged its files): its table and report
        // as they are, with the inputs that could not be read listed first.
        std::vector<core::BadLine> failures;
        for (auto& [name, part] : parts) {
            if (part.report.failed()) {
                failures.push_back({0, part.report.fatalError, name.toStdString()});
                continue;
            }
            outcome.log.report = std::move(part.report);
            outcome.log.table = std::move(part.table);
        }
        for (const core::SourceFile& file : outcome.log.table->sourceFiles())
            outcome.log.files << QFileInfo(QString::fromStdString(file.path)).fileName();
        core::LoadReport& report = outcome.log.report;
        report.badLineCount += failures.size();
        report.badLines.insert(report.badLines.begin(), failures.begin(), failures.end());
        return outcome;
    }
    core::LoadReport& report = outcome.log.report;
    QStringList formats;
    QStringList failures;
    std::shared_ptr<core::LogTable> table;
    const bool several = parts.size() > 1;
    std::size_t readable = 0;
    for (auto& [name, part] : parts) {
        outcome.log.files << name;
        if (part.report.failed()) {
            failures << QStringLiteral("%1: %2").arg(
                name, QString::fromStdString(part.report.fatalError));
            continue;
        }
        ++readable;
        const QString format = QString::fromStdString(part.report.formatName);
        if (!formats.contains(format))
            formats << format;
        report.bytesRead += part.report.bytesRead;
        report.totalLines += part.report.totalLines;
        report.parsedLines += part.report.parsedLines;
        report.badLineCount += part.report.badLineCount;
        for (const core::BadLine& bad : part.report.badLines) {
            if (report.badLines.size() < core::LoadReport::kMaxListedBadLines)
                report.badLines.push_back({bad.lineNumber, bad.reason, name.toStdString()});
        }
        if (!table && !several) {
            table = std::move(part.table);
        } else {
            if (!table)
                table = std::make_shared<core::LogTable>();
            // Lines keep their file as a column.
            core::appendRows(*table, *part.table, nullptr,
                             static_cast<int>(outcome.log.files.size() - 1));
        }
    }
    report.formatName = formats.join(QLatin1Char('+')).toStdString();
    if (readable == 0) {
        report.fatalError = failures.join(QStringLiteral("; ")).toStdString();
        return outcome;
    }
    for (const QString& failure : failures) {
        ++report.badLineCount;
        report.badLines.insert(report.badLines.begin(), {0, failure.toStdString(), {}});
    }
    outcome.log.table = std::move(table);
    return outcome;
}

void LoadJob::start(Loader loader, const QString& title) {
    start(std::vector<Source>{{title, std::move(loader)}}, title);
}

void LoadJob::start(std::vector<Source> sources, const QString& title) {
    m_task.start(
        [sources = std::move(sources), title](const core::CancellationToken* cancel,
                                              const core::ProgressCallback& progress) {
            std::vector<std::pair<QString, core::LoadResult>> parts;
            const auto count = static_cast<std::uint64_t>(std::max<std::size_t>(1, sources.size()));
            for (std::size_t i = 0; i < sources.size(); ++i) {
                const auto base = static_cast<std::uint64_t>(i);
                core::ProgressCallback partProgress;
                if (progress)
                    partProgress = [&progress, base, count](std::uint64_t done,
                                                            std::uint64_t total) {
                        const std::uint64_t share =
                            total == 0 ? 0 : std::min<std::uint64_t>(done, total) * 1000 / total;
                        progress((base * 1000 + share) * kLoadShare / count, 100'000);
                    };
                parts.emplace_back(sources[i].name, sources[i].load(cancel, partProgress));
                if (cancel && cancel->isCancelled())
                    return LoadOutcome{};
            }
            LoadOutcome outcome = merge(std::move(parts), title);
            if (!outcome.log.table)
                return outcome;
            // The same steps as every command: templates, then the analysis. The table is
            // still this worker's alone, so the miner may write its template ids.
            core::LoadResult loaded{std::const_pointer_cast<core::LogTable>(outcome.log.table),
                                    std::move(outcome.log.report)};
            const core::ProgressCallback analysisProgress = [&progress](std::uint64_t done,
                                                                        std::uint64_t total) {
                if (progress && total > 0)
                    progress(kLoadShare + done * (100 - kLoadShare) / total, 100);
            };
            core::AnalyzedLog analyzed =
                core::analyzeLoadedLog(std::move(loaded), {}, {}, cancel, analysisProgress);
            outcome.log.table = std::move(analyzed.table);
            outcome.log.templates = std::move(analyzed.templates);
            outcome.log.report = std::move(analyzed.report);
            outcome.result = std::move(analyzed.result);
            return outcome;
        },
        [this](LoadOutcome outcome) {
            if (outcome.log.report.failed())
                Q_EMIT failed(QString::fromStdString(outcome.log.report.fatalError));
            else if (outcome.log.report.cancelled || !outcome.result)
                Q_EMIT cancelled();
            else
                Q_EMIT finished(outcome);
        },
        [this](int percent) { Q_EMIT progressChanged(percent); });
}

void LoadJob::cancel() {
    if (!m_task.isRunning())
        return;
    m_task.cancel();
    Q_EMIT cancelled();
}

} // namespace logscope::ui
