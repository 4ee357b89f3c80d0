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
#include "regcoop/dataset/lookup.hpp"
#include "regcoop/query/query_date.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

namespace detail {
// Does the spell hold on (all / some of) the days [first, last]? (Every day of them; the
// dyad and selection code read it so.)
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

// Does a stretch (a spell, a run, a chain: it holds on at least one day) meet some day of
// [first, last]? Certainly when it can neither end before nor begin after: its certain part
// may be empty (a spell of May 2000 certainly holds on some day of May 2000). No when its
// possible part misses the days. A spell of unknown status has the empty certain part
// (begin the greatest day), so it is never certain.
constexpr truth meets(const spell_days& s, std::int32_t first, std::int32_t last) noexcept {
  if (s.possible_begin > last || s.possible_end < first) return truth::no;
  return (s.certain_begin <= last && s.certain_end >= first) ? truth::certainly : truth::possibly;
}

// Do the intervals (begin, end) cover every day of [first, last]? Sorts `v`. O(v log v).
inline bool cover(std::vector<std::pair<std::int32_t, std::int32_t>>& v, std::int32_t first, std::int32_t last) {
  std::sort(v.begin(), v.end());
  std::int64_t reach = std::int64_t{first} - 1;  // every day up to `reach` is covered
  for (const auto& [b, e] : v) {
    if (b > reach + 1) break;
    reach = std::max<std::int64_t>(reach, e);
    if (reach >= last) return true;
  }
  return reach >= last;
}

// How sure it is that the member holds the role (`any`: some role) on some / every day of
// `q`, from the entries `es` of one organisation and one member (in that role when not
// `any`). Reads `run` spans for a role and `chain` spans for any role.
// O(es log es).
inline truth judge(std::span<const spell_entry* const> es, bool any, const query_date& q) {
  const std::int32_t f = q.first_day(), l = q.last_day();
  const auto span = [any](const spell_entry* e) -> const spell_days& { return any ? e->chain : e->run; };
  if (q.is_day() || q.rule == day_rule::some_day) {
    truth best = truth::no;
    for (const auto* e : es) best = max(best, meets(span(e), f, l));
    return best;
  }
  thread_local std::vector<std::pair<std::int32_t, std::int32_t>> v;
  v.clear();
  for (const auto* e : es) {
    const auto& s = span(e);
    if (s.certain_begin <= s.certain_end) v.emplace_back(s.certain_begin, s.certain_end);
  }
  if (cover(v, f, l)) return truth::certainly;
  v.clear();
  bool one = false;  // one stretch may hold every day
  for (const auto* e : es) {
    const auto& s = span(e);
    one = one || (s.possible_begin <= f && l <= s.possible_end);
    if (s.possible_begin <= l && s.possible_end >= f) v.emplace_back(s.possible_begin, s.possible_end);
  }
  if (one) return truth::possibly;
  if (!cover(v, f, l)) return truth::no;
  if (any) return truth::possibly;  // one stretch per chain: the stretches are independent
  // A chain with two runs in the role that meet the days has a gap between them in another
  // role: the cover needs another chain then (and is read as possible; see the file comment).
  std::uint32_t chain = 0, run = 0;
  bool seen = false, other_chain = false, two_runs = false;
  for (const auto* e : es) {
    const auto& s = span(e);
    if (s.possible_begin > l || s.possible_end < f) continue;
    if (!seen) {
      chain = e->chain_head;
      run = e->run_head;
      seen = true;
    } else if (e->chain_head != chain) {
      other_chain = true;
    } else if (e->run_head != run) {
      two_runs = true;
    }
  }
  return two_runs && !other_chain ? truth::no : truth::possibly;
}
}  // namespace detail

namespace detail {
/// The position of party `id` in `ds.parties()`, for functions that take party ids.
/// @throws regcoop::error (`unknown_id`) naming the id when the dataset holds no party with it;
/// when the id is a name, alias or code of a party (`find_party`), the message adds
/// "(did you mean 'KZ'?)". O(1) average; O(parties · aliases) when it throws.
[[nodiscard]] inline std::size_t require_party(const dataset& ds, const party_id& id) {
  if (const auto pos = ds.position(id)) return *pos;
  std::string hint;
  if (const auto* p = find_party(ds, id.value)) hint = " (did you mean '" + p->id.value + "'?)";
  throw error(errc::unknown_id, record_label<party>(id.value), "id",
              "the dataset holds no " + std::string(collection_name<party>()) + " record with this id" + hint);
}
}  // namespace detail

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

namespace detail {
/// How sure it is that `member` holds `role` (any role when nullopt) in `org` on `q`, from the
/// organisation's record alone (for code that holds a `party`, not a dataset: a scenario's
/// changed organisation). Same rules as `regcoop::member_on`. O(members of org); throws
/// nothing but std::bad_alloc.
[[nodiscard]] inline truth member_on(const party& org, const party_id& member, const query_date& q,
                                     std::optional<membership_role> role = membership_role::full_member) {
  std::vector<spell_entry> block;
  std::vector<std::int64_t> scratch(2, -1);
  chain_entries(org.members, [&](std::size_t k) { return org.members[k].member == member ? 0u : 1u; }, 0, scratch, block);
  std::vector<const spell_entry*> es;
  for (std::size_t k = 0; k < block.size(); ++k)
    if (org.members[k].member == member && role_matches(block[k].role, role)) es.push_back(&block[k]);
  return judge(es, !role, q);
}

// The rows of one block of spell entries (an organisation's, or a member's) on `q`: one row
// per organisation, member and role (a member that left and rejoined gets one), at the
// position of its earliest spell; a role query keeps the rows its `sure` passes under `c`, an
// any-role query the rows whose `any_role` passes, in every role held on some day of the date
// (for every day of a period, `sure` may then be `no`: the member changed role). O(block · log).
inline std::vector<membership_row> rows_of(std::span<const spell_entry> spells, const query_date& q,
                                           const std::optional<membership_role>& role, certainty c) {
  const std::size_t n = spells.size();
  thread_local std::vector<std::uint32_t> next_group, next_pair, last;
  thread_local std::vector<std::int8_t> any_of;  // any_role of each pair head, or -1
  thread_local std::vector<const spell_entry*> es;
  next_group.assign(n, static_cast<std::uint32_t>(n));
  next_pair.assign(n, static_cast<std::uint32_t>(n));
  last.assign(2 * n, static_cast<std::uint32_t>(n));  // last spell seen of each group (0..n) and pair (n..2n)
  any_of.assign(n, -1);
  for (std::size_t k = n; k-- > 0;) {
    const auto& e = spells[k];
    next_group[k] = last[e.first];
    last[e.first] = static_cast<std::uint32_t>(k);
    next_pair[k] = last[n + e.pair_first];
    last[n + e.pair_first] = static_cast<std::uint32_t>(k);
  }
  std::vector<membership_row> out;
  for (std::size_t k = 0; k < n; ++k) {
    const auto& e = spells[k];
    if (e.repeat || !role_matches(e.role, role)) continue;
    const auto gather = [&](const std::vector<std::uint32_t>& next) {
      es.clear();
      for (std::size_t j = k; j < n; j = next[j]) es.push_back(&spells[j]);
    };
    gather(next_group);
    const truth sure = judge(es, false, q);
    if (role && !accepted(sure, c)) continue;
    // Any role: the roles held on some day of the date, even when none holds on every day.
    if (!role && sure == truth::no && (q.is_day() || q.rule == day_rule::some_day || judge(es, false, query_date(q.date)) == truth::no))
      continue;
    std::int8_t& a = any_of[e.pair_first];
    if (a < 0) {
      es.clear();
      for (std::size_t j = e.pair_first; j < n; j = next_pair[j]) es.push_back(&spells[j]);
      a = static_cast<std::int8_t>(judge(es, true, q));
    }
    const auto any = static_cast<truth>(a);
    if (!role && !accepted(any, c)) continue;
    out.push_back({e.organisation, e.member, e.role, sure, any});
  }
  return out;
}

// Rows by position → rows by id.
inline std::vector<membership_state> states_of(const dataset& ds, const std::vector<membership_row>& rows) {
  const auto parties = ds.parties();
  std::vector<membership_state> out;
  out.reserve(rows.size());
  for (const auto& r : rows) out.push_back({parties[r.organisation].id, parties[r.member].id, r.role, r.sure, r.any_role});
  return out;
}
}  // namespace detail

/// How sure it is that `member` holds `role` in `org` on `q` (default: full member; any role
/// when nullopt, reading chains of continuing spells as one stretch): `no`, `possibly` or
/// `certainly`; a month or a year is read by `q.rule`. O(spells of the member · log).
/// @throws regcoop::error (`unknown_id`) naming `org` or `member` when the dataset lacks it.
[[nodiscard]] inline truth member_on(const dataset& ds, const party_id& org, const party_id& member, const query_date& q,
                                     std::optional<membership_role> role = membership_role::full_member) {
  const auto o = detail::require_party(ds, org);
  const auto m = detail::require_party(ds, member);
  std::vector<const detail::spell_entry*> es;
  for (const auto& e : ds.spells().entries_of_member(m))
    if (e.organisation == o && detail::role_matches(e.role, role)) es.push_back(&e);
  return detail::judge(es, !role, q);
}

/// `members_of` by position: the same rows in the same order, as positions.
/// O(spells of the organisation · log), reading only the dataset's spell index.
/// @throws regcoop::error (`unknown_id`) when `org` is not in the dataset.
[[nodiscard]] inline std::vector<membership_row> member_rows(const dataset& ds, const party_id& org, const query_date& q,
                                                             std::optional<membership_role> role = membership_role::full_member,
                                                             certainty c = certainty::certain) {
  return detail::rows_of(ds.spells().entries_of(detail::require_party(ds, org)), q, role, c);  // in `members` order
}

/// `memberships_of` by position: the same rows in the same order, as positions.
/// O(spells of p · log), reading only the dataset's spell index.
/// @throws regcoop::error (`unknown_id`) when `p` is not in the dataset.
[[nodiscard]] inline std::vector<membership_row> membership_rows(const dataset& ds, const party_id& p, const query_date& q,
                                                                 std::optional<membership_role> role = membership_role::full_member,
                                                                 certainty c = certainty::certain) {
  return detail::rows_of(ds.spells().entries_of_member(detail::require_party(ds, p)), q, role, c);  // organisations in dataset order
}

/// The members of `org` on `q` in `role` (default: full members; any role when nullopt),
/// accepted under `c` (a role query by `sure`, an any-role query by `any_role`, listing each
/// role the member holds then), in the organisation's order, each member and role once.
/// O(spells of the organisation · log), on the dataset's precomputed spell index
/// (`member_rows` gives the same answer by position).
/// @throws regcoop::error (`unknown_id`) when `org` is not in the dataset.
[[nodiscard]] inline std::vector<membership_state> members_of(const dataset& ds, const party_id& org, const query_date& q,
                                                              std::optional<membership_role> role = membership_role::full_member,
                                                              certainty c = certainty::certain) {
  return detail::states_of(ds, member_rows(ds, org, q, role, c));
}

/// The organisations and blocs `p` belongs to on `q` in `role` (default: full member; any role
/// when nullopt), accepted under `c` as `members_of` accepts: organisation, role and how sure,
/// in dataset order. Uses the dataset's spell index (`membership_rows` gives the same answer
/// by position): O(spells of p · log). The blocs alone: filter by `ds.at(s.organisation).kind`.
/// @throws regcoop::error (`unknown_id`) when `p` is not in the dataset.
[[nodiscard]] inline std::vector<membership_state> memberships_of(const dataset& ds, const party_id& p, const query_date& q,
                                                                  std::optional<membership_role> role = membership_role::full_member,
                                                                  certainty c = certainty::certain) {
  return detail::states_of(ds, membership_rows(ds, p, q, role, c));
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

/// The organisations `a` and `b` both belong to on `q` in `role` (default: full members; any
/// role when nullopt), accepted under `c`: one row per organisation and pair of roles, as sure
/// as the less sure of the two memberships (for a period, each read by `q.rule`; for any role,
/// their `any_role`). In dataset order of the organisations.
/// O(spells of a + spells of the organisations listing a).
/// @throws regcoop::error (`unknown_id`) when `a` or `b` is not in the dataset.
[[nodiscard]] inline std::vector<shared_membership> shared_memberships(const dataset& ds, const party_id& a, const party_id& b,
                                                                       const query_date& q,
                                                                       std::optional<membership_role> role = membership_role::full_member,
                                                                       certainty c = certainty::certain) {
  (void)detail::require_party(ds, b);
  std::vector<shared_membership> out;
  const auto mine = memberships_of(ds, a, q, role, c);
  for (const auto& x : mine)
    for (const auto& y : members_of(ds, x.organisation, q, role, c))
      if (y.member == b) {
        const truth sure = role ? std::min(x.sure, y.sure) : std::min(x.any_role, y.any_role);
        out.push_back({x.organisation, x.role, y.role, sure});
      }
  return out;
}

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
