#pragma once
/// @file detail/party_index.hpp
/// @brief For each party, the positions of the records of each kind that refer to it; built
/// once by `dataset_builder::build()` and used by `dataset::referring_to`, `select` with
/// `involves`, and `links`.

#include "regcoop/detail/refs.hpp"
#include "regcoop/detail/tables.hpp"
#include "regcoop/records.hpp"

#include <boost/mp11/algorithm.hpp>
#include <boost/unordered/unordered_flat_map.hpp>

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <tuple>
#include <vector>

namespace regcoop::detail {

/// Party id → for each record kind (in `record_types` order), the ascending positions of the
/// records of that kind that refer to the party in any field (their own id excluded).
struct party_index {
  /// One ascending position list per record kind.
  using lists = std::array<std::vector<std::uint32_t>, boost::mp11::mp_size<record_types>::value>;
  /// The lists of each referenced party.
  boost::unordered_flat_map<std::string, lists> by_party;

  /// Positions of the records of kind `R` that refer to party `p`; empty when none.
  /// O(1) average; throws nothing.
  template <record R>
  [[nodiscard]] std::span<const std::uint32_t> positions(const std::string& p) const noexcept {
    const auto it = by_party.find(p);
    if (it == by_party.end()) return {};
    return it->second[record_index<R>];
  }
};

/// Builds the index of `t`. O(number of party references · average hash cost).
/// @throws std::bad_alloc only.
inline party_index make_party_index(const tables& t) {
  party_index ix;
  boost::mp11::mp_for_each<boost::mp11::mp_iota<boost::mp11::mp_size<record_types>>>([&](auto kind) {
    const auto& rows = std::get<kind>(t).rows;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const auto pos = static_cast<std::uint32_t>(i);
      auto add = [&](const id<party_tag>& p) {
        auto& list = ix.by_party[p.value][kind];
        if (list.empty() || list.back() != pos) list.push_back(pos);  // once per record
        return false;
      };
      any_ref<party_tag>(rows[i], add);
    }
  });
  return ix;
}

}  // namespace regcoop::detail
