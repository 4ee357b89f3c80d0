#pragma once
/// @file detail/spells.hpp
/// @brief The days a membership spell covers and the chains of spells that continue each other
/// (the dataset's index of every spell, built from them, is in `detail/spell_index.hpp`).

#include "regcoop/config.hpp"
#include "regcoop/model/party.hpp"
#include "regcoop/query/query_date.hpp"

#include <cstdint>
#include <limits>
#include <span>
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

}  // namespace regcoop::detail

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/spells.ipp"
#endif
