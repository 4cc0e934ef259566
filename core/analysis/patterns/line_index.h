#pragma once

#include "core/analysis/analysis_context.h"

namespace logscope::core {

/// Services analysed one by one; beyond this the least busy share one "(other services)" entry
/// (AnalysisContext::foldedServices counts them) so per-service work stays bounded.
inline constexpr std::size_t kMaxAnalysedServices = 1000;

/// Fills the context's dense per-line service and template indexes and the template table.
/// Template ids come from the table (LogTable::templateId); lines without one are grouped by
/// maskMessage() of their message. Returns false when cancelled.
bool indexLines(AnalysisContext& context);

} // namespace logscope::core
