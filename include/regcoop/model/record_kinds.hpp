#pragma once
/// @file regcoop/model/record_kinds.hpp
/// @brief The list of record kinds a dataset holds, their collection names and id types,
/// with the record types only declared: what `regcoop/dataset/dataset.hpp` needs to name them.
/// Include `regcoop/model/records.hpp` (or the header of the record) to use their fields.

#include "regcoop/model/id.hpp"

#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace regcoop {

struct source;       // regcoop/model/source.hpp
struct party;        // regcoop/model/party.hpp
struct mechanism;    // regcoop/model/mechanism.hpp
struct event;        // regcoop/model/mechanism.hpp
struct agreement;    // regcoop/model/agreement.hpp
struct project;      // regcoop/model/project.hpp
struct node;         // regcoop/model/corridor.hpp
struct segment;      // regcoop/model/corridor.hpp
struct corridor;     // regcoop/model/corridor.hpp
struct indicator;    // regcoop/model/indicator.hpp
struct border_rule;  // regcoop/model/border.hpp

/// Every record kind, in the order datasets store and print them.
using record_types =
    boost::mp11::mp_list<source, party, mechanism, event, agreement, project, node, segment, corridor, indicator, border_rule>;

/// True for the record kinds of `record_types`.
template <class R>
concept record = boost::mp11::mp_contains<record_types, R>::value;

/// The id type of a record kind, e.g. `id_of<party>` is `party_id`.
template <record R>
using id_of = decltype(R::id);

/// The id tags of the record kinds, in the order of `record_types`.
using record_tags = boost::mp11::mp_list<source_tag, party_tag, mechanism_tag, event_tag, agreement_tag, project_tag,
                                         node_tag, segment_tag, corridor_tag, indicator_tag, border_rule_tag>;

/// The record kind whose id has tag `Tag`, e.g. `record_for<party_tag>` is `party`.
template <class Tag>
using record_for = boost::mp11::mp_at<record_types, boost::mp11::mp_find<record_tags, Tag>>;

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
