#pragma once
/// @file regcoop/detail/kind_dispatch.hpp
/// @brief From a record kind's position to its type, and the moves behind the type-erased
/// `add` of `dataset_builder` and `dataset_extension` (their `add_one` / `add_many`).

#include "regcoop/model/record_kinds.hpp"

#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <iterator>
#include <utility>
#include <vector>

namespace regcoop::detail {

// Calls `f(std::integral_constant<std::size_t, kind>)` for the record kind at position `kind`.
template <class F>
decltype(auto) with_kind(std::size_t kind, F&& f) {
  return boost::mp11::mp_with_index<boost::mp11::mp_size<record_types>::value>(kind, std::forward<F>(f));
}

// Moves the record `*record` (an R) to the end of `to`. Amortised O(1).
template <class R>
void append_one(std::vector<R>& to, void* record) {
  to.push_back(std::move(*static_cast<R*>(record)));
}

// Moves the records of `*records` (a std::vector<R>) to the end of `to`; takes the vector
// whole when `to` is empty. O(their number).
template <class R>
void append_many(std::vector<R>& to, void* records) {
  auto& rs = *static_cast<std::vector<R>*>(records);
  if (to.empty())
    to = std::move(rs);
  else
    to.insert(to.end(), std::make_move_iterator(rs.begin()), std::make_move_iterator(rs.end()));
}

}  // namespace regcoop::detail
