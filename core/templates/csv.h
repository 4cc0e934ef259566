#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace logscope::core {

/// Appends one CSV field quoted as RFC 4180 says: always in double quotes, inner quotes doubled.
void appendCsvField(std::string& out, std::string_view field);

/// Appends a CSV record (fields joined by commas, CRLF-free "\n" line end).
void appendCsvRecord(std::string& out, const std::vector<std::string_view>& fields);

/// Parses RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; records
/// end at "\n" or "\r\n"; a missing final line break is fine. Returns false (and error, naming
/// the record) on an unterminated quote.
bool parseCsv(std::string_view text, std::vector<std::vector<std::string>>& records,
              std::string& error);

} // namespace logscope::core
