#pragma once
/// @file regcoop/model/records.hpp
/// @brief Every record kind a dataset holds, defined: the model headers of the kinds listed in
/// `regcoop/model/record_kinds.hpp` (with `record_types`, `record_for`, `collection_name`).

#include "regcoop/model/agreement.hpp"
#include "regcoop/model/border.hpp"
#include "regcoop/model/corridor.hpp"
#include "regcoop/model/indicator.hpp"
#include "regcoop/model/mechanism.hpp"
#include "regcoop/model/party.hpp"
#include "regcoop/model/project.hpp"
#include "regcoop/model/record_kinds.hpp"
#include "regcoop/model/source.hpp"

#include <type_traits>

namespace regcoop {

// Each kind's id has the tag at its position of `record_tags` (what `record_for` reads).
static_assert([]<class... R>(boost::mp11::mp_list<R...>) {
  return (std::is_same_v<decltype(R::id), id<boost::mp11::mp_at_c<record_tags, record_index<R>>>> && ...);
}(record_types{}));

}  // namespace regcoop
