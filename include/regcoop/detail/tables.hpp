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

// The id index of a table: a boost::unordered_flat_set of row positions whose hash and
// equality read the rows' own ids (no key copies; about 5 bytes a row). It replaced a
// hand-written open-addressing table (8-byte slots, at most half full), which lost in the
// side-by-side benchmark (benchmarks/rewrites: look-ups 1.3–1.5× and builds 1.3–1.4× the
// flat set's time at 10^5–10^6 ids).
//
// One set type serves every record kind: the hash and equality reach a row's id through a
// function pointer (`id_of<R>`), so the set's code is instantiated once, not once per kind
// (twelve copies of it were a tenth of the object code of a program that builds a dataset).
// They hold a pointer to the rows' storage, which moving the vector keeps; a copied table
// gets an empty index (every path that looks ids up builds it first).
struct id_index {
  using id_fn = std::string_view (*)(const void* rows, std::uint32_t pos) noexcept;
  struct row_hash {
    using is_transparent = void;
    const void* rows = nullptr;
    id_fn id = nullptr;
    std::size_t operator()(std::uint32_t p) const noexcept { return hash_id_text(id(rows, p)); }
    std::size_t operator()(std::string_view k) const noexcept { return hash_id_text(k); }
  };
  struct row_equal {
    using is_transparent = void;
    const void* rows = nullptr;
    id_fn id = nullptr;
    bool operator()(std::uint32_t a, std::uint32_t b) const noexcept { return id(rows, a) == id(rows, b); }
    bool operator()(std::string_view k, std::uint32_t p) const noexcept { return k == id(rows, p); }
    bool operator()(std::uint32_t p, std::string_view k) const noexcept { return k == id(rows, p); }
  };
  using set = boost::unordered_flat_set<std::uint32_t, row_hash, row_equal>;

  // The id of row `pos` of the rows of kind R at `rows`.
  template <class R>
  static std::string_view id_of(const void* rows, std::uint32_t pos) noexcept {
    return static_cast<const R*>(rows)[pos].id.value;
  }
  // An empty set sized for `n` rows of kind R at `rows`.
  template <class R>
  static set make(const R* rows, std::size_t n) {
    return set(n, row_hash{rows, &id_of<R>}, row_equal{rows, &id_of<R>});
  }
  // Adds row `pos` unless a row with its id is indexed; returns the position already holding
  // the id, or nullopt when added. O(1) average.
  static std::optional<std::uint32_t> insert(set& s, std::uint32_t pos) {
    const auto [it, added] = s.insert(pos);
    if (added) return std::nullopt;
    return *it;
  }
  // The position of the row with this id, or nullopt. O(1) average; throws nothing.
  static std::optional<std::uint32_t> find(const set& s, std::string_view id) noexcept {
    const auto it = s.find(id);
    if (it == s.end()) return std::nullopt;
    return *it;
  }
};

// The rows of one record kind and their id index.
template <class R>
struct table {
  using index_type = id_index::set;

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
  void reset_index() { index = id_index::make(rows.data(), rows.size()); }
  // Adds row `pos` unless a row with its id is indexed; returns the position already holding
  // the id, or nullopt when added. O(1) average.
  std::optional<std::uint32_t> insert(std::uint32_t pos) { return id_index::insert(index, pos); }
  // The position of the row with this id, or nullopt. O(1) average; throws nothing.
  [[nodiscard]] std::optional<std::uint32_t> find(std::string_view id) const noexcept { return id_index::find(index, id); }
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
