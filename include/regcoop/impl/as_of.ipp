#pragma once
/// @file impl/as_of.ipp
/// @brief Definitions of the as-of questions declared in `regcoop/query/as_of.hpp` (who is
/// bound by a bloc's agreements, agreement states, agreements between two parties). Included
/// by that header in header-only mode and by `regcoop/src.hpp` under
/// REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/query/as_of.hpp"
#include "regcoop/detail/membership_rules.hpp"
#include "regcoop/detail/spells.hpp"
#include "regcoop/query/dyads.hpp"
#include "regcoop/query/memberships.hpp"

#include <algorithm>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace regcoop::detail {

REGCOOP_DECL truth bound_member(const party& b, const party_id& member, const query_date& q) {
  truth best = truth::no;
  // The current run of binding spells; a flag and a value rather than std::optional<day_span>:
  // g++ 12 at -O3 warns (-Wmaybe-uninitialized) that the optional's span may be read unset.
  day_span run{};
  bool in_run = false;
  for (const auto& m : b.members) {
    if (m.member != member) continue;
    if (!binds(m.role)) {
      if (in_run) best = max(best, over(run, q));
      in_run = false;
      continue;
    }
    const day_span d = days_of(m);
    if (in_run && m.continues && !m.status_unknown) {
      run.certain_end = d.certain_end;
      run.possible_end = d.possible_end;
    } else {
      if (in_run) best = max(best, over(run, q));
      run = d;
      in_run = true;
    }
  }
  if (in_run) best = max(best, over(run, q));
  return best;
}

REGCOOP_DECL truth bound_through(const dataset& ds, const party_id& entry, const party_id& p, const query_date& q,
                                 std::vector<party_id>& seen) {
  if (entry == p) return truth::certainly;
  const party& b = ds.at(entry);
  if (b.kind != party_kind::bloc || std::find(seen.begin(), seen.end(), entry) != seen.end()) return truth::no;
  seen.push_back(entry);
  truth best = truth::no;
  for (const auto& m : b.members) {
    if (best == truth::certainly) break;
    if (!binds(m.role)) continue;
    const truth link = bound_member(b, m.member, q);
    if (link == truth::no || static_cast<int>(link) <= static_cast<int>(best)) continue;
    best = max(best, min(link, bound_through(ds, m.member, p, q, seen)));
  }
  seen.pop_back();
  return best;
}

REGCOOP_DECL truth bound_through(const dataset& ds, const party_id& entry, const party_id& p, const query_date& q) {
  std::vector<party_id> seen;
  return bound_through(ds, entry, p, q, seen);
}

}  // namespace regcoop::detail

namespace regcoop {

REGCOOP_DECL std::vector<party_id> parties_bound_by(const dataset& ds, const party_id& entry, const query_date& q,
                                                    certainty c) {
  std::vector<party_id> out, seen;
  const auto expand = [&](auto&& self, const party_id& id) -> void {
    const party& b = ds.at(id);
    if (b.kind != party_kind::bloc) {
      if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
      return;
    }
    if (std::find(seen.begin(), seen.end(), id) != seen.end()) return;
    seen.push_back(id);
    for (const auto& m : b.members)
      if (detail::binds(m.role) && accepted(detail::bound_member(b, m.member, q), c)) self(self, m.member);
  };
  expand(expand, entry);
  return out;
}

REGCOOP_DECL std::vector<party_id> parties_bound_by(const dataset& ds, const party_id& entry, const partial_date& d,
                                                    certainty c) {
  return parties_bound_by(ds, entry, query_date(d), c);
}

REGCOOP_DECL std::vector<party_id> members_on(const dataset& ds, const party_id& bloc, const partial_date& d,
                                              certainty c) {
  return parties_bound_by(ds, bloc, query_date(d), c);
}

REGCOOP_DECL agreement_state state_on(const agreement& a, const agreement_party& p, const query_date& q) {
  using detail::happened;
  agreement_state s{&a, p.party};
  const bool effective = a.status == agreement_status::concluded || a.status == agreement_status::in_force;
  const bool has_procedure =
      std::any_of(a.parties.begin(), a.parties.end(), [](const agreement_party& x) { return x.in_force_from.has_value(); });
  s.is_signed = p.signed_on    ? happened(*p.signed_on, q)
                : p.acceded_on ? truth::no
                               : (a.status == agreement_status::proposed ? truth::no : truth::possibly);
  s.acceded = p.acceded_on ? happened(*p.acceded_on, q) : truth::no;
  s.ended = p.ended_on ? happened(*p.ended_on, q) : (a.status == agreement_status::ended ? truth::possibly : truth::no);
  // The consent to be bound: ratification or accession, whichever came first.
  std::optional<partial_date> consent = p.ratified_on;
  if (p.acceded_on && (!consent || p.acceded_on->first_day() < consent->first_day())) consent = p.acceded_on;
  const auto from = [&](const std::optional<partial_date>& start) { return detail::over(detail::span_before(start, p.ended_on), q); };
  if (p.in_force_from) {
    s.in_force = from(p.in_force_from);
  } else if (has_procedure) {
    s.in_force = consent ? detail::min(from(consent), truth::possibly) : truth::no;
  } else if ((p.signed_on || p.acceded_on) && effective) {
    s.in_force = from(p.signed_on ? p.signed_on : p.acceded_on);
  } else if (effective) {
    s.in_force = p.ended_on ? detail::min(from(std::nullopt), truth::possibly) : truth::possibly;
  }
  if (p.provisionally_applied_from) {
    std::optional<partial_date> stop = p.in_force_from;
    if (p.ended_on && (!stop || p.ended_on->first_day() < stop->first_day())) stop = p.ended_on;
    s.provisionally_applied = detail::over(detail::span_before(p.provisionally_applied_from, stop), q);
    s.applies = detail::max(s.in_force, from(p.provisionally_applied_from));
  } else {
    s.applies = s.in_force;
  }
  if (!p.ended_on && a.status == agreement_status::ended)  // ended on a day the source does not give
    for (truth* t : {&s.in_force, &s.provisionally_applied, &s.applies}) *t = detail::min(*t, truth::possibly);
  return s;
}

REGCOOP_DECL agreement_state state_on(const agreement& a, const agreement_party& p, const partial_date& d) {
  return state_on(a, p, query_date(d));
}

}  // namespace regcoop

namespace regcoop::detail {

REGCOOP_DECL bool on_different_sides(const dataset& ds, const agreement& ag, const party_id& a, const party_id& b, const query_date& q,
                                     certainty c, bool through_blocs) {
  if (a == b) return false;
  bool a_seen = false, b_seen = false;  // on an earlier entry in force
  for (const auto& e : ag.parties) {
    if (!accepted(state_on(ag, e, q).in_force, c)) continue;
    const auto on = [&](const party_id& x) {
      return through_blocs ? accepted(bound_through(ds, e.party, x, q), c) : e.party == x;
    };
    const bool has_a = on(a), has_b = on(b);
    if ((has_a && b_seen) || (has_b && a_seen)) return true;
    a_seen = a_seen || has_a;
    b_seen = b_seen || has_b;
  }
  return false;
}

}  // namespace regcoop::detail

namespace regcoop {

REGCOOP_DECL std::vector<const agreement*> agreements_between(const dataset& ds, const party_id& a, const party_id& b,
                                                              const query_date& q, certainty c) {
  (void)ds.at(a);
  (void)ds.at(b);
  std::vector<const agreement*> out;
  for (const auto& ag : ds.agreements())
    if (detail::on_different_sides(ds, ag, a, b, q, c)) out.push_back(&ag);
  return out;
}

REGCOOP_DECL truth status_on(const agreement& a, const agreement_party& p, agreement_status s, const query_date& q) {
  using detail::max, detail::min, detail::negate;
  const auto st = state_on(a, p, q);
  if (s == agreement_status::in_force) return st.in_force;
  if (s == agreement_status::ended) return st.ended;
  if (s == agreement_status::unknown)
    return a.status == agreement_status::unknown && !p.signed_on && !p.acceded_on && !p.ratified_on &&
                   !p.provisionally_applied_from && !p.in_force_from && !p.ended_on
               ? truth::certainly
               : truth::no;
  const query_date dual(q.date, q.rule == day_rule::some_day ? day_rule::every_day : day_rule::some_day);
  const auto other = state_on(a, p, dual);
  const auto consented = [&](const agreement_state& x, const query_date& d) {
    return max(max(x.is_signed, x.acceded), p.ratified_on ? detail::happened(*p.ratified_on, d) : truth::no);
  };
  const truth neither = min(negate(other.in_force), negate(other.ended));
  return s == agreement_status::concluded ? min(consented(st, q), neither) : min(negate(consented(other, dual)), neither);
}

REGCOOP_DECL project_state state_on(const project& p, const query_date& d) {
  project_state out{&p, std::nullopt, truth::no};
  // The latest change that certainly happened by d is the status, unless a later change
  // possibly happened too; then the latest change that possibly happened is reported, unsure.
  std::optional<std::size_t> certain, possible;
  for (std::size_t i = 0; i < p.status_history.size(); ++i) {
    const auto& s = p.status_history[i];
    truth t = truth::possibly;  // no date at all: may have begun any time
    if (s.since)
      t = detail::happened(*s.since, d);
    else if (s.reported && detail::happened(*s.reported, d) == truth::certainly)
      t = truth::certainly;  // it held by the report, so by d
    if (t == truth::certainly) certain = i;
    if (t != truth::no) possible = i;
  }
  if (possible) {
    out.status = p.status_history[*possible].status;
    out.sure = (certain && *certain == *possible) ? truth::certainly : truth::possibly;
  }
  return out;
}

REGCOOP_DECL project_state state_on(const project& p, const partial_date& d) {
  return state_on(p, query_date(d));
}

// ---- snapshot ----------------------------------------------------------------------

REGCOOP_DECL std::vector<agreement_state> snapshot::agreements_in_force() const {
  std::vector<agreement_state> out;
  for (const auto& a : ds_.agreements())
    for (const auto& p : a.parties) {
      auto s = state_on(a, p, d_);
      if (accepted(s.in_force, c_)) out.push_back(s);
    }
  return out;
}

REGCOOP_DECL std::vector<const agreement*> snapshot::agreements_between(const party_id& a, const party_id& b) const {
  return regcoop::agreements_between(ds_, a, b, d_, c_);
}

REGCOOP_DECL std::vector<project_state> snapshot::projects() const {
  std::vector<project_state> out;
  for (const auto& p : ds_.projects()) {
    auto s = state_on(p, d_);
    if (s.status && accepted(s.sure, c_)) out.push_back(s);
  }
  return out;
}

REGCOOP_DECL std::vector<membership_state> snapshot::members(const party_id& org,
                                                           std::optional<membership_role> role) const {
  return members_of(ds_, org, d_.date, role, c_);
}

REGCOOP_DECL std::vector<membership_state> snapshot::memberships(const party_id& p,
                                                               std::optional<membership_role> role) const {
  return memberships_of(ds_, p, d_.date, role, c_);
}

REGCOOP_DECL std::vector<shared_membership> snapshot::shared(const party_id& a, const party_id& b,
                                                           std::optional<membership_role> role) const {
  return shared_memberships(ds_, a, b, d_.date, role, c_);
}

REGCOOP_DECL std::vector<agreement_state> snapshot::agreements_in_force_for(const party_id& p) const {
  (void)ds_.at(p);
  std::vector<agreement_state> out;
  for (const auto& a : ds_.agreements())
    for (const auto& ap : a.parties) {
      auto s = state_on(a, ap, d_);
      if (!accepted(s.in_force, c_) || !accepted(detail::bound_through(ds_, ap.party, p, d_), c_)) continue;
      out.push_back(s);
      break;
    }
  return out;
}

REGCOOP_DECL std::vector<party_id> snapshot::mechanism_members(const mechanism_id& m) const {
  const auto& mech = ds_.at(m);
  std::vector<party_id> out;
  auto add = [&](const party_id& p) {
    for (auto& x : parties_bound_by(ds_, p, d_, c_))
      if (std::find(out.begin(), out.end(), x) == out.end()) out.push_back(x);
  };
  for (const auto& p : mech.core) add(p);
  add(mech.partner);
  return out;
}

}  // namespace regcoop
