#pragma once
/// @file detail/year_spells.hpp
/// @brief Year observations of members → runs (the spells of table_import.hpp): compact
/// observations, gaps in a member's years as unknown years, duplicates merged or refused.

#include "regcoop/config.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <tuple>
#include <utility>
#include <vector>

namespace regcoop::detail::year_spells {

/// What a member's cell says in a year: a role (its `membership_role` value, 0 strongest),
/// `unknown` (the source does not know) or `none` (not a member). Lower is stronger.
inline constexpr std::uint8_t unknown = 254;
inline constexpr std::uint8_t none = 255;
/// The raw-text index of a year the table has no row for (a gap).
inline constexpr std::uint16_t gap = std::numeric_limits<std::uint16_t>::max();

/// One member's cell in one year of one organisation (12 bytes; the raw texts are indexes
/// into the caller's lists of distinct texts).
struct obs {
  std::uint32_t member;      ///< the member's index
  std::uint32_t row;         ///< the file row (0 for a gap year)
  std::int16_t year;         ///< the year
  std::uint16_t raw_member;  ///< the member's text as the table wrote it
  std::uint16_t raw_role;    ///< the cell's text, `gap` for a gap year
  std::uint8_t outcome;      ///< a role, `unknown` or `none`
};

/// Consecutive years of one member with one outcome (a role or `unknown`).
struct run {
  std::uint32_t member;
  int first, last;
  std::uint8_t outcome;
  std::uint16_t raw_member, raw_role;
};

/// One member named twice in one year by the same text (a repeated row).
struct duplicate {
  std::uint32_t member, row;
  int year;
};

/// The gaps of each member: years after its first and before its last row that have none.
/// `covered[m]` is sorted and holds each year once. O(total covered years).
inline std::vector<std::tuple<std::uint32_t, int, int>> gaps_of(const std::vector<std::vector<std::int16_t>>& covered) {
  std::vector<std::tuple<std::uint32_t, int, int>> out;
  for (std::uint32_t m = 0; m < covered.size(); ++m)
    for (std::size_t i = 1; i < covered[m].size(); ++i)
      if (covered[m][i] > covered[m][i - 1] + 1) out.emplace_back(m, covered[m][i - 1] + 1, covered[m][i] - 1);
  return out;
}

/// The order of observations: by member, year, outcome (strongest first) and row.
inline bool obs_before(const obs& a, const obs& b) noexcept {
  return std::tie(a.member, a.year, a.outcome, a.row) < std::tie(b.member, b.year, b.outcome, b.row);
}

/// Adds an `unknown` observation for each gap year in which `exists(member, year)`, for the
/// gaps that lie between two years in which the member held a role or its status was unknown
/// (the source does not say that the membership was interrupted); a gap next to a year of no
/// membership, or at no observation, stays without spells. Sorts `seen`. Returns how many
/// years were added. O(n log n + gap years).
template <class Exists>
std::size_t add_gap_years(std::vector<obs>& seen, const std::vector<std::tuple<std::uint32_t, int, int>>& gaps, Exists&& exists) {
  std::sort(seen.begin(), seen.end(), obs_before);
  const auto held = [&](std::uint32_t m, int y) {  // the strongest outcome of (m, y) is a role or unknown
    const obs key{m, 0, static_cast<std::int16_t>(y), 0, 0, 0};
    const auto it = std::lower_bound(seen.begin(), seen.end(), key, obs_before);
    return it != seen.end() && it->member == m && it->year == y && it->outcome != none;
  };
  std::vector<obs> added;
  for (const auto& [m, from, to] : gaps) {
    if (!held(m, from - 1) || !held(m, to + 1)) continue;
    for (int y = from; y <= to; ++y)
      if (exists(m, y)) added.push_back({m, 0, static_cast<std::int16_t>(y), gap, gap, unknown});
  }
  const auto middle = seen.insert(seen.end(), added.begin(), added.end());
  std::inplace_merge(seen.begin(), middle, seen.end(), obs_before);
  return added.size();
}

/// Sorts `seen` by member and year, keeps one observation per member and year (the
/// strongest; a repeated text is a `duplicate`, another text a merge counted in `merged`)
/// and returns the runs. O(n log n) for n observations.
inline std::vector<run> runs_of(std::vector<obs>& seen, std::vector<duplicate>& dups, std::size_t& merged) {
  if (!std::is_sorted(seen.begin(), seen.end(), obs_before)) std::sort(seen.begin(), seen.end(), obs_before);
  std::vector<run> out;
  std::size_t i = 0;
  while (i < seen.size()) {
    const obs& o = seen[i];  // the strongest of its member and year (sorted by outcome)
    std::size_t j = i + 1;
    for (; j < seen.size() && seen[j].member == o.member && seen[j].year == o.year; ++j) {
      if (seen[j].raw_member == o.raw_member && seen[j].raw_member != gap) dups.push_back({o.member, seen[j].row, o.year});
      else ++merged;
    }
    i = j;
    if (o.outcome == none) continue;
    if (!out.empty()) {
      auto& r = out.back();
      if (r.member == o.member && r.outcome == o.outcome && r.last + 1 == o.year) {
        r.last = o.year;
        if (r.raw_member == gap) r.raw_member = o.raw_member;  // a run that begins in a gap: the member's text from a cell
        continue;
      }
    }
    out.push_back({o.member, o.year, o.year, o.outcome, o.raw_member, o.raw_role});
  }
  return out;
}

}  // namespace regcoop::detail::year_spells
