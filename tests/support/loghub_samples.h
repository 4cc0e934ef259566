#pragma once
// Loads the Loghub 2k samples in ../shared/loghub (raw lines, format string and the Loghub-2.0
// corrected ground truth) and mines them; shared by the accuracy test and the benchmark.

#include "core/formats/logparser_format.h"
#include "core/templates/csv.h"
#include "core/templates/parsing_accuracy.h"
#include "core/templates/raw_line_reader.h"
#include "core/templates/template_miner.h"

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace logscope::testing {

struct LoghubSample {
    std::string name;
    std::string format;
    core::RawLineReader log;
    std::vector<std::string> truthIds;
    std::vector<std::string> truthTemplates;
};

struct MinedSample {
    core::ParsingAccuracy accuracy;
    std::vector<std::uint32_t> ids;
    std::vector<std::string> texts;
    std::vector<std::string> contents;
    std::size_t unmatchedLines = 0;
};

inline std::string readWholeFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return std::move(buffer).str();
}

/// The samples listed in formats.tsv, in its order; error is set when one cannot be read.
inline std::vector<LoghubSample> loadLoghubSamples(const std::string& dir, std::string& error) {
    std::vector<LoghubSample> samples;
    std::istringstream formats(readWholeFile(dir + "/formats.tsv"));
    std::string row;
    while (std::getline(formats, row)) {
        if (row.empty() || row[0] == '#')
            continue;
        const std::size_t tab = row.find('\t');
        if (tab == std::string::npos)
            continue;
        LoghubSample sample;
        sample.name = row.substr(0, tab);
        sample.format = row.substr(tab + 1);
        while (!sample.format.empty() && (sample.format.back() == '\r'))
            sample.format.pop_back();
        const std::string base = dir + "/" + sample.name + "/";
        if (!sample.log.read(base + sample.name + "_2k.log", error))
            return {};
        std::vector<std::vector<std::string>> records;
        const std::string truthPath =
            base + "loghub-2.0/" + sample.name + "_2k.log_structured_corrected.csv";
        if (!core::parseCsv(readWholeFile(truthPath), records, error) || records.empty()) {
            error = truthPath + ": " + (error.empty() ? "empty" : error);
            return {};
        }
        std::size_t idColumn = 0, templateColumn = 0;
        for (std::size_t c = 0; c < records[0].size(); ++c) {
            if (records[0][c] == "EventId")
                idColumn = c;
            if (records[0][c] == "EventTemplate")
                templateColumn = c;
        }
        for (std::size_t r = 1; r < records.size(); ++r) {
            if (records[r].size() <= std::max(idColumn, templateColumn))
                continue;
            sample.truthIds.push_back(records[r][idColumn]);
            sample.truthTemplates.push_back(records[r][templateColumn]);
        }
        if (sample.truthIds.size() != sample.log.lines().size()) {
            error = sample.name + ": " + std::to_string(sample.log.lines().size()) + " lines but " +
                    std::to_string(sample.truthIds.size()) + " labels";
            return {};
        }
        samples.push_back(std::move(sample));
    }
    if (samples.empty() && error.empty())
        error = dir + "/formats.tsv lists no sample";
    return samples;
}

/// Mines a sample's messages (the <Content> field of each line; a line that does not fit the
/// format is mined whole) with one miner and scores it.
inline MinedSample mineSample(const LoghubSample& sample, const core::MinerConfig& config = {}) {
    MinedSample mined;
    std::string error;
    const auto format = core::LogparserFormat::compile(sample.format, error);
    core::TemplateMiner miner(config);
    std::vector<std::string_view> fields;
    if (format) {
        core::LogparserFormat::Matcher matcher(format);
        for (std::string_view line : sample.log.lines()) {
            std::string_view content = line;
            if (matcher.match(line, fields))
                content = fields[static_cast<std::size_t>(format->contentIndex())];
            else
                ++mined.unmatchedLines;
            mined.contents.emplace_back(content);
            mined.ids.push_back(miner.add(content));
        }
    }
    for (std::uint32_t id = 0; id < miner.size(); ++id)
        mined.texts.push_back(miner.text(id));
    mined.accuracy =
        core::scoreParsing(sample.truthIds, sample.truthTemplates, mined.ids, mined.texts);
    return mined;
}

} // namespace logscope::testing
