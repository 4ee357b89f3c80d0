#pragma once
/// @file regcoop/query/as_of.hpp
/// @brief What held on a given date: agreement status per party, the parties bound through an
/// agreement entry, the agreements between two parties, project status, mechanism membership, and a `snapshot` of all of it — with the
/// uncertainty of partial dates kept visible. Includes memberships.hpp and dyads.hpp.

#include "regcoop/dataset/dataset.hpp"
#include "regcoop/query/memberships.hpp"
#include "regcoop/query/dyads.hpp"
#include "regcoop/query/query_date.hpp"
#include "regcoop/model/records.hpp"

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
// The days from `from` (inclusive; open when absent) to the day before `end` (the first day
// no longer covered; open when absent).
constexpr day_span span_before(const std::optional<partial_date>& from, const std::optional<partial_date>& end) noexcept {
  day_span s = span_of(from, std::nullopt);
  if (end) {
    s.possible_end = end->last_day() - 1;
    s.certain_end = end->first_day() - 1;
  }
  return s;
}

constexpr bool binds(membership_role r) noexcept {
  return r == membership_role::full_member || r == membership_role::bound_non_member;
}

// How sure it is that `member` is bound by the agreements of bloc `b` on `q`: a full member or a
// bound non-member then. A spell that `continues` the previous one in these roles joins it (GB,
// full member to 2020-01-31 then bound non-member to 2020-12-31, is bound on every day of 2020).
// O(members of b).
REGCOOP_DECL truth bound_member(const party& b, const party_id& member, const query_date& q);

// How sure it is that `p` is bound through the agreement entry of `entry` on `q`: `p` is the
// entry's party (certainly), or, when `entry` is a bloc, bound by it (`bound_member`), directly
// or through a bloc bound by it (the least sure link of the surest chain). A cycle is cut.
REGCOOP_DECL truth bound_through(const dataset& ds, const party_id& entry, const party_id& p, const query_date& q,
                                 std::vector<party_id>& seen);
REGCOOP_DECL truth bound_through(const dataset& ds, const party_id& entry, const party_id& p, const query_date& q);
}  // namespace detail

/// The parties bound by an agreement through the entry of party `entry` on `q` under `c`: a
/// party that is not a bloc stands for itself; a bloc stands for its full members and its
/// `bound_non_member`s on the date (a spell that continues another in these roles joins it),
/// blocs among them expanded in turn (a cycle is cut, though a validated dataset has none). The
/// bloc itself is not listed. In the bloc's order, each once. O(members, recursively).
/// (Called `members_on` before; suspended members, observers and candidates are not bound.)
/// @throws regcoop::error (`unknown_id`) when `entry` is not in the dataset.
[[nodiscard]] REGCOOP_DECL std::vector<party_id> parties_bound_by(const dataset& ds, const party_id& entry, const query_date& q,
                                                                  certainty c = certainty::certain);
/// `parties_bound_by` on a plain date (a coarse one read as some day of it). O(members, recursively).
/// @throws regcoop::error (`unknown_id`).
[[nodiscard]] REGCOOP_DECL std::vector<party_id> parties_bound_by(const dataset& ds, const party_id& entry, const partial_date& d,
                                                                  certainty c = certainty::certain);

/// The former name of `parties_bound_by`. O(members, recursively). @throws regcoop::error (`unknown_id`).
[[nodiscard]] REGCOOP_DECL std::vector<party_id> members_on(const dataset& ds, const party_id& bloc, const partial_date& d,
                                                            certainty c = certainty::certain);

/// The state of one party's participation in an agreement on a date (see `state_on`).
struct agreement_state {
  const agreement* of = nullptr;       ///< the agreement
  party_id party{};                    ///< the party
  truth is_signed = truth::no;         ///< signed by then (`no` for a party that acceded)
  truth in_force = truth::no;          ///< definitively in force for the party then (not provisional application)
  truth ended = truth::no;             ///< ended for the party by then
  truth acceded = truth::no;           ///< acceded by then
  truth provisionally_applied = truth::no;  ///< applied provisionally then: from `provisionally_applied_from` to the
                                            ///< day before entry into force (or before the end)
  truth applies = truth::no;           ///< in force or provisionally applied then
};

/// The state of party `p` in agreement `a` on `q` (some day or every day of a coarse date). The
/// rule for missing dates:
/// - a party with `in_force_from` is in force from that date to the day before `ended_on`;
/// - when *another* party has an `in_force_from`, the agreement has an entry-into-force
///   procedure: a party without one is `possibly` in force once it has consented to be bound
///   (`ratified_on` or `acceded_on`: accession is consent to be bound by a party that did not
///   sign), and `no` if it has not — a signatory that never ratified is never in force;
/// - when no party has an `in_force_from`, an agreement whose reported status is `concluded`
///   or `in_force` applies from each party's signature or accession (memoranda and cooperation
///   agreements take effect on signing); with no dates at all, the reported status holds from
///   the source's date on, which `as_of` cannot see: the answer is `possibly`;
/// - provisional application (`provisionally_applied_from`) is not entry into force: it gives
///   `provisionally_applied` until entry into force (or the end), and `applies` (in force or
///   provisionally applied) from its start; `in_force` reads only definitive entry into force.
/// O(parties of the agreement).
[[nodiscard]] REGCOOP_DECL agreement_state state_on(const agreement& a, const agreement_party& p, const query_date& q);
/// `state_on` on a plain date (a coarse one read as some day of it). O(parties of the agreement).
[[nodiscard]] REGCOOP_DECL agreement_state state_on(const agreement& a, const agreement_party& p, const partial_date& d);

namespace detail {
constexpr truth negate(truth t) noexcept {
  return t == truth::certainly ? truth::no : t == truth::no ? truth::certainly : truth::possibly;
}
// Are `a` and `b` on different entries of `ag` in force on `q` under `c` (see
// `agreements_between`)? With `through_blocs` false, only on their own entries.
REGCOOP_DECL bool on_different_sides(const dataset& ds, const agreement& ag, const party_id& a, const party_id& b, const query_date& q,
                                     certainty c, bool through_blocs = true);
}  // namespace detail

/// The agreements in force on `q` under `c` with `a` and `b` on different sides: each is the
/// party of an entry or bound through a bloc entry (`parties_bound_by`: full members and bound
/// non-members on the date, recursively), on two different entries, both in force then
/// (`agreement_state::in_force`: definitively, not provisionally). DE and FR, both bound through
/// the EU's entry, have no agreement between them by the EU's agreements; a party has none with
/// itself. (Where an agreement lists a bloc and its members as parties of their own — a mixed
/// agreement — two members on their own entries count as on different sides: the data do not say
/// which entries stand together.) In dataset order. O(agreements · entries · bloc members).
/// @throws regcoop::error (`unknown_id`) naming `a` or `b` when it is not in the dataset.
[[nodiscard]] REGCOOP_DECL std::vector<const agreement*> agreements_between(const dataset& ds, const party_id& a, const party_id& b,
                                                                            const query_date& q, certainty c = certainty::certain);

/// How sure it is that the entry `p` of agreement `a` has status `s` on `q`, as the entry's own
/// dates give it (`state_on`), not as the agreement's reported status: `in_force` and `ended` as
/// `state_on` reads them; `concluded` = signed, acceded or ratified by then, and neither in force
/// nor ended (a signatory that has not ratified, a party applying it provisionally); `proposed` =
/// none of these yet; `unknown` = the entry has no date and the agreement's status is unknown.
/// On a coarse date, "every day" asks that the entry be signed by the first day and in force on
/// none; "some day" that it be signed by some day and not in force on every day. O(parties of `a`).
[[nodiscard]] REGCOOP_DECL truth status_on(const agreement& a, const agreement_party& p, agreement_status s, const query_date& q);

/// The status of a project on a date: the latest status that had begun, with how sure that is.
struct project_state {
  const project* of = nullptr;                ///< the project
  std::optional<project_status> status{};     ///< the status, if any had begun
  truth sure = truth::no;                     ///< `certainly` if no later change may have happened
};

/// Resolves a project's status on `d` (by some day or by every day of a coarse date) from its
/// history (`since`, or `reported` when the start is unknown: the status held by then, maybe
/// earlier). O(history).
[[nodiscard]] REGCOOP_DECL project_state state_on(const project& p, const query_date& d);

/// `state_on` for a project on a plain date (a coarse one read as some day of it). O(history).
[[nodiscard]] REGCOOP_DECL project_state state_on(const project& p, const partial_date& d);

/// A snapshot of a dataset on one date (some day or every day of a coarse one): the answers of
/// `state_on`, `parties_bound_by` and friends for every record, filtered by a certainty policy.
class snapshot {
 public:
  /// O(1); the dataset is shared, not copied.
  snapshot(dataset ds, query_date d, certainty c = certainty::certain) : ds_(std::move(ds)), d_(d), c_(c) {}
  /// On a plain date (a coarse one read as some day of it). O(1).
  snapshot(dataset ds, partial_date d, certainty c = certainty::certain) : snapshot(std::move(ds), query_date(d), c) {}

  /// The date. O(1).
  [[nodiscard]] const query_date& date() const noexcept { return d_; }

  /// Every (agreement, party) in force on the date under the policy. O(agreement parties).
  [[nodiscard]] std::vector<agreement_state> agreements_in_force() const;

  /// The agreements in force on the date with `a` and `b` on different sides, see the free
  /// function `agreements_between`. @throws regcoop::error (`unknown_id`).
  /// O(agreements · entries · bloc members).
  [[nodiscard]] std::vector<const agreement*> agreements_between(const party_id& a, const party_id& b) const;

  /// Each project's status on the date, where one is accepted under the policy. Under
  /// `certainty::certain` (the default) a status dated to a month only (`reported` 2025-06, no
  /// `since`) is not yet certain on a day of that month, so it is left out then; a snapshot
  /// with `certainty::possible`, or on a later date, lists it. O(history).
  [[nodiscard]] std::vector<project_state> projects() const;

  /// The members of `org` in `role` on the date (default: full members; any when nullopt),
  /// see `members_of`. @throws regcoop::error (`unknown_id`). O(members).
  [[nodiscard]] std::vector<membership_state> members(const party_id& org,
                                                      std::optional<membership_role> role = membership_role::full_member) const;

  /// The memberships of `p` on the date (any role by default), see `memberships_of`.
  /// O(organisations listing p · members).
  [[nodiscard]] std::vector<membership_state> memberships(const party_id& p,
                                                          std::optional<membership_role> role = std::nullopt) const;

  /// The organisations `a` and `b` share on the date, see `shared_memberships`.
  [[nodiscard]] std::vector<shared_membership> shared(const party_id& a, const party_id& b,
                                                      std::optional<membership_role> role = membership_role::full_member) const;

  /// The agreements in force for `p` on the date, under the policy: on its own entry or bound
  /// through a bloc entry (`parties_bound_by`: full members and bound non-members, recursively),
  /// the rule of `agreements_between`; the state of the first such entry. @throws
  /// regcoop::error (`unknown_id`). O(agreement parties · members).
  [[nodiscard]] std::vector<agreement_state> agreements_in_force_for(const party_id& p) const;

  /// The members of a mechanism on the date: core group and partner, blocs expanded.
  /// @throws regcoop::error (`unknown_id`). O(parties · members).
  [[nodiscard]] std::vector<party_id> mechanism_members(const mechanism_id& m) const;

 private:
  dataset ds_;
  query_date d_;
  certainty c_;
};

}  // namespace regcoop

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/as_of.ipp"
#endif
