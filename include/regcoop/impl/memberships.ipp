#pragma once
/// @file impl/memberships.ipp
/// @brief Definitions of the membership questions declared in `regcoop/query/memberships.hpp`.
/// Included by that header in header-only mode and by `regcoop/src.hpp` under
/// REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/dataset/lookup.hpp"
#include "regcoop/detail/membership_rules.hpp"
#include "regcoop/detail/spell_index.hpp"
#include "regcoop/query/memberships.hpp"

#include <algorithm>
#include <string>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

namespace detail {
REGCOOP_DECL std::size_t require_party(const dataset& ds, const party_id& id) {
  if (const auto pos = ds.position(id)) return *pos;
  std::string hint;
  if (const auto* p = find_party(ds, id.value)) hint = " (did you mean '" + p->id.value + "'?)";
  throw error(errc::unknown_id, record_label<party>(id.value), "id",
              "the dataset holds no " + std::string(collection_name<party>()) + " record with this id" + hint);
}

// The rows of one block of spell entries (an organisation's, or a member's) on `q`: one row
// per organisation, member and role (a member that left and rejoined gets one), at the
// position of its earliest spell; a role query keeps the rows its `sure` passes under `c`, an
// any-role query the rows whose `any_role` passes, in every role held on some day of the date
// (for every day of a period, `sure` may then be `no`: the member changed role). O(block · log).
inline std::vector<membership_row> rows_of(std::span<const spell_entry> spells, const query_date& q,
                                           const std::optional<membership_role>& role, certainty c) {
  const std::size_t n = spells.size();
  thread_local std::vector<std::uint32_t> next_group, next_pair, last;
  thread_local std::vector<std::int8_t> any_of;  // any_role of each pair head, or -1
  thread_local std::vector<const spell_entry*> es;
  next_group.assign(n, static_cast<std::uint32_t>(n));
  next_pair.assign(n, static_cast<std::uint32_t>(n));
  last.assign(2 * n, static_cast<std::uint32_t>(n));  // last spell seen of each group (0..n) and pair (n..2n)
  any_of.assign(n, -1);
  for (std::size_t k = n; k-- > 0;) {
    const auto& e = spells[k];
    next_group[k] = last[e.first];
    last[e.first] = static_cast<std::uint32_t>(k);
    next_pair[k] = last[n + e.pair_first];
    last[n + e.pair_first] = static_cast<std::uint32_t>(k);
  }
  std::vector<membership_row> out;
  for (std::size_t k = 0; k < n; ++k) {
    const auto& e = spells[k];
    if (e.repeat || !role_matches(e.role, role)) continue;
    const auto gather = [&](const std::vector<std::uint32_t>& next) {
      es.clear();
      for (std::size_t j = k; j < n; j = next[j]) es.push_back(&spells[j]);
    };
    gather(next_group);
    const truth sure = judge(es, false, q);
    if (role && !accepted(sure, c)) continue;
    // Any role: the roles held on some day of the date, even when none holds on every day.
    if (!role && sure == truth::no && (q.is_day() || q.rule == day_rule::some_day || judge(es, false, query_date(q.date)) == truth::no))
      continue;
    std::int8_t& a = any_of[e.pair_first];
    if (a < 0) {
      es.clear();
      for (std::size_t j = e.pair_first; j < n; j = next_pair[j]) es.push_back(&spells[j]);
      a = static_cast<std::int8_t>(judge(es, true, q));
    }
    const auto any = static_cast<truth>(a);
    if (!role && !accepted(any, c)) continue;
    out.push_back({e.organisation, e.member, e.role, sure, any});
  }
  return out;
}

// Rows by position → rows by id.
inline std::vector<membership_state> states_of(const dataset& ds, const std::vector<membership_row>& rows) {
  const auto parties = ds.parties();
  std::vector<membership_state> out;
  out.reserve(rows.size());
  for (const auto& r : rows) out.push_back({parties[r.organisation].id, parties[r.member].id, r.role, r.sure, r.any_role});
  return out;
}
}  // namespace detail

REGCOOP_DECL truth member_on(const dataset& ds, const party_id& org, const party_id& member, const query_date& q, std::optional<membership_role> role) {
  const auto o = detail::require_party(ds, org);
  const auto m = detail::require_party(ds, member);
  std::vector<const detail::spell_entry*> es;
  for (const auto& e : ds.spells().entries_of_member(m))
    if (e.organisation == o && detail::role_matches(e.role, role)) es.push_back(&e);
  return detail::judge(es, !role, q);
}

REGCOOP_DECL std::vector<membership_row> member_rows(const dataset& ds, const party_id& org, const query_date& q, std::optional<membership_role> role, certainty c) {
  return detail::rows_of(ds.spells().entries_of(detail::require_party(ds, org)), q, role, c);  // in `members` order
}

REGCOOP_DECL std::vector<membership_row> membership_rows(const dataset& ds, const party_id& p, const query_date& q, std::optional<membership_role> role, certainty c) {
  return detail::rows_of(ds.spells().entries_of_member(detail::require_party(ds, p)), q, role, c);  // organisations in dataset order
}

REGCOOP_DECL std::vector<membership_state> members_of(const dataset& ds, const party_id& org, const query_date& q, std::optional<membership_role> role, certainty c) {
  return detail::states_of(ds, member_rows(ds, org, q, role, c));
}

REGCOOP_DECL std::vector<membership_state> memberships_of(const dataset& ds, const party_id& p, const query_date& q, std::optional<membership_role> role, certainty c) {
  return detail::states_of(ds, membership_rows(ds, p, q, role, c));
}

REGCOOP_DECL std::vector<shared_membership> shared_memberships(const dataset& ds, const party_id& a, const party_id& b, const query_date& q, std::optional<membership_role> role, certainty c) {
  (void)detail::require_party(ds, b);
  std::vector<shared_membership> out;
  const auto mine = memberships_of(ds, a, q, role, c);
  for (const auto& x : mine)
    for (const auto& y : members_of(ds, x.organisation, q, role, c))
      if (y.member == b) {
        const truth sure = role ? std::min(x.sure, y.sure) : std::min(x.any_role, y.any_role);
        out.push_back({x.organisation, x.role, y.role, sure});
      }
  return out;
}

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END
