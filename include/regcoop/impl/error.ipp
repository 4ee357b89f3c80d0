#pragma once
/// @file impl/error.ipp
/// @brief Definitions of `regcoop::error` and the problem formatting declared in
/// `regcoop/model/error.hpp`. Included by that header in header-only mode and by
/// `regcoop/src.hpp` under REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/model/error.hpp"

#include <boost/describe/enum_to_string.hpp>

#include <string>
#include <utility>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

REGCOOP_DECL std::string place_of(const problem& p) {
  std::string s;
  if (p.record.empty() && !p.field.empty() && p.message.find("'" + p.field + "'") != std::string::npos) return s;
  if (is_place(p.field)) {
    s = p.field;
    if (!p.record.empty()) {
      s += " (";
      s += p.record;
      s += ')';
    }
  } else if (!p.record.empty()) {
    s = p.record;
    if (!p.field.empty()) {
      s += '/';
      s += p.field;
    }
  } else {
    s = p.field;
  }
  return s;
}


namespace detail {
REGCOOP_DECL const char* errc_name(errc e) noexcept { return boost::describe::enum_to_string(e, "unknown"); }

REGCOOP_DECL std::string format_problem(const problem& p) {
  std::string s = errc_name(p.code);
  s += ": ";
  if (const std::string place = place_of(p); !place.empty()) {
    s += place;
    s += ": ";
  }
  s += p.message;
  return s;
}

REGCOOP_DECL std::string format_problems(const std::vector<problem>& ps) {
  if (ps.size() == 1) return format_problem(ps.front());
  std::string s = std::to_string(ps.size()) + " problems:";
  for (const auto& p : ps) s += "\n  " + format_problem(p);
  return s;
}
}  // namespace detail

REGCOOP_DECL error::error(std::vector<problem> problems)
    : std::runtime_error(detail::format_problems(problems)), problems_(std::move(problems)) {}

REGCOOP_DECL error::error(regcoop::errc code, std::string record, std::string field, std::string message)
    : error(std::vector<problem>{problem{code, std::move(record), std::move(field), std::move(message)}}) {}

REGCOOP_DECL error::~error() = default;

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END
