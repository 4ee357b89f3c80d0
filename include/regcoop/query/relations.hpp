#pragma once
/// @file regcoop/query/relations.hpp
/// @brief Who works with whom: partners of a party, the records linking two parties (dyads),
/// the parties of a mechanism.

#include "regcoop/dataset/dataset.hpp"
#include "regcoop/detail/refs.hpp"
#include "regcoop/model/records.hpp"

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

namespace regcoop {

/// The records that link two parties.
struct dyad_links {
  std::vector<const mechanism*> mechanisms{};  ///< formats both belong to (core or partner)
  std::vector<const event*> events{};          ///< events of those mechanisms
  std::vector<const agreement*> agreements{};  ///< agreements both are parties to
  std::vector<const project*> projects{};      ///< projects both host or take part in
  std::vector<const indicator*> indicators{};  ///< observations about the pair
  std::vector<const party*> organisations{};   ///< blocs and organisations both were members of (any role, any time)
  /// True when nothing links the two. O(1).
  [[nodiscard]] bool empty() const noexcept {
    return mechanisms.empty() && events.empty() && agreements.empty() && projects.empty() && indicators.empty() &&
           organisations.empty();
  }
  /// Number of linking records. O(1).
  [[nodiscard]] std::size_t size() const noexcept {
    return mechanisms.size() + events.size() + agreements.size() + projects.size() + indicators.size() + organisations.size();
  }
};

namespace detail {
inline bool has(const std::vector<party_id>& v, const party_id& p) { return std::find(v.begin(), v.end(), p) != v.end(); }

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

/// What links `a` and `b`. Undirected (default): any record referring to both. Directed:
/// indicators only where `a` is a subject and `b` a counterpart (e.g. China's investment
/// *in* Kazakhstan); other kinds have no direction and are kept. Blocs are not expanded:
/// ask for the bloc itself, or expand with `members_on`. Uses the dataset's party index:
/// O(records referring to `a` or `b`), plus O(events) when a mechanism links them.
[[nodiscard]] inline dyad_links links(const dataset& ds, const party_id& a, const party_id& b, bool directed = false) {
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

/// A party linked to another, with how many records link them.
struct partner_count {
  party_id party{};       ///< the partner
  std::size_t links = 0;  ///< linking records (agreements, projects, indicators, mechanisms, organisations)
};

/// The parties linked to `p` by any agreement, project, indicator, mechanism or shared
/// membership of an organisation (the organisation's other members, any role, any time), by
/// decreasing number of links, then id. Visits only the records referring to `p` (party
/// index): O(those records · parties per record · partners).
[[nodiscard]] inline std::vector<partner_count> partners(const dataset& ds, const party_id& p) {
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

/// The parties of a mechanism: its core group, then its partner. O(core size).
/// @throws regcoop::error (`unknown_id`).
[[nodiscard]] inline std::vector<party_id> parties_of(const dataset& ds, const mechanism_id& m) {
  const auto& mech = ds.at(m);
  auto out = mech.core;
  out.push_back(mech.partner);
  return out;
}

/// The mechanisms `p` belongs to (core or partner). O(mechanisms).
[[nodiscard]] inline std::vector<const mechanism*> mechanisms_of(const dataset& ds, const party_id& p) {
  std::vector<const mechanism*> out;
  for (const auto& m : ds.mechanisms())
    if (detail::has(m.core, p) || m.partner == p) out.push_back(&m);
  return out;
}

}  // namespace regcoop
