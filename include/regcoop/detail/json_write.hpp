#pragma once
/// @file detail/json_write.hpp
/// @brief The one JSON shape of a described value, written without a JSON library, and the
/// one text of a scalar. Used by the JSON writer, the record JSON of the CLI, CSV cells of
/// lists of structures, and diff.
///
/// The shape: structs are objects with their members in description order; a member is
/// left out when it is an empty optional, an empty string (not an id), an empty list, a
/// boolean that is false (every boolean of the model defaults to false) or a struct all of
/// whose members are left out; lists are arrays; ids, dates, strings and
/// enumerators are strings; numbers are numbers; booleans are booleans; an empty optional
/// inside a list is `null`.

#include "regcoop/detail/text.hpp"
#include "regcoop/detail/walk.hpp"
#include "regcoop/model/enum.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

namespace regcoop::detail {

/// The text of a scalar: an id's value, a date as "YYYY[-MM[-DD]]", a string as is, an
/// enumerator's name, "true"/"false", a number in its shortest exact form.
template <class T>
void append_scalar(std::string& out, const T& v) {
  constexpr shape s = shape_of<T>;
  static_assert(is_scalar(s), "append_scalar: not a scalar");
  if constexpr (s == shape::id) out += v.value;
  else if constexpr (s == shape::date) out += v.to_string();
  else if constexpr (s == shape::text) out += v;
  else if constexpr (s == shape::enumeration) out += to_string(v);
  else if constexpr (s == shape::boolean) out += v ? "true" : "false";
  else if constexpr (s == shape::integer) out += std::to_string(static_cast<std::int64_t>(v));
  else append_double(out, static_cast<double>(v));
}

/// `append_scalar` as a new string.
template <class T>
std::string scalar_text(const T& v) {
  std::string out;
  append_scalar(out, v);
  return out;
}

/// True when the JSON shape leaves a member holding `v` out.
template <class T>
bool json_omitted(const T& v) {
  constexpr shape s = shape_of<T>;
  if constexpr (s == shape::optional) return !v.has_value();
  else if constexpr (s == shape::text || s == shape::list) return v.empty();
  else if constexpr (s == shape::boolean) return !v;
  else if constexpr (s == shape::structure) {
    bool all = true;
    for_each_member<T>([&](auto d) { all = all && json_omitted(v.*d.pointer); });
    return all;
  } else return false;
}

/// Appends the JSON of `v`: compact when `indent < 0`, else pretty (two spaces a level, one
/// member or element a line, `"key": value`) with `indent` the current level.
template <class T>
void append_json(std::string& out, const T& v, int indent = -1) {
  constexpr shape s = shape_of<T>;
  const auto newline = [&](int level) {
    if (indent < 0) return;
    out += '\n';
    out.append(static_cast<std::size_t>(level) * 2, ' ');
  };
  const int inner = indent < 0 ? -1 : indent + 1;
  if constexpr (s == shape::optional) {
    if (v) append_json(out, *v, indent);
    else out += "null";
  } else if constexpr (s == shape::list) {
    if (v.empty()) {
      out += "[]";
      return;
    }
    out += '[';
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) out += ',';
      newline(inner);
      append_json(out, v[i], inner);
    }
    newline(indent);
    out += ']';
  } else if constexpr (s == shape::structure) {
    bool first = true;
    out += '{';
    for_each_member<T>([&](auto d) {
      const auto& m = v.*d.pointer;
      if (json_omitted(m)) return;
      if (!first) out += ',';
      first = false;
      newline(inner);
      append_json_string(out, d.name);
      out += indent < 0 ? ":" : ": ";
      append_json(out, m, inner);
    });
    if (!first) newline(indent);
    out += '}';
  } else if constexpr (s == shape::boolean || s == shape::integer || s == shape::real) {
    append_scalar(out, v);
  } else {
    std::string text;
    append_scalar(text, v);
    append_json_string(out, text);
  }
}

namespace json_io {
// Members a document must spell out: ids and real numbers (a missing latitude or length is
// an error, not a silent zero). Everything else defaults to its member initializer.
template <class T>
inline constexpr bool is_required_v = is_id_v<T> || std::is_floating_point_v<T>;
}  // namespace json_io

}  // namespace regcoop::detail
