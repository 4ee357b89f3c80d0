#pragma once
/// @file impl/select.ipp
/// @brief Definitions of the parts of `regcoop/query/select.hpp` that are no templates (the
/// membership and date helpers of the filters, the agreement part of `make_filter`). Included by
/// that header in header-only mode and by `regcoop/src.hpp` under REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/query/select.hpp"

#include <boost/algorithm/string/predicate.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <locale>
#include <string_view>
#include <utility>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop::detail {

REGCOOP_DECL std::vector<full_membership> full_memberships(const dataset& ds, const party_id& p) {
  std::vector<full_membership> out;
  const auto parties = ds.parties();
  for (const auto i : ds.referring_to<party>(p)) {
    full_membership f{parties[i].id, {}};
    for (const auto& m : parties[i].members)
      if (m.member == p && m.role == membership_role::full_member) f.spells.push_back(days_of(m));
    if (!f.spells.empty()) out.push_back(std::move(f));
  }
  return out;
}

REGCOOP_DECL std::pair<std::int32_t, std::int32_t> applies(const agreement_party& e) noexcept {
  std::int32_t first = std::numeric_limits<std::int32_t>::max();
  for (const auto* d : entry_dates(e))
    if (*d && d != &e.ended_on) first = std::min(first, (*d)->first_day());
  if (first == std::numeric_limits<std::int32_t>::max()) first = std::numeric_limits<std::int32_t>::min();
  return {first, e.ended_on ? e.ended_on->last_day() : std::numeric_limits<std::int32_t>::max()};
}

REGCOOP_DECL bool icontains(std::string_view hay, std::string_view needle) {
  return boost::algorithm::icontains(hay, needle, std::locale::classic());
}

REGCOOP_DECL std::vector<party_id> party_and_its_blocs(const dataset& ds, const party_id& p, bool through_blocs) {
  std::vector<party_id> anchor{p};
  for (std::size_t k = 0; through_blocs && k < anchor.size(); ++k)
    for (const auto i : ds.referring_to<regcoop::party>(anchor[k])) {
      const regcoop::party& o = ds.parties()[i];
      if (has_member(o, anchor[k]) && std::find(anchor.begin(), anchor.end(), o.id) == anchor.end()) anchor.push_back(o.id);
    }
  return anchor;
}

REGCOOP_DECL bool agreement_test::on_entry(const agreement_party& e, const query_date& d) const {
  return spec.through_blocs ? accepted(bound_through(*ds, e.party, *spec.party, d), spec.sure) : e.party == *spec.party;
}

REGCOOP_DECL bool agreement_test::in_force(const agreement& r) const {
  for (const auto& e : r.parties)
    if (accepted(state_on(r, e, *spec.in_force_on).in_force, spec.sure) && (!spec.party || on_entry(e, *spec.in_force_on)))
      return true;
  return false;
}

REGCOOP_DECL bool agreement_test::has_status(const agreement& r) const {
  for (const auto& e : r.parties)
    if (on_entry(e, on) && accepted(status_on(r, e, static_cast<agreement_status>(*status), on), spec.sure)) return true;
  return false;
}

REGCOOP_DECL bool agreement_test::dated_for_the_party(const agreement& r) const {
  for (const auto& e : r.parties)
    for (const auto& o : own) {
      if (o.organisation != e.party) continue;
      for (const auto* d : entry_dates(e)) {
        if (!*d || !spec.dates->contains(**d, certainty::possible)) continue;
        if (o.spells.empty() || std::any_of(o.spells.begin(), o.spells.end(), [&](const spell_days& sp) {
              return covers(sp, (*d)->first_day(), (*d)->last_day()) != truth::no;
            }))
          return true;
      }
    }
  return false;
}

REGCOOP_DECL bool agreement_test::operator()(const agreement& r) const {
  if (spec.in_force_on && !in_force(r)) return false;
  if (spec.other_party && !on_different_sides(*ds, r, *spec.party, *spec.other_party, on, spec.sure, spec.through_blocs))
    return false;
  if (per_party && status && !has_status(r)) return false;
  if (spec.dates && !own.empty()) return dated_for_the_party(r);
  return !spec.dates || dated_within(*spec.dates)(r);
}

}  // namespace regcoop::detail

REGCOOP_STRING_WARNINGS_END
