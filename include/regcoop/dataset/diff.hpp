#pragma once
/// @file regcoop/dataset/diff.hpp
/// @brief What was added, removed and changed between two datasets, by id and field,
/// generic over the Boost.Describe descriptions.

#include "regcoop/dataset/dataset.hpp"
#include "regcoop/model/enum.hpp"

#include <boost/describe/enum.hpp>

#include <string>
#include <vector>

namespace regcoop {

/// What happened to a record or field.
BOOST_DEFINE_ENUM_CLASS(change_kind, added, removed, changed)

/// One difference between two datasets.
struct difference {
  change_kind kind = change_kind::changed;  ///< added, removed or changed
  std::string record{};                     ///< "kind/id"
  std::string field{};                      ///< path of the changed field ("status_history/1/since"); empty for whole records
  std::string before{};                     ///< old value as text (scalars), or a summary
  std::string after{};                      ///< new value as text (scalars), or a summary
};

/// The differences from `a` to `b`: records added (in `b` only), removed (in `a` only) and,
/// for records in both, each changed field down to scalars (a list that changed length is
/// one difference). Records are matched by id within their kind; order of records does not
/// matter. In `record_types` order, then `b`'s (added) or `a`'s (others) record order.
/// O(size of both datasets).
[[nodiscard]] REGCOOP_DECL std::vector<difference> diff(const dataset& a, const dataset& b);

}  // namespace regcoop

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/diff.ipp"
#endif
