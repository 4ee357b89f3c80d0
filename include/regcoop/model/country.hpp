#pragma once
/// @file regcoop/model/country.hpp
/// @brief The compile-time ISO 3166-1 registry: all 249 countries and territories with
/// alpha-2, alpha-3 and numeric codes, English names, common aliases and landlocked flags.
///
/// Every lookup works in constant expressions:
/// @code
/// static_assert(regcoop::find_country("kirghizia")->alpha3 == "KGZ");
/// @endcode

#include "regcoop/config.hpp"
#include "regcoop/detail/country_types.hpp"  // country_info
#include "regcoop/detail/country_table.hpp"  // country_infos, alpha2_index
#include "regcoop/model/error.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

namespace detail {

constexpr char ascii_lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

constexpr bool alias_matches(std::string_view list, std::string_view q) noexcept {
  while (!list.empty()) {
    const auto bar = list.find('|');
    if (iequals(list.substr(0, bar), q)) return true;
    if (bar == std::string_view::npos) break;
    list.remove_prefix(bar + 1);
  }
  return false;
}

constexpr int letter(char c) noexcept {
  c = ascii_lower(c);
  return (c >= 'a' && c <= 'z') ? c - 'a' : -1;
}

constexpr bool all_digits(std::string_view s) noexcept {
  if (s.empty() || s.size() > 3) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace detail

/// All ISO 3166-1 entries, sorted by alpha-2 code. O(1); throws nothing.
[[nodiscard]] constexpr std::span<const country_info> all_countries() noexcept { return detail::country_infos; }

namespace detail {
inline constexpr std::size_t no_country = static_cast<std::size_t>(-1);

constexpr std::size_t country_index(std::uint16_t numeric) noexcept {
  for (std::size_t i = 0; i < country_infos.size(); ++i)
    if (country_infos[i].numeric == numeric) return i;
  return no_country;
}

// Index-based so that no pointer is compared with null in constant evaluation (gcc rejects
// that under -fsanitize=undefined).
constexpr std::size_t country_index(std::string_view key) noexcept {
  if (key.empty()) return no_country;
  if (key.size() == 2 && letter(key[0]) >= 0 && letter(key[1]) >= 0) {
    const std::size_t i = alpha2_index[static_cast<std::size_t>(letter(key[0]) * 26 + letter(key[1]))];
    return i ? i - 1 : no_country;
  }
  if (all_digits(key)) {
    std::uint16_t n = 0;
    for (char c : key) n = static_cast<std::uint16_t>(n * 10 + (c - '0'));
    return country_index(n);
  }
  for (std::size_t i = 0; i < country_infos.size(); ++i)
    if (key.size() == 3 && iequals(country_infos[i].alpha3, key)) return i;
  for (std::size_t i = 0; i < country_infos.size(); ++i) {
    const auto& c = country_infos[i];
    if (iequals(c.name, key) || iequals(c.common_name, key) || iequals(c.official_name, key) ||
        alias_matches(c.aliases, key))
      return i;
  }
  return no_country;
}
}  // namespace detail

/// The entry with this numeric code, or nullptr. O(n) over 249 entries; throws nothing.
[[nodiscard]] constexpr const country_info* find_country(std::uint16_t numeric) noexcept {
  const auto i = detail::country_index(numeric);
  return i == detail::no_country ? nullptr : &detail::country_infos[i];
}

/// The entry named by `key`: an alpha-2 code ("kz"), alpha-3 code ("KAZ"), numeric code
/// ("398"), ISO, common or official name, or alias ("Kirghizia"), ASCII case-insensitive;
/// nullptr when nothing matches. O(1) for alpha-2 codes, O(n) over 249 entries otherwise;
/// usable in constant expressions; throws nothing.
[[nodiscard]] constexpr const country_info* find_country(std::string_view key) noexcept {
  const auto i = detail::country_index(key);
  return i == detail::no_country ? nullptr : &detail::country_infos[i];
}

/// The entry named by `key` (see `find_country`).
/// @throws regcoop::error with `errc::unknown_country` when nothing matches. O(n).
[[nodiscard]] constexpr const country_info& country(std::string_view key) {
  const auto i = detail::country_index(key);
  if (i == detail::no_country)
    throw error(errc::unknown_country, "", "", "'" + std::string(key) + "' is not an ISO 3166-1 code or country name");
  return detail::country_infos[i];
}

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END
