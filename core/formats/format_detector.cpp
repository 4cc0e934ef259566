#include "core/formats/format_detector.h"

#include "core/formats/continuation_line.h"
#include "core/formats/format_registry.h"
#include "core/formats/json_array_format.h"

#include <algorithm>

namespace logscope::core {
namespace {

constexpr std::size_t kSampleBytes = std::size_t{1} << 20;
constexpr std::size_t kLongestFirstLine = std::size_t{16} << 20;

bool blank(std::string_view line) {
    return line.find_first_not_of(std::string_view(" \t\r\f\v\0", 6)) == std::string_view::npos;
}

// The first non-blank lines, without their line ends; a line cut by the end of the sample is
// left out unless it is the only one.
std::vector<std::string_view> sampleLines(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF"))
        bytes.remove_prefix(3);
    std::size_t limit = std::min(bytes.size(), kSampleBytes);
    std::size_t firstEnd = bytes.find('\n');
    if (firstEnd == std::string_view::npos)
        firstEnd = bytes.size();
    if (firstEnd >= limit) // a long first line is looked at whole, up to a point
        limit = std::min({bytes.size(), firstEnd + 1, kLongestFirstLine});
    std::vector<std::string_view> lines;
    std::size_t pos = 0;
    while (pos < limit && lines.size() < kDetectionSampleLines) {
        std::size_t end = bytes.find('\n', pos);
        const bool complete = end != std::string_view::npos && end < limit;
        if (!complete && limit < bytes.size() && !lines.empty())
            break;
        if (end == std::string_view::npos || end > limit)
            end = limit;
        std::string_view line = bytes.substr(pos, end - pos);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (!blank(line))
            lines.push_back(line);
        pos = end + 1;
    }
    return lines;
}

std::vector<std::string_view> sampleElements(std::string_view bytes) {
    std::vector<std::string_view> elements;
    JsonArraySplitter splitter(bytes.substr(0, std::max(kSampleBytes, bytes.find('\n'))));
    if (!splitter.start())
        return elements;
    std::string_view element;
    std::uint64_t line = 0;
    while (elements.size() < kDetectionSampleLines && splitter.next(element, line)) {
        if (!splitter.error().empty() && !elements.empty())
            break; // cut by the end of the sample
        elements.push_back(element);
    }
    return elements;
}

double meanScore(const LogFormat& format, const std::vector<std::string_view>& lines) {
    if (lines.empty())
        return 0.0;
    const auto parser = format.createParser();
    double total = 0.0;
    std::size_t counted = 0;
    for (const std::string_view line : lines) {
        const double score = format.lineScore(*parser, line);
        // A stack trace under a record belongs to that record: it neither helps nor hurts.
        if (score == 0.0 && counted > 0 && format.hasContinuationLines() &&
            isContinuationLine(line))
            continue;
        total += score;
        ++counted;
    }
    return counted == 0 ? 0.0 : total / static_cast<double>(counted);
}

} // namespace

bool looksBinary(std::string_view bytes) {
    const std::string_view start = bytes.substr(0, 64 * 1024);
    std::size_t control = 0;
    std::size_t nul = 0;
    for (const char ch : start) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0)
            ++nul;
        else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' &&
                 c != 0x1b)
            ++control;
    }
    const std::size_t text = start.size() - nul;
    if (text == 0)
        return !start.empty();
    return control * 20 > text; // more than 5 % control bytes
}

Detection detectFormat(std::string_view bytes,
                       const std::vector<std::shared_ptr<const LogFormat>>& candidates) {
    Detection detection;
    if (looksBinary(bytes)) {
        detection.binary = true;
        return detection;
    }
    const std::vector<std::string_view> lines = sampleLines(bytes);
    std::vector<std::string_view> elements;
    for (const auto& candidate : candidates) {
        if (candidate->isDocument() && elements.empty())
            elements = sampleElements(bytes);
    }
    if (lines.empty())
        return detection;
    for (const auto& candidate : candidates) {
        const auto& sample = candidate->isDocument() ? elements : lines;
        const double score = meanScore(*candidate, sample);
        if (score > detection.confidence) {
            detection.format = candidate;
            detection.confidence = score;
            detection.sampleLines = sample.size();
        }
    }
    if (detection.confidence < kMinimumConfidence) {
        detection.format = plainFormat();
        detection.confidence = meanScore(*detection.format, lines);
        detection.sampleLines = lines.size();
    }
    return detection;
}

double sampleFit(std::string_view bytes, const LogFormat& format) {
    return meanScore(format, format.isDocument() ? sampleElements(bytes) : sampleLines(bytes));
}

} // namespace logscope::core
