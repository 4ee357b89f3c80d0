#pragma once
/// @file detail/party_index.hpp
/// @brief For each party, the positions of the records of each kind that refer to it; built
/// once by `dataset_builder::build()` and used by `dataset::referring_to`, `select` with
/// `involves`, and `links`.

#include "regcoop/detail/refs.hpp"
#include "regcoop/detail/spell_index.hpp"
#include "regcoop/detail/tables.hpp"
#include "regcoop/model/records.hpp"

#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <tuple>
#include <vector>

namespace regcoop::detail {

/// For each record kind (in `record_types` order), the ascending positions of the records of
/// that kind that refer to each party in any field (their own id excluded), grouped by the
/// party's position in the dataset's parties: compressed rows, 4 bytes per reference plus
/// 4 bytes per party and kind.
struct party_index {
  /// The lists of one record kind: party p's are `positions[offsets[p] .. offsets[p + 1])`.
  struct lists {
    std::vector<std::uint32_t> offsets;    ///< parties + 1 entries, or none when no references
    std::vector<std::uint32_t> positions;  ///< record positions, ascending within a party
  };
  /// One set of lists per record kind.
  std::array<lists, boost::mp11::mp_size<record_types>::value> kinds;
  /// Every membership spell, by organisation and by member.
  spell_index spells;

  /// Positions of the records of the kind at position `kind` of `record_types` that refer to
  /// the party at position `party` (nullopt: a party the dataset does not hold); empty when
  /// none. O(1); throws nothing.
  [[nodiscard]] std::span<const std::uint32_t> positions(std::size_t kind, std::optional<std::size_t> party) const noexcept {
    const auto& k = kinds[kind];
    if (!party || k.offsets.empty()) return {};
    return std::span<const std::uint32_t>(k.positions).subspan(k.offsets[*party], k.offsets[*party + 1] - k.offsets[*party]);
  }
};

/// Builds the index of `t`, whose party references all resolve (a validated dataset).
/// O(references + parties · kinds). @throws std::bad_alloc only. A template (`Tables` is
/// always `tables`) so that only code that builds a dataset instantiates it.
template <class Tables>
party_index make_party_index(const Tables& t) {
  party_index ix;
  const auto& parties = std::get<table<party>>(t);
  const std::size_t np = parties.rows.size();
  std::vector<std::uint32_t> mine;                                // the parties of one record
  std::vector<std::pair<std::uint32_t, std::uint32_t>> refs;     // (party, record), record ascending
  boost::mp11::mp_for_each<boost::mp11::mp_iota<boost::mp11::mp_size<record_types>>>([&](auto kind) {
    const auto& rows = std::get<kind>(t).rows;
    refs.clear();
    for (std::size_t i = 0; i < rows.size(); ++i) {
      mine.clear();
      auto add = [&](const id<party_tag>& p) {
        if (const auto pos = parties.find(p.value)) mine.push_back(*pos);
        return false;
      };
      any_ref<party_tag>(rows[i], add);
      std::sort(mine.begin(), mine.end());
      mine.erase(std::unique(mine.begin(), mine.end()), mine.end());  // once per record
      for (const auto p : mine) refs.emplace_back(p, static_cast<std::uint32_t>(i));
    }
    if (refs.empty()) return;
    // Counting sort by party; stable, so positions stay ascending.
    auto& out = ix.kinds[kind];
    out.offsets.assign(np + 1, 0);
    for (const auto& r : refs) ++out.offsets[r.first + 1];
    for (std::size_t p = 0; p < np; ++p) out.offsets[p + 1] += out.offsets[p];
    out.positions.resize(refs.size());
    std::vector<std::uint32_t> next(out.offsets.begin(), out.offsets.end() - 1);
    for (const auto& r : refs) out.positions[next[r.first]++] = r.second;
  });
  ix.spells = make_spell_index(std::span<const party>(parties.rows), [&](const party_id& p) { return parties.find(p.value); });
  return ix;
}

}  // namespace regcoop::detail
