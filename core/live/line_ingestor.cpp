#include "core/live/line_ingestor.h"

#include "core/formats/format_detector.h"
#include "core/formats/format_registry.h"
#include "core/formats/saved_formats.h"

namespace logscope::core {

LineIngestor::LineIngestor(std::shared_ptr<const LogFormat> format) : m_format(std::move(format)) {}

std::string_view LineIngestor::keep(std::string_view text) {
    if (text.empty())
        return {};
    return m_texts.emplace_back(text);
}

std::span<const LogRow> LineIngestor::parse(std::span<const std::string_view> lines) {
    m_rows.clear();
    m_texts.clear();
    if (lines.empty())
        return {};
    if (!m_format) {
        std::string sample;
        for (std::size_t i = 0; i < lines.size() && i < kDetectionSampleLines; ++i)
            sample.append(lines[i]).push_back('\n');
        m_format = detectFormat(sample, detectionCandidates(SavedFormats::loadDefault())).format;
        if (!m_format)
            m_format = plainFormat();
    }
    if (!m_parser)
        m_parser = m_format->createParser();
    m_rows.reserve(lines.size());
    for (const std::string_view line : lines) {
        if (line.empty() || line.find_first_not_of(" \t\r") == std::string_view::npos)
            continue;
        const std::string_view text = line.back() == '\r' ? line.substr(0, line.size() - 1) : line;
        LogRow row;
        if (m_parser->parse(text, text.size(), row, m_error) == LineStatus::Bad) {
            ++m_bad;
            continue;
        }
        // The parser's views may point into its scratch space: copy what the row names.
        row.service = keep(row.service);
        row.source = keep(row.source);
        row.host = keep(row.host);
        row.message = keep(row.message);
        row.anomalyType = keep(row.anomalyType);
        row.extra = row.extra.empty() ? keep(text) : keep(row.extra);
        row.rawLine = {};
        m_rows.push_back(row);
    }
    return m_rows;
}

} // namespace logscope::core
