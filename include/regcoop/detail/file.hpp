#pragma once
/// @file detail/file.hpp
/// @brief Whole-file reading shared by the readers (JSON, GeoJSON, mappings, scenarios, CSV).

#include "regcoop/error.hpp"

#include <filesystem>
#include <fstream>
#include <string>

namespace regcoop::detail {

// Reads a whole file into `out`, sized once (no growing copies). False when it cannot be
// opened or read.
inline bool read_file(const std::filesystem::path& path, std::string& out) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return false;
  const auto size = in.tellg();
  if (size < 0) return false;
  out.resize(static_cast<std::size_t>(size));
  in.seekg(0);
  return static_cast<bool>(in.read(out.data(), static_cast<std::streamsize>(out.size())));
}

// The text of a whole file. @throws regcoop::error (`io_error`, field `where`, `message`)
// when it cannot be read.
inline std::string file_text(const std::filesystem::path& path, const std::string& where, const std::string& message) {
  std::string text;
  if (!read_file(path, text)) throw error(errc::io_error, "", where, message);
  return text;
}

}  // namespace regcoop::detail
