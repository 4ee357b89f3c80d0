#pragma once
/// @file impl/dataset.ipp
/// @brief Definitions of `dataset` and `dataset_builder`, declared in
/// `regcoop/dataset/dataset.hpp`. Included by that header in header-only mode and by
/// `regcoop/src.hpp` under REGCOOP_SEPARATE_COMPILATION (which also instantiates the
/// builder's `check`, `build` and `try_build`).

#include "regcoop/dataset/dataset.hpp"
#include "regcoop/detail/dataset_store.hpp"
#include "regcoop/detail/kind_dispatch.hpp"
#include "regcoop/detail/validate.hpp"

#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/tuple.hpp>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

namespace detail {
// Fills the id indexes and validates; every problem found. (A template: see check().)
template <class Tables>
std::vector<problem> index_and_check(Tables& t) {
  std::vector<problem> probs;
  build_indexes(t, probs);
  validate(t, probs);
  return probs;
}
}  // namespace detail

REGCOOP_DECL dataset::dataset() {
  static const auto empty = std::make_shared<const detail::dataset_store>();
  s_ = empty;
}

// Non-template, so that a translation unit instantiates the spans of the kinds it reads only.
REGCOOP_DECL std::span<const source> dataset::sources() const noexcept { return all<source>(); }
REGCOOP_DECL std::span<const party> dataset::parties() const noexcept { return all<party>(); }
REGCOOP_DECL std::span<const mechanism> dataset::mechanisms() const noexcept { return all<mechanism>(); }
REGCOOP_DECL std::span<const event> dataset::events() const noexcept { return all<event>(); }
REGCOOP_DECL std::span<const agreement> dataset::agreements() const noexcept { return all<agreement>(); }
REGCOOP_DECL std::span<const project> dataset::projects() const noexcept { return all<project>(); }
REGCOOP_DECL std::span<const node> dataset::nodes() const noexcept { return all<node>(); }
REGCOOP_DECL std::span<const segment> dataset::segments() const noexcept { return all<segment>(); }
REGCOOP_DECL std::span<const corridor> dataset::corridors() const noexcept { return all<corridor>(); }
REGCOOP_DECL std::span<const indicator> dataset::indicators() const noexcept { return all<indicator>(); }
REGCOOP_DECL std::span<const border_rule> dataset::border_rules() const noexcept { return all<border_rule>(); }

REGCOOP_DECL dataset::rows_view dataset::rows_of(std::size_t kind) const noexcept {
  return detail::with_kind(kind, [&](auto k) {
    const auto& rows = std::get<k>(s_->t).rows;
    return rows_view{rows.data(), rows.size()};
  });
}

REGCOOP_DECL std::optional<std::size_t> dataset::position_in(std::size_t kind, std::string_view id) const noexcept {
  return detail::with_kind(kind, [&](auto k) -> std::optional<std::size_t> {
    const auto p = std::get<k>(s_->t).find(id);
    if (!p) return std::nullopt;
    return *p;
  });
}

REGCOOP_DECL std::span<const std::uint32_t> dataset::referring_in(std::size_t kind, std::optional<std::size_t> party) const noexcept {
  return s_->refs.positions(kind, party);
}

REGCOOP_DECL const detail::spell_index& dataset::spells() const noexcept { return s_->refs.spells; }

REGCOOP_DECL std::size_t dataset::size() const noexcept {
  std::size_t n = 0;
  boost::mp11::tuple_for_each(s_->t, [&](const auto& t) { n += t.rows.size(); });
  return n;
}

// A template (see the class): instantiated where called header-only, in src.hpp separately compiled.
template <std::same_as<dataset> Dataset>
bool operator==(const Dataset& a, const Dataset& b) {
  if (a.s_ == b.s_) return true;
  bool eq = true;
  boost::mp11::mp_for_each<boost::mp11::mp_iota_c<boost::mp11::mp_size<record_types>::value>>([&](auto i) {
    eq = eq && std::get<i>(a.s_->t).rows == std::get<i>(b.s_->t).rows;
  });
  return eq;
}

REGCOOP_DECL dataset_builder::dataset_builder() noexcept = default;
REGCOOP_DECL dataset_builder::dataset_builder(const dataset_builder& o)
    : s_(o.s_ ? std::make_unique<detail::dataset_store>(detail::dataset_store{o.s_->t, {}}) : nullptr) {}
REGCOOP_DECL dataset_builder::dataset_builder(dataset_builder&& o) noexcept = default;
REGCOOP_DECL dataset_builder& dataset_builder::operator=(const dataset_builder& o) {
  if (this != &o) *this = dataset_builder(o);
  return *this;
}
REGCOOP_DECL dataset_builder& dataset_builder::operator=(dataset_builder&& o) noexcept = default;
REGCOOP_DECL dataset_builder::~dataset_builder() = default;

#if defined(REGCOOP_SEPARATE_COMPILATION)
void dataset_builder::add_one(std::size_t kind, void* record) {
  detail::with_kind(kind, [&](auto k) { append<k, false>(record); });
}

void dataset_builder::add_many(std::size_t kind, void* records) {
  detail::with_kind(kind, [&](auto k) { append<k, true>(records); });
}
#endif

// Templates (see the class): instantiated where called header-only, in src.hpp separately
// compiled (`append` for every kind, through the two functions above).
template <std::size_t Kind, bool Many>
void dataset_builder::append(void* records) {
  if (!s_) s_ = std::make_unique<detail::dataset_store>();
  auto& rows = std::get<Kind>(s_->t).rows;
  if constexpr (Many) detail::append_many(rows, records);
  else detail::append_one(rows, records);
}

template <std::same_as<dataset> Dataset>
dataset_builder& dataset_builder::add(const Dataset& ds) {
  boost::mp11::mp_for_each<record_types>([&](auto r) {
    using R = decltype(r);
    const auto rows = ds.template all<R>();
    add(std::vector<R>(rows.begin(), rows.end()));
  });
  return *this;
}

template <class Store>
std::vector<problem> dataset_builder::check() const {
  Store copy;
  if (s_) copy.t = s_->t;
  return detail::index_and_check(copy.t);
}

template <class Store>
dataset dataset_builder::build() && {
  std::vector<problem> probs;
  auto ds = std::move(*this).template try_build<Store>(probs);
  if (!ds) throw error(std::move(probs));
  return std::move(*ds);
}

template <class Store>
std::optional<dataset> dataset_builder::try_build(std::vector<problem>& problems) && {
  std::unique_ptr<Store> s = s_ ? std::move(s_) : std::make_unique<Store>();
  problems = detail::index_and_check(s->t);
  if (!problems.empty()) {
    s_ = std::move(s);  // the builder keeps its records
    return std::nullopt;
  }
  s->refs = detail::make_party_index(s->t);
  return dataset(std::shared_ptr<const Store>(std::move(s)));
}

template <class Store>
dataset dataset_builder::build() const& {
  auto copy = *this;
  return std::move(copy).template build<Store>();
}

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END
