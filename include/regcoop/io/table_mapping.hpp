#pragma once
/// @file regcoop/io/table_mapping.hpp
/// @brief Mapping documents: how a foreign CSV table (AidData's GCDF project table, the
/// Correlates of War IGO state-year and IGO-year tables, a spreadsheet) becomes records.
/// `regcoop/io/table_import.hpp` imports tables through them; `data/mapping.schema.json` is
/// their schema (`mapping_schema_text`). Needs Boost.JSON (target `regcoop::json`).
///
/// A mapping names a `source` (the dataset the tables come from; every record read cites
/// it) and, per record kind (its collection name: `projects`, `parties`, ...), a table rule:
/// @code{.json}
/// {
///   "source": {"id": "gcdf-3", "title": "Global Chinese Development Finance Dataset 3.0", "kind": "dataset"},
///   "projects": {
///     "quote": "AidData Record ID {AidData Record ID}",
///     "fields": {
///       "id":     {"template": "gcdf-{AidData Record ID}"},
///       "name":   {"column": "Title"},
///       "hosts":  {"column": "Recipient", "party": true}
///     }
///   }
/// }
/// @endcode
///
/// **Column names** are matched regardless of case (ASCII): `"column": "ccode"` reads a
/// column headed `ccode`, `CCODE` or `CCode`. A header that names one column twice, in any
/// case, is refused.
///
/// A **cell rule** takes its text from exactly one of: a `column`, a constant `value`, a
/// `template` with `{Column}` placeholders, or a `lookup` in another table. Then: `values`
/// maps texts to the model's words (a text mapped to `null` is absent; a text not in the map
/// is an error unless `otherwise` gives the answer or `keep_others: true` keeps it as it is), `party: true` resolves a country name or
/// ISO code to its party id, `registry` resolves a code of the shipped state registry
/// (regcoop/model/states.hpp) in one scheme (`iso_alpha2`, `iso_alpha3`, `iso_numeric`,
/// `iso3166_3`, `cow_number`, `cow_abbreviation`) to the state's party id — a COW number in a
/// spell rule's `member` is read for the row's year (`cow_state(ccode, year)`: 365 is the
/// Soviet Union to 1991 and Russia from 1992) — and the country record is made from the
/// registry entry (id, name, ISO code or COW number); `year: true` reads "2014" or "2014.0"
/// as the year 2014, `date_format` reads `MM/DD/YYYY`, `DD/MM/YYYY` or `DD.MM.YYYY`, `split`
/// cuts a cell into a list. A field that holds a list of structures (`figures`,
/// `status_history`, ...) takes a list of **items**: each is made from its `fields` when its
/// `when` column is not empty (always when `when` is absent).
///
/// **Several tables.** `"tables"` names the tables of one import and how each file is
/// recognised: by the columns its header holds (any case), not by its place on the command
/// line. `{"state_year": {"columns": ["ccode", "year", "state"]}, "igo_year": {"columns":
/// ["ioname", "orgname", "sdate"], "optional": true}}`: a file whose header holds all of a
/// table's columns is that table; a file that fits none or two of them, a table given twice
/// and a table that is not optional but missing are refused. A table rule reads the table it
/// names in `"table"` (the only one when one is declared). A **lookup** reads another table:
/// `{"lookup": {"table": "igo_year", "match": {"ioname": "{igo}"}, "give": "longorgname",
/// "else": "{igo}"}}` is the `longorgname` cell of the first row of `igo_year` whose `ioname`
/// equals this row's `igo` (keys compare regardless of case), or the `else` template when no
/// row matches or the optional table was not given (absent without `else`).
///
/// **Several rows → one record** (parties): `unpivot` turns a wide table (one column per
/// organisation) into rows of (`name`, `value`) — the wide columns are its `columns`, or
/// every column but those listed in `except`; `group_by` makes one record per distinct value
/// of a column (its fields from the group's first row); `members` collapses year rows into
/// membership spells: consecutive years of one member in one role form one spell from its
/// first to its last year (year-precision dates), left open after the table's last year only
/// when `open_at_end` is true. The `role` rule's values may name, besides a role and `null`
/// (not a member that year), two words: `"unknown"` — the source does not know (COW's −9):
/// the years form a spell with `status_unknown: true` that answers *possibly* on every day —
/// and `"skip"` — no evidence (COW's −1, the organisation did not exist): the cell is left
/// out and counted. A member mapped to `null` leaves its row out, counted. Years a table has
/// no row for a member (under any code that names it) between its first and last rows are
/// no evidence either way: between two years in which the member held a role or an unknown
/// status they form `status_unknown` spells where the organisation existed that year (a cell
/// of that year other than `"skip"`); next to a year of no membership, and before a member's
/// first row or after its last, they produce nothing. Two rows naming one member in one year through different codes (COW 255 and 260
/// both → DE in 1990) count once, with the stronger status (a role before `unknown` before
/// not a member; full before associate before observer); the same code twice is refused.
/// A spell rule's `note` (a rule reading the organisation's column and the year, e.g. a
/// lookup in the IGO-year table) is added to the citation of each spell that begins before
/// `note_before` (every spell without it).
///
/// A document may carry a `"$comment"` (text for people; ignored). Every problem of the
/// mapping (with its JSON pointer) is reported at once.

#include "regcoop/config.hpp"
#include "regcoop/model/source.hpp"
#include "regcoop/detail/state_types.hpp"  // code_scheme

#include <cctype>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

/// The role-map word for "the source does not know" (a `status_unknown` spell).
inline constexpr std::string_view role_word_unknown = "unknown";
/// The role-map word for "no evidence: leave the cell out" (counted, no spell).
inline constexpr std::string_view role_word_skip = "skip";

/// A look-up in another table of the import: the `give` cell of the first row whose `match`
/// columns equal the templates' texts on this row (any case).
struct lookup_rule {
  std::string table{};                                     ///< the declared table to look in
  std::vector<std::pair<std::string, std::string>> match{};  ///< its column → template over this row
  std::string give{};                                      ///< the column whose cell is the text
  std::optional<std::string> otherwise{};                  ///< template used when no row matches (`else`)
};

/// How one field's text is made from a row. See the file comment for the keys.
struct cell_rule {
  /// Where the text comes from.
  enum class origin { column, value, template_text, lookup };
  origin from = origin::column;              ///< column, constant, template or look-up
  std::string text{};                        ///< the column name, the constant or the template
  lookup_rule lookup{};                      ///< the look-up (origin::lookup)
  bool has_values = false;                   ///< whether `values` was given
  std::map<std::string, std::optional<std::string>, std::less<>> values{};  ///< text → model word (nullopt: absent)
  std::optional<std::optional<std::string>> otherwise{};  ///< the answer for a text not in `values`
  bool keep_others = false;                  ///< a text not in `values` is kept as it is
  bool party = false;                        ///< resolve a country name or code to a party id
  std::optional<code_scheme> registry{};     ///< resolve a code of the state registry in this scheme
  bool year = false;                         ///< read a number as a year
  std::string date_format{};                 ///< MM/DD/YYYY, DD/MM/YYYY or DD.MM.YYYY; empty: ISO
  std::string split{};                       ///< cut the text into a list at this separator
  std::string pointer{};                     ///< where the rule is in the mapping document
};

/// One item of a list-of-structures field, made when its `when` column is not empty.
struct item_rule {
  std::string when{};                                       ///< a column; empty: always
  std::vector<std::pair<std::string, cell_rule>> fields{};  ///< sub-field → rule
  std::string pointer{};                                    ///< where in the mapping document
};

/// How the membership spells of a grouped organisation are made from year rows.
struct spell_rule {
  cell_rule member{};                 ///< the member (a party id; `party` or `registry` for countries)
  cell_rule role{};                   ///< the role: a `membership_role` name, null, "unknown" or "skip"
  cell_rule year{};                   ///< the year of the row
  bool open_at_end = false;           ///< spells running in the table's last year stay open
  std::optional<cell_rule> note{};    ///< added to the citation of a spell (reads the organisation and year)
  std::optional<int> note_before{};   ///< only for spells that begin before this year
  std::string pointer{};              ///< where in the mapping document
};

/// A wide table turned into long rows: each wide column becomes a row with the column's
/// name in `name` and its cell in `value`. The wide columns are `columns`, or every column
/// but `except` when `all_except` is set.
struct unpivot_rule {
  std::vector<std::string> columns{};  ///< the wide columns (or, with all_except, the kept ones)
  bool all_except = false;             ///< `columns` lists the columns that are not wide
  std::string name = "name";           ///< the new column holding the wide column's name
  std::string value = "value";         ///< the new column holding its cell
  std::string pointer{};               ///< where in the mapping document
};

/// The rules of one record kind.
struct table_rule {
  std::string kind{};                                         ///< the collection name, e.g. "projects"
  std::string table{};                                        ///< the declared table it reads; empty: the only one
  std::vector<std::pair<std::string, cell_rule>> fields{};    ///< scalar and list-of-scalar fields
  std::vector<std::pair<std::string, std::vector<item_rule>>> lists{};  ///< list-of-structures fields
  std::string quote{};                                        ///< the citation quote template; empty: "FILE row N"
  std::optional<unpivot_rule> unpivot{};                      ///< a wide table
  std::string group_by{};                                     ///< several rows → one record
  std::optional<spell_rule> members{};                        ///< membership spells (parties)
  std::string pointer{};                                      ///< where in the mapping document
};

/// One table of an import, recognised by the columns its header holds.
struct table_declaration {
  std::string name{};                  ///< how rules and look-ups name it
  std::vector<std::string> columns{};  ///< a file whose header holds all of them (any case) is this table
  bool optional = false;               ///< the import goes on without it (look-ups give their `else`)
  std::string pointer{};               ///< where in the mapping document
};

/// A mapping document: the source every imported record cites, its tables and one rule per kind.
struct table_mapping {
  regcoop::source source{};                      ///< the dataset the tables come from
  std::vector<table_declaration> declared{};     ///< the `tables` member; empty: one table
  std::vector<table_rule> tables{};              ///< one rule per record kind, in document order
  std::string file{};                            ///< the document's name, for problems

  /// The rule of `kind`, or nullptr. O(kinds).
  [[nodiscard]] const table_rule* find(std::string_view kind) const noexcept {
    for (const auto& t : tables)
      if (t.kind == kind) return &t;
    return nullptr;
  }
  /// The declared table called `name`, or nullptr. O(tables).
  [[nodiscard]] const table_declaration* find_table(std::string_view name) const noexcept {
    for (const auto& t : declared)
      if (t.name == name) return &t;
    return nullptr;
  }
};

namespace detail::table_in {

// ASCII case-insensitive equality (header names, look-up keys).
inline bool same_text(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
    if (x != y && !(x < 128 && y < 128 && std::tolower(x) == std::tolower(y))) return false;
  }
  return true;
}

}  // namespace detail::table_in

/// Reads a mapping document (see the file comment). `file` names it in problems. A document
/// with `"extends": "base.json"` is the base document (read from `base_dir`) with the
/// derived document's top-level members put in place of the base's (e.g. another `source`
/// for the same rules); only `load_mapping` and a given `base_dir` can follow it.
/// @throws regcoop::error listing every problem with its JSON pointer (`file#/projects/fields/x`):
/// unknown kinds, fields, sub-fields, keys, tables and code schemes, wrong types, rules
/// without one text origin, a missing `source` or `id` rule. O(size of the document).
[[nodiscard]] REGCOOP_DECL table_mapping mapping_from_json(std::string_view text, const std::string& file = "mapping.json",
                                                           const std::optional<std::filesystem::path>& base_dir = std::nullopt);

/// Reads a mapping document from a file (a byte order mark at its start is skipped); problems
/// name it by `path` as given (`maps/gcdf.json#/projects/fields/id`).
/// @throws regcoop::error naming the file: `io_error` when it does not exist, is a folder or
/// cannot be read, `parse_error` when it is empty; otherwise as `mapping_from_json`.
/// O(size of the file).
[[nodiscard]] REGCOOP_DECL table_mapping load_mapping(const std::filesystem::path& path);

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/table_mapping.ipp"
#endif
