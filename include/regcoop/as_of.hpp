#pragma once
/// @file as_of.hpp
/// @brief What held on a given date: bloc memberships, agreement status per party, project
/// status, mechanism membership — with the uncertainty of partial dates kept visible.

#include "regcoop/dataset.hpp"
#include "regcoop/query_date.hpp"

#include <boost/describe/enum.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <tuple>
#include <utility>
#include <vector>

namespace regcoop {

namespace detail {
// Is "from `start` (inclusive) to `last` (inclusive, open if absent)" true on day(s) `d`?
constexpr truth holds(const std::optional<partial_date>& start, const std::optional<partial_date>& last,
                      const partial_date& d) noexcept {
  const bool started_c = !start || start->last_day() <= d.first_day();
  const bool started_p = !start || start->first_day() <= d.last_day();
  const bool within_c = !last || d.last_day() <= last->first_day();
  const bool within_p = !last || d.first_day() <= last->last_day();
  if (!started_p || !within_p) return truth::no;
  return (started_c && within_c) ? truth::certainly : truth::possibly;
}
// Has something that happens at `when` happened by `d` (inclusive)?
constexpr truth happened(const partial_date& when, const partial_date& d) noexcept {
  if (when.last_day() <= d.first_day()) return truth::certainly;
  return when.first_day() <= d.last_day() ? truth::possibly : truth::no;
}
}  // namespace detail

namespace detail {
// Does the spell hold on (all / some of) the days [first, last]?
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
}  // namespace detail

/// Whether `member` holds `role` in `org` on `d` (any role when `role` is nullopt), from the
/// organisation's dated spells. O(members).
[[nodiscard]] inline truth member_on(const party& org, const party_id& member, const partial_date& d,
                                     std::optional<membership_role> role = membership_role::full_member) noexcept {
  truth best = truth::no;
  for (const auto& m : org.members)
    if (m.member == member && detail::role_matches(m.role, role))
      best = detail::max(best, detail::covers(detail::days_of(m), d.first_day(), d.last_day()));
  return best;
}

/// The member parties a bloc stands for on `d` under `c`: its full members, blocs among them
/// expanded in turn (a cycle is cut, though a validated dataset has none); a party that is
/// not a bloc stands for itself. In the bloc's order, each once. O(members, recursively).
/// @throws regcoop::error (`unknown_id`) when `bloc` is not in the dataset.
[[nodiscard]] inline std::vector<party_id> members_on(const dataset& ds, const party_id& bloc, const partial_date& d,
                                                      certainty c = certainty::certain) {
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
      if (accepted(member_on(b, m.member, d), c)) self(self, m.member);
  };
  expand(expand, bloc);
  return out;
}

/// One member's membership of one organisation on a date.
struct membership_state {
  party_id organisation{};                              ///< the organisation or bloc
  party_id member{};                                    ///< the member
  membership_role role = membership_role::full_member;  ///< its role
  truth sure = truth::no;                               ///< how sure: `certainly` or `possibly`

  /// Field-wise equality. O(1).
  friend bool operator==(const membership_state&, const membership_state&) = default;
};

/// One row of a membership answer by position (`ds.parties()[row.member]` is the member):
/// no id is copied, so it is the form for callers that ask many questions.
struct membership_row {
  std::uint32_t organisation = 0;                       ///< position of the organisation in `ds.parties()`
  std::uint32_t member = 0;                             ///< position of the member in `ds.parties()`
  membership_role role = membership_role::full_member;  ///< its role
  truth sure = truth::no;                               ///< how sure: `certainly` or `possibly`

  /// Field-wise equality. O(1).
  friend bool operator==(const membership_row&, const membership_row&) = default;
};

namespace detail {
// The rows of one block of spell entries on [first, last]: a row is written for every spell
// and kept when it passes (no branch on the data: spells pass at random); a member with
// several spells in one role (left and rejoined) gets one row, as sure as its surest spell —
// a repeat finds its row through the earliest spell of its kind (`spell_entry::first`).
inline std::vector<membership_row> rows_of(std::span<const spell_entry> spells, std::int32_t first, std::int32_t last,
                                           const std::optional<membership_role>& role, certainty c) {
  thread_local std::vector<std::int32_t> row_at;  // row of each earliest spell, or -1
  row_at.resize(spells.size());
  std::vector<membership_row> out(spells.size());
  std::int32_t n = 0;
  for (std::size_t k = 0; k < spells.size(); ++k) {
    const auto& e = spells[k];
    const truth t = covers_flat(e.days, first, last);
    const bool ok = (static_cast<unsigned>(role_matches(e.role, role)) & static_cast<unsigned>(accepted(t, c))) != 0;  // no branch
    if (e.repeat) {
      if (!ok) continue;
      std::int32_t& r = row_at[e.first];
      if (r >= 0) {
        out[static_cast<std::size_t>(r)].sure = max(out[static_cast<std::size_t>(r)].sure, t);
        continue;
      }
      r = n;
    } else {
      row_at[k] = ok ? n : -1;
    }
    out[static_cast<std::size_t>(n)] = {e.organisation, e.member, e.role, t};
    n += ok;
  }
  out.resize(static_cast<std::size_t>(n));
  return out;
}

}  // namespace detail

/// `members_of` by position: the same rows in the same order, as positions.
/// O(spells of the organisation), reading only the dataset's spell index.
/// @throws regcoop::error (`unknown_id`) when `org` is not in the dataset.
[[nodiscard]] inline std::vector<membership_row> member_rows(const dataset& ds, const party_id& org, const partial_date& d,
                                                             std::optional<membership_role> role = membership_role::full_member,
                                                             certainty c = certainty::certain) {
  const auto pos = ds.position(org);
  if (!pos) (void)ds.at(org);  // throws unknown_id, naming the id
  const auto& ix = ds.spells();
  const std::span<const detail::spell_entry> spells(ix.entries.data() + ix.first[*pos], ix.first[*pos + 1] - ix.first[*pos]);
  return detail::rows_of(spells, d.first_day(), d.last_day(), role, c);  // in `members` order
}

/// `memberships_of` by position: the same rows in the same order, as positions.
/// O(spells of p), reading only the dataset's spell index; nothing when `p` is not in the dataset.
[[nodiscard]] inline std::vector<membership_row> membership_rows(const dataset& ds, const party_id& p, const partial_date& d,
                                                                 std::optional<membership_role> role = std::nullopt,
                                                                 certainty c = certainty::certain) {
  std::vector<membership_row> out;
  const auto pos = ds.position(p);
  if (!pos) return out;
  const auto& ix = ds.spells();
  const std::span<const detail::spell_entry> spells(ix.member_entries.data() + ix.by_member_first[*pos],
                                                    ix.by_member_first[*pos + 1] - ix.by_member_first[*pos]);
  return detail::rows_of(spells, d.first_day(), d.last_day(), role, c);  // organisations in dataset order
}

namespace detail {
// Rows by position → rows by id.
inline std::vector<membership_state> states_of(const dataset& ds, const std::vector<membership_row>& rows) {
  const auto parties = ds.parties();
  std::vector<membership_state> out;
  out.reserve(rows.size());
  for (const auto& r : rows) out.push_back({parties[r.organisation].id, parties[r.member].id, r.role, r.sure});
  return out;
}
}  // namespace detail

/// The members of `org` on `d` in `role` (any role when nullopt; default: full members)
/// accepted under `c`, in the organisation's order, each member and role once.
/// O(spells of the organisation), on the dataset's precomputed spell index (`member_rows`
/// gives the same answer by position). @throws regcoop::error (`unknown_id`) when `org` is
/// not in the dataset.
[[nodiscard]] inline std::vector<membership_state> members_of(const dataset& ds, const party_id& org, const partial_date& d,
                                                              std::optional<membership_role> role = membership_role::full_member,
                                                              certainty c = certainty::certain) {
  return detail::states_of(ds, member_rows(ds, org, d, role, c));
}

/// The organisations and blocs `p` belongs to on `d` in `role` (any role when nullopt, the
/// default), accepted under `c`: organisation, role and how sure, in dataset order. Uses the
/// dataset's spell index (`membership_rows` gives the same answer by position): O(spells of
/// p); nothing when `p` is not in the dataset.
[[nodiscard]] inline std::vector<membership_state> memberships_of(const dataset& ds, const party_id& p, const partial_date& d,
                                                                  std::optional<membership_role> role = std::nullopt,
                                                                  certainty c = certainty::certain) {
  return detail::states_of(ds, membership_rows(ds, p, d, role, c));
}

/// The blocs `country` belongs to (as a full member) on `d` under `c`. O(blocs listing it · members).
[[nodiscard]] inline std::vector<party_id> blocs_of(const dataset& ds, const party_id& country, const partial_date& d,
                                                    certainty c = certainty::certain) {
  std::vector<party_id> out;
  for (const auto& s : memberships_of(ds, country, d, membership_role::full_member, c))
    if (ds.at(s.organisation).kind == party_kind::bloc) out.push_back(s.organisation);
  return out;
}

/// An organisation two parties both belong to on a date, with their roles.
struct shared_membership {
  party_id organisation{};                                ///< the organisation or bloc
  membership_role role_a = membership_role::full_member;  ///< the first party's role
  membership_role role_b = membership_role::full_member;  ///< the second party's role
  truth sure = truth::no;                                 ///< both hold then: `certainly` or `possibly`

  /// Field-wise equality. O(1).
  friend bool operator==(const shared_membership&, const shared_membership&) = default;
};

/// The organisations `a` and `b` both belong to on `d` in `role` (default: full members; any
/// role when nullopt), accepted under `c`: the answer is as sure as the less sure of the two
/// memberships. Uses the party index. O(organisations listing a · members).
[[nodiscard]] inline std::vector<shared_membership> shared_memberships(const dataset& ds, const party_id& a, const party_id& b,
                                                                       const partial_date& d,
                                                                       std::optional<membership_role> role = membership_role::full_member,
                                                                       certainty c = certainty::certain) {
  std::vector<shared_membership> out;
  const auto mine = memberships_of(ds, a, d, role, c);
  for (const auto& x : mine)
    for (const auto& y : members_of(ds, x.organisation, d, role, c))
      if (y.member == b) out.push_back({x.organisation, x.role, y.role, std::min(x.sure, y.sure)});
  return out;
}

/// One row of a dyad-year table: two countries, a year, and the organisations both belonged
/// to on a common day of that year.
struct dyad_year {
  party_id a{};                          ///< the first country (ids in ascending order: a < b)
  party_id b{};                          ///< the second country
  int year = 0;                          ///< the year
  std::size_t count = 0;                 ///< number of organisations shared (`organisations.size()`)
  std::vector<party_id> organisations{};  ///< the organisations, in dataset order

  /// Field-wise equality. O(count).
  friend bool operator==(const dyad_year&, const dyad_year&) = default;
};

/// The dyad-year table of joint membership, the way the Correlates of War IGO data and
/// peacesciencer count it, at day precision: for each year in [first_year, last_year] and
/// each pair of countries, the organisations (blocs included) of which both were members in
/// `role` (default full; any role when nullopt) on at least one common day of the year,
/// accepted under `c` (`certain`: a common day is certain whatever days the partial dates
/// denote; `possible`: one may exist). Only pairs sharing at least one organisation are
/// listed, ordered by year, then a, then b. Members that are organisations are left out
/// (dyads are of countries). O(organisations · years · members²).
[[nodiscard]] inline std::vector<dyad_year> dyad_years(const dataset& ds, int first_year, int last_year,
                                                       std::optional<membership_role> role = membership_role::full_member,
                                                       certainty c = certainty::certain) {
  // (year, a, b) -> organisations, gathered per organisation then sorted once.
  struct hit {
    int year;
    const party* a;
    const party* b;
    std::size_t org;
  };
  std::vector<hit> hits;
  const auto parties = ds.parties();
  std::vector<std::pair<const party*, detail::spell_days>> spells;
  for (std::size_t o = 0; o < parties.size(); ++o) {
    spells.clear();
    const auto days = ds.spells().of(o);  // precomputed at build, in `members` order
    for (std::size_t k = 0; k < parties[o].members.size(); ++k) {
      const auto& m = parties[o].members[k];
      if (!detail::role_matches(m.role, role)) continue;
      const party* p = ds.find(m.member);
      if (p && p->kind == party_kind::country) spells.emplace_back(p, days[k]);
    }
    if (spells.size() < 2) continue;
    for (int y = first_year; y <= last_year; ++y) {
      const auto first = partial_date::serial(y, 1, 1), last = partial_date::serial(y, 12, 31);
      const std::size_t before = hits.size();
      for (std::size_t i = 0; i < spells.size(); ++i) {
        if (!accepted(detail::covers(spells[i].second, first, last), certainty::possible)) continue;
        for (std::size_t j = i + 1; j < spells.size(); ++j) {
          if (spells[i].first == spells[j].first) continue;
          if (!accepted(detail::together(spells[i].second, spells[j].second, first, last), c)) continue;
          const party* x = spells[i].first;
          const party* z = spells[j].first;
          if (z->id < x->id) std::swap(x, z);
          hits.push_back({y, x, z, o});
        }
      }
      // A pair with several spells in one organisation counts it once.
      std::sort(hits.begin() + static_cast<std::ptrdiff_t>(before), hits.end(), [](const hit& l, const hit& r) {
        return std::tie(l.a->id, l.b->id) < std::tie(r.a->id, r.b->id);
      });
      hits.erase(std::unique(hits.begin() + static_cast<std::ptrdiff_t>(before), hits.end(),
                             [](const hit& l, const hit& r) { return l.a == r.a && l.b == r.b; }),
                 hits.end());
    }
  }
  std::sort(hits.begin(), hits.end(), [](const hit& l, const hit& r) {
    return std::tie(l.year, l.a->id, l.b->id, l.org) < std::tie(r.year, r.a->id, r.b->id, r.org);
  });
  std::vector<dyad_year> out;
  for (const auto& h : hits) {
    if (out.empty() || out.back().year != h.year || out.back().a != h.a->id || out.back().b != h.b->id)
      out.push_back({h.a->id, h.b->id, h.year, 0, {}});
    out.back().organisations.push_back(parties[h.org].id);
    out.back().count = out.back().organisations.size();
  }
  return out;
}

/// The state of one party's participation in an agreement on a date.
struct agreement_state {
  const agreement* of = nullptr;  ///< the agreement
  party_id party{};               ///< the party
  truth is_signed = truth::no;    ///< signed by then
  truth in_force = truth::no;     ///< in force for the party then
  truth ended = truth::no;        ///< ended for the party by then
};

/// The state of party `p` in agreement `a` on `d`. The rule for missing dates:
/// - a party with `in_force_from` is in force from that date (until `ended_on`);
/// - when *another* party has an `in_force_from`, the agreement has an entry-into-force
///   procedure: a party without one is `possibly` in force once it has ratified
///   (`ratified_on`), and `no` if it has not ratified — a signatory that never ratified is
///   never in force, let alone certainly;
/// - when no party has an `in_force_from`, an agreement whose reported status is `concluded`
///   or `in_force` applies from each party's signature (memoranda and cooperation agreements
///   take effect on signing); with no dates at all, the reported status holds from the
///   source's date on, which `as_of` cannot see: the answer is `possibly`.
/// O(parties of the agreement).
[[nodiscard]] inline agreement_state state_on(const agreement& a, const agreement_party& p, const partial_date& d) {
  agreement_state s{&a, p.party, truth::no, truth::no, truth::no};
  const bool effective = a.status == agreement_status::concluded || a.status == agreement_status::in_force;
  const bool has_procedure =
      std::any_of(a.parties.begin(), a.parties.end(), [](const agreement_party& x) { return x.in_force_from.has_value(); });
  s.is_signed = p.signed_on ? detail::happened(*p.signed_on, d)
                            : (a.status == agreement_status::proposed ? truth::no : truth::possibly);
  s.ended = p.ended_on ? detail::happened(*p.ended_on, d)
                       : (a.status == agreement_status::ended ? truth::possibly : truth::no);
  if (p.in_force_from) {
    s.in_force = detail::happened(*p.in_force_from, d);
  } else if (has_procedure) {
    s.in_force = p.ratified_on ? std::min(detail::happened(*p.ratified_on, d), truth::possibly) : truth::no;
  } else if (p.signed_on && effective) {
    s.in_force = detail::happened(*p.signed_on, d);
  } else if (effective) {
    s.in_force = truth::possibly;
  }
  if (s.ended == truth::certainly) s.in_force = truth::no;
  else if (s.ended == truth::possibly && s.in_force == truth::certainly) s.in_force = truth::possibly;
  return s;
}

/// The status of a project on a date: the latest status that had begun, with how sure that is.
struct project_state {
  const project* of = nullptr;                ///< the project
  std::optional<project_status> status{};     ///< the status, if any had begun
  truth sure = truth::no;                     ///< `certainly` if no later change may have happened
};

/// Resolves a project's status on `d` from its history (`since`, or `reported` when the
/// start is unknown: the status held by then, maybe earlier). O(history).
[[nodiscard]] inline project_state state_on(const project& p, const partial_date& d) {
  project_state out{&p, std::nullopt, truth::no};
  // The latest change that certainly happened by d is the status, unless a later change
  // possibly happened too; then the latest change that possibly happened is reported, unsure.
  std::optional<std::size_t> certain, possible;
  for (std::size_t i = 0; i < p.status_history.size(); ++i) {
    const auto& s = p.status_history[i];
    truth t = truth::possibly;  // no date at all: may have begun any time
    if (s.since)
      t = detail::happened(*s.since, d);
    else if (s.reported && s.reported->last_day() <= d.first_day())
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

/// A snapshot of a dataset on one date: the answers of `state_on`, `members_on` and friends
/// for every record, filtered by a certainty policy.
class snapshot {
 public:
  /// O(1); the dataset is shared, not copied.
  snapshot(dataset ds, partial_date d, certainty c = certainty::certain) : ds_(std::move(ds)), d_(d), c_(c) {}

  /// The date. O(1).
  [[nodiscard]] const partial_date& date() const noexcept { return d_; }

  /// Every (agreement, party) in force on the date under the policy. O(agreement parties).
  [[nodiscard]] std::vector<agreement_state> agreements_in_force() const {
    std::vector<agreement_state> out;
    for (const auto& a : ds_.agreements())
      for (const auto& p : a.parties) {
        auto s = state_on(a, p, d_);
        if (accepted(s.in_force, c_)) out.push_back(s);
      }
    return out;
  }

  /// The agreements in force between `a` and `b` (both parties in force), expanding blocs
  /// to their members on the date. O(agreement parties · members).
  [[nodiscard]] std::vector<const agreement*> agreements_between(const party_id& a, const party_id& b) const {
    std::vector<const agreement*> out;
    for (const auto& ag : ds_.agreements()) {
      bool has_a = false, has_b = false;
      for (const auto& p : ag.parties) {
        if (!accepted(state_on(ag, p, d_).in_force, c_)) continue;
        const auto members = members_on(ds_, p.party, d_, c_);
        has_a = has_a || std::find(members.begin(), members.end(), a) != members.end();
        has_b = has_b || std::find(members.begin(), members.end(), b) != members.end();
      }
      if (has_a && has_b) out.push_back(&ag);
    }
    return out;
  }

  /// Each project's status on the date, where one is accepted under the policy. O(history).
  [[nodiscard]] std::vector<project_state> projects() const {
    std::vector<project_state> out;
    for (const auto& p : ds_.projects()) {
      auto s = state_on(p, d_);
      if (s.status && accepted(s.sure, c_)) out.push_back(s);
    }
    return out;
  }

  /// The members of `org` in `role` on the date (default: full members; any when nullopt),
  /// see `members_of`. @throws regcoop::error (`unknown_id`). O(members).
  [[nodiscard]] std::vector<membership_state> members(const party_id& org,
                                                      std::optional<membership_role> role = membership_role::full_member) const {
    return members_of(ds_, org, d_, role, c_);
  }

  /// The memberships of `p` on the date (any role by default), see `memberships_of`.
  /// O(organisations listing p · members).
  [[nodiscard]] std::vector<membership_state> memberships(const party_id& p,
                                                          std::optional<membership_role> role = std::nullopt) const {
    return memberships_of(ds_, p, d_, role, c_);
  }

  /// The organisations `a` and `b` share on the date, see `shared_memberships`.
  [[nodiscard]] std::vector<shared_membership> shared(const party_id& a, const party_id& b,
                                                      std::optional<membership_role> role = membership_role::full_member) const {
    return shared_memberships(ds_, a, b, d_, role, c_);
  }

  /// The agreements in force for `p` on the date (directly, or through a bloc `p` is a full
  /// member of on the date), under the policy. O(agreement parties · members).
  [[nodiscard]] std::vector<agreement_state> agreements_in_force_for(const party_id& p) const {
    std::vector<agreement_state> out;
    for (const auto& a : ds_.agreements())
      for (const auto& ap : a.parties) {
        auto s = state_on(a, ap, d_);
        if (!accepted(s.in_force, c_)) continue;
        const auto who = members_on(ds_, ap.party, d_, c_);
        if (ap.party == p || std::find(who.begin(), who.end(), p) != who.end()) {
          out.push_back(s);
          break;
        }
      }
    return out;
  }

  /// The members of a mechanism on the date: core group and partner, blocs expanded.
  /// @throws regcoop::error (`unknown_id`). O(parties · members).
  [[nodiscard]] std::vector<party_id> mechanism_members(const mechanism_id& m) const {
    const auto& mech = ds_.at(m);
    std::vector<party_id> out;
    auto add = [&](const party_id& p) {
      for (auto& x : members_on(ds_, p, d_, c_))
        if (std::find(out.begin(), out.end(), x) == out.end()) out.push_back(x);
    };
    for (const auto& p : mech.core) add(p);
    add(mech.partner);
    return out;
  }

 private:
  dataset ds_;
  partial_date d_;
  certainty c_;
};

}  // namespace regcoop
