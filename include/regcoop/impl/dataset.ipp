#pragma once
/// @file impl/dataset.ipp
/// @brief Definitions of `dataset`'s equality and `dataset_builder::add(const dataset&)`,
/// declared in `regcoop/dataset/dataset.hpp`. Included by that header in header-only mode and
/// by `regcoop/src.hpp` under REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/dataset/dataset.hpp"

namespace regcoop {

REGCOOP_DECL bool operator==(const dataset& a, const dataset& b) {
  if (a.t_ == b.t_) return true;
  bool eq = true;
  boost::mp11::mp_for_each<boost::mp11::mp_iota_c<boost::mp11::mp_size<record_types>::value>>([&](auto i) {
    eq = eq && std::get<i>(*a.t_).rows == std::get<i>(*b.t_).rows;
  });
  return eq;
}

REGCOOP_DECL dataset_builder& dataset_builder::add(const dataset& ds) {
  boost::mp11::mp_for_each<record_types>([&](auto r) {
    using R = decltype(r);
    const auto rows = ds.all<R>();
    add(std::vector<R>(rows.begin(), rows.end()));
  });
  return *this;
}

}  // namespace regcoop
