#pragma once
/// @file detail/text.hpp
/// @brief Small text helpers shared by the dependency-free writers (CSV, GeoJSON, DOT) and the
/// readers' messages.

#include "regcoop/config.hpp"

#include <charconv>
#include <cstddef>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop::detail {

// "list/i", a path to one item of a list. Built by appending: g++ 12 at -O3 reports a false
// -Wrestrict on `"literal" + std::to_string(i)` (the inlined operator+ that inserts before
// its right operand), which breaks users' -Werror builds.
inline std::string item_path(std::string_view list, std::size_t i) {
  std::string out(list);
  out += '/';
  out += std::to_string(i);
  return out;
}

// Where a problem is in a document: JSON pointer `pointer` ("/" when empty; a '/' put in front
// of a relative one) after `document#` when the document has a name ("file.json#/parties/0").
// Built by appending, for the same reason as `item_path`.
inline std::string document_place(std::string_view document, std::string_view pointer) {
  std::string out;
  if (!document.empty()) {
    out += document;
    out += '#';
  }
  if (pointer.empty() || pointer.front() != '/') out += '/';
  out += pointer;
  return out;
}

// The names, in order, separated by `sep` ("a, b, c"): the lists of valid values in messages.
// Built by appending, for the same reason as `item_path`.
inline std::string joined(const auto& names, std::string_view sep = ", ") {
  std::string out;
  for (const auto& n : names) {
    if (!out.empty()) out += sep;
    out += n;
  }
  return out;
}

// Shortest text that reads back to the same double; whole numbers below 10^15 without an
// exponent ("94800000000", "34.34", "1e+20").
inline void append_double(std::string& out, double d) {
  char buf[64];
  std::to_chars_result r;
  if (std::fabs(d) < 1e15 && d == std::floor(d))
    r = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(d));
  else
    r = std::to_chars(buf, buf + sizeof buf, d);
  out.append(buf, r.ptr);
}

// A JSON string literal (quotes, backslashes and control characters escaped; UTF-8 kept).
inline void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
          out += buf;
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

}  // namespace regcoop::detail

REGCOOP_STRING_WARNINGS_END
