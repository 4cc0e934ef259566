#pragma once

#include "core/formats/log_format.h"

namespace logscope::core {

/// One JSON object per line (every seed's shape; see JsonRecordReader for the field names).
/// The journald flavour (`journalctl -o json`) is the same reader under its own name, detected by
/// journald's `__REALTIME_TIMESTAMP` / `__CURSOR` fields.
class JsonLinesFormat : public LogFormat {
public:
    /// journal: the `journal-json` flavour.
    explicit JsonLinesFormat(bool journal) : m_journal(journal) {}
    [[nodiscard]] std::string name() const override;
    [[nodiscard]] std::string description() const override;
    [[nodiscard]] std::unique_ptr<LineParser> createParser() const override;
    [[nodiscard]] std::shared_ptr<const RecordDecoder> decoder() const override;
    [[nodiscard]] double lineScore(LineParser& parser, std::string_view line) const override;
    [[nodiscard]] bool hasContinuationLines() const override { return false; }

private:
    bool m_journal;
};

} // namespace logscope::core
