#pragma once
/// @file regcoop/io/import_summary.hpp
/// @brief The inputs and the counts of a table import (regcoop/io/table_import.hpp).

#include "regcoop/config.hpp"
#include "regcoop/dataset/dataset.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

/// One table file of an import: its name (for problems) and its text (kept by the caller
/// for the duration of the import).
struct table_input {
  std::string file{};      ///< how problems name it
  std::string_view text{};  ///< the CSV text
};

/// What one table gave: its rows, and what became of its cells.
struct table_summary {
  std::string file{};              ///< the file
  std::string table{};             ///< the declared table it was recognised as ("" without `tables`)
  bool looked_up = false;          ///< read only for look-ups
  std::size_t rows = 0;            ///< data rows read
  std::size_t rows_left_out = 0;   ///< rows whose member the mapping maps to null
  std::size_t cells = 0;           ///< cells (of the wide columns, for a wide table)
  std::size_t in_role = 0;         ///< cells that put a member in a role
  std::size_t not_member = 0;      ///< cells that say "not a member"
  std::size_t unknown = 0;         ///< cells that say "the source does not know"
  std::size_t skipped = 0;         ///< cells the role map calls "skip" (left out)
  std::size_t cells_left_out = 0;  ///< cells of left-out rows or members
};

/// What an import gave: per table its counts; records, spells and countries made.
struct import_summary {
  std::vector<table_summary> tables{};  ///< in the order read
  std::size_t records = 0;              ///< records read from rows (countries not counted)
  std::size_t countries = 0;            ///< country records made from the registry or ISO names
  std::size_t spells = 0;               ///< membership spells made
  std::size_t unknown_spells = 0;       ///< of them, `status_unknown`
  std::size_t gap_years = 0;            ///< member-years with no row, made unknown
  std::size_t merged = 0;               ///< cells of one member and year given twice by different codes, counted once

  /// One line for people (the CLI prints it on standard error), e.g.
  /// `import: sy.csv (state_year): 15557 rows, 8307438 cells: 539k in a role, ...`. O(tables).
  [[nodiscard]] std::string line() const {
    std::string out = "import:";
    for (const auto& t : tables) {
      out += " " + t.file + (t.table.empty() ? "" : " (" + t.table + ")") + ": " + std::to_string(t.rows) + " rows";
      if (t.looked_up) {
        out += " looked up;";
        continue;
      }
      if (t.rows_left_out) out += " (" + std::to_string(t.rows_left_out) + " left out)";
      if (t.in_role + t.not_member + t.unknown + t.skipped + t.cells_left_out)
        out += ", " + std::to_string(t.cells) + " cells: " + std::to_string(t.in_role) + " in a role, " + std::to_string(t.not_member) +
               " not a member, " + std::to_string(t.unknown) + " unknown, " + std::to_string(t.skipped) + " skipped, " +
               std::to_string(t.cells_left_out) + " left out";
      out += ";";
    }
    out += " " + std::to_string(records) + " records, " + std::to_string(countries) + " countries, " + std::to_string(spells) + " spells (" +
           std::to_string(unknown_spells) + " status unknown, from " + std::to_string(gap_years) + " years without a row), " +
           std::to_string(merged) + " cells merged";
    return out;
  }
};

/// An imported dataset and what the import counted.
struct import_result {
  dataset data{};          ///< the validated dataset
  import_summary summary{};  ///< the counts
};

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END
