#pragma once
/// @file impl/spells.ipp
/// @brief Definitions of the spell helpers declared in `regcoop/detail/spells.hpp` that are no templates.
/// Included by that header in header-only mode and by `regcoop/src.hpp` under
/// REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/detail/spells.hpp"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace regcoop::detail {

REGCOOP_DECL int year_of_day(std::int32_t serial_day) noexcept {
  const std::chrono::year_month_day d{std::chrono::sys_days{std::chrono::days{serial_day}}};
  return static_cast<int>(d.year());
}

REGCOOP_DECL spell_days days_of(const membership& m) noexcept {
  constexpr auto lo = std::numeric_limits<std::int32_t>::min(), hi = std::numeric_limits<std::int32_t>::max();
  spell_days s{lo, hi, lo, hi};
  if (m.period.from) {
    s.possible_begin = m.period.from->first_day();
    s.certain_begin = m.period.from->last_day();
  } else if (m.reported) {
    s.certain_begin = m.reported->last_day();
  }
  if (m.period.to) {
    s.possible_end = m.period.to->last_day();
    s.certain_end = m.period.to->first_day();
  }
  if (m.status_unknown) {  // never certain: an empty certain part
    s.certain_begin = hi;
    s.certain_end = lo;
  }
  return s;
}

REGCOOP_DECL bool links(const membership& k, const membership* prev) noexcept {
  return k.continues && prev && prev->period.to && !prev->status_unknown && !k.status_unknown && !k.reported;
}

REGCOOP_DECL bool chain_cuts(std::span<const membership* const> spells, std::vector<cut>& cuts) {
  const std::size_t n = spells.size();
  cuts.assign(n + 1, cut{open_before, open_after});
  const auto meet = [](cut& c, std::int64_t lo, std::int64_t hi) {
    c.lo = std::max(c.lo, lo);
    c.hi = std::min(c.hi, hi);
  };
  const auto& first = *spells[0];
  if (first.period.from)
    cuts[0] = {std::int64_t{first.period.from->first_day()} - 1, std::int64_t{first.period.from->last_day()} - 1};
  else if (first.reported)
    cuts[0] = {open_before, std::int64_t{first.reported->last_day()} - 1};
  else
    cuts[0] = {open_before, open_before};
  for (std::size_t i = 0; i < n; ++i) {
    const auto& m = *spells[i];
    if (m.period.to)
      meet(cuts[i + 1], m.period.to->first_day(), m.period.to->last_day());
    else
      cuts[i + 1] = {open_after, open_after};
    if (i + 1 < n && spells[i + 1]->period.from)
      meet(cuts[i + 1], std::int64_t{spells[i + 1]->period.from->first_day()} - 1,
           std::int64_t{spells[i + 1]->period.from->last_day()} - 1);
  }
  // e0 < e1 < ... < en: an open end stays open.
  for (std::size_t i = 1; i <= n; ++i)
    if (cuts[i].lo != open_after) cuts[i].lo = std::max(cuts[i].lo, cuts[i - 1].lo + 1);
  for (std::size_t i = n; i-- > 0;)
    if (cuts[i].hi != open_before) cuts[i].hi = std::min(cuts[i].hi, cuts[i + 1].hi - 1);
  for (const auto& c : cuts)
    if (c.lo > c.hi) return false;
  return true;
}

}  // namespace regcoop::detail
