#pragma once
/// @file regcoop/detail/country_types.hpp
/// @brief `country_info`, the row type of the ISO 3166-1 registry: a program includes it
/// through `regcoop/model/country.hpp`, whose generated table (`detail/country_table.hpp`) is
/// written in this type.

#include "regcoop/config.hpp"

#include <cstdint>
#include <string_view>

namespace regcoop {

/// One ISO 3166-1 entry. Source: ISO 3166-1 as shipped by Debian's iso-codes package,
/// plus well-known aliases and the landlocked flags (see tools/gen_countries.py).
struct country_info {
  std::string_view alpha2;         ///< two-letter code, e.g. "KZ"
  std::string_view alpha3;         ///< three-letter code, e.g. "KAZ"
  std::uint16_t numeric = 0;       ///< numeric code, e.g. 398
  std::string_view name;           ///< ISO English short name, e.g. "Kazakhstan"
  std::string_view common_name;    ///< common name where ISO gives one ("Bolivia"), else empty
  std::string_view official_name;  ///< official name where ISO gives one, else empty
  std::string_view aliases;        ///< other names, separated by '|'
  bool landlocked = false;         ///< no coast on the open sea (Caspian states count as landlocked)
  bool doubly_landlocked = false;  ///< landlocked and bordered only by landlocked states

  /// The name to show people: `common_name` where ISO gives one, else `name`. O(1).
  [[nodiscard]] constexpr std::string_view display_name() const noexcept {
    return common_name.empty() ? name : common_name;
  }
};

}  // namespace regcoop
