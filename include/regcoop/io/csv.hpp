#pragma once
/// @file regcoop/io/csv.hpp
/// @brief CSV tables of records (RFC 4180) for pandas, R and spreadsheets. Dependency-free.
///
/// One row per record; nested structures are flattened into dotted columns
/// (`value.bound`, `value.period.from`), so bounds, units and partial dates each have their
/// own column. The membership spells of organisations are a table of their own,
/// `memberships.csv` (`membership_spell`, one row per spell): the `parties` table of a folder
/// (`to_csv<party>`, `save_csv_folder`) has no `members` column; `write_csv` of a selection of
/// parties keeps every field, the spells as one JSON array per cell. Lists of scalars are joined with `|` (a JSON array instead when an item holds
/// `|`, is empty or the first begins with `[`); lists of structures (citations, status
/// history, ...) are one JSON array per cell; an absent optional value is an empty cell.
/// `csv_read.hpp` reads these tables back. Dates are "YYYY", "YYYY-MM" or "YYYY-MM-DD".
/// Rows end in CRLF; fields with a comma, quote or line break are quoted.

#include "regcoop/dataset/dataset.hpp"
#include "regcoop/detail/json_write.hpp"
#include "regcoop/detail/walk.hpp"
#include "regcoop/model/records.hpp"

#include <algorithm>
#include <optional>
#include <ostream>
#include <sstream>
#include <ranges>
#include <string>
#include <string_view>
#include <type_traits>
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

// Writes one CSV row: fields with a comma, quote or line break quoted (quotes doubled), CRLF.
REGCOOP_DECL void write_row(std::ostream& os, const std::vector<std::string>& row);

// The column of record kind R that a CSV folder keeps in a table of its own ("" for none):
// a party's `members` are the rows of memberships.csv.
template <class R>
constexpr std::string_view own_table_column() noexcept {
  if constexpr (std::is_same_v<R, party>) return "members";
  else return {};
}

}  // namespace detail::csv

/// One row of `memberships.csv`: one spell (`membership`) of one member of one organisation,
/// with the spell's `period` as two columns, `from` and `to`. Columns: organisation, member,
/// role, from, to, continues, reported, status_unknown, citations (a JSON array, as in the
/// other tables); booleans are `true`/`false`, an absent date an empty cell.
struct membership_spell {
  party_id organisation{};                              ///< the organisation or bloc
  party_id member{};                                    ///< the member
  membership_role role = membership_role::full_member;  ///< the role in this spell
  std::optional<partial_date> from{};                   ///< the spell's first day (`period.from`)
  std::optional<partial_date> to{};                     ///< its last day (`period.to`)
  bool continues = false;                               ///< `membership::continues`
  std::optional<partial_date> reported{};               ///< `membership::reported`
  bool status_unknown = false;                          ///< `membership::status_unknown`
  std::vector<citation> citations{};                    ///< `membership::citations`

  /// Field-wise equality. O(size of the row).
  friend bool operator==(const membership_spell&, const membership_spell&) = default;
};
BOOST_DESCRIBE_STRUCT(membership_spell, (), (organisation, member, role, from, to, continues, reported, status_unknown, citations))

/// The row of spell `m` of organisation `org`. O(size of the spell); throws only `std::bad_alloc`.
[[nodiscard]] REGCOOP_DECL membership_spell spell_row(const party_id& org, const membership& m);

/// The spell of row `r` (its organisation left out). O(size of the row); throws only `std::bad_alloc`.
[[nodiscard]] REGCOOP_DECL membership spell_of(const membership_spell& r);

/// Every membership spell of a dataset as rows of `memberships.csv`: parties in dataset
/// order, each party's spells in `members` order. O(number of spells).
[[nodiscard]] REGCOOP_DECL std::vector<membership_spell> membership_spells(const dataset& ds);

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

/// Writes the table of record kind `R` as a CSV folder holds it: as `write_csv`, without
/// the column kept in a table of its own (a party's `members`: see `write_memberships_csv`).
/// O(size of the table); throws what the stream throws.
template <record R>
void write_csv_table(std::ostream& os, const dataset& ds) {
  constexpr std::string_view own = detail::csv::own_table_column<R>();
  if constexpr (own.empty()) {
    write_csv(os, ds.all<R>());
  } else {
    std::vector<std::string> header = csv_columns<R>();
    const auto at = static_cast<std::size_t>(std::find(header.begin(), header.end(), own) - header.begin());
    header.erase(header.begin() + static_cast<std::ptrdiff_t>(at));
    detail::csv::write_row(os, header);
    std::vector<std::string> row;
    for (const auto& r : ds.all<R>()) {
      row.clear();
      detail::csv::cells(r, row);
      row.erase(row.begin() + static_cast<std::ptrdiff_t>(at));
      detail::csv::write_row(os, row);
    }
  }
}

/// Writes `memberships.csv`: the header, then `membership_spells(ds)`, one row per spell.
/// O(number of spells); throws what the stream throws.
REGCOOP_DECL void write_memberships_csv(std::ostream& os, const dataset& ds);

/// The table of record kind `R` of a dataset as CSV text, as a CSV folder holds it
/// (`write_csv_table`: parties without `members`). O(size of the table).
template <record R>
[[nodiscard]] std::string to_csv(const dataset& ds) {
  std::ostringstream os;
  write_csv_table<R>(os, ds);
  return os.str();
}

/// `memberships.csv` as text (`write_memberships_csv`). O(number of spells).
[[nodiscard]] REGCOOP_DECL std::string memberships_to_csv(const dataset& ds);

}  // namespace regcoop

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/csv.ipp"
#endif
