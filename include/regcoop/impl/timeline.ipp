#pragma once
/// @file impl/timeline.ipp
/// @brief Definitions of the timelines declared in `regcoop/query/timeline.hpp`. Included by that
/// header in header-only mode and by `regcoop/src.hpp` under REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/query/timeline.hpp"
#include "regcoop/detail/refs.hpp"
#include "regcoop/model/enum.hpp"
#include "regcoop/query/as_of.hpp"
#include "regcoop/model/records.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop::detail {

// The dated steps of one agreement entry, in the order they happen: the date and the words
// before and after the party's id ("signed by " P, "enters into force for " P).
struct agreement_step {
  const std::optional<partial_date>* date;
  const char* words;
};

REGCOOP_DECL void add_entries(const dataset& ds, const event& e, std::vector<timeline_entry>& out) {
  (void)ds;
  out.push_back({e.date, "events/" + e.id.value, e.name, {}});
}

REGCOOP_DECL std::array<agreement_step, 6> steps_of(const agreement_party& e) {
  return {{{&e.signed_on, " signed by "},
           {&e.acceded_on, " acceded to by "},
           {&e.ratified_on, " ratified by "},
           {&e.provisionally_applied_from, " applied provisionally by "},
           {&e.in_force_from, " enters into force for "},
           {&e.ended_on, " ends for "}}};
}

// All entries of an agreement, one per date and step, naming every party whose date it is
// ("RCEP enters into force for AU, BN, CN"); an agreement without dates, one undated entry.
REGCOOP_DECL void add_entries(const dataset& ds, const agreement& a, std::vector<timeline_entry>& out) {
  (void)ds;
  const std::size_t first = out.size();
  std::vector<std::pair<partial_date, const char*>> seen;  // the step of out[first + i]
  for (const auto& p : a.parties)
    for (const auto& st : steps_of(p)) {
      if (!*st.date) continue;
      const partial_date d = **st.date;
      std::size_t i = 0;
      while (i < seen.size() && !(seen[i].first == d && seen[i].second == st.words)) ++i;
      if (i < seen.size()) {
        out[first + i].what += ", " + p.party.value;
        continue;
      }
      seen.push_back({d, st.words});
      out.push_back({d, "agreements/" + a.id.value, a.name + st.words + p.party.value, {}});
    }
  if (seen.empty()) out.push_back({std::nullopt, "agreements/" + a.id.value, a.name + " (" + std::string(to_string(a.status)) + ")", {}});
}

// The entries of `p` in agreement `a`: the dates of its own entry, and those of a bloc entry on
// the days `p` is (certainly or possibly) bound through the bloc (`bound_through`), marked
// with `through` ("… enters into force for EU (DE bound through EU)"). True when it added one
// or `p` has an own entry.
REGCOOP_DECL bool add_party_entries(const dataset& ds, const agreement& a, const party_id& p, std::vector<timeline_entry>& out) {
  bool any = false;
  for (const auto& e : a.parties) {
    const bool own = e.party == p;
    if (!own && ds.at(e.party).kind != party_kind::bloc) continue;
    any = any || own;
    for (const auto& st : steps_of(e)) {
      if (!*st.date) continue;
      const partial_date d = **st.date;
      std::string what = a.name + st.words + e.party.value;
      if (!own) {
        const truth t = bound_through(ds, e.party, p, d);
        if (t == truth::no) continue;
        what += " (" + p.value + (t == truth::possibly ? " possibly" : "") + " bound through " + e.party.value + ")";
      }
      out.push_back({d, "agreements/" + a.id.value, std::move(what), {}, own ? std::nullopt : std::optional(e.party)});
      any = true;
    }
  }
  return any;
}

REGCOOP_DECL void add_entries(const dataset& ds, const project& p, std::vector<timeline_entry>& out) {
  (void)ds;
  for (const auto& s : p.status_history) {
    std::string what = p.name + ": " + std::string(to_string(s.status));
    if (!s.since && s.reported) what += " (reported by " + s.reported->to_string() + ")";
    out.push_back({s.since ? s.since : s.reported, "projects/" + p.id.value, std::move(what), {}});
  }
  if (p.status_history.empty()) out.push_back({std::nullopt, "projects/" + p.id.value, p.name, {}});
}

REGCOOP_DECL void add_entries(const dataset& ds, const mechanism& m, std::vector<timeline_entry>& out) {
  if (m.founded) out.push_back({m.founded, "mechanisms/" + m.id.value, m.name + " founded", {}});
  for (const auto& b : m.bodies)
    if (b.established) out.push_back({b.established, "mechanisms/" + m.id.value, b.name + " established", {}});
  for (const auto& e : ds.events())
    if (e.mechanism == m.id) add_entries(ds, e, out);
  for (const auto& a : ds.agreements())
    if (a.mechanism == m.id) add_entries(ds, a, out);
}

REGCOOP_DECL void add_entries(const dataset& ds, const indicator& i, std::vector<timeline_entry>& out) {
  (void)ds;
  if (!i.value) return;
  const auto& d = i.value->as_of ? i.value->as_of : i.value->period.to ? i.value->period.to : i.value->period.from;
  out.push_back({d, "indicators/" + i.id.value, i.name + ": " + to_string(*i.value), {}});
}

// The entries of `member`'s spells in organisation `o`: joining (with the role), changing role
// (a spell that starts when the previous one ends), suspension, and leaving.
REGCOOP_DECL void add_membership_entries(const party& o, const party_id& member, std::vector<timeline_entry>& out) {
  const std::string rec = record_label<party>(o.id.value);
  std::vector<const membership*> spells;
  for (const auto& m : o.members)
    if (m.member == member) spells.push_back(&m);
  std::stable_sort(spells.begin(), spells.end(), [](const membership* x, const membership* y) {
    const auto& a = x->period.from ? x->period.from : x->reported;
    const auto& b = y->period.from ? y->period.from : y->reported;
    return a && (!b || a->first_day() < b->first_day());
  });
  const std::string who = member.value + " ";
  for (std::size_t i = 0; i < spells.size(); ++i) {
    const membership& m = *spells[i];
    const membership* prev = i ? spells[i - 1] : nullptr;
    const bool follows = prev && prev->period.to && m.period.from && m.period.from->first_day() <= prev->period.to->last_day() + 1;
    const std::string role(to_string(m.role));
    std::string what = m.role == membership_role::suspended ? who + "membership of " + o.id.value + " suspended"
                       : follows ? who + "becomes " + role + " of " + o.id.value + " (was " + std::string(to_string(prev->role)) + ")"
                                 : who + "joins " + o.id.value + " as " + role;
    if (m.period.from) out.push_back({m.period.from, rec, std::move(what), {}});
    else if (m.reported) out.push_back({m.reported, rec, what + " (reported by " + m.reported->to_string() + "; start unknown)", {}});
    const membership* next = i + 1 < spells.size() ? spells[i + 1] : nullptr;
    const bool continued = next && m.period.to && next->period.from && next->period.from->first_day() <= m.period.to->last_day() + 1;
    if (m.period.to && !continued) out.push_back({m.period.to, rec, who + "leaves " + o.id.value + " (last day as " + role + ")", {}});
  }
}

// Founding and dissolution of an organisation.
REGCOOP_DECL void add_organisation_entries(const party& o, std::vector<timeline_entry>& out) {
  const std::string rec = record_label<party>(o.id.value);
  if (o.founded) out.push_back({o.founded, rec, o.name + " founded", {}});
  if (o.dissolved) out.push_back({o.dissolved, rec, o.name + " dissolved", {}});
}

// Orders entries: dated by first day, then by last day (more precise first), then record; undated
// last. Notes each entry whose order against the previous one the dates do not settle.
REGCOOP_DECL std::vector<timeline_entry> order(std::vector<timeline_entry> v) {
  std::stable_sort(v.begin(), v.end(), [](const timeline_entry& a, const timeline_entry& b) {
    if (!a.date || !b.date) return a.date.has_value() && !b.date.has_value();
    if (a.date->first_day() != b.date->first_day()) return a.date->first_day() < b.date->first_day();
    if (a.date->last_day() != b.date->last_day()) return a.date->last_day() < b.date->last_day();
    return false;
  });
  for (std::size_t i = 1; i < v.size(); ++i) {
    const auto& p = v[i - 1].date;
    const auto& c = v[i].date;
    if (!c)
      v[i].order_note = "undated";
    else if (p && !certainly_before(*p, *c) && !(p->is_full() && *p == *c))  // the same day is no uncertainty
      v[i].order_note = "order against the previous entry unknown: " + p->to_string() + " and " + c->to_string() + " overlap";
  }
  if (!v.empty() && !v[0].date) v[0].order_note = "undated";
  return v;
}

// Adds the entries of every project and indicator that satisfies `keep`.
template <class Keep>
void add_matching(const dataset& ds, Keep keep, std::vector<timeline_entry>& out) {
  for (const auto& p : ds.projects())
    if (keep(p)) add_entries(ds, p, out);
  for (const auto& i : ds.indicators())
    if (keep(i)) add_entries(ds, i, out);
}

}  // namespace regcoop::detail

namespace regcoop {

REGCOOP_DECL std::vector<timeline_entry> timeline(const dataset& ds, const project_id& p) {
  std::vector<timeline_entry> v;
  detail::add_entries(ds, ds.at(p), v);
  return detail::order(std::move(v));
}

REGCOOP_DECL std::vector<timeline_entry> timeline(const dataset& ds, const mechanism_id& m) {
  std::vector<timeline_entry> v;
  detail::add_entries(ds, ds.at(m), v);
  return detail::order(std::move(v));
}

REGCOOP_DECL std::vector<timeline_entry> timeline(const dataset& ds, const party_id& p) {
  (void)ds.at(p);
  std::vector<timeline_entry> v;
  const auto refers = [&](const auto& r) { return detail::refers_to(r, p); };
  for (const auto& m : ds.mechanisms())
    if (refers(m))
      for (const auto& e : ds.events())
        if (e.mechanism == m.id) detail::add_entries(ds, e, v);
  detail::add_matching(ds, refers, v);
  for (const auto& a : ds.agreements()) (void)detail::add_party_entries(ds, a, p, v);
  const party& self = ds.at(p);
  detail::add_organisation_entries(self, v);
  std::vector<party_id> members;
  for (const auto& m : self.members)
    if (std::find(members.begin(), members.end(), m.member) == members.end()) members.push_back(m.member);
  for (const auto& m : members) detail::add_membership_entries(self, m, v);
  for (const auto i : ds.referring_to<party>(p))
    if (has_member(ds.parties()[i], p)) detail::add_membership_entries(ds.parties()[i], p, v);
  return detail::order(std::move(v));
}

REGCOOP_DECL std::vector<timeline_entry> timeline(const dataset& ds, const party_id& a, const party_id& b) {
  (void)ds.at(a);
  (void)ds.at(b);
  std::vector<timeline_entry> v;
  detail::add_matching(ds, [&](const auto& r) { return detail::refers_to(r, a) && detail::refers_to(r, b); }, v);
  for (const auto& ag : ds.agreements()) {
    std::vector<timeline_entry> mine;
    if (detail::add_party_entries(ds, ag, a, mine) && (a == b || detail::add_party_entries(ds, ag, b, mine)))
      v.insert(v.end(), std::make_move_iterator(mine.begin()), std::make_move_iterator(mine.end()));
  }
  return detail::order(std::move(v));
}

}  // namespace regcoop
REGCOOP_STRING_WARNINGS_END
