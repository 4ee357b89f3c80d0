#pragma once
/// @file regcoop/model/states.hpp
/// @brief The state registry: every state a country party can be — current ISO 3166-1
/// countries, former ones (ISO 3166-3), Kosovo (user-assigned "XK") and the states of the
/// Correlates of War (COW) state system that have no ISO code — with their codes in every
/// scheme, dated COW numbers, confirmed existence dates and successors (docs/states.md).
///
/// Codes collide between schemes (ISO numeric 705 is Slovenia, COW 705 is Kazakhstan) and
/// within ISO's history ("CS" was Czechoslovakia and later Serbia and Montenegro). A look-up
/// never guesses: a bare number is ISO numeric, a scheme prefix (`cow:705`, `cow:KZK`,
/// `iso:705`, `iso3166-3:SUHH`) or a `code_scheme` argument names the scheme, and a code
/// that means two former states answers nothing.
/// @code
/// static_assert(regcoop::find_state("cow:705")->id == "KZ");
/// static_assert(regcoop::find_state("705")->id == "SI");
/// static_assert(regcoop::cow_state(365, 1980)->id == "SU");
/// @endcode

#include "regcoop/model/country.hpp"
#include "regcoop/detail/state_types.hpp"  // code_scheme, state_info, cow_meaning, cow_system_spell
#include "regcoop/detail/state_table.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace regcoop {

namespace detail {

inline constexpr std::size_t no_state = static_cast<std::size_t>(-1);

constexpr bool all_letters(std::string_view s) noexcept {
  for (char c : s)
    if (letter(c) < 0) return false;
  return !s.empty();
}

constexpr int small_number(std::string_view s) noexcept {  // 1-4 digits, else -1
  if (s.empty() || s.size() > 4) return -1;
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

// The entry whose ISO code (field `f`) is `key`: a current one (or XK) first, else the only
// former one; none when two former states shared it ("CS").
template <class F>
constexpr std::size_t state_by_iso(F f, bool former_only) noexcept {
  std::size_t former = no_state;
  int formers = 0;
  for (std::size_t i = 0; i < state_infos.size(); ++i) {
    if (!f(state_infos[i])) continue;
    if (!state_infos[i].former) {
      if (!former_only) return i;
      continue;
    }
    if (formers++ == 0) former = i;
  }
  return formers == 1 ? former : no_state;
}

// The COW meaning of `key` that lasts longest (its meaning today, or its last).
template <class F>
constexpr std::size_t latest_cow(F f) noexcept {
  std::size_t best = no_state;
  for (std::size_t i = 0; i < cow_meanings.size(); ++i)
    if (f(cow_meanings[i]) && (best == no_state || cow_meanings[i].last_year > cow_meanings[best].last_year)) best = i;
  return best;
}

constexpr std::size_t index_of(const state_info* s) noexcept {
  for (std::size_t i = 0; i < state_infos.size(); ++i)
    if (&state_infos[i] == s) return i;
  return no_state;
}

constexpr std::size_t state_index(std::string_view code, code_scheme scheme) noexcept {
  switch (scheme) {
    case code_scheme::iso_alpha2:
      if (code.size() != 2 || !all_letters(code)) return no_state;
      return state_by_iso([&](const state_info& s) { return iequals(s.alpha2, code); }, false);
    case code_scheme::iso_alpha3:
      if (code.size() != 3 || !all_letters(code)) return no_state;
      return state_by_iso([&](const state_info& s) { return iequals(s.alpha3, code); }, false);
    case code_scheme::iso_numeric: {
      const int n = code.size() <= 3 ? small_number(code) : -1;
      if (n <= 0) return no_state;
      return state_by_iso([&](const state_info& s) { return s.numeric == n; }, false);
    }
    case code_scheme::iso3166_3: {
      if (code.size() == 4 && all_letters(code))
        return state_by_iso([&](const state_info& s) { return iequals(s.iso3166_3, code); }, true);
      const int n = code.size() <= 3 ? small_number(code) : -1;
      if (n > 0) return state_by_iso([&](const state_info& s) { return s.former && s.numeric == n; }, true);
      if ((code.size() == 2 || code.size() == 3) && all_letters(code))
        return state_by_iso([&](const state_info& s) {
          return !s.iso3166_3.empty() && (iequals(s.alpha2, code) || iequals(s.alpha3, code));
        }, true);
      return no_state;
    }
    case code_scheme::cow_number: {
      const int n = small_number(code);
      if (n <= 0) return no_state;
      const auto m = latest_cow([&](const cow_meaning& c) { return c.ccode == n; });
      return m == no_state ? no_state : index_of(cow_meanings[m].state);
    }
    case code_scheme::cow_abbreviation: {
      if (code.size() != 3 || !all_letters(code)) return no_state;
      const auto m = latest_cow([&](const cow_meaning& c) { return iequals(c.abbreviation, code); });
      return m == no_state ? no_state : index_of(cow_meanings[m].state);
    }
  }
  return no_state;
}

constexpr bool starts_with_ci(std::string_view s, std::string_view prefix) noexcept {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

/// The code scheme prefixes `find_state(code)` reads, without their colon.
inline constexpr std::array<std::string_view, 3> code_prefixes{"cow", "iso", "iso3166-3"};

constexpr std::size_t state_index(std::string_view code) noexcept {
  if (code.empty()) return no_state;
  if (const auto colon = code.find(':'); colon != std::string_view::npos) {
    const auto rest = code.substr(colon + 1);
    if (starts_with_ci(code, "cow:"))
      return state_index(rest, small_number(rest) >= 0 ? code_scheme::cow_number : code_scheme::cow_abbreviation);
    if (starts_with_ci(code, "iso3166-3:")) return state_index(rest, code_scheme::iso3166_3);
    if (starts_with_ci(code, "iso:")) {
      const auto scheme = small_number(rest) >= 0 ? code_scheme::iso_numeric
                          : rest.size() == 2      ? code_scheme::iso_alpha2
                                                  : code_scheme::iso_alpha3;
      return state_index(rest, scheme);
    }
    return no_state;  // an unknown scheme: never a guess
  }
  if (small_number(code) >= 0) return state_index(code, code_scheme::iso_numeric);
  if (all_letters(code)) {
    if (code.size() == 2) return state_index(code, code_scheme::iso_alpha2);
    if (code.size() == 3) {
      const auto i = state_index(code, code_scheme::iso_alpha3);
      if (i != no_state) return i;
    }
    if (code.size() == 4) {
      const auto i = state_index(code, code_scheme::iso3166_3);
      if (i != no_state) return i;
    }
  }
  for (std::size_t i = 0; i < state_infos.size(); ++i)
    if (iequals(state_infos[i].id, code)) return i;
  // Names: the ISO 3166-1 registry's names and aliases, then the registry's, then COW's.
  if (const auto c = country_index(code); c != no_country)
    return state_index(country_infos[c].alpha2, code_scheme::iso_alpha2);
  for (std::size_t i = 0; i < state_infos.size(); ++i)
    if (iequals(state_infos[i].name, code) || alias_matches(state_infos[i].aliases, code)) return i;
  const auto m = latest_cow([&](const cow_meaning& c) { return iequals(c.name, code); });
  return m == no_state ? no_state : index_of(cow_meanings[m].state);
}

}  // namespace detail

/// Every state of the registry: ISO 3166-1 entries (by alpha-2), ISO 3166-3 entries (by
/// alpha-4), Kosovo, then the COW states without an ISO code. O(1); throws nothing.
[[nodiscard]] constexpr std::span<const state_info> all_states() noexcept { return detail::state_infos; }

/// Every dated meaning of a COW state number, by number. O(1); throws nothing.
[[nodiscard]] constexpr std::span<const cow_meaning> cow_numbers() noexcept { return detail::cow_meanings; }

/// The COW State System Membership list v2016, one spell a row, in the list's order.
/// O(1); throws nothing.
[[nodiscard]] constexpr std::span<const cow_system_spell> cow_system_membership() noexcept {
  return detail::cow_spells;
}

/// The state with code `code` in `scheme`, ASCII case-insensitive, or nullptr. ISO codes
/// prefer the current holder; a code only former states had answers only when one state had
/// it ("CS" answers nothing: CSHH or CSXX). `iso3166_3` takes an alpha-4 code or a former
/// state's alpha-2, alpha-3 or numeric code. A COW number or abbreviation answers the state it
/// means last (365: RU, 345: RS, 260: DE); `cow_state` answers by year.
/// O(n) over the registry; throws nothing.
[[nodiscard]] constexpr const state_info* find_state(std::string_view code, code_scheme scheme) noexcept {
  const auto i = detail::state_index(code, scheme);
  return i == detail::no_state ? nullptr : &detail::state_infos[i];
}

/// The state named by `code`: a scheme prefix `cow:` (number or abbreviation: "cow:705",
/// "cow:KZK"), `iso:` (ISO 3166-1 alpha-2, alpha-3 or numeric: "iso:705") or `iso3166-3:`
/// ("iso3166-3:SUHH"); else a bare ISO code — a number is ISO numeric ("705" is Slovenia),
/// two letters alpha-2, three alpha-3, four ISO 3166-3 alpha-4 — a registry id ("COW-BAD",
/// "CSHH"), or a name or alias (the ISO 3166-1 registry's, the registry's, COW's). ASCII
/// case-insensitive; nullptr when nothing matches or the prefix is unknown. A bare three-letter
/// code is never read as a COW abbreviation (COW "AUS" is Austria, ISO "AUS" Australia).
/// O(n) over the registry; throws nothing.
[[nodiscard]] constexpr const state_info* find_state(std::string_view code) noexcept {
  const auto i = detail::state_index(code);
  return i == detail::no_state ? nullptr : &detail::state_infos[i];
}

/// The state COW number `ccode` means in `year` (365: RU to 1921, SU 1922-1991, RU from 1992;
/// see docs/states.md), or nullptr when the number means no state then (before it entered
/// the COW state system, after it left). O(number of COW meanings); throws nothing.
[[nodiscard]] constexpr const state_info* cow_state(int ccode, int year) noexcept {
  for (const auto& m : detail::cow_meanings)
    if (m.ccode == ccode && m.first_year <= year && year <= m.last_year) return m.state;
  return nullptr;
}

/// True when COW number `ccode` means state `s` in some year. O(number of COW meanings).
[[nodiscard]] constexpr bool cow_number_means(int ccode, const state_info& s) noexcept {
  for (const auto& m : detail::cow_meanings)
    if (m.ccode == ccode && m.state == &s) return true;
  return false;
}

}  // namespace regcoop
