#include "core/report/scores_csv.h"

#include "core/report/report_format.h"

#include <charconv>

namespace logscope::core {

std::string formatScoresCsv(const AnalysisResult& result, const LogTable& table) {
    std::string out = "line,score,is_anomaly\n";
    out.reserve(out.size() + result.lineScores.size() * 22);
    char buffer[64];
    for (std::size_t i = 0; i < result.lineScores.size(); ++i) {
        const RowId row = result.rows.empty() ? i : result.rows[i];
        const auto line =
            std::to_chars(buffer, buffer + sizeof buffer, reportLineNumber(&table, row));
        out.append(buffer, line.ptr);
        out.push_back(',');
        const auto score = std::to_chars(buffer, buffer + sizeof buffer, result.lineScores[i],
                                         std::chars_format::fixed, 6);
        out.append(buffer, score.ptr);
        out.push_back(',');
        out.push_back(i < result.lineAnomalies.size() && result.lineAnomalies[i] ? '1' : '0');
        out.push_back('\n');
    }
    return out;
}

} // namespace logscope::core
