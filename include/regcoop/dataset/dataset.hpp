#pragma once
/// @file regcoop/dataset/dataset.hpp
/// @brief The immutable, validated `dataset` and the `dataset_builder` that makes it.
///
/// Both keep their records behind a pointer (`detail::dataset_store`, defined in
/// `regcoop/detail/dataset_store.hpp`): this header declares the two classes over the record
/// types and nothing of the tables, their id indexes, the validator or the spell index, so a
/// program that only holds and reads datasets does not compile them. Header-only mode
/// includes the definitions (`regcoop/impl/dataset.ipp`) at the end; separate compilation
/// compiles them once, in `regcoop/src.hpp`.

#include "regcoop/config.hpp"
#include "regcoop/model/enum.hpp"
#include "regcoop/model/error.hpp"
#include "regcoop/model/record_kinds.hpp"

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

namespace detail {
struct dataset_store;  // the tables, their id indexes and the party index (detail/dataset_store.hpp)
struct spell_index;    // every membership spell, by organisation and by member (detail/spells.hpp)
}  // namespace detail

/// An immutable, validated set of records with id indexes.
///
/// Copying a dataset is O(1) (it shares its storage); a dataset is safe to read from many
/// threads at once. Records of each kind are stored contiguously, in the order they were
/// added. Make one with `dataset_builder`.
class dataset {
 public:
  /// An empty dataset. O(1); all empty datasets share one storage. @throws std::bad_alloc
  /// the first time only.
  REGCOOP_DECL dataset();

  /// All records of kind `R`, in insertion order. O(1); throws nothing.
  template <record R>
  [[nodiscard]] std::span<const R> all() const noexcept {
    const auto rows = rows_of(record_index<R>);
    return std::span<const R>(static_cast<const R*>(rows.data), rows.size);
  }
  /// All sources. O(1); throws nothing.
  [[nodiscard]] REGCOOP_DECL std::span<const source> sources() const noexcept;
  /// All parties. O(1); throws nothing.
  [[nodiscard]] REGCOOP_DECL std::span<const party> parties() const noexcept;
  /// All mechanisms. O(1); throws nothing.
  [[nodiscard]] REGCOOP_DECL std::span<const mechanism> mechanisms() const noexcept;
  /// All events. O(1); throws nothing.
  [[nodiscard]] REGCOOP_DECL std::span<const event> events() const noexcept;
  /// All agreements. O(1); throws nothing.
  [[nodiscard]] REGCOOP_DECL std::span<const agreement> agreements() const noexcept;
  /// All projects. O(1); throws nothing.
  [[nodiscard]] REGCOOP_DECL std::span<const project> projects() const noexcept;
  /// All network nodes. O(1); throws nothing.
  [[nodiscard]] REGCOOP_DECL std::span<const node> nodes() const noexcept;
  /// All network segments. O(1); throws nothing.
  [[nodiscard]] REGCOOP_DECL std::span<const segment> segments() const noexcept;
  /// All corridors. O(1); throws nothing.
  [[nodiscard]] REGCOOP_DECL std::span<const corridor> corridors() const noexcept;
  /// All indicator observations. O(1); throws nothing.
  [[nodiscard]] REGCOOP_DECL std::span<const indicator> indicators() const noexcept;
  /// All border rules. O(1); throws nothing.
  [[nodiscard]] REGCOOP_DECL std::span<const border_rule> border_rules() const noexcept;

  /// The record with this id, or nullptr. O(1) average; throws nothing.
  template <class Tag>
  [[nodiscard]] const record_for<Tag>* find(const id<Tag>& key) const noexcept {
    const auto p = position(key);
    return p ? all<record_for<Tag>>().data() + *p : nullptr;
  }

  /// Position of the record with this id in `all<R>()`, or `std::nullopt`. O(1) average.
  template <class Tag>
  [[nodiscard]] std::optional<std::size_t> position(const id<Tag>& key) const noexcept {
    return position_in(record_index<record_for<Tag>>, key.value);
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
    return referring_in(record_index<R>, position(p));
  }

  /// The membership spells of every party, precomputed at build (see `detail::spell_index`,
  /// in `regcoop/detail/spell_index.hpp`). O(1); throws nothing.
  [[nodiscard]] REGCOOP_DECL const detail::spell_index& spells() const noexcept;
  /// Total number of records of all kinds. O(number of kinds); throws nothing.
  [[nodiscard]] REGCOOP_DECL std::size_t size() const noexcept;

  /// True when both hold the same records in the same order. O(size). A template only for
  /// the reason `dataset_builder::check()` is (header-only, the comparison of every record
  /// kind is compiled where datasets are compared, not in every file that includes this
  /// header); compare as `a == b`, `a != b`.
  template <std::same_as<dataset> Dataset>
  friend bool operator==(const Dataset& a, const Dataset& b);

 private:
  friend class dataset_builder;
  struct rows_view {
    const void* data;  // the first record of a kind
    std::size_t size;
  };
  explicit dataset(std::shared_ptr<const detail::dataset_store> s) noexcept : s_(std::move(s)) {}
  // The storage of the records of the kind at position `kind` of `record_types`. O(1).
  [[nodiscard]] REGCOOP_DECL rows_view rows_of(std::size_t kind) const noexcept;
  // The position of the record of kind `kind` with this id. O(1) average.
  [[nodiscard]] REGCOOP_DECL std::optional<std::size_t> position_in(std::size_t kind, std::string_view id) const noexcept;
  // `referring_to` for the kind at position `kind`; `party`: the party's position. O(1).
  [[nodiscard]] REGCOOP_DECL std::span<const std::uint32_t> referring_in(std::size_t kind,
                                                                      std::optional<std::size_t> party) const noexcept;
  std::shared_ptr<const detail::dataset_store> s_;
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
  /// An empty builder. O(1); throws nothing (the storage is made by the first `add`).
  REGCOOP_DECL dataset_builder() noexcept;
  /// A builder holding copies of `o`'s records. O(records).
  REGCOOP_DECL dataset_builder(const dataset_builder& o);
  /// Takes `o`'s records; `o` is left empty. O(1).
  REGCOOP_DECL dataset_builder(dataset_builder&& o) noexcept;
  /// Copies `o`'s records. O(records).
  REGCOOP_DECL dataset_builder& operator=(const dataset_builder& o);
  /// Takes `o`'s records. O(1).
  REGCOOP_DECL dataset_builder& operator=(dataset_builder&& o) noexcept;
  REGCOOP_DECL ~dataset_builder();

  /// Adds one record. Amortised O(1); throws only `std::bad_alloc`.
  template <record R>
  dataset_builder& add(R r) {
    add_one(kind_of<R>{}, &r);
    return *this;
  }
  /// Adds many records of one kind. O(n).
  template <record R>
  dataset_builder& add(std::vector<R> rs) {
    add_many(kind_of<R>{}, &rs);
    return *this;
  }
  /// Adds every record of a dataset (to extend or correct it). O(size of `ds`). A template
  /// only for the reason check() and build() are (below): call it as `b.add(ds)`.
  template <std::same_as<dataset> Dataset = dataset>
  dataset_builder& add(const Dataset& ds);

  // check() and build() are templates only so that, header-only, the validation code is
  // instantiated in translation units that call them, not in every one that includes this
  // header; call them as plain functions. (Separately compiled, src.hpp instantiates them.)

  /// Every problem in the records added so far, without throwing. O(total size of the records).
  template <class Store = detail::dataset_store>
  [[nodiscard]] std::vector<problem> check() const;

  /// Validates every record, builds the id and party indexes and returns the dataset; the
  /// builder is left empty.
  /// @throws regcoop::error listing *every* problem found (code, record, field, message).
  /// O(total size of the records).
  template <class Store = detail::dataset_store>
  [[nodiscard]] dataset build() &&;
  /// As `build() &&`, but reports problems instead of throwing: returns the dataset, or
  /// nullopt with every problem in `problems` (the builder keeps its records then).
  /// O(total size of the records); throws only `std::bad_alloc`.
  template <class Store = detail::dataset_store>
  [[nodiscard]] std::optional<dataset> try_build(std::vector<problem>& problems) &&;
  /// As `build() &&`, but copies the records and keeps the builder as it is.
  template <class Store = detail::dataset_store>
  [[nodiscard]] dataset build() const&;

 private:
  // The position of R in `record_types`, as a type.
  template <class R>
  using kind_of = std::integral_constant<std::size_t, record_index<R>>;
  // Moves `*static_cast<R*>(records)` (`Many`: the records of a `std::vector<R>` there) to
  // the records of kind R, the kind at position `Kind`.
  template <std::size_t Kind, bool Many>
  void append(void* records);
#if defined(REGCOOP_SEPARATE_COMPILATION)
  // `append` for the kind at position `kind`, defined once (src.hpp) for every kind;
  // `kind_of<R>` converts to the position.
  void add_one(std::size_t kind, void* record);
  void add_many(std::size_t kind, void* records);
#else
  // Header-only, the same on the kind as a type: a file compiles the moves of the kinds it
  // adds, not of all of them.
  template <std::size_t Kind>
  void add_one(std::integral_constant<std::size_t, Kind>, void* record) { append<Kind, false>(record); }
  template <std::size_t Kind>
  void add_many(std::integral_constant<std::size_t, Kind>, void* records) { append<Kind, true>(records); }
#endif
  std::unique_ptr<detail::dataset_store> s_;  // null while empty
};

template <std::same_as<dataset> Dataset>
bool operator==(const Dataset& a, const Dataset& b);

#if defined(REGCOOP_SEPARATE_COMPILATION)
extern template bool operator==<dataset>(const dataset&, const dataset&);
extern template dataset_builder& dataset_builder::add<dataset>(const dataset&);
extern template std::vector<problem> dataset_builder::check<detail::dataset_store>() const;
extern template dataset dataset_builder::build<detail::dataset_store>() &&;
extern template std::optional<dataset> dataset_builder::try_build<detail::dataset_store>(std::vector<problem>&) &&;
extern template dataset dataset_builder::build<detail::dataset_store>() const&;
#endif

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/dataset.ipp"
#endif
