#pragma once
/// @file detail/mapping_fields.hpp
/// @brief The fields a mapping document may name per record kind: read by the mapping reader
/// (`impl/table_mapping.ipp`) and written into the mapping schema (`impl/mapping_schema.ipp`).

#include "regcoop/config.hpp"
#include "regcoop/io/csv_read.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace regcoop::detail::table_in {

// The fields a mapping may name for record kind R: its CSV columns (dotted) and, for lists
// of structures, the sub-fields of one item.
struct field_info {
  std::string name;
  bool list_of_structures = false;
  std::vector<std::string> subfields;
};

template <class R>
std::vector<field_info> fields_of() {
  std::vector<field_info> out;
  for_each_member<R>([&](auto d) {
    using M = member_type<R, decltype(d)>;
    if constexpr (shape_of<M> == shape::list) {
      using E = typename M::value_type;
      if constexpr (shape_of<E> == shape::structure) {
        field_info f{std::string(d.name), true, {}};
        for (const auto& c : csv_in::columns<E>()) f.subfields.push_back(c.name);
        out.push_back(std::move(f));
      }
    }
  });
  for (const auto& c : csv_in::columns<R>()) {
    const bool listed = std::any_of(out.begin(), out.end(), [&](const field_info& f) { return f.name == c.name; });
    if (!listed) out.push_back({c.name, false, {}});
  }
  return out;
}

}  // namespace regcoop::detail::table_in
