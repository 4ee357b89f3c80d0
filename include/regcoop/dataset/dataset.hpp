#pragma once
/// @file regcoop/dataset/dataset.hpp
/// @brief The immutable, validated `dataset` and the `dataset_builder` that makes it.

#include "regcoop/config.hpp"
#include "regcoop/detail/party_index.hpp"
#include "regcoop/detail/tables.hpp"
#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/detail/validate.hpp"
#else
// What detail/validate.hpp includes, so that a program sees the same declarations in both modes.
#include "regcoop/detail/spells.hpp"
#include "regcoop/detail/text.hpp"
#include "regcoop/detail/walk.hpp"
#include "regcoop/model/country.hpp"
#include "regcoop/model/enum.hpp"
#include "regcoop/model/states.hpp"
#endif
#include "regcoop/model/error.hpp"
#include "regcoop/model/records.hpp"

#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/tuple.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

#if defined(REGCOOP_SEPARATE_COMPILATION)
namespace detail {
// Defined in detail/validate.hpp, which only src.hpp includes in separate compilation (the
// builder's templates that call it are instantiated there alone).
template <class Tables>
void validate(const Tables& t, std::vector<problem>& probs);
}  // namespace detail
#endif

/// An immutable, validated set of records with id indexes.
///
/// Copying a dataset is O(1) (it shares its storage); a dataset is safe to read from many
/// threads at once. Records of each kind are stored contiguously, in the order they were
/// added. Make one with `dataset_builder`.
class dataset {
 public:
  /// An empty dataset. O(1) apart from one allocation.
  dataset() : t_(std::make_shared<const detail::tables>()), refs_(std::make_shared<const detail::party_index>()) {}

  /// All records of kind `R`, in insertion order. O(1); throws nothing.
  template <record R>
  [[nodiscard]] std::span<const R> all() const noexcept {
    // By index and from pointer and size: std::get by type and span's range constructor cost
    // every translation unit ~0.03 s per record kind to instantiate.
    const auto& rows = std::get<record_index<R>>(*t_).rows;
    return std::span<const R>(rows.data(), rows.size());
  }
  /// All sources. O(1).
  [[nodiscard]] std::span<const source> sources() const noexcept { return all<source>(); }
  /// All parties. O(1).
  [[nodiscard]] std::span<const party> parties() const noexcept { return all<party>(); }
  /// All mechanisms. O(1).
  [[nodiscard]] std::span<const mechanism> mechanisms() const noexcept { return all<mechanism>(); }
  /// All events. O(1).
  [[nodiscard]] std::span<const event> events() const noexcept { return all<event>(); }
  /// All agreements. O(1).
  [[nodiscard]] std::span<const agreement> agreements() const noexcept { return all<agreement>(); }
  /// All projects. O(1).
  [[nodiscard]] std::span<const project> projects() const noexcept { return all<project>(); }
  /// All network nodes. O(1).
  [[nodiscard]] std::span<const node> nodes() const noexcept { return all<node>(); }
  /// All network segments. O(1).
  [[nodiscard]] std::span<const segment> segments() const noexcept { return all<segment>(); }
  /// All corridors. O(1).
  [[nodiscard]] std::span<const corridor> corridors() const noexcept { return all<corridor>(); }
  /// All indicator observations. O(1).
  [[nodiscard]] std::span<const indicator> indicators() const noexcept { return all<indicator>(); }
  /// All border rules. O(1).
  [[nodiscard]] std::span<const border_rule> border_rules() const noexcept { return all<border_rule>(); }

  /// The record with this id, or nullptr. O(1) average; throws nothing.
  template <class Tag>
  [[nodiscard]] const record_for<Tag>* find(const id<Tag>& key) const noexcept {
    const auto p = position(key);
    return p ? &std::get<detail::table<record_for<Tag>>>(*t_).rows[*p] : nullptr;
  }

  /// Position of the record with this id in `all<R>()`, or `std::nullopt`. O(1) average.
  template <class Tag>
  [[nodiscard]] std::optional<std::size_t> position(const id<Tag>& key) const noexcept {
    const auto p = std::get<detail::table<record_for<Tag>>>(*t_).find(key.value);
    if (!p) return std::nullopt;
    return *p;
  }

  /// The record with this id.
  /// @throws regcoop::error with `errc::unknown_id` naming the kind and id. O(1) average.
  template <class Tag>
  [[nodiscard]] const record_for<Tag>& at(const id<Tag>& key) const {
    if (const auto* r = find(key)) return *r;
    using R = record_for<Tag>;
    throw error(errc::unknown_id, detail::record_label<R>(key.value), "id",
                "the dataset holds no " + std::string(collection_name<R>()) + " record with this id");
  }

  /// Positions in `all<R>()`, ascending, of the records of kind `R` that refer to party `p`
  /// in any field (hosts, participants, signatories, core group, partner, subjects,
  /// counterparts, bloc members, ...; not a party's own id). Empty when none. The dataset
  /// builds this index once, so `select` with `involves` and `links` visit only these
  /// records. O(1) average; throws nothing.
  /// @code
  /// for (auto i : ds.referring_to<project>(party_id{"KZ"})) use(ds.projects()[i]);
  /// @endcode
  template <record R>
  [[nodiscard]] std::span<const std::uint32_t> referring_to(const party_id& p) const noexcept {
    return refs_->positions<R>(position(p));
  }

  /// The membership spells of every party, precomputed at build (see `detail::spell_index`).
  /// O(1); throws nothing.
  [[nodiscard]] const detail::spell_index& spells() const noexcept { return refs_->spells; }
  /// Total number of records of all kinds. O(number of kinds).
  [[nodiscard]] std::size_t size() const noexcept {
    std::size_t n = 0;
    boost::mp11::tuple_for_each(*t_, [&](const auto& t) { n += t.rows.size(); });
    return n;
  }

  /// True when both hold the same records in the same order. O(size).
  friend REGCOOP_DECL bool operator==(const dataset& a, const dataset& b);

 private:
  friend class dataset_builder;
  dataset(std::shared_ptr<const detail::tables> t, std::shared_ptr<const detail::party_index> refs)
      : t_(std::move(t)), refs_(std::move(refs)) {}
  std::shared_ptr<const detail::tables> t_;
  std::shared_ptr<const detail::party_index> refs_;
};

/// Collects records, then validates them all at once and makes a `dataset`.
///
/// @code
/// regcoop::dataset_builder b;
/// b.add(regcoop::party{.id = {"KZ"}, .name = "Kazakhstan", .iso_code = "KZ"});
/// regcoop::dataset ds = std::move(b).build();
/// @endcode
class dataset_builder {
 public:
  /// Adds one record. Amortised O(1); throws only `std::bad_alloc`.
  template <record R>
  dataset_builder& add(R r) {
    std::get<detail::table<R>>(t_).rows.push_back(std::move(r));
    return *this;
  }
  /// Adds many records of one kind. O(n).
  template <record R>
  dataset_builder& add(std::vector<R> rs) {
    auto& rows = std::get<detail::table<R>>(t_).rows;
    if (rows.empty()) {
      rows = std::move(rs);
    } else {
      rows.insert(rows.end(), std::make_move_iterator(rs.begin()), std::make_move_iterator(rs.end()));
    }
    return *this;
  }
  /// Adds every record of a dataset (to extend or correct it). O(size of `ds`).
  REGCOOP_DECL dataset_builder& add(const dataset& ds);

  // check() and build() are templates only so that the validation code is instantiated in
  // translation units that call them, not in every one that includes this header; call
  // them as plain functions.

  /// Every problem in the records added so far, without throwing. O(total size of the records).
  template <class Tables = detail::tables>
  [[nodiscard]] std::vector<problem> check() const;

  /// Validates every record, builds the id and party indexes and returns the dataset; the
  /// builder is left empty.
  /// @throws regcoop::error listing *every* problem found (code, record, field, message).
  /// O(total size of the records).
  template <class Tables = detail::tables>
  [[nodiscard]] dataset build() &&;
  /// As `build() &&`, but reports problems instead of throwing: returns the dataset, or
  /// nullopt with every problem in `problems` (the builder keeps its records then).
  /// O(total size of the records); throws only `std::bad_alloc`.
  template <class Tables = detail::tables>
  [[nodiscard]] std::optional<dataset> try_build(std::vector<problem>& problems) &&;
  /// As `build() &&`, but copies the records and keeps the builder as it is.
  template <class Tables = detail::tables>
  [[nodiscard]] dataset build() const&;

 private:
  template <class Tables>
  static std::vector<problem> index_and_check(Tables& t) {
    std::vector<problem> probs;
    detail::build_indexes(t, probs);
    detail::validate(t, probs);
    return probs;
  }
  detail::tables t_;
};

// Defined outside the class, so not implicitly inline: under REGCOOP_SEPARATE_COMPILATION the
// explicit instantiation declarations below keep every translation unit from instantiating
// the validator, and src.hpp instantiates it once.
template <class Tables>
std::vector<problem> dataset_builder::check() const {
  Tables t = t_;
  return index_and_check(t);
}

template <class Tables>
dataset dataset_builder::build() && {
  std::vector<problem> probs;
  auto ds = std::move(*this).template try_build<Tables>(probs);
  if (!ds) throw error(std::move(probs));
  return std::move(*ds);
}

template <class Tables>
std::optional<dataset> dataset_builder::try_build(std::vector<problem>& problems) && {
  Tables& t = t_;
  problems = index_and_check(t);
  if (!problems.empty()) return std::nullopt;
  auto refs = std::make_shared<const detail::party_index>(detail::make_party_index(t));
  auto out = std::make_shared<const detail::tables>(std::move(t));
  t_ = {};
  return dataset(std::move(out), std::move(refs));
}

template <class Tables>
dataset dataset_builder::build() const& {
  auto copy = *this;
  return std::move(copy).template build<Tables>();
}

#if defined(REGCOOP_SEPARATE_COMPILATION)
extern template std::vector<problem> dataset_builder::check<detail::tables>() const;
extern template dataset dataset_builder::build<detail::tables>() &&;
extern template std::optional<dataset> dataset_builder::try_build<detail::tables>(std::vector<problem>&) &&;
extern template dataset dataset_builder::build<detail::tables>() const&;
#endif

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/dataset.ipp"
#endif
