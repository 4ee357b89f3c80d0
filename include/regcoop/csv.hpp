#pragma once
/// @file csv.hpp
/// @brief CSV tables of records (RFC 4180) for pandas, R and spreadsheets. Dependency-free.
///
/// One row per record; nested structures are flattened into dotted columns
/// (`value.bound`, `value.period.from`), so bounds, units and partial dates each have their
/// own column. Lists of scalars are joined with `|` (a JSON array instead when an item holds
/// `|`, is empty or the first begins with `[`); lists of structures (citations, status
/// history, ...) are one JSON array per cell; an absent optional value is an empty cell.
/// `csv_read.hpp` reads these tables back. Dates are "YYYY", "YYYY-MM" or "YYYY-MM-DD".
/// Rows end in CRLF; fields with a comma, quote or line break are quoted.

#include "regcoop/dataset.hpp"
#include "regcoop/detail/json_write.hpp"
#include "regcoop/detail/walk.hpp"

#include <ostream>
#include <sstream>
#include <ranges>
#include <string>
#include <vector>

namespace regcoop {

namespace detail::csv {

// Column names of a type, flattened (optionals and structs into dotted columns).
template <class T>
void columns(const std::string& prefix, std::vector<std::string>& out) {
  constexpr shape s = shape_of<T>;
  if constexpr (s == shape::optional) {
    columns<typename T::value_type>(prefix, out);
  } else if constexpr (s == shape::structure) {
    for_each_member<T>([&](auto d) {
      columns<member_type<T, decltype(d)>>(prefix.empty() ? d.name : prefix + "." + d.name, out);
    });
  } else {
    out.push_back(prefix);
  }
}

// Cells of a value, in the order of `columns`: scalars as their text, lists of scalars
// joined with '|', lists of structures as one JSON array (the shape of json_write.hpp).
template <class T>
void cells(const T& v, std::vector<std::string>& out) {
  constexpr shape s = shape_of<T>;
  if constexpr (s == shape::optional) {
    if (v) {
      cells(*v, out);
    } else {
      std::vector<std::string> cols;
      columns<typename T::value_type>("x", cols);
      out.insert(out.end(), cols.size(), std::string());
    }
  } else if constexpr (s == shape::structure) {
    for_each_member<T>([&](auto d) { cells(v.*d.pointer, out); });
  } else if constexpr (s == shape::list) {
    std::string text;
    if constexpr (!is_scalar(shape_of<typename T::value_type>)) {
      if (!v.empty()) append_json(text, v);
    } else {
      for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) text += '|';
        append_scalar(text, v[i]);
      }
      // Items that '|'-joining cannot carry (holding '|', empty, or a first item starting with
      // '[') make the cell a JSON array instead, so that reading it back is exact.
      bool plain = true;
      for (std::size_t i = 0; i < v.size() && plain; ++i) {
        const std::string item = scalar_text(v[i]);
        plain = !item.empty() && item.find('|') == std::string::npos && !(i == 0 && item.front() == '[');
      }
      if (!plain) {
        text.clear();
        append_json(text, v);
      }
    }
    out.push_back(std::move(text));
  } else {
    out.push_back(scalar_text(v));
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
