#pragma once
/// @file detail/file.hpp
/// @brief Whole-file reading shared by the readers (JSON, GeoJSON, mappings, scenarios, CSV):
/// every way a path can fail to be a readable file (missing, a folder, unreadable, empty)
/// becomes one `problem` naming the path.

#include "regcoop/config.hpp"
#include "regcoop/model/error.hpp"

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop::detail {

// "'<path>'": how messages name a file.
inline std::string quoted_path(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

// Why `path` cannot be read as a file, or nothing when it can: it does not exist, it is a
// folder, it cannot be opened (permissions), or, unless `allow_empty`, it is a regular file
// of 0 bytes. The problem is `io_error` (`parse_error` for an empty file) with field `where`
// (the path when empty) and a message naming the path. O(1) system calls; opens the file
// a regular file once to check it can be read.
inline std::optional<problem> file_problem(const std::filesystem::path& path, const std::string& where = {},
                                           bool allow_empty = false) {
  const std::string place = where.empty() ? path.string() : where;
  const auto fail = [&](errc c, std::string msg) { return std::optional<problem>(problem{c, "", place, std::move(msg)}); };
  std::error_code ec;
  const auto st = std::filesystem::status(path, ec);
  if (st.type() == std::filesystem::file_type::not_found)
    return fail(errc::io_error, "cannot open the file " + quoted_path(path) + ": it does not exist");
  if (st.type() == std::filesystem::file_type::directory)
    return fail(errc::io_error, quoted_path(path) + " is a folder, not a file");
  if (ec) return fail(errc::io_error, "cannot open the file " + quoted_path(path) + ": " + ec.message());
  if (st.type() != std::filesystem::file_type::regular) return std::nullopt;  // a pipe or device: opened once, when read
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int e = errno;
    return fail(errc::io_error, "cannot open the file " + quoted_path(path) +
                                    (e ? ": " + std::generic_category().message(e) : std::string()));
  }
  if (!allow_empty) {
    // Size 0 and no first byte: a file such as /proc/self/status reports 0 and holds text.
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size == 0 && in.peek() == std::ifstream::traits_type::eof())
      return fail(errc::parse_error, quoted_path(path) + " is empty");
  }
  return std::nullopt;
}

// Reads a whole file into `out`: a regular file sized once (no growing copies), anything
// else that opens (a pipe, a device, a file that reports size 0) read to its end. False when it cannot be opened or
// read, or is a folder (never throws for a folder: `tellg` on one is not an error to rely on).
inline bool read_file(const std::filesystem::path& path, std::string& out) {
  std::error_code ec;
  const auto st = std::filesystem::status(path, ec);
  if (ec || st.type() == std::filesystem::file_type::directory) return false;
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  if (st.type() == std::filesystem::file_type::regular) {
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) return false;
    if (size == 0) {  // empty, or a file that reports no size (/proc): read to its end
      std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
      out = std::move(text);
      return !in.bad();
    }
    out.resize(static_cast<std::size_t>(size));
    if (!in.read(out.data(), static_cast<std::streamsize>(out.size()))) return false;
    out.resize(static_cast<std::size_t>(in.gcount()));
    return true;
  }
  out.clear();
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) out.append(buf, static_cast<std::size_t>(in.gcount()));
  return !in.bad();
}

// The text of a whole file. `where` names the place in problems (the path when empty).
// @throws regcoop::error naming the path: `io_error` when it does not exist, is a folder or
// cannot be opened or read; `parse_error` when it is empty (0 bytes). O(size of the file).
inline std::string file_text(const std::filesystem::path& path, const std::string& where = {}) {
  if (auto p = file_problem(path, where)) throw error(std::vector<problem>{std::move(*p)});
  std::string text;
  if (!read_file(path, text))
    throw error(errc::io_error, "", where.empty() ? path.string() : where, "cannot read the file " + quoted_path(path));
  return text;
}

// The text without a UTF-8 byte order mark at its start (Excel and Windows tools write one;
// RFC 8259 lets a parser ignore it). O(1).
inline std::string_view without_bom(std::string_view text) noexcept {
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  return text;
}

}  // namespace regcoop::detail

REGCOOP_STRING_WARNINGS_END
