#pragma once
/// @file regcoop/dataset/merge.hpp
/// @brief Two datasets as one: the embedded China–Central Asia data with the Eurasian
/// organisations, your records with either, a GIS network with the organisations its
/// countries belong to, or a few records that extend a dataset's (one more spell of SCO).
///
/// @code
/// const auto both = regcoop::merge(regcoop::data::china_central_asia(), regcoop::data::eurasian_organisations());
/// @endcode
///
/// The rule (docs/data.md, "Merging"): records of one id are one record. Two parties of one id
/// are united field by field: a field left at its default (an empty name or list, an absent
/// date, `organisation_kind::none`) is not stated and never clashes; lists (aliases, spells,
/// successors, concurrent roles, citations) are united, each item once (a spell equal to one
/// already there is not added again); two stated values that differ clash. Records of other
/// kinds must be equal.

#include "regcoop/model/records.hpp"
#include "regcoop/config.hpp"
#include "regcoop/dataset/dataset.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace regcoop {

namespace detail {
struct extension_rows;  // a std::vector<R> for each R of record_types (impl/merge.ipp)
}  // namespace detail

/// The names of the two inputs of a merge, for its errors ("eurasian-organisations",
/// "ext.json"). Defaults: "the first dataset", "the second dataset".
struct merge_names {
  std::string first = "the first dataset";    ///< the input records are added to
  std::string second = "the second dataset";  ///< the input whose records are added
};

/// Records to add to a dataset that need not be a dataset of their own: read but not
/// validated, so a party may be partial (only its `id` and what it adds: a spell, an alias).
/// `regcoop::read_json_records` (json.hpp) fills one from a JSON document; `extend` adds it.
class dataset_extension {
 public:
  /// No records. O(1); throws nothing.
  REGCOOP_DECL dataset_extension() noexcept;
  /// Copies `o`'s records. O(records).
  REGCOOP_DECL dataset_extension(const dataset_extension& o);
  /// Takes `o`'s records. O(1).
  REGCOOP_DECL dataset_extension(dataset_extension&& o) noexcept;
  /// Copies `o`'s records. O(records).
  REGCOOP_DECL dataset_extension& operator=(const dataset_extension& o);
  /// Takes `o`'s records. O(1).
  REGCOOP_DECL dataset_extension& operator=(dataset_extension&& o) noexcept;
  REGCOOP_DECL ~dataset_extension();

  /// Adds records of one kind. O(n).
  template <record R>
  dataset_extension& add(std::vector<R> rows) {
    add_many(record_index<R>, &rows);
    return *this;
  }
  /// Adds one record. Amortised O(1).
  template <record R>
  dataset_extension& add(R r) {
    add_one(record_index<R>, &r);
    return *this;
  }
  /// The records of kind `R`, in the order added. O(1); throws nothing.
  template <record R>
  [[nodiscard]] const std::vector<R>& all() const noexcept {
    return *static_cast<const std::vector<R>*>(rows_of(record_index<R>));
  }

 private:
  // As `dataset_builder`'s: the records of the kind at position `kind` of `record_types`, by
  // a pointer to R, to std::vector<R>, or (rows_of) the std::vector<R> of the kind.
  REGCOOP_DECL void add_one(std::size_t kind, void* record);
  REGCOOP_DECL void add_many(std::size_t kind, void* records);
  [[nodiscard]] REGCOOP_DECL const void* rows_of(std::size_t kind) const noexcept;
  std::unique_ptr<detail::extension_rows> rows_;  // null while empty
};

/// The records of `a` and `b` in one dataset: `a`'s records in their order, then `b`'s that
/// `a` does not hold. A record both hold under one id is one record:
/// - two parties are united field by field: `aliases`, `members` (dated spells),
///   `successors`, `concurrent_roles` and `citations` united, `a`'s first, each item once
///   (equal by value); any other field (`kind`, `iso_code`, `cow_code`, `organisation`,
///   `home_country`, `seat`, `founded`, `dissolved`, `established_by`) given by one only is
///   kept, and two different values clash; `name`: `a`'s; a country's other name becomes an
///   alias ("Russia" from one, "Russian Federation" from the other: one party named
///   "Russia", aliased "Russian Federation"), an organisation's other name clashes;
/// - records of other kinds must be equal.
///
/// `names` name the inputs in errors. The result is validated like any dataset.
/// @throws regcoop::error listing every clash (`duplicate_id`, with the record of `a` as
/// `record`, the field as `field`, both values and both inputs' names in the message) and
/// every problem of the merged records. O(size of both).
[[nodiscard]] REGCOOP_DECL dataset merge(const dataset& a, const dataset& b, const merge_names& names = {});

/// `a` with the records of `ext` added by the rule of `merge`, and one more: a party of
/// `ext` is partial, so its `kind` left at the default (`country`) is not stated either. A
/// party that `a` holds may be given by its `id` and what it adds alone: one more spell of
/// SCO is `{"id": "SCO", "members": [ {the spell} ]}`. Records `a` does not hold must be
/// whole; the result is validated like any dataset.
/// @throws regcoop::error as `merge`. O(size of both).
[[nodiscard]] REGCOOP_DECL dataset extend(const dataset& a, const dataset_extension& ext, const merge_names& names = {});

}  // namespace regcoop

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/merge.ipp"
#endif
