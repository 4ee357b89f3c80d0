#pragma once
/// @file regcoop/model/enum.hpp
/// @brief Names of the library's enumerators, both ways, generic over Boost.Describe.

#include "regcoop/config.hpp"
#include "regcoop/model/error.hpp"

#include <boost/describe/enum.hpp>
#include <boost/describe/enum_from_string.hpp>
#include <boost/describe/enum_to_string.hpp>
#include <boost/describe/enumerators.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

/// True for the enumerations described with `BOOST_DEFINE_ENUM_CLASS` / `BOOST_DESCRIBE_ENUM`.
template <class E>
concept described_enum = std::is_enum_v<E> && boost::describe::has_describe_enumerators<E>::value;

/// The name of an enumerator, e.g. `to_string(bound::at_least) == "at_least"`;
/// `"(invalid)"` for a value that is no enumerator. O(number of enumerators); throws nothing.
template <described_enum E>
[[nodiscard]] constexpr std::string_view to_string(E e) noexcept {
  return boost::describe::enum_to_string(e, "(invalid)");
}

/// The enumerator named `name` (exact, case-sensitive), or `std::nullopt`.
/// O(number of enumerators); throws nothing.
template <described_enum E>
[[nodiscard]] std::optional<E> try_enum_from_string(std::string_view name) noexcept {
  std::optional<E> out;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
    if (!out && name == d.name) out = d.value;
  });
  return out;
}

/// The names of all enumerators of `E`, comma-separated, in declaration order, e.g.
/// "exact, approx, at_least, at_most, range". O(number of enumerators).
template <described_enum E>
[[nodiscard]] std::string enum_names() {
  std::string out;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
    if (!out.empty()) out += ", ";
    out += d.name;
  });
  return out;
}

/// The enumerator named `name`.
/// @throws regcoop::error with `errc::parse_error` naming the accepted names.
/// O(number of enumerators).
template <described_enum E>
[[nodiscard]] E enum_from_string(std::string_view name) {
  if (auto e = try_enum_from_string<E>(name)) return *e;
  throw error(errc::parse_error, "", "", "'" + std::string(name) + "' is not one of: " + enum_names<E>());
}

/// The enumerator named `name` in any ASCII case ("Energy", "ENERGY" and "energy" all name
/// `sector::energy`), or `std::nullopt`. For programs that take names from people (the CLI);
/// the JSON and CSV readers stay exact (`try_enum_from_string`). Enumerator names differing
/// only in case are not used by the library; the first in declaration order wins.
/// O(number of enumerators · length of `name`); throws nothing.
template <described_enum E>
[[nodiscard]] std::optional<E> try_enum_named(std::string_view name) noexcept {
  const auto lower = [](char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  const auto same = [&](std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (lower(a[i]) != lower(b[i])) return false;
    return true;
  };
  std::optional<E> out;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
    if (!out && same(name, d.name)) out = d.value;
  });
  return out;
}

/// The enumerator named `name` in any ASCII case (`try_enum_named`).
/// @throws regcoop::error with `errc::parse_error` naming the accepted names.
/// O(number of enumerators · length of `name`).
template <described_enum E>
[[nodiscard]] E enum_named(std::string_view name) {
  if (auto e = try_enum_named<E>(name)) return *e;
  throw error(errc::parse_error, "", "", "'" + std::string(name) + "' is not one of: " + enum_names<E>());
}

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END
