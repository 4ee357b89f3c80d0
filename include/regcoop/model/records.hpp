#pragma once
/// @file regcoop/model/records.hpp
/// @brief The list of record kinds a dataset holds, and their collection names.

#include "regcoop/model/agreement.hpp"
#include "regcoop/model/border.hpp"
#include "regcoop/model/corridor.hpp"
#include "regcoop/model/indicator.hpp"
#include "regcoop/model/mechanism.hpp"
#include "regcoop/model/party.hpp"
#include "regcoop/model/project.hpp"
#include "regcoop/model/source.hpp"

#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>

#include <string>
#include <string_view>
#include <type_traits>

namespace regcoop {

/// Every record kind, in the order datasets store and print them.
using record_types =
    boost::mp11::mp_list<source, party, mechanism, event, agreement, project, node, segment, corridor, indicator, border_rule>;

/// True for the record kinds of `record_types`.
template <class R>
concept record = boost::mp11::mp_contains<record_types, R>::value;

/// The id type of a record kind, e.g. `id_of<party>` is `party_id`.
template <record R>
using id_of = decltype(R::id);

namespace detail {
template <class Tag>
struct has_tag {
  template <class R>
  using fn = std::is_same<decltype(R::id), id<Tag>>;
};
}  // namespace detail

/// The record kind whose id has tag `Tag`, e.g. `record_for<party_tag>` is `party`.
template <class Tag>
using record_for = boost::mp11::mp_at<record_types, boost::mp11::mp_find_if_q<record_types, detail::has_tag<Tag>>>;

/// Position of `R` in `record_types`.
template <record R>
inline constexpr std::size_t record_index = boost::mp11::mp_find<record_types, R>::value;

/// The name of a record kind's collection: "sources", "parties", "mechanisms", "events",
/// "agreements", "projects", "nodes", "segments", "corridors", "indicators", "border_rules". Used in JSON,
/// CSV and error messages. O(1).
template <record R>
[[nodiscard]] constexpr std::string_view collection_name() noexcept {
  constexpr std::string_view names[] = {"sources",  "parties", "mechanisms", "events",    "agreements",
                                        "projects", "nodes",   "segments",   "corridors", "indicators",
                                        "border_rules"};
  return names[record_index<R>];
}

namespace detail {
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
}  // namespace detail

}  // namespace regcoop
