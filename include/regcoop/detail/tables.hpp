#pragma once
/// @file detail/tables.hpp
/// @brief Storage of a dataset: the rows of each record kind plus an id → position index.

#include "regcoop/error.hpp"
#include "regcoop/records.hpp"

#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/tuple.hpp>
#include <boost/unordered/unordered_flat_map.hpp>

#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

namespace regcoop::detail {

template <class R>
struct table {
  std::vector<R> rows;
  boost::unordered_flat_map<std::string, std::uint32_t> index;
};
using tables = boost::mp11::mp_rename<boost::mp11::mp_transform<table, record_types>, std::tuple>;

// "parties/CN", or "parties/#3" for a record without an id.
template <class R>
std::string record_label(const R& r, std::size_t pos) {
  std::string s(collection_name<R>());
  s += '/';
  s += r.id.value.empty() ? "#" + std::to_string(pos) : r.id.value;
  return s;
}

// Fills every index; reports empty and duplicate ids. The first of duplicates wins.
inline void build_indexes(tables& t, std::vector<problem>& probs) {
  boost::mp11::tuple_for_each(t, [&](auto& tab) {
    tab.index.clear();
    tab.index.reserve(tab.rows.size());
    for (std::size_t i = 0; i < tab.rows.size(); ++i) {
      const auto& r = tab.rows[i];
      if (r.id.value.empty()) {
        probs.push_back({errc::empty_name, record_label(r, i), "id", "the id is empty"});
        continue;
      }
      if (!tab.index.try_emplace(r.id.value, static_cast<std::uint32_t>(i)).second)
        probs.push_back({errc::duplicate_id, record_label(r, i), "id",
                         "another " + std::string(collection_name<std::decay_t<decltype(r)>>()) +
                             " record has the same id"});
    }
  });
}

}  // namespace regcoop::detail
