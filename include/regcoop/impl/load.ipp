#pragma once
/// @file impl/load.ipp
/// @brief Definitions of `load_source` declared in `regcoop/io/load.hpp`.
/// Included by that header in header-only mode and by `regcoop/src.hpp` under
/// REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/io/load.hpp"

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

REGCOOP_DECL dataset load_source(std::string_view source) {
  if (auto builtin = data::builtin(source)) return std::move(*builtin);
  const std::filesystem::path path{std::string(source)};
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    std::string message = "cannot open the file '";
    message += source;
    message += "': it does not exist, nor is it an embedded dataset (";
    message += detail::joined(data::builtin_names);
    message += ')';
    throw error(errc::io_error, "", "", message);
  }
  if (std::filesystem::is_directory(path, ec)) return load_csv_folder(path);
  if (path.extension() == ".geojson") return load_geojson(path);
  return load_json(path);
}

}  // namespace regcoop


REGCOOP_STRING_WARNINGS_END
