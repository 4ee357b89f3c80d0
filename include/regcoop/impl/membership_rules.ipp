#pragma once
/// @file impl/membership_rules.ipp
/// @brief Definitions of the membership rules declared in `regcoop/detail/membership_rules.hpp` that
/// are no templates. Included by that header in header-only mode and by `regcoop/src.hpp`
/// under REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/detail/membership_rules.hpp"
#include "regcoop/detail/spell_index.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace regcoop::detail {

REGCOOP_DECL bool cover(std::vector<std::pair<std::int32_t, std::int32_t>>& v, std::int32_t first, std::int32_t last) {
  std::sort(v.begin(), v.end());
  std::int64_t reach = std::int64_t{first} - 1;  // every day up to `reach` is covered
  for (const auto& [b, e] : v) {
    if (b > reach + 1) break;
    reach = std::max<std::int64_t>(reach, e);
    if (reach >= last) return true;
  }
  return reach >= last;
}

REGCOOP_DECL truth judge(std::span<const spell_entry* const> es, bool any, const query_date& q) {
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

REGCOOP_DECL truth member_on(const party& org, const party_id& member, const query_date& q,
                             std::optional<membership_role> role) {
  std::vector<spell_entry> block;
  std::vector<std::int64_t> scratch(2, -1);
  chain_entries(org.members, [&](std::size_t k) { return org.members[k].member == member ? 0u : 1u; }, 0, scratch, block);
  std::vector<const spell_entry*> es;
  for (std::size_t k = 0; k < block.size(); ++k)
    if (org.members[k].member == member && role_matches(block[k].role, role)) es.push_back(&block[k]);
  return judge(es, !role, q);
}

}  // namespace regcoop::detail
