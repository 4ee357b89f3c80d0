#pragma once
/// @file detail/membership_rules.hpp
/// @brief The rules by which a spell, a run or a chain of spells holds on the days of a
/// `query_date` (certainly, possibly, no), what `members_of`, `dyad_years`, `select` and a
/// scenario's memberships read. See `regcoop/query/memberships.hpp` for the rules in words.

#include "regcoop/config.hpp"
#include "regcoop/detail/spells.hpp"
#include "regcoop/model/party.hpp"
#include "regcoop/query/query_date.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace regcoop {

namespace detail {
// Does the spell hold on (all / some of) the days [first, last]? (Every day of them; the
// dyad and selection code read it so.)
constexpr truth covers(const spell_days& s, std::int32_t first, std::int32_t last) noexcept {
  if (s.possible_begin > last || s.possible_end < first) return truth::no;
  return (s.certain_begin <= first && last <= s.certain_end) ? truth::certainly : truth::possibly;
}
// `covers` without branches (for loops over many spells that pass at random).
constexpr truth covers_flat(const spell_days& s, std::int32_t first, std::int32_t last) noexcept {
  const int some = (s.possible_begin <= last) & (s.possible_end >= first);
  const int all = (s.certain_begin <= first) & (last <= s.certain_end);
  static_assert(static_cast<int>(truth::no) == 0 && static_cast<int>(truth::possibly) == 1 && static_cast<int>(truth::certainly) == 2);
  return static_cast<truth>(some * (1 + all));
}
// Do two spells hold together on some day of [first, last]?
constexpr truth together(const spell_days& a, const spell_days& b, std::int32_t first, std::int32_t last) noexcept {
  const auto pb = std::max({a.possible_begin, b.possible_begin, first});
  const auto pe = std::min({a.possible_end, b.possible_end, last});
  if (pb > pe) return truth::no;
  const auto cb = std::max({a.certain_begin, b.certain_begin, first});
  const auto ce = std::min({a.certain_end, b.certain_end, last});
  return cb <= ce ? truth::certainly : truth::possibly;
}
constexpr bool role_matches(membership_role r, const std::optional<membership_role>& want) noexcept {
  return !want || r == *want;
}

// Does a stretch (a spell, a run, a chain: it holds on at least one day) meet some day of
// [first, last]? Certainly when it can neither end before nor begin after: its certain part
// may be empty (a spell of May 2000 certainly holds on some day of May 2000). No when its
// possible part misses the days. A spell of unknown status has the empty certain part
// (begin the greatest day), so it is never certain.
constexpr truth meets(const spell_days& s, std::int32_t first, std::int32_t last) noexcept {
  if (s.possible_begin > last || s.possible_end < first) return truth::no;
  return (s.certain_begin <= last && s.certain_end >= first) ? truth::certainly : truth::possibly;
}

// Do the intervals (begin, end) cover every day of [first, last]? Sorts `v`. O(v log v).
REGCOOP_DECL bool cover(std::vector<std::pair<std::int32_t, std::int32_t>>& v, std::int32_t first, std::int32_t last);

// How sure it is that the member holds the role (`any`: some role) on some / every day of
// `q`, from the entries `es` of one organisation and one member (in that role when not
// `any`). Reads `run` spans for a role and `chain` spans for any role.
// O(es log es).
REGCOOP_DECL truth judge(std::span<const spell_entry* const> es, bool any, const query_date& q);

/// How sure it is that `member` holds `role` (any role when nullopt) in `org` on `q`, from the
/// organisation's record alone (for code that holds a `party`, not a dataset: a scenario's
/// changed organisation). Same rules as `regcoop::member_on`. O(members of org); throws
/// nothing but std::bad_alloc.
[[nodiscard]] REGCOOP_DECL truth member_on(const party& org, const party_id& member, const query_date& q,
                                           std::optional<membership_role> role = membership_role::full_member);
}  // namespace detail

}  // namespace regcoop

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/membership_rules.ipp"
#endif
