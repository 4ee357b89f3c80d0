#pragma once
/// @file regcoop/query/memberships.hpp
/// @brief Who belongs to what on a date: the members of an organisation, the organisations
/// of a party, whether one party belongs to another, the organisations two parties share — by
/// id or by position, with roles and three-valued certainty, on a day or on some/every day of
/// a month or a year (`query_date`).
///
/// The answers read every consistent choice of the days a spell's partial dates denote: every
/// spell holds on at least one day, and a spell that `continues` begins the day after the
/// member's previous spell ends. `certainly` holds whatever the choice, `no` for none,
/// `possibly` for some. A role question reads the spells in that role (a run of spells in one
/// role that continue each other as one stretch); an any-role question reads each chain of
/// continuing spells as one stretch, so a member known to change role "in October 1999"
/// certainly belongs on every day of that October. One approximation: every day of a period
/// in one role, when that role is interrupted within one chain and another spell of the same
/// member in that role fills the gap, is read as `possibly` (data that say a member held one
/// role twice at once).

#include "regcoop/config.hpp"
#include "regcoop/dataset/dataset.hpp"
#include "regcoop/model/enum.hpp"
#include "regcoop/model/party.hpp"
#include "regcoop/query/query_date.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

namespace detail {
/// The position of party `id` in `ds.parties()`, for functions that take party ids.
/// @throws regcoop::error (`unknown_id`) naming the id when the dataset holds no party with it;
/// when the id is a name, alias or code of a party (`find_party`), the message adds
/// "(did you mean 'KZ'?)". O(1) average; O(parties · aliases) when it throws.
[[nodiscard]] REGCOOP_DECL std::size_t require_party(const dataset& ds, const party_id& id);
}  // namespace detail

/// One row of a membership answer by position (`ds.parties()[row.member]` is the member):
/// no id is copied, so it is the form for callers that ask many questions.
struct membership_row {
  std::uint32_t organisation = 0;                       ///< position of the organisation in `ds.parties()`
  std::uint32_t member = 0;                             ///< position of the member in `ds.parties()`
  membership_role role = membership_role::full_member;  ///< its role
  truth sure = truth::no;                               ///< how sure it holds the role then: `certainly` or `possibly`
  truth any_role = truth::no;                           ///< how sure it belongs in some role then (reads continuing spells as one)

  /// Field-wise equality. O(1).
  friend bool operator==(const membership_row&, const membership_row&) = default;
};

/// One member's membership of one organisation on a date.
struct membership_state {
  party_id organisation{};                              ///< the organisation or bloc
  party_id member{};                                    ///< the member
  membership_role role = membership_role::full_member;  ///< its role
  truth sure = truth::no;                               ///< how sure it holds the role then: `certainly` or `possibly`
  truth any_role = truth::no;                           ///< how sure it belongs in some role then (reads continuing spells as one)

  /// Field-wise equality. O(1).
  friend bool operator==(const membership_state&, const membership_state&) = default;
};

/// How sure it is that `member` holds `role` in `org` on `q` (default: full member; any role
/// when nullopt, reading chains of continuing spells as one stretch): `no`, `possibly` or
/// `certainly`; a month or a year is read by `q.rule`. O(spells of the member · log).
/// @throws regcoop::error (`unknown_id`) naming `org` or `member` when the dataset lacks it.
[[nodiscard]] REGCOOP_DECL truth member_on(const dataset& ds, const party_id& org, const party_id& member, const query_date& q,
                                           std::optional<membership_role> role = membership_role::full_member);

/// `members_of` by position: the same rows in the same order, as positions.
/// O(spells of the organisation · log), reading only the dataset's spell index.
/// @throws regcoop::error (`unknown_id`) when `org` is not in the dataset.
[[nodiscard]] REGCOOP_DECL std::vector<membership_row> member_rows(const dataset& ds, const party_id& org, const query_date& q,
                                                                   std::optional<membership_role> role = membership_role::full_member,
                                                                   certainty c = certainty::certain);

/// `memberships_of` by position: the same rows in the same order, as positions.
/// O(spells of p · log), reading only the dataset's spell index.
/// @throws regcoop::error (`unknown_id`) when `p` is not in the dataset.
[[nodiscard]] REGCOOP_DECL std::vector<membership_row> membership_rows(const dataset& ds, const party_id& p, const query_date& q,
                                                                       std::optional<membership_role> role = membership_role::full_member,
                                                                       certainty c = certainty::certain);

/// The members of `org` on `q` in `role` (default: full members; any role when nullopt),
/// accepted under `c` (a role query by `sure`, an any-role query by `any_role`, listing each
/// role the member holds then), in the organisation's order, each member and role once.
/// O(spells of the organisation · log), on the dataset's precomputed spell index
/// (`member_rows` gives the same answer by position).
/// @throws regcoop::error (`unknown_id`) when `org` is not in the dataset.
[[nodiscard]] REGCOOP_DECL std::vector<membership_state> members_of(const dataset& ds, const party_id& org, const query_date& q,
                                                                    std::optional<membership_role> role = membership_role::full_member,
                                                                    certainty c = certainty::certain);

/// The organisations and blocs `p` belongs to on `q` in `role` (default: full member; any role
/// when nullopt), accepted under `c` as `members_of` accepts: organisation, role and how sure,
/// in dataset order. Uses the dataset's spell index (`membership_rows` gives the same answer
/// by position): O(spells of p · log). The blocs alone: filter by `ds.at(s.organisation).kind`.
/// @throws regcoop::error (`unknown_id`) when `p` is not in the dataset.
[[nodiscard]] REGCOOP_DECL std::vector<membership_state> memberships_of(const dataset& ds, const party_id& p, const query_date& q,
                                                                        std::optional<membership_role> role = membership_role::full_member,
                                                                        certainty c = certainty::certain);

/// An organisation two parties both belong to on a date, with their roles.
struct shared_membership {
  party_id organisation{};                                ///< the organisation or bloc
  membership_role role_a = membership_role::full_member;  ///< the first party's role
  membership_role role_b = membership_role::full_member;  ///< the second party's role
  truth sure = truth::no;                                 ///< both hold then: `certainly` or `possibly`

  /// Field-wise equality. O(1).
  friend bool operator==(const shared_membership&, const shared_membership&) = default;
};

/// The organisations `a` and `b` both belong to on `q` in `role` (default: full members; any
/// role when nullopt), accepted under `c`: one row per organisation and pair of roles, as sure
/// as the less sure of the two memberships (for a period, each read by `q.rule`; for any role,
/// their `any_role`). In dataset order of the organisations.
/// O(spells of a + spells of the organisations listing a).
/// @throws regcoop::error (`unknown_id`) when `a` or `b` is not in the dataset.
[[nodiscard]] REGCOOP_DECL std::vector<shared_membership> shared_memberships(const dataset& ds, const party_id& a, const party_id& b,
                                                                             const query_date& q,
                                                                             std::optional<membership_role> role = membership_role::full_member,
                                                                             certainty c = certainty::certain);

// ---- the same on a plain date ------------------------------------------------------------
// (A braced date, `members_of(ds, org, {2017, 7, 1})`, names no `query_date`: these take it,
// read as some day of a month or a year.)

/// `member_on` on a plain date (a month or a year read as some day of it). O(spells of the member · log).
/// @throws regcoop::error (`unknown_id`, `invalid_date`).
[[nodiscard]] inline truth member_on(const dataset& ds, const party_id& org, const party_id& member, const partial_date& d,
                                     std::optional<membership_role> role = membership_role::full_member) {
  return member_on(ds, org, member, query_date(d), role);
}
/// `member_rows` on a plain date. O(spells of the organisation · log).
/// @throws regcoop::error (`unknown_id`, `invalid_date`).
[[nodiscard]] inline std::vector<membership_row> member_rows(const dataset& ds, const party_id& org, const partial_date& d,
                                                             std::optional<membership_role> role = membership_role::full_member,
                                                             certainty c = certainty::certain) {
  return member_rows(ds, org, query_date(d), role, c);
}
/// `membership_rows` on a plain date. O(spells of p · log).
/// @throws regcoop::error (`unknown_id`, `invalid_date`).
[[nodiscard]] inline std::vector<membership_row> membership_rows(const dataset& ds, const party_id& p, const partial_date& d,
                                                                 std::optional<membership_role> role = membership_role::full_member,
                                                                 certainty c = certainty::certain) {
  return membership_rows(ds, p, query_date(d), role, c);
}
/// `members_of` on a plain date. O(spells of the organisation · log).
/// @throws regcoop::error (`unknown_id`, `invalid_date`).
[[nodiscard]] inline std::vector<membership_state> members_of(const dataset& ds, const party_id& org, const partial_date& d,
                                                              std::optional<membership_role> role = membership_role::full_member,
                                                              certainty c = certainty::certain) {
  return members_of(ds, org, query_date(d), role, c);
}
/// `memberships_of` on a plain date. O(spells of p · log).
/// @throws regcoop::error (`unknown_id`, `invalid_date`).
[[nodiscard]] inline std::vector<membership_state> memberships_of(const dataset& ds, const party_id& p, const partial_date& d,
                                                                  std::optional<membership_role> role = membership_role::full_member,
                                                                  certainty c = certainty::certain) {
  return memberships_of(ds, p, query_date(d), role, c);
}
/// `shared_memberships` on a plain date. O(spells of a + spells of the organisations listing a).
/// @throws regcoop::error (`unknown_id`, `invalid_date`).
[[nodiscard]] inline std::vector<shared_membership> shared_memberships(const dataset& ds, const party_id& a, const party_id& b,
                                                                       const partial_date& d,
                                                                       std::optional<membership_role> role = membership_role::full_member,
                                                                       certainty c = certainty::certain) {
  return shared_memberships(ds, a, b, query_date(d), role, c);
}

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/memberships.ipp"
#endif
