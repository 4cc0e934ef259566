#pragma once

#include "core/table/log_table.h"
#include "core/templates/template_miner.h"
#include "core/templates/template_store.h"
#include "core/util/cancellation.h"

#include <cstddef>

namespace logscope::core {

/// What assignTemplates() did.
struct TemplateAssignment {
    TemplateStore store;       ///< the miner's templates after this call
    std::size_t rowsMined = 0; ///< rows given a template id by this call
    bool cancelled = false;    ///< stopped early: rows from firstRow + rowsMined on keep theirs
};

/// Mines the message (LogTable::message) of rows firstRow .. size()-1 in row order, sets each
/// row's LogTable::setTemplateId, and returns the templates as a TemplateStore (template id ->
/// text, count). Live mode calls it again with firstRow = the previous size() and the same
/// miner: ids of earlier rows stay valid. Checks cancel every few thousand rows and reports
/// progress in rows.
TemplateAssignment assignTemplates(LogTable& table, TemplateMiner& miner, std::size_t firstRow = 0,
                                   const CancellationToken* cancel = nullptr,
                                   const ProgressCallback& progress = {});

} // namespace logscope::core
