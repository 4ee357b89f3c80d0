#pragma once
/// @file impl/scenario.ipp
/// @brief Definitions of `scenario`'s members that are no accessors and of `apply`, declared in
/// `regcoop/network/scenario.hpp`. Included by that header in header-only mode and by
/// `regcoop/src.hpp` under REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/network/scenario.hpp"

#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

namespace detail {
// The full date of the day before `serial` (days since 1970-01-01, as `partial_date::first_day`).
inline partial_date day_before(std::int32_t serial) {
  const std::chrono::year_month_day d{std::chrono::sys_days{std::chrono::days{serial - 1}}};
  return {static_cast<int>(d.year()), static_cast<int>(static_cast<unsigned>(d.month())),
          static_cast<int>(static_cast<unsigned>(d.day()))};
}
}  // namespace detail

REGCOOP_DECL scenario& scenario::open(const segment_id& s, std::optional<partial_date> since) {
  return change(s, {.status = segment_status::operating, .since = since});
}

REGCOOP_DECL scenario& scenario::close(const segment_id& s, std::optional<partial_date> since) {
  return change(s, {.status = segment_status::closed, .since = since});
}

REGCOOP_DECL scenario& scenario::open(const dataset& ds, const corridor_id& c, std::optional<partial_date> since) {
  for (const auto& s : ds.at(c).segments) open(s, since);
  return *this;
}

REGCOOP_DECL scenario& scenario::change(const segment_id& s, const segment_change& c) {
  auto& cur = changes_[s.value];
  if (c.status) cur.status = c.status;
  if (c.length_km) cur.length_km = c.length_km;
  if (c.hours) cur.hours = c.hours;
  if (c.since) cur.since = c.since;
  return *this;
}

REGCOOP_DECL scenario& scenario::join(const party_id& organisation, const party_id& member, partial_date from,
                                      membership_role role) {
  joins_.push_back({organisation, membership{.member = member, .role = role, .period = {.from = from}}});
  return *this;
}

REGCOOP_DECL scenario& scenario::leave(const party_id& organisation, const party_id& member, partial_date last_day) {
  leaves_.push_back({organisation, member, last_day});
  return *this;
}

REGCOOP_DECL scenario& scenario::add(border_rule r) {
  rules_.push_back(std::move(r));
  return *this;
}

REGCOOP_DECL scenario& scenario::close_border(const party_id& a, const party_id& b) {
  if (std::any_of(rules_.begin(), rules_.end(), [&](const border_rule& r) {
        return r.id.value == "closed:" + a.value + "-" + b.value || r.id.value == "closed:" + b.value + "-" + a.value;
      }))
    return *this;
  return add(border_rule{.id = {"closed:" + a.value + "-" + b.value}, .between = {a, b}, .closed = true,
                         .summary = "closed in a scenario"});
}

REGCOOP_DECL scenario& scenario::add(agreement a) {
  agreements_.push_back(std::move(a));
  return *this;
}

REGCOOP_DECL scenario& scenario::end(const agreement_id& a, partial_date on) {
  ended_.push_back({a, on});
  return *this;
}

REGCOOP_DECL bool scenario::touches(const party_id& organisation) const noexcept {
  return std::any_of(joins_.begin(), joins_.end(), [&](const auto& j) { return j.first == organisation; }) ||
         std::any_of(leaves_.begin(), leaves_.end(), [&](const auto& l) { return l.organisation == organisation; });
}

REGCOOP_DECL void scenario::check_memberships(const dataset& ds, std::vector<problem>& probs) const {
  const auto known = [&](const party_id& x, const char* what) {
    if (!ds.find(x))
      probs.push_back({errc::unknown_id, "scenario", what, "the scenario names '" + x.value + "', which the dataset lacks"});
  };
  for (const auto& [o, m] : joins_) known(o, "joins"), known(m.member, "joins");
  for (const auto& l : leaves_) known(l.organisation, "leaves"), known(l.member, "leaves");
}

REGCOOP_DECL party scenario::with_memberships(const party& org) const {
  party p = org;
  for (const auto& l : leaves_) {
    if (l.organisation != org.id) continue;
    std::erase_if(p.members, [&](const membership& m) {
      return m.member == l.member && m.period.from && certainly_before(l.last_day, *m.period.from);
    });
    for (auto& m : p.members)
      if (m.member == l.member && (!m.period.to || certainly_before(l.last_day, *m.period.to))) m.period.to = l.last_day;
  }
  for (const auto& [o, m] : joins_)
    if (o == org.id) join_into(p, m);
  return p;
}

REGCOOP_DECL void scenario::join_into(party& p, const membership& j) {
  if (!j.period.from) {
    p.members.push_back(j);
    return;
  }
  const std::int32_t start = j.period.from->first_day();
  bool extended = false;
  std::erase_if(p.members, [&](const membership& m) {
    if (m.member != j.member) return false;
    const auto& begin = m.period.from ? m.period.from : m.reported;  // a reported spell held by then
    return begin && begin->first_day() >= start;                       // begins on or after the join
  });
  for (auto& m : p.members) {
    if (m.member != j.member || (m.period.to && m.period.to->last_day() < start)) continue;  // over before the join
    if (m.role == j.role) {
      m.period.to.reset();
      extended = true;
    } else {
      m.period.to = detail::day_before(start);
    }
  }
  if (!extended) p.members.push_back(j);
}

REGCOOP_DECL dataset apply(const dataset& ds, const scenario& sc) {
  std::vector<problem> probs;
  const auto missing = [&](const std::string& what, const std::string& value) {
    probs.push_back({errc::unknown_id, "scenario", what, "the scenario names '" + value + "', which the dataset lacks"});
  };
  std::vector<segment> segs(ds.segments().begin(), ds.segments().end());
  for (const auto& [id, c] : sc.changes()) {
    const auto p = ds.position(segment_id{id});
    if (!p) {
      missing("segments", id);
      continue;
    }
    auto& s = segs[*p];
    if (c.length_km) s.length_km = *c.length_km;
    if (c.hours) s.hours = c.hours;
    if (c.status && (*c.status != s.status || c.since)) {
      if (c.since || !s.history.empty()) s.history.push_back({.status = *c.status, .since = c.since});
      s.status = *c.status;
    }
  }
  std::vector<party> parties(ds.parties().begin(), ds.parties().end());
  sc.check_memberships(ds, probs);
  for (auto& p : parties)
    if (sc.touches(p.id)) p = sc.with_memberships(p);
  std::vector<agreement> agreements(ds.agreements().begin(), ds.agreements().end());
  for (const auto& e : sc.ended_agreements()) {
    const auto p = ds.position(e.agreement);
    if (!p) {
      missing("ended_agreements", e.agreement.value);
      continue;
    }
    for (auto& x : agreements[*p].parties)
      if (!x.ended_on) x.ended_on = e.on;
  }
  if (!probs.empty()) throw error(std::move(probs));
  dataset_builder out;
  boost::mp11::mp_for_each<record_types>([&](auto r) {
    using R = decltype(r);
    if constexpr (std::is_same_v<R, segment>) out.add(std::move(segs));
    else if constexpr (std::is_same_v<R, party>) out.add(std::move(parties));
    else if constexpr (std::is_same_v<R, agreement>) {
      agreements.insert(agreements.end(), sc.agreements().begin(), sc.agreements().end());
      out.add(std::move(agreements));
    } else if constexpr (std::is_same_v<R, border_rule>) {
      std::vector<border_rule> rules(ds.border_rules().begin(), ds.border_rules().end());
      rules.insert(rules.end(), sc.border_rules().begin(), sc.border_rules().end());
      out.add(std::move(rules));
    } else {
      const auto rows = ds.all<R>();
      out.add(std::vector<R>(rows.begin(), rows.end()));
    }
  });
  return std::move(out).build();
}

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END
