#pragma once
/// @file as_of.hpp
/// @brief What held on a given date: bloc memberships, agreement status per party, project
/// status, mechanism membership — with the uncertainty of partial dates kept visible.

#include "regcoop/dataset.hpp"

#include <boost/describe/enum.hpp>

#include <optional>
#include <vector>

namespace regcoop {

/// A three-valued answer: what is known about a statement on a date.
BOOST_DEFINE_ENUM_CLASS(truth,
                        no,         ///< certainly false
                        possibly,   ///< true for some of the days the dates may denote
                        certainly)  ///< true whatever days the partial dates denote

/// `certainly` if `c` allows only certain answers and the statement is certain, etc.:
/// `certain` policy keeps `certainly` only; `possible` keeps `possibly` and `certainly`.
[[nodiscard]] constexpr bool accepted(truth t, certainty c) noexcept {
  return c == certainty::certain ? t == truth::certainly : t != truth::no;
}

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
constexpr truth max(truth a, truth b) noexcept { return static_cast<int>(a) >= static_cast<int>(b) ? a : b; }
}  // namespace detail

/// Whether `country` is a member of `bloc` on `d`, from the bloc's dated memberships
/// (`period.from` = first day, `period.to` = last day of membership). O(members).
[[nodiscard]] inline truth member_on(const party& bloc, const party_id& country, const partial_date& d) noexcept {
  truth best = truth::no;
  for (const auto& m : bloc.members)
    if (m.member == country) best = detail::max(best, detail::holds(m.period.from, m.period.to, d));
  return best;
}

/// The members of `bloc` on `d` accepted under `c`, in the bloc's order. A party that is
/// not a bloc expands to itself. O(members).
/// @throws regcoop::error (`unknown_id`) when `bloc` is not in the dataset.
[[nodiscard]] inline std::vector<party_id> members_on(const dataset& ds, const party_id& bloc, const partial_date& d,
                                                      certainty c = certainty::certain) {
  const party& b = ds.at(bloc);
  if (b.kind != party_kind::bloc) return {bloc};
  std::vector<party_id> out;
  for (const auto& m : b.members)
    if (accepted(member_on(b, m.member, d), c) && std::find(out.begin(), out.end(), m.member) == out.end())
      out.push_back(m.member);
  return out;
}

/// The blocs `country` belongs to on `d` under `c`. O(parties · members).
[[nodiscard]] inline std::vector<party_id> blocs_of(const dataset& ds, const party_id& country, const partial_date& d,
                                                    certainty c = certainty::certain) {
  std::vector<party_id> out;
  for (const auto& b : ds.parties())
    if (b.kind == party_kind::bloc && accepted(member_on(b, country, d), c)) out.push_back(b.id);
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

/// Where an agreement has no `in_force_from` but its reported status is `concluded` or
/// `in_force`, it is taken to apply from its signature (memoranda and cooperation
/// agreements take effect on signing). Where it has no dates at all, the reported status
/// holds from the source's date on, which `as_of` cannot see: the answer is `possibly`.
[[nodiscard]] inline agreement_state state_on(const agreement& a, const agreement_party& p, const partial_date& d) {
  agreement_state s{&a, p.party, truth::no, truth::no, truth::no};
  const bool effective = a.status == agreement_status::concluded || a.status == agreement_status::in_force;
  s.is_signed = p.signed_on ? detail::happened(*p.signed_on, d)
                            : (a.status == agreement_status::proposed ? truth::no : truth::possibly);
  const auto start = p.in_force_from ? p.in_force_from : (effective ? p.signed_on : std::nullopt);
  s.ended = p.ended_on ? detail::happened(*p.ended_on, d)
                       : (a.status == agreement_status::ended ? truth::possibly : truth::no);
  if (start) {
    s.in_force = detail::happened(*start, d);
    if (s.ended == truth::certainly) s.in_force = truth::no;
    else if (s.ended == truth::possibly && s.in_force == truth::certainly) s.in_force = truth::possibly;
  } else if (effective) {
    s.in_force = truth::possibly;
  }
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
