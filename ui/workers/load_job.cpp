#include "ui/workers/load_job.h"

#include "core/analysis/analyzer.h"
#include "core/analysis/filter_rows.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace logscope::ui {

namespace {
// Loading takes most of the time; the analysis gets the last stretch of the bar.
constexpr std::uint64_t kLoadShare = 85;
} // namespace

LoadJob::LoadJob(QObject* parent) : QObject(parent) {}

std::vector<LoadJob::Source> LoadJob::fileSources(const QStringList& paths) {
    std::vector<Source> sources;
    for (const QString& path : paths) {
        const std::string local = QFile::encodeName(path).toStdString();
        sources.push_back(
            {QFileInfo(path).fileName(), [local](const core::CancellationToken* cancel,
                                                 const core::ProgressCallback& progress) {
                 return core::loadLogFile(local, cancel, progress);
             }});
    }
    return sources;
}

LoadOutcome LoadJob::merge(std::vector<std::pair<QString, core::LoadResult>> parts,
                           const QString& title) {
    LoadOutcome outcome;
    outcome.log.title = title;
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
                report.badLines.push_back(
                    {bad.lineNumber,
                     several ? name.toStdString() + ": " + bad.reason : bad.reason});
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
        report.badLines.insert(report.badLines.begin(), {0, failure.toStdString()});
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
            if (progress)
                progress(kLoadShare, 100);
            outcome.result = core::analyze(*outcome.log.table, cancel);
            if (progress)
                progress(100, 100);
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
