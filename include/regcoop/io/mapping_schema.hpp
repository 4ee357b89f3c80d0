#pragma once
/// @file regcoop/io/mapping_schema.hpp
/// @brief The JSON Schema of mapping documents (regcoop/io/table_mapping.hpp), generated from
/// the model, shipped as `data/mapping.schema.json`. Needs Boost.JSON (target `regcoop::json`).

#include "regcoop/config.hpp"

#include <string>

namespace regcoop {

/// The JSON Schema (draft 2020-12) of mapping documents, as canonical text ending in a
/// newline (shipped as `data/mapping.schema.json`): the declared tables, per record kind the
/// fields a rule may fill, per list of structures the sub-fields of an item. What needs the
/// tables (a column, a table name, a value) is the importer's to check. O(size of the model).
[[nodiscard]] REGCOOP_DECL std::string mapping_schema_text();

}  // namespace regcoop

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/mapping_schema.ipp"
#endif
