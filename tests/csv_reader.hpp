#pragma once
// A strict RFC 4180 reader (CRLF rows, "" escapes), to read back what regcoop::write_csv
// wrote; shared by the CSV tests and the CSV fuzzer.
#include <string>
#include <vector>

namespace csvread {

inline std::vector<std::vector<std::string>> read(const std::string& t) {
  std::vector<std::vector<std::string>> rows(1);
  std::string f;
  bool q = false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    if (q) {
      if (c == '"' && i + 1 < t.size() && t[i + 1] == '"') {
        f += '"';
        ++i;
      } else if (c == '"') {
        q = false;
      } else {
        f += c;
      }
    } else if (c == '"') {
      q = true;
    } else if (c == ',') {
      rows.back().push_back(f);
      f.clear();
    } else if (c == '\r' && i + 1 < t.size() && t[i + 1] == '\n') {
      rows.back().push_back(f);
      f.clear();
      rows.emplace_back();
      ++i;
    } else {
      f += c;
    }
  }
  rows.pop_back();  // the empty row after the last CRLF
  return rows;
}

}  // namespace csvread
