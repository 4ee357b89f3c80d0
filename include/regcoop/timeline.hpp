#pragma once
/// @file timeline.hpp
/// @brief Dated histories of a party, a mechanism, a project or a pair of parties, ordered by
/// partial date, with ties (entries whose order the dates cannot settle) explained.

#include "regcoop/dataset.hpp"
#include "regcoop/detail/refs.hpp"
#include "regcoop/enum.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace regcoop {

/// One dated happening.
struct timeline_entry {
  std::optional<partial_date> date{};  ///< when (undated entries come last)
  std::string record{};                ///< the record, as "kind/id"
  std::string what{};                  ///< what happened, in words
  std::string order_note{};            ///< why the order against the previous entry is uncertain, if it is
  /// The organisation or bloc through which the party whose timeline this is is bound by the
  /// agreement of this entry (DE bound by the EU–Kazakhstan EPCA through EU); empty when the
  /// entry is the party's own (its own agreement entry, membership, event).
  std::optional<party_id> through{};
};

namespace detail {
inline void add_entries(const dataset& ds, const event& e, std::vector<timeline_entry>& out) {
  (void)ds;
  out.push_back({e.date, "events/" + e.id.value, e.name, {}});
}
inline void add_entries(const dataset& ds, const agreement& a, std::vector<timeline_entry>& out) {
  (void)ds;
  std::vector<std::pair<partial_date, std::string>> seen;
  const auto add = [&](const std::optional<partial_date>& d, const char* verb) {
    if (!d) return;
    for (const auto& s : seen)
      if (s.first == *d && s.second == verb) return;  // one entry per date and kind, not per party
    seen.push_back({*d, verb});
    out.push_back({d, "agreements/" + a.id.value, a.name + " " + verb, {}});
  };
  bool any = false;
  for (const auto& p : a.parties) {
    add(p.signed_on, "signed");
    add(p.in_force_from, "enters into force");
    add(p.ended_on, "ends");
    any = any || p.signed_on || p.in_force_from || p.ended_on;
  }
  if (!any) out.push_back({std::nullopt, "agreements/" + a.id.value, a.name + " (" + std::string(to_string(a.status)) + ")", {}});
}
inline void add_entries(const dataset& ds, const project& p, std::vector<timeline_entry>& out) {
  (void)ds;
  for (const auto& s : p.status_history) {
    std::string what = p.name + ": " + std::string(to_string(s.status));
    if (!s.since && s.reported) what += " (reported by " + s.reported->to_string() + ")";
    out.push_back({s.since ? s.since : s.reported, "projects/" + p.id.value, std::move(what), {}});
  }
  if (p.status_history.empty()) out.push_back({std::nullopt, "projects/" + p.id.value, p.name, {}});
}
inline void add_entries(const dataset& ds, const mechanism& m, std::vector<timeline_entry>& out) {
  if (m.founded) out.push_back({m.founded, "mechanisms/" + m.id.value, m.name + " founded", {}});
  for (const auto& b : m.bodies)
    if (b.established) out.push_back({b.established, "mechanisms/" + m.id.value, b.name + " established", {}});
  for (const auto& e : ds.events())
    if (e.mechanism == m.id) add_entries(ds, e, out);
}
inline void add_entries(const dataset& ds, const indicator& i, std::vector<timeline_entry>& out) {
  (void)ds;
  if (!i.value) return;
  const auto& d = i.value->as_of ? i.value->as_of : i.value->period.to ? i.value->period.to : i.value->period.from;
  out.push_back({d, "indicators/" + i.id.value, i.name + ": " + to_string(*i.value), {}});
}

// The entries of `member`'s spells in organisation `o`: joining (with the role), changing role
// (a spell that starts when the previous one ends), suspension, and leaving.
inline void add_membership_entries(const party& o, const party_id& member, std::vector<timeline_entry>& out) {
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
inline void add_organisation_entries(const party& o, std::vector<timeline_entry>& out) {
  const std::string rec = record_label<party>(o.id.value);
  if (o.founded) out.push_back({o.founded, rec, o.name + " founded", {}});
  if (o.dissolved) out.push_back({o.dissolved, rec, o.name + " dissolved", {}});
}

// Adds the entries of every agreement, project and indicator that satisfies `keep`.
template <class Keep>
void add_matching(const dataset& ds, Keep keep, std::vector<timeline_entry>& out) {
  for (const auto& a : ds.agreements())
    if (keep(a)) add_entries(ds, a, out);
  for (const auto& p : ds.projects())
    if (keep(p)) add_entries(ds, p, out);
  for (const auto& i : ds.indicators())
    if (keep(i)) add_entries(ds, i, out);
}

// Orders entries: dated by first day, then by last day (more precise first), then record; undated
// last. Notes each entry whose order against the previous one the dates do not settle.
inline std::vector<timeline_entry> order(std::vector<timeline_entry> v) {
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
    else if (p && !certainly_before(*p, *c))
      v[i].order_note = "order against the previous entry unknown: " + p->to_string() + " and " + c->to_string() + " overlap";
  }
  if (!v.empty() && !v[0].date) v[0].order_note = "undated";
  return v;
}
}  // namespace detail

/// The history of a project: its status changes. O(history log history).
/// @throws regcoop::error (`unknown_id`).
[[nodiscard]] inline std::vector<timeline_entry> timeline(const dataset& ds, const project_id& p) {
  std::vector<timeline_entry> v;
  detail::add_entries(ds, ds.at(p), v);
  return detail::order(std::move(v));
}

/// The history of a mechanism: founding, bodies established, its events. O(events + bodies).
/// @throws regcoop::error (`unknown_id`).
[[nodiscard]] inline std::vector<timeline_entry> timeline(const dataset& ds, const mechanism_id& m) {
  std::vector<timeline_entry> v;
  detail::add_entries(ds, ds.at(m), v);
  return detail::order(std::move(v));
}

/// The history of a party: events of its mechanisms, its agreements, projects and
/// observations; for a member of organisations, its joining, role changes, suspensions and
/// leaving; for an organisation, its founding, dissolution and every member's joining and
/// leaving. O(size of the dataset).
/// @throws regcoop::error (`unknown_id`).
[[nodiscard]] inline std::vector<timeline_entry> timeline(const dataset& ds, const party_id& p) {
  (void)ds.at(p);
  std::vector<timeline_entry> v;
  const auto refers = [&](const auto& r) { return detail::refers_to(r, p); };
  for (const auto& m : ds.mechanisms())
    if (refers(m))
      for (const auto& e : ds.events())
        if (e.mechanism == m.id) detail::add_entries(ds, e, v);
  detail::add_matching(ds, refers, v);
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

/// The history of a pair of parties: agreements, projects and observations naming both.
/// O(size of the dataset).
/// @throws regcoop::error (`unknown_id`).
[[nodiscard]] inline std::vector<timeline_entry> timeline(const dataset& ds, const party_id& a, const party_id& b) {
  (void)ds.at(a);
  (void)ds.at(b);
  std::vector<timeline_entry> v;
  detail::add_matching(ds, [&](const auto& r) { return detail::refers_to(r, a) && detail::refers_to(r, b); }, v);
  return detail::order(std::move(v));
}

}  // namespace regcoop
