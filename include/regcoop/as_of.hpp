#pragma once
/// @file as_of.hpp
/// @brief What held on a given date: agreement status per party, the parties a bloc stands
/// for, project status, mechanism membership, and a `snapshot` of all of it — with the
/// uncertainty of partial dates kept visible. Includes memberships.hpp and dyads.hpp.

#include "regcoop/dataset.hpp"
#include "regcoop/memberships.hpp"
#include "regcoop/dyads.hpp"
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
