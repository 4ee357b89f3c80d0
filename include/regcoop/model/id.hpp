#pragma once
/// @file regcoop/model/id.hpp
/// @brief Strong typed identifiers: an `id<party_tag>` cannot be passed where an
/// `id<project_tag>` is expected.

#include "regcoop/config.hpp"

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

namespace regcoop {

/// A record identifier of the kind named by `Tag`. An aggregate: `party_id{"CN"}`.
/// Ids are case-sensitive strings; comparing and hashing are by value.
template <class Tag>
struct id {
  std::string value{};  ///< the identifier text, e.g. "CN" or "cku-railway"

  /// Equality and ordering by `value`. O(length).
  friend auto operator<=>(const id&, const id&) = default;
  /// The text of the id. O(1).
  [[nodiscard]] std::string_view str() const noexcept { return value; }
  /// True when the id is empty (never valid in a dataset). O(1).
  [[nodiscard]] bool empty() const noexcept { return value.empty(); }
  /// Writes the identifier text (`std::cout << m.member` prints "KZ"). O(length).
  friend std::ostream& operator<<(std::ostream& os, const id& x) { return os << x.value; }
};

/// Tag of sources.
struct source_tag {};
/// Tag of parties (countries, blocs, organisations).
struct party_tag {};
/// Tag of cooperation mechanisms.
struct mechanism_tag {};
/// Tag of events (summits, ministers' meetings).
struct event_tag {};
/// Tag of agreements.
struct agreement_tag {};
/// Tag of projects.
struct project_tag {};
/// Tag of network nodes.
struct node_tag {};
/// Tag of network segments.
struct segment_tag {};
/// Tag of named corridors.
struct corridor_tag {};
/// Tag of indicator observations.
struct indicator_tag {};
/// Tag of border rules.
struct border_rule_tag {};

using source_id = id<source_tag>;        ///< id of a `source`
using party_id = id<party_tag>;          ///< id of a `party`
using mechanism_id = id<mechanism_tag>;  ///< id of a `mechanism`
using event_id = id<event_tag>;          ///< id of an `event`
using agreement_id = id<agreement_tag>;  ///< id of an `agreement`
using project_id = id<project_tag>;      ///< id of a `project`
using node_id = id<node_tag>;            ///< id of a `node`
using segment_id = id<segment_tag>;      ///< id of a `segment`
using corridor_id = id<corridor_tag>;    ///< id of a `corridor`
using indicator_id = id<indicator_tag>;  ///< id of an `indicator`
using border_rule_id = id<border_rule_tag>;  ///< id of a `border_rule`

/// The one hash of id text, used by `std::hash<id<Tag>>`, the dataset's id index and the
/// group-by tables: the standard string hash, then a 64-bit finaliser (MurmurHash3's
/// fmix64) so that both the low bits (table slot) and the high bits (tag) vary.
/// O(length); throws nothing.
[[nodiscard]] inline std::size_t hash_id_text(std::string_view text) noexcept {
  std::uint64_t x = std::hash<std::string_view>{}(text);
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return static_cast<std::size_t>(x);
}

/// True for every `id<Tag>`.
template <class T>
inline constexpr bool is_id_v = false;
/// True for every `id<Tag>`.
template <class Tag>
inline constexpr bool is_id_v<id<Tag>> = true;

}  // namespace regcoop

/// @cond REGCOOP_STD_SPECIALISATIONS
/// Hashes an id as its text (`hash_id_text`), so ids work as keys of `std::unordered_map`.
template <class Tag>
struct std::hash<regcoop::id<Tag>> {
  /// O(length); throws nothing.
  std::size_t operator()(const regcoop::id<Tag>& i) const noexcept {
    return regcoop::hash_id_text(i.value);
  }
};
/// @endcond
