#pragma once
/// @file src.hpp
/// @brief The one translation unit of regcoop's separate compilation.
///
/// With `REGCOOP_SEPARATE_COMPILATION` defined for the whole program, the headers declare the
/// heavy parts of the library and this file defines them; include it in exactly one source
/// file (the CMake target `regcoop::compiled` is that file, `src/regcoop.cpp`):
///
/// @code
/// // regcoop.cpp, compiled with -DREGCOOP_SEPARATE_COMPILATION like every other file
/// #include <regcoop/src.hpp>
/// @endcode
///
/// It holds: the validator and index builders (`dataset_builder::check`, `build`,
/// `try_build`, instantiated for the dataset's storage), the two embedded datasets, the
/// readers and writers (JSON, so it needs Boost.JSON; CSV folders, GeoJSON networks, mappings
/// and foreign tables, `load_source`), `merge` and `extend`, and the routing network.

#include "regcoop/config.hpp"

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#error "regcoop/src.hpp is for separate compilation: define REGCOOP_SEPARATE_COMPILATION for every file of the program (or link regcoop::compiled), or drop this file and use regcoop header-only"
#else

#include "regcoop/dataset/dataset.hpp"
#include "regcoop/model/records.hpp"
#include "regcoop/impl/china_central_asia.ipp"
#include "regcoop/impl/dataset.ipp"
#include "regcoop/impl/diff.ipp"
#include "regcoop/impl/csv.ipp"
#include "regcoop/impl/csv_read.ipp"
#include "regcoop/impl/dyads.ipp"
#include "regcoop/impl/error.ipp"
#include "regcoop/impl/eurasian_organisations.ipp"
#include "regcoop/impl/geojson_read.ipp"
#include "regcoop/impl/integrity.ipp"
#include "regcoop/impl/json.ipp"
#include "regcoop/impl/load.ipp"
#include "regcoop/impl/lookup.ipp"
#include "regcoop/impl/mapping_schema.ipp"
#include "regcoop/impl/membership_rules.ipp"
#include "regcoop/impl/memberships.ipp"
#include "regcoop/impl/merge.ipp"
#include "regcoop/impl/network.ipp"
#include "regcoop/impl/as_of.ipp"
#include "regcoop/impl/chart.ipp"
#include "regcoop/impl/politics.ipp"
#include "regcoop/impl/query_date.ipp"
#include "regcoop/impl/relations.ipp"
#include "regcoop/impl/scenario.ipp"
#include "regcoop/impl/select.ipp"
#include "regcoop/impl/spells.ipp"
#include "regcoop/impl/scenario_json.ipp"
#include "regcoop/impl/succession.ipp"
#include "regcoop/impl/table_import.ipp"
#include "regcoop/impl/table_mapping.ipp"
#include "regcoop/impl/timeline.ipp"

namespace regcoop {
template bool operator==<dataset>(const dataset&, const dataset&);
template dataset_builder& dataset_builder::add<dataset>(const dataset&);
template std::vector<problem> dataset_builder::check<detail::dataset_store>() const;
template dataset dataset_builder::build<detail::dataset_store>() &&;
template std::optional<dataset> dataset_builder::try_build<detail::dataset_store>(std::vector<problem>&) &&;
template dataset dataset_builder::build<detail::dataset_store>() const&;
}  // namespace regcoop

#endif  // REGCOOP_SEPARATE_COMPILATION
