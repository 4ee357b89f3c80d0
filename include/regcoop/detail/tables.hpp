#pragma once
/// @file detail/tables.hpp
/// @brief Storage of a dataset: the rows of each record kind plus an id → position index.

#include "regcoop/error.hpp"
#include "regcoop/records.hpp"

#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/tuple.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace regcoop::detail {

// The id index of one table: open addressing with linear probing over row positions. The
// keys are the rows' own ids (not copies), so a slot is 8 bytes: the position and 32 bits of
// the hash, which settle most mismatches without touching the row. At most half full.
class id_index {
 public:
  // Empties the index and sizes it for n ids. O(n).
  void reset(std::size_t n) {
    std::size_t cap = 8;
    while (cap < 2 * n) cap *= 2;
    slots_.assign(cap, slot{});
  }

  // Adds `pos` under key `key` unless the key is present; returns the position already
  // holding it, or nullopt when added. `key_of(p)` is the key of row p. O(1) average.
  template <class KeyOf>
  std::optional<std::uint32_t> insert(std::string_view key, std::uint32_t pos, KeyOf key_of) {
    const std::size_t h = hash(key);
    slot& s = slots_[probe(key, h, key_of)];
    if (s.pos != empty) return s.pos;
    s = {pos, tag(h)};
    return std::nullopt;
  }

  // The position of the row with key `key`, or nullopt. O(1) average; throws nothing.
  template <class KeyOf>
  [[nodiscard]] std::optional<std::uint32_t> find(std::string_view key, KeyOf key_of) const noexcept {
    if (slots_.empty()) return std::nullopt;
    const slot& s = slots_[probe(key, hash(key), key_of)];
    if (s.pos == empty) return std::nullopt;
    return s.pos;
  }

 private:
  static constexpr std::uint32_t empty = 0xFFFFFFFFu;
  struct slot {
    std::uint32_t pos = empty;
    std::uint32_t tag = 0;
  };
  [[nodiscard]] std::size_t mask() const noexcept { return slots_.size() - 1; }
  static std::uint32_t tag(std::size_t h) noexcept { return static_cast<std::uint32_t>(h >> 32); }
  // The slot holding `key` (hash `h`), or the empty slot where it would go.
  template <class KeyOf>
  [[nodiscard]] std::size_t probe(std::string_view key, std::size_t h, KeyOf& key_of) const {
    for (std::size_t i = h & mask();; i = (i + 1) & mask()) {
      const slot& s = slots_[i];
      if (s.pos == empty || (s.tag == tag(h) && key_of(s.pos) == key)) return i;
    }
  }
  static std::size_t hash(std::string_view key) noexcept { return hash_id_text(key); }
  std::vector<slot> slots_;
};

template <class R>
struct table {
  std::vector<R> rows;
  id_index index;

  // The position of the row with this id, or nullopt. O(1) average; throws nothing.
  [[nodiscard]] std::optional<std::uint32_t> find(std::string_view id) const noexcept {
    return index.find(id, [this](std::uint32_t p) { return std::string_view(rows[p].id.value); });
  }
};
using tables = boost::mp11::mp_rename<boost::mp11::mp_transform<table, record_types>, std::tuple>;

// The one label of a record in messages and differences: "parties/CN".
template <class R>
std::string record_label(std::string_view id) {
  std::string s(collection_name<R>());
  s += '/';
  s += id;
  return s;
}
// "parties/CN", or "parties/#3" for a record without an id (at position 3).
template <class R>
std::string record_label(const R& r, std::size_t pos) {
  return r.id.value.empty() ? record_label<R>("#" + std::to_string(pos)) : record_label<R>(r.id.value);
}
// Fills every index; reports empty and duplicate ids. The first of duplicates wins.
template <class Tables>
void build_indexes(Tables& t, std::vector<problem>& probs) {
  boost::mp11::tuple_for_each(t, [&](auto& tab) {
    tab.index.reset(tab.rows.size());
    const auto key_of = [&](std::uint32_t p) { return std::string_view(tab.rows[p].id.value); };
    for (std::size_t i = 0; i < tab.rows.size(); ++i) {
      const auto& r = tab.rows[i];
      if (r.id.value.empty()) {
        probs.push_back({errc::empty_name, record_label(r, i), "id", "the id is empty"});
        continue;
      }
      if (tab.index.insert(r.id.value, static_cast<std::uint32_t>(i), key_of))
        probs.push_back({errc::duplicate_id, record_label(r, i), "id",
                         "another " + std::string(collection_name<std::decay_t<decltype(r)>>()) +
                             " record has the same id"});
    }
  });
}

}  // namespace regcoop::detail
