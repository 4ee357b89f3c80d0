#pragma once
/// @file enum.hpp
/// @brief Names of the library's enumerators, both ways, generic over Boost.Describe.

#include "regcoop/error.hpp"

#include <boost/describe/enum.hpp>
#include <boost/describe/enum_from_string.hpp>
#include <boost/describe/enum_to_string.hpp>
#include <boost/describe/enumerators.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

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

}  // namespace regcoop
