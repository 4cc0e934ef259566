#include "ui/export/result_export.h"

#include "core/report/json_report.h"
#include "core/time/civil_time.h"
#include "ui/format/display_format.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <algorithm>
#include <map>

namespace logscope::ui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ResultExport)
};

QString writeAll(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Tr::tr("cannot write %1: %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return Tr::tr("cannot write %1: %2").arg(path, error);
    }
    if (!file.commit())
        return Tr::tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString isoTime(std::int64_t ns) {
    return ns == core::kNoTimestamp ? QString()
                                    : QString::fromStdString(core::formatIso8601(ns, 6, true));
}

QString row(const QStringList& fields) {
    QStringList quoted;
    for (const QString& f : fields)
        quoted << csvField(f);
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace

QString csvField(const QString& text) {
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString writeIncidentsCsv(const core::AnalysisResult& result, const QString& path) {
    QString out = row({QStringLiteral("severity"), QStringLiteral("type"), QStringLiteral("start"),
                       QStringLiteral("end"), QStringLiteral("services"),
                       QStringLiteral("root_cause_service"), QStringLiteral("root_cause_template"),
                       QStringLiteral("description"), QStringLiteral("recommendation"),
                       QStringLiteral("evidence_lines")});
    for (const core::Incident& incident : result.incidents) {
        QStringList services;
        for (const std::string& s : incident.services)
            services << QString::fromStdString(s);
        out +=
            row({QString::fromLatin1(core::severityName(incident.severity)),
                 QString::fromLatin1(core::incidentTypeName(incident.type)),
                 isoTime(incident.startNs), isoTime(incident.endNs),
                 services.join(QLatin1Char(';')), QString::fromStdString(incident.rootCauseService),
                 QString::fromStdString(incident.rootCauseTemplate),
                 QString::fromStdString(incident.description),
                 QString::fromStdString(incident.recommendation),
                 QString::number(incident.evidence.size())});
    }
    return writeAll(path, out.toUtf8());
}

QString writeAnomaliesCsv(const core::AnalysisResult& result, const core::LogTable* table,
                          const QString& path) {
    // Every anomaly is on the timeline; the top ones also carry an explanation.
    std::map<core::RowId, std::pair<double, std::string>> anomalies;
    for (const core::AnomalyPoint& point : result.timeline)
        if (point.isAnomaly)
            anomalies[point.row] = {point.score, {}};
    for (const core::ScoredLine& line : result.topAnomalies) {
        auto& entry = anomalies[line.row];
        entry.first = line.score;
        entry.second = line.explanation;
    }
    std::vector<std::pair<core::RowId, std::pair<double, std::string>>> ordered(anomalies.begin(),
                                                                                anomalies.end());
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto& a, const auto& b) { return a.second.first > b.second.first; });
    QString out = row({QStringLiteral("row"), QStringLiteral("line"), QStringLiteral("time"),
                       QStringLiteral("level"), QStringLiteral("service"), QStringLiteral("score"),
                       QStringLiteral("message"), QStringLiteral("explanation")});
    for (const auto& [r, entry] : ordered) {
        QStringList fields{QString::number(r)};
        if (table != nullptr && r < table->size()) {
            fields << QString::number(table->lineNumber(r)) << isoTime(table->timestampNs(r))
                   << QString::fromLatin1(core::levelName(table->level(r)))
                   << fromUtf8View(table->service(r));
        } else {
            fields << QString() << QString() << QString() << QString();
        }
        fields << QString::number(entry.first, 'f', 4)
               << (table != nullptr && r < table->size() ? fromUtf8View(table->message(r))
                                                         : QString())
               << QString::fromStdString(entry.second);
        out += row(fields);
    }
    return writeAll(path, out.toUtf8());
}

QString writeResultJson(const core::AnalysisResult& result, const core::LoadReport* load,
                        const QString& input, const QString& path) {
    const std::string json = core::formatJsonReport(result, load, input.toStdString());
    return writeAll(path, QByteArray::fromStdString(json));
}

} // namespace logscope::ui
