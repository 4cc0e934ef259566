#pragma once

#include "core/generator/generated_record.h"

#include <string>

namespace logscope::core {

/// Formats generated records as JSON lines in seed 003's shape, with `_labels` when asked.
class JsonLinesWriter {
public:
    explicit JsonLinesWriter(bool withLabels = true) : m_withLabels(withLabels) {}
    /// Appends one record as a JSON object and a newline.
    void append(std::string& out, const GeneratedRecord& record) const;

private:
    bool m_withLabels;
};

} // namespace logscope::core
