#pragma once
/// @file data/builtin.hpp
/// @brief The embedded datasets by name, for programs that let users choose one
/// (`regcoop --data eurasian-organisations`).

#include "regcoop/model/records.hpp"
#include "regcoop/data/china_central_asia.hpp"
#include "regcoop/data/eurasian_organisations.hpp"

#include <array>
#include <optional>
#include <string_view>

namespace regcoop::data {

/// The names of the embedded datasets: "china-central-asia", "eurasian-organisations".
inline constexpr std::array<std::string_view, 2> builtin_names{"china-central-asia", "eurasian-organisations"};

/// The embedded dataset named `name` (one of `builtin_names`), or nullopt. O(1) after the
/// first call of each; throws nothing but `std::bad_alloc`.
[[nodiscard]] inline std::optional<dataset> builtin(std::string_view name) {
  if (name == builtin_names[0]) return china_central_asia();
  if (name == builtin_names[1]) return eurasian_organisations();
  return std::nullopt;
}

}  // namespace regcoop::data
