#pragma once
/// @file detail/spells.hpp
/// @brief The days a membership spell covers, the chains of spells that continue each other,
/// and the dataset's index of every spell by organisation and by member, built once by
/// `dataset_builder::build()`.

#include "regcoop/config.hpp"
#include "regcoop/model/party.hpp"
#include "regcoop/query/query_date.hpp"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace regcoop::detail {

// The year of a serial day (days since 1970-01-01, proleptic Gregorian). O(1).
REGCOOP_DECL int year_of_day(std::int32_t serial_day) noexcept;

// The days a membership spell certainly and possibly covers, as serial days (open ends are
// the extreme values). A spell with only `reported` certainly covers [reported, end]; a
// spell whose status is unknown certainly covers no day.
using spell_days = day_span;

REGCOOP_DECL spell_days days_of(const membership& m) noexcept;

// ---- chains ---------------------------------------------------------------------------
// A chain is a spell and the spells that continue it, one after the other (the second
// begins the day after the first ends, ...). Its n spells have n + 1 cuts: e0 the day before
// the first begins, e_i the last day of spell i. Every spell holds on at least one day, so
// e0 < e1 < ... < en; each cut lies in the days its dates allow. The cuts are narrowed to
// what the order allows (each value left extends to a whole consistent choice), and a spell,
// a run of spells in one role or the whole chain reads its span off its two cuts:
// possible (lo(first cut) + 1 .. hi(last cut)), certain (hi(first cut) + 1 .. lo(last cut)).

// Cuts are 64-bit so that open ends (±2^40) can step by one without overflowing.
struct cut {
  std::int64_t lo, hi;
};
inline constexpr std::int64_t open_before = -(std::int64_t{1} << 40), open_after = std::int64_t{1} << 40;

inline constexpr std::int32_t day_of_cut(std::int64_t v) noexcept {
  constexpr auto lo = std::numeric_limits<std::int32_t>::min(), hi = std::numeric_limits<std::int32_t>::max();
  if (v <= open_before / 2) return lo;
  if (v >= open_after / 2) return hi;
  return static_cast<std::int32_t>(v);
}
// The span between cut `a` (the day before it begins) and cut `b` (its last day).
inline constexpr spell_days span_between(const cut& a, const cut& b) noexcept {
  return {day_of_cut(a.hi + 1), day_of_cut(b.lo), day_of_cut(a.lo + 1), day_of_cut(b.hi)};
}

// Does spell `k` continue spell `prev` in the index (a continuation the dataset's rules
// allow: `prev` has an end, neither status is unknown, `k` is not dated by a report)?
REGCOOP_DECL bool links(const membership& k, const membership* prev) noexcept;

// The cuts of the chain `spells` (in order; spells[i + 1] continues spells[i]), narrowed;
// false when no choice of days is consistent (an invalid dataset).
REGCOOP_DECL bool chain_cuts(std::span<const membership* const> spells, std::vector<cut>& cuts);

/// One spell in one record, for the look-ups that read spells in a row (`member_rows`,
/// `membership_rows`, `member_on`): everything they test and answer, contiguous.
/// `days` are the spell's own days; `run` the days of the longest stretch of its chain in its
/// role that holds it (the spell and the spells of that role it continues or that continue it
/// without a change of role); `chain` the days of its whole chain (the member belongs in some
/// role on them). A spell that continues none and is continued by none is its own run and
/// chain. `chain_head` and `run_head` are the spell indices of the first spell of the chain
/// and of the run. `first` is the offset, inside the entry's block (its organisation's spells
/// in `entries`, its member's in `member_entries`), of the earliest spell with the same
/// organisation, member and role: the entry itself unless `repeat`; `pair_first` the same for
/// the same organisation and member in any role.
struct spell_entry {
  spell_days days, run, chain;
  std::uint32_t organisation, member, first, pair_first, chain_head, run_head;
  membership_role role;
  bool repeat;
};

/// Every member spell of every party, precomputed: the spells of the party at position `p`
/// are `days[first[p] .. first[p + 1])` in its `members` order; `by_member` lists, for the
/// party at position `m`, the spells it is the member of (`by_member_first` offsets).
struct spell_index {
  std::vector<std::uint32_t> first;            ///< parties + 1 offsets into `days`
  std::vector<spell_days> days;                ///< the days of each spell (narrowed by its chain)
  std::vector<membership_role> role;           ///< the role of each spell
  std::vector<std::uint32_t> organisation;     ///< the organisation (party position) of each spell
  std::vector<std::uint32_t> member;           ///< the member (party position) of each spell; parties.size() when unknown
  std::vector<spell_entry> entries;            ///< every spell as one entry, in spell order (by organisation)
  std::vector<spell_entry> member_entries;     ///< every spell as one entry, in `by_member` order
  std::vector<std::uint32_t> by_member_first;  ///< parties + 1 offsets into `by_member`
  std::vector<std::uint32_t> by_member;        ///< spell indices, by member, in dataset order

  /// The spells of the party at position `p` (empty when the index was not built). O(1).
  [[nodiscard]] std::span<const spell_days> of(std::size_t p) const noexcept {
    if (first.empty()) return {};
    return std::span<const spell_days>(days).subspan(first[p], first[p + 1] - first[p]);
  }
  /// The spells whose member is the party at position `m`. O(1).
  [[nodiscard]] std::span<const std::uint32_t> of_member(std::size_t m) const noexcept {
    if (by_member_first.empty()) return {};
    return std::span<const std::uint32_t>(by_member).subspan(by_member_first[m], by_member_first[m + 1] - by_member_first[m]);
  }
  /// The entries of the organisation at position `p`, in its `members` order. O(1).
  [[nodiscard]] std::span<const spell_entry> entries_of(std::size_t p) const noexcept {
    if (first.empty()) return {};
    return std::span<const spell_entry>(entries).subspan(first[p], first[p + 1] - first[p]);
  }
  /// The entries whose member is the party at position `m`, organisations in dataset order. O(1).
  [[nodiscard]] std::span<const spell_entry> entries_of_member(std::size_t m) const noexcept {
    if (by_member_first.empty()) return {};
    return std::span<const spell_entry>(member_entries).subspan(by_member_first[m], by_member_first[m + 1] - by_member_first[m]);
  }
};

/// The spells of one organisation as entries with their chains, runs and narrowed days
/// (`organisation`/`member` left 0, `first`/`pair_first`/`repeat` unset; `chain_head` and
/// `run_head` are offsets in `members` plus `base`). O(members) with `scratch` sized to the
/// member positions `member_of` gives (a vector of -1 it leaves as it found it).
template <class MemberOf>
void chain_entries(const std::vector<membership>& ms, MemberOf member_of, std::uint32_t base, std::vector<std::int64_t>& scratch,
                   std::vector<spell_entry>& out) {
  const std::size_t n = ms.size();
  out.resize(n);
  std::vector<std::int64_t> prev(n, -1);  // the member's previous spell, by offset
  for (std::size_t k = 0; k < n; ++k) {
    const std::size_t m = member_of(k);
    prev[k] = scratch[m];
    scratch[m] = static_cast<std::int64_t>(k);
  }
  for (std::size_t k = 0; k < n; ++k) scratch[member_of(k)] = -1;
  std::vector<std::int64_t> next(n, -1);  // the spell that continues it
  for (std::size_t k = 0; k < n; ++k)
    if (prev[k] >= 0 && links(ms[k], &ms[static_cast<std::size_t>(prev[k])])) next[static_cast<std::size_t>(prev[k])] = static_cast<std::int64_t>(k);
    else prev[k] = -1;
  std::vector<const membership*> chain;
  std::vector<std::size_t> at;
  std::vector<cut> cuts;
  for (std::size_t k = 0; k < n; ++k) {
    if (prev[k] >= 0) continue;  // not a head
    chain.clear();
    at.clear();
    for (std::int64_t j = static_cast<std::int64_t>(k); j >= 0; j = next[static_cast<std::size_t>(j)]) {
      chain.push_back(&ms[static_cast<std::size_t>(j)]);
      at.push_back(static_cast<std::size_t>(j));
    }
    const auto head = base + static_cast<std::uint32_t>(k);
    if (!chain_cuts(chain, cuts)) {  // no consistent choice (the validator says why): each spell alone
      for (const auto j : at) {
        const auto d = days_of(ms[j]);
        out[j].days = out[j].run = out[j].chain = d;
        out[j].chain_head = out[j].run_head = base + static_cast<std::uint32_t>(j);
        out[j].role = ms[j].role;
      }
      continue;
    }
    const spell_days whole = span_between(cuts.front(), cuts.back());
    for (std::size_t i = 0; i < at.size();) {
      std::size_t e = i + 1;  // the run of one role: at[i .. e)
      while (e < at.size() && chain[e]->role == chain[i]->role) ++e;
      const spell_days run = span_between(cuts[i], cuts[e]);
      for (std::size_t r = i; r < e; ++r) {
        auto& x = out[at[r]];
        x.days = span_between(cuts[r], cuts[r + 1]);
        x.run = run;
        x.chain = whole;
        if (chain[r]->status_unknown) x.days = x.run = x.chain = days_of(*chain[r]);
        x.chain_head = head;
        x.run_head = base + static_cast<std::uint32_t>(at[i]);
        x.role = chain[r]->role;
      }
      i = e;
    }
  }
}

/// Builds the spell index of `parties`; `position(id)` gives a party's position or nullopt.
/// O(spells + parties).
template <class Position>
spell_index make_spell_index(std::span<const party> parties, Position position) {
  spell_index ix;
  const std::size_t n = parties.size();
  ix.first.assign(n + 1, 0);
  std::vector<std::uint32_t> member_of;  // member position per spell (or n when unknown)
  for (std::size_t p = 0; p < n; ++p) {
    const auto& ms = parties[p].members;
    for (std::size_t k = 0; k < ms.size(); ++k) {
      ix.role.push_back(ms[k].role);
      ix.organisation.push_back(static_cast<std::uint32_t>(p));
      const auto m = position(ms[k].member);
      member_of.push_back(m ? static_cast<std::uint32_t>(*m) : static_cast<std::uint32_t>(n));
    }
    ix.first[p + 1] = static_cast<std::uint32_t>(member_of.size());
  }
  // Chains, runs and narrowed days, organisation by organisation.
  ix.entries.reserve(member_of.size());
  {
    std::vector<std::int64_t> scratch(n + 1, -1);
    std::vector<spell_entry> block;
    for (std::size_t p = 0; p < n; ++p) {
      const auto base = ix.first[p];
      chain_entries(parties[p].members, [&](std::size_t k) { return member_of[base + k]; }, base, scratch, block);
      for (std::size_t k = 0; k < block.size(); ++k) {
        block[k].organisation = static_cast<std::uint32_t>(p);
        block[k].member = member_of[base + k];
        ix.entries.push_back(block[k]);
        ix.days.push_back(block[k].days);
      }
    }
  }
  ix.by_member_first.assign(n + 2, 0);
  for (const auto m : member_of) ++ix.by_member_first[m + 1];
  for (std::size_t p = 0; p <= n; ++p) ix.by_member_first[p + 1] += ix.by_member_first[p];
  ix.by_member.resize(member_of.size());
  std::vector<std::uint32_t> next(ix.by_member_first.begin(), ix.by_member_first.end() - 1);
  for (std::uint32_t i = 0; i < member_of.size(); ++i) ix.by_member[next[member_of[i]]++] = i;
  ix.by_member_first.resize(n + 1);
  ix.member = std::move(member_of);
  // Each block's repeats point at the earliest spell of the same member, organisation and
  // role; `pair_first` at the earliest of the same member and organisation.
  const auto link = [](std::span<spell_entry> block) {
    for (std::uint32_t k = 0; k < block.size(); ++k) {
      block[k].first = k;
      block[k].pair_first = k;
      block[k].repeat = false;
      bool pair = false;
      for (std::uint32_t j = 0; j < k; ++j) {
        if (block[j].organisation != block[k].organisation || block[j].member != block[k].member) continue;
        if (!pair) {
          block[k].pair_first = j;
          pair = true;
        }
        if (block[j].role == block[k].role) {
          block[k].first = j;
          block[k].repeat = true;
          break;
        }
      }
    }
  };
  ix.member_entries.reserve(ix.by_member.size());
  for (const auto i : ix.by_member) ix.member_entries.push_back(ix.entries[i]);
  for (std::size_t p = 0; p < n; ++p) {
    link(std::span<spell_entry>(ix.entries).subspan(ix.first[p], ix.first[p + 1] - ix.first[p]));
    link(std::span<spell_entry>(ix.member_entries).subspan(ix.by_member_first[p], ix.by_member_first[p + 1] - ix.by_member_first[p]));
  }
  return ix;
}

}  // namespace regcoop::detail

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/spells.ipp"
#endif
