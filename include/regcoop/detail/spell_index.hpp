#pragma once
/// @file detail/spell_index.hpp
/// @brief The dataset's index of every membership spell by organisation and by member, built
/// once by `dataset_builder::build()` (`detail/party_index.hpp`) from the chains of
/// `detail/spells.hpp`. Apart from it so that the headers that only judge a spell's days
/// (`query/select.hpp`, `detail/membership_rules.hpp`) do not parse the index and its builder.

#include "regcoop/detail/spells.hpp"
#include "regcoop/model/party.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace regcoop::detail {

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
