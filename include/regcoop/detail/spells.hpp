#pragma once
/// @file detail/spells.hpp
/// @brief The days a membership spell covers, and the dataset's index of every spell by
/// organisation and by member, built once by `dataset_builder::build()`.

#include "regcoop/party.hpp"
#include "regcoop/query_date.hpp"

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace regcoop::detail {

// The days a membership spell certainly and possibly covers, as serial days (open ends are
// the extreme values). A spell with only `reported` certainly covers [reported, end]; a
// spell whose status is unknown certainly covers no day.
using spell_days = day_span;

inline spell_days days_of(const membership& m) noexcept {
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

/// Every member spell of every party, precomputed: the spells of the party at position `p`
/// are `days[first[p] .. first[p + 1])` in its `members` order; `by_member` lists, for the
/// party at position `m`, the spells it is the member of (`by_member_first` offsets).
// One spell in one record, for the look-ups that read spells in a row (`member_rows`,
// `membership_rows`): everything they test and answer, contiguous.
// `first` is the offset, inside the entry's block (its organisation's spells in `entries`, its
// member's in `member_entries`), of the earliest spell with the same organisation, member and
// role: the entry itself unless `repeat`.
struct spell_entry {
  spell_days days;
  std::uint32_t organisation, member, first;
  membership_role role;
  bool repeat;
};

struct spell_index {
  std::vector<std::uint32_t> first;            ///< parties + 1 offsets into `days`
  std::vector<spell_days> days;                ///< the days of each spell
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
};

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
      ix.days.push_back(days_of(ms[k]));
      ix.role.push_back(ms[k].role);
      ix.organisation.push_back(static_cast<std::uint32_t>(p));
      const auto m = position(ms[k].member);
      member_of.push_back(m ? static_cast<std::uint32_t>(*m) : static_cast<std::uint32_t>(n));
    }
    ix.first[p + 1] = static_cast<std::uint32_t>(ix.days.size());
  }
  ix.by_member_first.assign(n + 2, 0);
  for (const auto m : member_of) ++ix.by_member_first[m + 1];
  for (std::size_t p = 0; p <= n; ++p) ix.by_member_first[p + 1] += ix.by_member_first[p];
  ix.by_member.resize(member_of.size());
  std::vector<std::uint32_t> next(ix.by_member_first.begin(), ix.by_member_first.end() - 1);
  for (std::uint32_t i = 0; i < member_of.size(); ++i) ix.by_member[next[member_of[i]]++] = i;
  ix.by_member_first.resize(n + 1);
  ix.member = std::move(member_of);
  // Each block's repeats point at the earliest spell of the same member, organisation and role.
  const auto link = [](std::span<spell_entry> block) {
    for (std::uint32_t k = 0; k < block.size(); ++k) {
      block[k].first = k;
      block[k].repeat = false;
      for (std::uint32_t j = 0; j < k; ++j)
        if (block[j].organisation == block[k].organisation && block[j].member == block[k].member && block[j].role == block[k].role) {
          block[k].first = j;
          block[k].repeat = true;
          break;
        }
    }
  };
  ix.entries.reserve(ix.days.size());
  for (std::size_t i = 0; i < ix.days.size(); ++i)
    ix.entries.push_back({ix.days[i], ix.organisation[i], ix.member[i], 0, ix.role[i], false});
  ix.member_entries.reserve(ix.by_member.size());
  for (const auto i : ix.by_member) ix.member_entries.push_back(ix.entries[i]);
  for (std::size_t p = 0; p < n; ++p) {
    link(std::span<spell_entry>(ix.entries).subspan(ix.first[p], ix.first[p + 1] - ix.first[p]));
    link(std::span<spell_entry>(ix.member_entries).subspan(ix.by_member_first[p], ix.by_member_first[p + 1] - ix.by_member_first[p]));
  }
  return ix;
}

}  // namespace regcoop::detail
