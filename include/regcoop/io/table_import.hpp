#pragma once
/// @file regcoop/io/table_import.hpp
/// @brief Foreign tables by mapping: CSV files in someone else's shape (AidData's GCDF
/// project table; the Correlates of War IGO state-year table with its IGO-year table; a
/// spreadsheet) read into records through a mapping document (regcoop/io/table_mapping.hpp
/// describes the language; `data/mapping.schema.json` is its schema). Needs Boost.JSON
/// (target `regcoop::json`). `regcoop import --map MAP.json FILE.csv...` is the same from
/// the command line.
///
/// Tables are streamed: each row is read, used and forgotten (cells are views into the
/// text, never owned copies); a wide table's year rows are kept only as 12-byte
/// observations until its spells are made. What a mapping leaves out — rows whose member
/// it maps to `null`, cells its role map calls `"skip"` — is counted in the summary
/// (`import_summary::line`), not reported as a problem.
///
/// Every problem of the mapping against the tables (with the mapping's JSON pointer), of the
/// files (a file no declared table fits, a table given twice or missing) and of each cell
/// (`file:row:column (table column → field)`) is reported at once; the result is validated
/// like any dataset. Nothing half-imported is returned.

#include "regcoop/config.hpp"
#include "regcoop/detail/table_rows.hpp"
#include "regcoop/io/import_summary.hpp"
#include "regcoop/io/mapping_schema.hpp"
#include "regcoop/io/table_mapping.hpp"

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

namespace detail::table_in {

// The header of a text (its first row), trimmed.
REGCOOP_DECL std::vector<std::string> header_of(std::string_view text);

REGCOOP_DECL bool fits(const table_declaration& d, const std::vector<std::string>& head);

// Which input is which declared table (nullptr: not given); problems for files that fit
// none or several, tables given twice, and missing tables that are not optional.
REGCOOP_DECL std::vector<const table_input*> assign(const std::vector<table_input>& inputs, const table_mapping& map, std::vector<problem>& probs);

REGCOOP_DECL std::vector<const table_rule*> rules_of(const table_mapping& map, std::string_view kind);

// The input a rule reads (nullptr: an optional table not given).
REGCOOP_DECL const table_input* input_of(const table_rule& r, const table_mapping& map, const std::vector<const table_input*>& at);

// A country record made from the state registry's entry: its id is its ISO code (alpha-2,
// or ISO 3166-3 alpha-4), except for a COW-only state ("COW-BAD"), which has its COW number.
REGCOOP_DECL party state_party(const state_info& s);

// The country records of the states and countries the rules resolved (not those the
// tables hold themselves); a problem when another record of the tables has the id.
REGCOOP_DECL void add_countries(const table_mapping& map, const std::set<std::string>& countries,
                          const std::map<std::string, const state_info*, std::less<>>& states, const std::set<std::string>& parties,
                          const std::set<std::string>& others, dataset_builder& b, import_summary& sum, std::vector<problem>& probs);

// Reads the look-up tables, then each rule's table; returns the unvalidated parts.
REGCOOP_DECL void import_into(const std::vector<table_input>& inputs, const table_mapping& map, std::string_view kind, dataset_builder& b,
                        import_summary& sum, std::vector<problem>& probs);
}  // namespace detail::table_in

/// Imports CSV tables through `map`: each file is recognised as one of the mapping's
/// declared tables by its header (a mapping without `tables` reads one file), the look-up
/// tables are indexed, and each table rule (only `kind`'s when given) reads its table row by
/// row. Returns a validated dataset — the mapping's source, a country record for each
/// country the rules resolved (from the state registry or the ISO list), the records read,
/// each citing the source — and the import's counts.
/// @throws regcoop::error listing every problem: of the files (a header no table fits or
/// several fit, a table given twice, a missing table), of the rules against the headers
/// (with the mapping's JSON pointer), of each cell (`file:row:column (table column →
/// field)`: a text not in a value map, an unknown country or registry code, a bad year,
/// date or number, a repeated member-year), and of validation (record and field); an
/// unknown `kind`. O(size of the tables + observations × log) time; memory: the look-up
/// columns, 12 bytes per kept year observation, the records.
[[nodiscard]] REGCOOP_DECL import_result import_tables(const std::vector<table_input>& inputs, const table_mapping& map, std::string_view kind = {});

/// Imports one CSV table through `map` (see `import_tables`): `kind` names the rule (empty:
/// every rule). @throws regcoop::error as `import_tables`. O(size of the table × rules).
[[nodiscard]] REGCOOP_DECL dataset import_table(std::string_view csv, const table_mapping& map, std::string_view kind = {},
                                          const std::string& file = "table.csv");

/// Imports CSV files through `map` (see `import_tables`); problems name each file by its
/// path as given (`tables/gcdf.csv:2:12 (Status → status) (projects/gcdf-1)`).
/// @throws regcoop::error naming the file: `io_error` when one does not exist, is a folder
/// or cannot be read, `parse_error` when it is empty; otherwise as `import_tables`.
/// O(size of the files).
[[nodiscard]] REGCOOP_DECL import_result import_table_files(const std::vector<std::filesystem::path>& files, const table_mapping& map,
                                                      std::string_view kind = {});

/// Imports one CSV file through `map` (see `import_table_files`). O(size of the file).
[[nodiscard]] REGCOOP_DECL dataset import_table_file(const std::filesystem::path& csv, const table_mapping& map, std::string_view kind = {});

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/table_import.ipp"
#endif
