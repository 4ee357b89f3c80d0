#pragma once
/// @file detail/tables.hpp
/// @brief Storage of a dataset: the rows of each record kind plus an id → position index.

#include "regcoop/config.hpp"
#include "regcoop/model/error.hpp"
#include "regcoop/model/records.hpp"

#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/tuple.hpp>
#include <boost/unordered/unordered_flat_set.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop::detail {

// The id index of one table: a boost::unordered_flat_set of row positions whose hash and
// equality read the rows' own ids (no key copies; about 5 bytes a row). It replaced a
// hand-written open-addressing table (8-byte slots, at most half full), which lost in the
// side-by-side benchmark (benchmarks/rewrites: look-ups 1.3–1.5× and builds 1.3–1.4× the
// flat set's time at 10^5–10^6 ids).
//
// The hash and equality hold a pointer to the rows' storage, which moving the vector keeps;
// a copied table gets an empty index (every path that looks ids up builds it first).
template <class R>
struct table {
  struct row_hash {
    using is_transparent = void;
    const R* rows = nullptr;
    std::size_t operator()(std::uint32_t p) const noexcept { return hash_id_text(rows[p].id.value); }
    std::size_t operator()(std::string_view k) const noexcept { return hash_id_text(k); }
  };
  struct row_equal {
    using is_transparent = void;
    const R* rows = nullptr;
    bool operator()(std::uint32_t a, std::uint32_t b) const noexcept { return rows[a].id.value == rows[b].id.value; }
    bool operator()(std::string_view k, std::uint32_t p) const noexcept { return k == rows[p].id.value; }
    bool operator()(std::uint32_t p, std::string_view k) const noexcept { return k == rows[p].id.value; }
  };
  using index_type = boost::unordered_flat_set<std::uint32_t, row_hash, row_equal>;

  std::vector<R> rows;
  index_type index;

  table() = default;
  table(table&&) noexcept = default;
  table& operator=(table&&) noexcept = default;
  table(const table& o) : rows(o.rows) {}
  table& operator=(const table& o) {
    rows = o.rows;
    index = index_type();
    return *this;
  }
  ~table() = default;

  // Empties the index and sizes it for the rows. O(rows).
  void reset_index() { index = index_type(rows.size(), row_hash{rows.data()}, row_equal{rows.data()}); }
  // Adds row `pos` unless a row with its id is indexed; returns the position already holding
  // the id, or nullopt when added. O(1) average.
  std::optional<std::uint32_t> insert(std::uint32_t pos) {
    const auto [it, added] = index.insert(pos);
    if (added) return std::nullopt;
    return *it;
  }
  // The position of the row with this id, or nullopt. O(1) average; throws nothing.
  [[nodiscard]] std::optional<std::uint32_t> find(std::string_view id) const noexcept {
    const auto it = index.find(id);
    if (it == index.end()) return std::nullopt;
    return *it;
  }
};
using tables = boost::mp11::mp_rename<boost::mp11::mp_transform<table, record_types>, std::tuple>;

// Fills every index; reports empty and duplicate ids. The first of duplicates wins.
template <class Tables>
void build_indexes(Tables& t, std::vector<problem>& probs) {
  boost::mp11::tuple_for_each(t, [&](auto& tab) {
    tab.reset_index();
    for (std::size_t i = 0; i < tab.rows.size(); ++i) {
      const auto& r = tab.rows[i];
      if (r.id.value.empty()) {
        probs.push_back({errc::empty_name, record_label(r, i), "id", "the id is empty"});
        continue;
      }
      if (tab.insert(static_cast<std::uint32_t>(i)))
        probs.push_back({errc::duplicate_id, record_label(r, i), "id",
                         "another " + std::string(collection_name<std::decay_t<decltype(r)>>()) +
                             " record has the same id"});
    }
  });
}

}  // namespace regcoop::detail

REGCOOP_STRING_WARNINGS_END
