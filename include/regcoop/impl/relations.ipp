#pragma once
/// @file impl/relations.ipp
/// @brief Definitions of the questions declared in `regcoop/query/relations.hpp`. Included by that
/// header in header-only mode and by `regcoop/src.hpp` under REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/query/relations.hpp"
#include "regcoop/detail/refs.hpp"
#include "regcoop/model/records.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace regcoop {

namespace detail {
// Appends to `out` the records of kind R that refer to both `a` and `b` (by the dataset's
// party index) and satisfy `keep`, in dataset order. O(|refs of a| + |refs of b|).
template <record R, class Keep>
void common_records(const dataset& ds, const party_id& a, const party_id& b, std::vector<const R*>& out, Keep keep) {
  const auto x = ds.referring_to<R>(a), y = ds.referring_to<R>(b);
  const auto rows = ds.all<R>();
  std::size_t i = 0, j = 0;
  while (i < x.size() && j < y.size()) {
    if (x[i] < y[j]) {
      ++i;
    } else if (y[j] < x[i]) {
      ++j;
    } else {
      if (keep(rows[x[i]])) out.push_back(&rows[x[i]]);
      ++i;
      ++j;
    }
  }
}
}  // namespace detail

}  // namespace regcoop

namespace regcoop::detail {

REGCOOP_DECL bool has(const std::vector<party_id>& v, const party_id& p) {
  return std::find(v.begin(), v.end(), p) != v.end();
}

}  // namespace regcoop::detail

namespace regcoop {

REGCOOP_DECL dyad_links links(const dataset& ds, const party_id& a, const party_id& b, bool directed) {
  dyad_links out;
  detail::common_records<mechanism>(ds, a, b, out.mechanisms, [&](const mechanism& m) {
    return (detail::has(m.core, a) || m.partner == a) && (detail::has(m.core, b) || m.partner == b);
  });
  if (!out.mechanisms.empty())
    for (const auto& e : ds.events())
      if (e.mechanism && std::any_of(out.mechanisms.begin(), out.mechanisms.end(), [&](const mechanism* m) { return m->id == *e.mechanism; }))
        out.events.push_back(&e);
  const auto any = [](const auto&) { return true; };
  detail::common_records<agreement>(ds, a, b, out.agreements, any);
  detail::common_records<project>(ds, a, b, out.projects, any);
  detail::common_records<indicator>(ds, a, b, out.indicators, [&](const indicator& i) {
    const bool fwd = detail::has(i.subjects, a) && detail::has(i.counterparts, b);
    const bool back = detail::has(i.subjects, b) && detail::has(i.counterparts, a);
    return fwd || (!directed && back);
  });
  // Shared membership is a relation too (for dates and roles, see shared_memberships).
  detail::common_records<party>(ds, a, b, out.organisations, [&](const party& o) { return has_member(o, a) && has_member(o, b); });
  return out;
}

REGCOOP_DECL std::vector<partner_count> partners(const dataset& ds, const party_id& p) {
  std::vector<partner_count> out;
  std::vector<party_id> seen;
  const auto count = [&](const auto& rec) {  // rec refers to p: the index says so
    seen.clear();
    auto collect = [&](const party_id& x) {
      if (x != p && !detail::has(seen, x)) seen.push_back(x);
      return false;
    };
    detail::any_ref<party_tag>(rec, collect);
    for (const auto& x : seen) {
      auto it = std::find_if(out.begin(), out.end(), [&](const partner_count& c) { return c.party == x; });
      if (it == out.end()) out.push_back({x, 1});
      else ++it->links;
    }
  };
  const auto count_all = [&](auto rows, std::span<const std::uint32_t> positions) {
    for (const auto i : positions) count(rows[i]);
  };
  count_all(ds.mechanisms(), ds.referring_to<mechanism>(p));
  count_all(ds.agreements(), ds.referring_to<agreement>(p));
  count_all(ds.projects(), ds.referring_to<project>(p));
  count_all(ds.indicators(), ds.referring_to<indicator>(p));
  for (const auto i : ds.referring_to<party>(p))
    if (has_member(ds.parties()[i], p)) count(ds.parties()[i]);
  std::sort(out.begin(), out.end(), [](const partner_count& x, const partner_count& y) {
    return x.links != y.links ? x.links > y.links : x.party < y.party;
  });
  return out;
}

REGCOOP_DECL std::vector<party_id> parties_of(const dataset& ds, const mechanism_id& m) {
  const auto& mech = ds.at(m);
  auto out = mech.core;
  out.push_back(mech.partner);
  return out;
}

REGCOOP_DECL std::vector<const mechanism*> mechanisms_of(const dataset& ds, const party_id& p) {
  std::vector<const mechanism*> out;
  for (const auto& m : ds.mechanisms())
    if (detail::has(m.core, p) || m.partner == p) out.push_back(&m);
  return out;
}

}  // namespace regcoop
