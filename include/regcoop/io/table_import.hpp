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
#include "regcoop/io/import_summary.hpp"
#include "regcoop/io/mapping_schema.hpp"
#include "regcoop/io/table_mapping.hpp"
#include "regcoop/model/records.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

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
