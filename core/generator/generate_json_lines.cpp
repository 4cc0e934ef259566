#include "core/generator/generate_json_lines.h"

#include "core/generator/json_lines_writer.h"

namespace logscope::core {

bool generateJsonLines(const GeneratorOptions& options, bool withLabels, const ChunkSink& sink) {
    constexpr std::size_t kBatch = 4096;
    constexpr std::size_t kFlushAt = std::size_t{1} << 20;
    LogGenerator generator(options);
    const JsonLinesWriter writer(withLabels);
    std::vector<GeneratedRecord> batch;
    batch.reserve(kBatch);
    std::string buffer;
    buffer.reserve(kFlushAt + 4096);
    while (true) {
        batch.clear();
        if (generator.nextBatch(kBatch, batch) == 0)
            break;
        for (const GeneratedRecord& record : batch) {
            writer.append(buffer, record);
            if (buffer.size() >= kFlushAt) {
                if (!sink(buffer))
                    return false;
                buffer.clear();
            }
        }
    }
    return buffer.empty() || sink(buffer);
}

} // namespace logscope::core
