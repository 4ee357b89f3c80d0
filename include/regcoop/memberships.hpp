#pragma once
/// @file memberships.hpp
/// @brief Who belongs to what on a date: the members of an organisation, the organisations
/// of a party, the organisations two parties share — by id or by position, with roles and
/// three-valued certainty.

#include "regcoop/dataset.hpp"
#include "regcoop/query_date.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace regcoop {

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

}  // namespace regcoop
