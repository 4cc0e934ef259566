#include "core/templates/csv.h"

namespace logscope::core {

void appendCsvField(std::string& out, std::string_view field) {
    out.push_back('"');
    for (char c : field) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

void appendCsvRecord(std::string& out, const std::vector<std::string_view>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.push_back(',');
        appendCsvField(out, fields[i]);
    }
    out.push_back('\n');
}

bool parseCsv(std::string_view text, std::vector<std::vector<std::string>>& records,
              std::string& error) {
    records.clear();
    std::vector<std::string> record;
    std::string field;
    bool quoted = false;
    bool fieldStarted = false;
    std::size_t i = 0;
    auto endField = [&] {
        record.push_back(std::move(field));
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        records.push_back(std::move(record));
        record.clear();
    };
    while (i < text.size()) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field.push_back('"');
                    i += 2;
                    continue;
                }
                quoted = false;
            } else {
                field.push_back(c);
            }
            ++i;
            continue;
        }
        if (c == '"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == ',') {
            endField();
        } else if (c == '\n' || (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) {
            endRecord();
            if (c == '\r')
                ++i;
        } else {
            field.push_back(c);
            fieldStarted = true;
        }
        ++i;
    }
    if (quoted) {
        error = "unterminated quoted field in record " + std::to_string(records.size() + 1);
        return false;
    }
    if (fieldStarted || !record.empty())
        endRecord();
    return true;
}

} // namespace logscope::core
