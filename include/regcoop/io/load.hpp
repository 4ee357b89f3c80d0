#pragma once
/// @file regcoop/io/load.hpp
/// @brief One data source by name, as the command line and the Python module read it: an
/// embedded dataset's name, a folder of CSV tables, a GeoJSON network or a JSON dataset file.
/// Needs Boost.JSON (target `regcoop::json`).

#include "regcoop/model/records.hpp"
#include "regcoop/config.hpp"
#include "regcoop/io/csv_read.hpp"
#include "regcoop/data/builtin.hpp"
#include "regcoop/detail/text.hpp"
#include "regcoop/model/error.hpp"
#include "regcoop/io/geojson_read.hpp"
#include "regcoop/io/json.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

/// The dataset `source` names: an embedded dataset (`data::builtin_names`:
/// "china-central-asia", "eurasian-organisations"), else a folder of CSV tables
/// (`load_csv_folder`), a `.geojson` network (`load_geojson`) or a JSON dataset file
/// (`load_json`). An embedded name wins over a file of the same name in the working folder.
/// O(size of the source).
/// @throws regcoop::error (`io_error`) naming `source` when it is neither an embedded name nor
/// an existing path (the message lists the embedded names); the reader's errors otherwise.
[[nodiscard]] REGCOOP_DECL dataset load_source(std::string_view source);

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/load.ipp"
#endif
