#include "core/templates/table_templates.h"

namespace logscope::core {

TemplateAssignment assignTemplates(LogTable& table, TemplateMiner& miner, std::size_t firstRow,
                                   const CancellationToken* cancel,
                                   const ProgressCallback& progress) {
    constexpr std::size_t kCheckEvery = 4096;
    TemplateAssignment result;
    const std::size_t rows = table.size();
    for (std::size_t row = firstRow; row < rows; ++row) {
        if ((row - firstRow) % kCheckEvery == 0) {
            if (cancel != nullptr && cancel->isCancelled()) {
                result.cancelled = true;
                break;
            }
            if (progress)
                progress(row - firstRow, rows - firstRow);
        }
        table.setTemplateId(row, miner.add(table.message(row)));
        ++result.rowsMined;
    }
    if (progress && !result.cancelled)
        progress(result.rowsMined, rows > firstRow ? rows - firstRow : 0);
    result.store = TemplateStore(miner);
    return result;
}

} // namespace logscope::core
