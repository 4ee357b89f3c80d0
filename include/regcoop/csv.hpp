#pragma once
/// @file csv.hpp
/// @brief CSV tables of records (RFC 4180) for pandas, R and spreadsheets. Dependency-free.
///
/// One row per record; nested structures are flattened into dotted columns
/// (`value.bound`, `value.period.from`), so bounds, units and partial dates each have their
/// own column. Lists of scalars are joined with `|`; lists of structures (citations, status
/// history, ...) are one JSON array per cell. Dates are "YYYY", "YYYY-MM" or "YYYY-MM-DD".
/// Rows end in CRLF; fields with a comma, quote or line break are quoted.

#include "regcoop/dataset.hpp"
#include "regcoop/detail/text.hpp"
#include "regcoop/detail/walk.hpp"
#include "regcoop/enum.hpp"

#include <boost/describe/members.hpp>

#include <ostream>
#include <sstream>
#include <ranges>
#include <string>
#include <vector>

namespace regcoop {

namespace detail::csv {

template <class T>
inline constexpr bool is_struct_v = !is_leaf_v<T> && !is_vector_v<T> && !is_optional_v<T>;

template <class T>
void json_of(std::string& out, const T& v);

template <class T>
void scalar_text(std::string& out, const T& v) {
  if constexpr (is_id_v<T>) out += v.value;
  else if constexpr (std::is_same_v<T, partial_date>) out += v.to_string();
  else if constexpr (std::is_same_v<T, std::string>) out += v;
  else if constexpr (std::is_enum_v<T>) out += to_string(v);
  else if constexpr (std::is_same_v<T, bool>) out += v ? "true" : "false";
  else if constexpr (std::is_integral_v<T>) out += std::to_string(v);
  else if constexpr (std::is_floating_point_v<T>) append_double(out, static_cast<double>(v));
}

// Compact JSON of a value (for list-of-structure cells).
template <class T>
void json_of(std::string& out, const T& v) {
  if constexpr (is_optional_v<T>) {
    if (v) json_of(out, *v);
    else out += "null";
  } else if constexpr (is_vector_v<T>) {
    out += '[';
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) out += ',';
      json_of(out, v[i]);
    }
    out += ']';
  } else if constexpr (is_struct_v<T>) {
    out += '{';
    bool first = true;
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto d) {
      if (!first) out += ',';
      first = false;
      append_json_string(out, d.name);
      out += ':';
      json_of(out, v.*d.pointer);
    });
    out += '}';
  } else if constexpr (std::is_arithmetic_v<T> && !std::is_same_v<T, bool>) {
    scalar_text(out, v);
  } else if constexpr (std::is_same_v<T, bool>) {
    out += v ? "true" : "false";
  } else {
    std::string s;
    scalar_text(s, v);
    append_json_string(out, s);
  }
}

// Column names of a type, flattened.
template <class T>
void columns(const std::string& prefix, std::vector<std::string>& out) {
  if constexpr (is_optional_v<T>) {
    columns<typename T::value_type>(prefix, out);
  } else if constexpr (is_struct_v<T>) {
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto d) {
      columns<std::remove_cvref_t<decltype(std::declval<T>().*d.pointer)>>(prefix.empty() ? d.name : prefix + "." + d.name, out);
    });
  } else {
    out.push_back(prefix);
  }
}

// Cells of a value, in the order of `columns`.
template <class T>
void cells(const T& v, std::vector<std::string>& out) {
  if constexpr (is_optional_v<T>) {
    if (v) {
      cells(*v, out);
    } else {
      std::vector<std::string> cols;
      columns<typename T::value_type>("x", cols);
      out.insert(out.end(), cols.size(), std::string());
    }
  } else if constexpr (is_struct_v<T>) {
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
        [&](auto d) { cells(v.*d.pointer, out); });
  } else if constexpr (is_vector_v<T>) {
    std::string s;
    if constexpr (is_struct_v<typename T::value_type>) {
      if (!v.empty()) json_of(s, v);
    } else {
      for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) s += '|';
        scalar_text(s, v[i]);
      }
    }
    out.push_back(std::move(s));
  } else {
    std::string s;
    scalar_text(s, v);
    out.push_back(std::move(s));
  }
}

inline void write_row(std::ostream& os, const std::vector<std::string>& row) {
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (i) os << ',';
    const auto& f = row[i];
    if (f.find_first_of(",\"\r\n") == std::string::npos) {
      os << f;
    } else {
      os << '"';
      for (char c : f) {
        if (c == '"') os << '"';
        os << c;
      }
      os << '"';
    }
  }
  os << "\r\n";
}

}  // namespace detail::csv

/// The CSV column names of record kind (or any described struct) `R`. O(fields).
template <class R>
[[nodiscard]] std::vector<std::string> csv_columns() {
  std::vector<std::string> out;
  detail::csv::columns<R>("", out);
  return out;
}

/// Writes the records of `rows` (a dataset table, a `select` view, a vector) as CSV with a
/// header row. O(total size of the records); throws what the stream throws.
template <std::ranges::input_range Range>
void write_csv(std::ostream& os, Range&& rows) {
  using R = std::remove_cvref_t<std::ranges::range_reference_t<Range>>;
  detail::csv::write_row(os, csv_columns<R>());
  std::vector<std::string> row;
  for (const auto& r : rows) {
    row.clear();
    detail::csv::cells(r, row);
    detail::csv::write_row(os, row);
  }
}

/// The records of kind `R` of a dataset as CSV text. O(size of the table).
template <record R>
[[nodiscard]] std::string to_csv(const dataset& ds) {
  std::ostringstream os;
  write_csv(os, ds.all<R>());
  return os.str();
}

}  // namespace regcoop
