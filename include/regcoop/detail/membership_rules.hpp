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
inline bool cover(std::vector<std::pair<std::int32_t, std::int32_t>>& v, std::int32_t first, std::int32_t last) {
  std::sort(v.begin(), v.end());
  std::int64_t reach = std::int64_t{first} - 1;  // every day up to `reach` is covered
  for (const auto& [b, e] : v) {
    if (b > reach + 1) break;
    reach = std::max<std::int64_t>(reach, e);
    if (reach >= last) return true;
  }
  return reach >= last;
}

// How sure it is that the member holds the role (`any`: some role) on some / every day of
// `q`, from the entries `es` of one organisation and one member (in that role when not
// `any`). Reads `run` spans for a role and `chain` spans for any role.
// O(es log es).
inline truth judge(std::span<const spell_entry* const> es, bool any, const query_date& q) {
  const std::int32_t f = q.first_day(), l = q.last_day();
  const auto span = [any](const spell_entry* e) -> const spell_days& { return any ? e->chain : e->run; };
  if (q.is_day() || q.rule == day_rule::some_day) {
    truth best = truth::no;
    for (const auto* e : es) best = max(best, meets(span(e), f, l));
    return best;
  }
  thread_local std::vector<std::pair<std::int32_t, std::int32_t>> v;
  v.clear();
  for (const auto* e : es) {
    const auto& s = span(e);
    if (s.certain_begin <= s.certain_end) v.emplace_back(s.certain_begin, s.certain_end);
  }
  if (cover(v, f, l)) return truth::certainly;
  v.clear();
  bool one = false;  // one stretch may hold every day
  for (const auto* e : es) {
    const auto& s = span(e);
    one = one || (s.possible_begin <= f && l <= s.possible_end);
    if (s.possible_begin <= l && s.possible_end >= f) v.emplace_back(s.possible_begin, s.possible_end);
  }
  if (one) return truth::possibly;
  if (!cover(v, f, l)) return truth::no;
  if (any) return truth::possibly;  // one stretch per chain: the stretches are independent
  // A chain with two runs in the role that meet the days has a gap between them in another
  // role: the cover needs another chain then (and is read as possible; see the file comment).
  std::uint32_t chain = 0, run = 0;
  bool seen = false, other_chain = false, two_runs = false;
  for (const auto* e : es) {
    const auto& s = span(e);
    if (s.possible_begin > l || s.possible_end < f) continue;
    if (!seen) {
      chain = e->chain_head;
      run = e->run_head;
      seen = true;
    } else if (e->chain_head != chain) {
      other_chain = true;
    } else if (e->run_head != run) {
      two_runs = true;
    }
  }
  return two_runs && !other_chain ? truth::no : truth::possibly;
}

/// How sure it is that `member` holds `role` (any role when nullopt) in `org` on `q`, from the
/// organisation's record alone (for code that holds a `party`, not a dataset: a scenario's
/// changed organisation). Same rules as `regcoop::member_on`. O(members of org); throws
/// nothing but std::bad_alloc.
[[nodiscard]] inline truth member_on(const party& org, const party_id& member, const query_date& q,
                                     std::optional<membership_role> role = membership_role::full_member) {
  std::vector<spell_entry> block;
  std::vector<std::int64_t> scratch(2, -1);
  chain_entries(org.members, [&](std::size_t k) { return org.members[k].member == member ? 0u : 1u; }, 0, scratch, block);
  std::vector<const spell_entry*> es;
  for (std::size_t k = 0; k < block.size(); ++k)
    if (org.members[k].member == member && role_matches(block[k].role, role)) es.push_back(&block[k]);
  return judge(es, !role, q);
}
}  // namespace detail

}  // namespace regcoop
