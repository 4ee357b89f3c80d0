#pragma once
/// @file regcoop/query/select.hpp
/// @brief Composable filters over the records of a dataset, returned as lazy views.
///
/// @code
/// using namespace regcoop;
/// auto energy_in_kz = select<project>(ds, involves(ds, party_id{"KZ"}) && in_sector(sector::energy));
/// for (const project& p : energy_in_kz) ...;            // no copies, no allocation
/// auto n = std::ranges::distance(energy_in_kz);
/// @endcode

#include "regcoop/config.hpp"
#include "regcoop/query/as_of.hpp"
#include "regcoop/detail/membership_rules.hpp"
#include "regcoop/detail/spells.hpp"
#include "regcoop/dataset/dataset.hpp"
#include "regcoop/detail/refs.hpp"
#include "regcoop/model/enum.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <iterator>
#include <locale>
#include <memory>
#include <ranges>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

/// A predicate over records that composes with `&&`, `||` and `!`. `F` is callable with any
/// record kind and returns bool.
///
/// A filter may also carry an *anchor*: parties one of which every matching record (of a
/// kind other than `party`) refers to. `involves` sets it; `&&` keeps it; `||` keeps the union
/// when both sides have one; `!` drops it. `select` then visits only the records the
/// dataset's party index lists for the anchor instead of all records; the predicate is still
/// applied to each, so the anchor changes speed, never results.
template <class F>
struct filter {
  F fn;                              ///< the predicate
  std::vector<party_id> anchor{};    ///< parties one of which every match refers to; empty: none known
  /// Applies the predicate. Complexity of `F`.
  template <class R>
  [[nodiscard]] bool operator()(const R& r) const {
    return fn(r);
  }
};
/// Makes a filter from a callable. O(1).
template <class F>
[[nodiscard]] filter<F> make_filter(F f, std::vector<party_id> anchor = {}) {
  return {std::move(f), std::move(anchor)};
}
/// Both filters hold. O(1).
template <class A, class B>
[[nodiscard]] auto operator&&(filter<A> a, filter<B> b) {
  auto anchor = !a.anchor.empty() ? a.anchor : b.anchor;
  return make_filter([a = std::move(a), b = std::move(b)](const auto& r) { return a(r) && b(r); }, std::move(anchor));
}
/// Either filter holds. O(1).
template <class A, class B>
[[nodiscard]] auto operator||(filter<A> a, filter<B> b) {
  std::vector<party_id> anchor;
  if (!a.anchor.empty() && !b.anchor.empty()) {
    anchor = a.anchor;
    anchor.insert(anchor.end(), b.anchor.begin(), b.anchor.end());
  }
  return make_filter([a = std::move(a), b = std::move(b)](const auto& r) { return a(r) || b(r); }, std::move(anchor));
}
/// The filter does not hold. O(1).
template <class A>
[[nodiscard]] auto operator!(filter<A> a) {
  return make_filter([a = std::move(a)](const auto& r) { return !a(r); });
}

/// A lazy, const-iterable view of the records of kind `R` that satisfy a filter. Iterating
/// and counting allocate nothing; `begin()` is O(n) to the first match (nothing is cached,
/// so a `const selection` works and concurrent iteration is safe). It walks either all
/// records of kind `R` or, for an anchored filter, the ascending positions of the candidate
/// records.
template <record R, class F>
class selection {
 public:
  /// Forward iterator over the matching records.
  class iterator {
   public:
    using value_type = R;                                 ///< the record kind
    using difference_type = std::ptrdiff_t;               ///< distance between iterators
    using reference = const R&;                           ///< what `*it` gives
    using pointer = const R*;                             ///< what `it->` gives
    using iterator_category = std::forward_iterator_tag;  ///< a forward iterator
    /// A singular iterator. O(1).
    iterator() = default;
    /// The first match at or after `cur` among all rows (`pos == nullptr`), or among the rows
    /// at positions [pos, pos_end). O(distance to it).
    iterator(const R* rows, std::size_t cur, std::size_t end, const std::uint32_t* pos, const filter<F>* f)
        : rows_(rows), cur_(cur), end_(end), pos_(pos), f_(f) {
      skip();
    }
    /// The record. O(1).
    reference operator*() const { return rows_[at()]; }
    /// The record. O(1).
    pointer operator->() const { return rows_ + at(); }
    /// The next match. O(distance to it).
    iterator& operator++() {
      ++cur_;
      skip();
      return *this;
    }
    /// The next match; returns the old position. O(distance to it).
    iterator operator++(int) {
      auto old = *this;
      ++*this;
      return old;
    }
    /// Same position. O(1).
    friend bool operator==(const iterator& a, const iterator& b) { return a.cur_ == b.cur_; }

   private:
    [[nodiscard]] std::size_t at() const { return pos_ ? pos_[cur_] : cur_; }
    void skip() {
      while (cur_ != end_ && !(*f_)(rows_[at()])) ++cur_;
    }
    const R* rows_ = nullptr;
    std::size_t cur_ = 0;
    std::size_t end_ = 0;
    const std::uint32_t* pos_ = nullptr;
    const filter<F>* f_ = nullptr;
  };

  /// An empty selection. O(1).
  selection() = default;
  /// The records of `rows` that satisfy `f`. O(1).
  selection(std::span<const R> rows, filter<F> f) : rows_(rows), f_(std::move(f)) {}
  /// The records of `rows` at `positions` (ascending, owned by the dataset or by `owned`)
  /// that satisfy `f`. O(1).
  selection(std::span<const R> rows, std::span<const std::uint32_t> positions,
            std::shared_ptr<const std::vector<std::uint32_t>> owned, filter<F> f)
      : rows_(rows), positions_(positions), owned_(std::move(owned)), indexed_(true), f_(std::move(f)) {}
  /// The first match. O(position of the first match).
  [[nodiscard]] iterator begin() const { return {rows_.data(), 0, visits(), pos(), &*f_}; }
  /// The end. O(1).
  [[nodiscard]] iterator end() const { return {rows_.data(), visits(), visits(), pos(), &*f_}; }
  /// True when nothing matches. O(position of the first match).
  [[nodiscard]] bool empty() const { return begin() == end(); }
  /// Number of matches. O(records visited); allocates nothing.
  [[nodiscard]] std::size_t count() const {
    std::size_t n = 0;
    if (indexed_)
      for (const auto i : positions_) n += (*f_)(rows_[i]);
    else
      for (const auto& r : rows_) n += (*f_)(r);
    return n;
  }
  /// How many records iterating visits: all of kind `R`, or the anchor's candidates. O(1).
  [[nodiscard]] std::size_t visits() const noexcept { return indexed_ ? positions_.size() : rows_.size(); }

 private:
  [[nodiscard]] const std::uint32_t* pos() const noexcept { return indexed_ ? positions_.data() : nullptr; }
  std::span<const R> rows_{};
  std::span<const std::uint32_t> positions_{};
  std::shared_ptr<const std::vector<std::uint32_t>> owned_{};  // the merged candidates of a multi-party anchor
  bool indexed_ = false;
  std::optional<filter<F>> f_{};  // optional: lambdas are not default-constructible
};

/// The records of kind `R` that satisfy `f`, as a lazy view over the dataset (no copies;
/// iterating and counting allocate nothing). The dataset must outlive the view.
/// O(1); a full iteration is O(number of records of kind R).
template <record R, class F>
[[nodiscard]] selection<R, F> select(const dataset& ds, filter<F> f) {
  if (std::is_same_v<R, party> || f.anchor.empty()) return {ds.all<R>(), std::move(f)};
  if (f.anchor.size() == 1) {
    const auto positions = ds.referring_to<R>(f.anchor.front());
    return {ds.all<R>(), positions, nullptr, std::move(f)};
  }
  auto merged = std::make_shared<std::vector<std::uint32_t>>();
  for (const auto& p : f.anchor) {
    const auto more = ds.referring_to<R>(p);
    merged->insert(merged->end(), more.begin(), more.end());
  }
  std::sort(merged->begin(), merged->end());
  merged->erase(std::unique(merged->begin(), merged->end()), merged->end());
  std::span<const std::uint32_t> positions(*merged);
  return {ds.all<R>(), positions, std::move(merged), std::move(f)};
}

/// Copies the selected records into a vector (when a copy is wanted). O(n).
template <std::ranges::input_range V>
[[nodiscard]] auto to_vector(V&& v) {
  using T = std::remove_cvref_t<std::ranges::range_reference_t<V>>;
  std::vector<T> out;
  for (auto&& x : v) out.push_back(x);
  return out;
}

namespace detail {
// The organisations and blocs `p` is ever a full member of, with those spells.
struct full_membership {
  party_id organisation;
  std::vector<spell_days> spells;
};
REGCOOP_DECL std::vector<full_membership> full_memberships(const dataset& ds, const party_id& p);
// The dates of one party's entry in an agreement, in the order of its life: signature,
// accession, ratification, provisional application, entry into force, end (each may be empty).
inline std::array<const std::optional<partial_date>*, 6> entry_dates(const agreement_party& e) noexcept {
  return {&e.signed_on, &e.acceded_on, &e.ratified_on, &e.provisionally_applied_from, &e.in_force_from, &e.ended_on};
}
// The days an agreement applies to one of its parties: from its earliest date (signature,
// accession, ratification, provisional application or entry into force) to its end; open where
// unknown.
REGCOOP_DECL std::pair<std::int32_t, std::int32_t> applies(const agreement_party& e) noexcept;
}  // namespace detail

/// Records that refer to `p` anywhere (hosts, participants, agreement parties, core group,
/// subjects, ...), or — unless `through_blocs` is false — to a bloc or organisation `p` was a
/// full member of *when the record applies*: an agreement through the organisation's entry
/// while that entry applies (from its earliest date to its end), any other record on one of
/// its dates (see `for_each_date`; a record without dates counts). For parties: `p` itself.
/// O(size of the record + p's organisations · spells) per record tested; anchored on `p` and
/// its organisations, so `select` tests only the records that refer to one of them.
[[nodiscard]] inline auto involves(const dataset& ds, party_id p, bool through_blocs = true) {
  std::vector<detail::full_membership> orgs;
  if (through_blocs) orgs = detail::full_memberships(ds, p);
  std::vector<party_id> anchor{p};
  for (const auto& o : orgs) anchor.push_back(o.organisation);
  return make_filter(
      [p = std::move(p), orgs = std::move(orgs)](const auto& r) {
        using R = std::remove_cvref_t<decltype(r)>;
        if constexpr (std::is_same_v<R, party>) return r.id == p;
        const auto member_when = [&](const detail::full_membership& o, std::int32_t first, std::int32_t last) {
          return std::any_of(o.spells.begin(), o.spells.end(),
                             [&](const detail::spell_days& s) { return detail::covers(s, first, last) != truth::no; });
        };
        const auto through = [&](const party_id& x) {
          for (const auto& o : orgs) {
            if (o.organisation != x) continue;
            if constexpr (std::is_same_v<R, agreement>) {
              for (const auto& e : r.parties)
                if (e.party == x) {
                  const auto [first, last] = detail::applies(e);
                  if (member_when(o, first, last)) return true;
                }
              return false;
            } else {
              bool dated = false, hit = false;
              for_each_date(r, [&](const partial_date& d) {
                dated = true;
                hit = hit || member_when(o, d.first_day(), d.last_day());
              });
              return hit || !dated;
            }
          }
          return false;
        };
        auto hit = [&](const party_id& x) { return x == p || through(x); };
        return detail::any_ref<party_tag>(r, hit);
      },
      std::move(anchor));
}

/// Records whose `sectors` include `s` (mechanisms, events, agreements, projects,
/// indicators); false for kinds without sectors. O(number of sectors).
[[nodiscard]] inline auto in_sector(sector s) {
  return make_filter([s](const auto& r) {
    if constexpr (requires { r.sectors; })
      return std::find(r.sectors.begin(), r.sectors.end(), s) != r.sectors.end();
    else
      return false;
  });
}

/// Records whose `kind` is `k` (any kind enumeration: `project_kind`, `agreement_kind`,
/// `party_kind`, ...); false for kinds whose `kind` has another type. O(1).
template <described_enum K>
[[nodiscard]] auto of_kind(K k) {
  return make_filter([k](const auto& r) {
    if constexpr (requires { r.kind; } && std::is_same_v<std::remove_cvref_t<decltype(r.kind)>, K>)
      return r.kind == k;
    else
      return false;
  });
}

/// Projects whose latest status is `s`. O(1).
[[nodiscard]] inline auto with_status(project_status s) {
  return make_filter([s](const auto& r) {
    if constexpr (std::is_same_v<std::remove_cvref_t<decltype(r)>, project>) return r.current_status() == s;
    else return false;
  });
}
/// Agreements whose reported status is `s`. O(1).
[[nodiscard]] inline auto with_status(agreement_status s) {
  return make_filter([s](const auto& r) {
    if constexpr (std::is_same_v<std::remove_cvref_t<decltype(r)>, agreement>) return r.status == s;
    else return false;
  });
}
/// Segments whose status is `s`. O(1).
[[nodiscard]] inline auto with_status(segment_status s) {
  return make_filter([s](const auto& r) {
    if constexpr (std::is_same_v<std::remove_cvref_t<decltype(r)>, segment>) return r.status == s;
    else return false;
  });
}

/// Records located in country `c`: projects hosted there, nodes in it, events held at a
/// node in it, organisations based there, the country itself. O(number of hosts).
[[nodiscard]] inline auto in_country(const dataset& ds, party_id c) {
  return make_filter([&ds, c = std::move(c)](const auto& r) {
    using R = std::remove_cvref_t<decltype(r)>;
    if constexpr (std::is_same_v<R, project>) return std::find(r.hosts.begin(), r.hosts.end(), c) != r.hosts.end();
    else if constexpr (std::is_same_v<R, node>) return r.country == c;
    else if constexpr (std::is_same_v<R, event>) return r.place && ds.at(*r.place).country == c;
    else if constexpr (std::is_same_v<R, party>) return r.id == c || r.home_country == c;
    else return false;
  });
}

/// Records reported under mechanism `m` (events, agreements, projects); the mechanism itself.
/// O(1).
[[nodiscard]] inline auto in_mechanism(mechanism_id m) {
  return make_filter([m = std::move(m)](const auto& r) {
    using R = std::remove_cvref_t<decltype(r)>;
    if constexpr (std::is_same_v<R, mechanism>) return r.id == m;
    else if constexpr (requires { r.mechanism; }) return r.mechanism == m;
    else return false;
  });
}

/// The dates a record is about: an event's date; an agreement's signing, accession,
/// ratification, provisional application, entry-into-force and end dates; a project's status dates; an indicator's period ends and as-of date; a
/// body-less record has none. Calls `f(partial_date)` for each. O(size of the record).
template <class R, class F>
void for_each_date(const R& r, F&& f) {
  if constexpr (std::is_same_v<R, event>) {
    if (r.date) f(*r.date);
  } else if constexpr (std::is_same_v<R, agreement>) {
    for (const auto& p : r.parties)
      for (const auto* d : detail::entry_dates(p))
        if (*d) f(**d);
  } else if constexpr (std::is_same_v<R, project>) {
    for (const auto& s : r.status_history) {
      if (s.since) f(*s.since);
      else if (s.reported) f(*s.reported);
    }
  } else if constexpr (std::is_same_v<R, indicator>) {
    if (r.value) {
      if (r.value->period.from) f(*r.value->period.from);
      if (r.value->period.to) f(*r.value->period.to);
      if (r.value->as_of) f(*r.value->as_of);
    }
  } else if constexpr (std::is_same_v<R, mechanism>) {
    if (r.founded) f(*r.founded);
  } else if constexpr (std::is_same_v<R, segment>) {
    if (r.opened) f(*r.opened);
  }
}

/// Records with some date (see `for_each_date`) inside `range` under `c`. O(dates of the record).
[[nodiscard]] inline auto dated_within(date_range range, certainty c = certainty::possible) {
  return make_filter([range, c](const auto& r) {
    bool hit = false;
    for_each_date(r, [&](const partial_date& d) { hit = hit || range.contains(d, c); });
    return hit;
  });
}

namespace detail {
// ASCII case-insensitive substring test (Boost.Algorithm, classic locale).
REGCOOP_DECL bool icontains(std::string_view hay, std::string_view needle);
}  // namespace detail

/// Records whose id, name, title or an alias contains `text` (ASCII case-insensitive).
/// O(total length of those strings).
[[nodiscard]] inline auto matches_text(std::string text) {
  return make_filter([text = std::move(text)](const auto& r) {
    if (detail::icontains(r.id.value, text)) return true;
    if constexpr (requires { r.name; })
      if (detail::icontains(r.name, text)) return true;
    if constexpr (requires { r.title; })
      if (detail::icontains(r.title, text)) return true;
    if constexpr (requires { r.aliases; })
      for (const auto& a : r.aliases)
        if (detail::icontains(a, text)) return true;
    return false;
  });
}

/// A filter whose parts are known only at run time (a command line, a form, a config
/// file): every part that is set must hold. Parties and countries are ids here; find them
/// by name or code with `party_named` (lookup.hpp) first.
///
/// For agreements, a party makes three parts ask about the party's entries on a date (its own
/// entry, or a bloc entry it is bound through then: `parties_bound_by`) instead of the record:
/// `status` is the status of those entries on `on` (`status_on`: RCEP is `concluded`, not
/// `in_force`, for Myanmar, which signed only); `other_party` asks for the agreements between
/// the two parties on `on` (`agreements_between`, the sides rule); `in_force_on` for the
/// agreements in force for the party on that date.
struct filter_spec {
  std::optional<party_id> party{};          ///< `involves(ds, *party, through_blocs)`
  std::optional<party_id> other_party{};    ///< agreements only, with `party`: the two on different sides on `on`
  bool through_blocs = true;                ///< see `involves`
  std::optional<sector> in_sector{};        ///< `in_sector(*in_sector)`
  std::optional<std::string> kind{};        ///< the name of an enumerator of the record kind's `kind`
  std::optional<std::string> status{};      ///< the name of a status of the record kind (projects: current)
  std::optional<party_id> country{};        ///< `in_country(ds, *country)`
  std::optional<mechanism_id> mechanism{};  ///< `in_mechanism(*mechanism)`
  std::optional<std::string> text{};        ///< `matches_text(*text)`
  std::optional<date_range> dates{};        ///< `dated_within(*dates)`; for agreements with `party`, only the
                                            ///< dates of that party's entries (and of its organisations')
  std::optional<query_date> in_force_on{};  ///< agreements only: in force on this date for `party` (its own
                                            ///< entry or a bloc entry it is bound through then), or for any party
  std::optional<query_date> on{};           ///< agreements with `party`: the date of `status` and `other_party`
                                            ///< (default: `today()`)
  certainty sure = certainty::certain;      ///< the policy for `in_force_on`, `on`, and bloc membership then
};

namespace detail {
template <class R>
struct kind_of {
  using type = void;
};
template <class R>
  requires requires { R::kind; }
struct kind_of<R> {
  using type = decltype(R::kind);
};
template <class R>
struct status_of {
  using type = void;
};
template <>
struct status_of<project> {
  using type = project_status;
};
template <>
struct status_of<agreement> {
  using type = agreement_status;
};
template <>
struct status_of<segment> {
  using type = segment_status;
};

// The record kinds `in_country` can place in a country.
template <class R>
inline constexpr bool located =
    std::is_same_v<R, project> || std::is_same_v<R, node> || std::is_same_v<R, event> || std::is_same_v<R, party>;

// The enumerator of E named `name`, or an error naming `field` and the accepted names.
template <class E>
E named_enumerator(const std::string& name, const char* field) {
  if (auto e = try_enum_from_string<E>(name)) return *e;
  throw error(errc::invalid_value, "", field, "'" + name + "' is not one of: " + enum_names<E>());
}
}  // namespace detail

namespace detail {
// The parts of `spec` that cannot hold for any record of R are refused, not read as "matches
// nothing"; the parties, country and mechanism it names must exist. Returns the kind's and the
// status's enumerator (as ints) when given.
template <record R>
std::pair<std::optional<int>, std::optional<int>> checked_filter_spec(const dataset& ds, const filter_spec& spec) {
  using kind_type = typename kind_of<R>::type;
  using status_type = typename status_of<R>::type;
  std::optional<int> kind, status;
  if (spec.kind) {
    if constexpr (!std::is_void_v<kind_type>)
      kind = static_cast<int>(named_enumerator<kind_type>(*spec.kind, "kind"));
    else
      throw error(errc::invalid_value, "", "kind", std::string(collection_name<R>()) + " have no kind");
  }
  if (spec.status) {
    if constexpr (!std::is_void_v<status_type>)
      status = static_cast<int>(named_enumerator<status_type>(*spec.status, "status"));
    else
      throw error(errc::invalid_value, "", "status",
                  std::string(collection_name<R>()) + " have no status (projects, agreements and segments do)");
  }
  if (spec.in_force_on && !std::is_same_v<R, agreement>)
    throw error(errc::invalid_value, "", "in_force_on", "only agreements are in force (" + std::string(collection_name<R>()) + " are not)");
  if (spec.in_sector && !requires(const R& r) { r.sectors; })
    throw error(errc::invalid_value, "", "in_sector",
                std::string(collection_name<R>()) + " have no sectors (mechanisms, events, agreements, projects and indicators do)");
  if (spec.country && !located<R>)
    throw error(errc::invalid_value, "", "country",
                std::string(collection_name<R>()) + " have no country (projects, nodes, events and parties do)");
  if (spec.mechanism && !(std::is_same_v<R, mechanism> || requires(const R& r) { r.mechanism; }))
    throw error(errc::invalid_value, "", "mechanism",
                std::string(collection_name<R>()) + " belong to no mechanism (mechanisms, events, agreements and projects do)");
  if (spec.other_party && !std::is_same_v<R, agreement>)
    throw error(errc::invalid_value, "", "other_party",
                "only agreements have sides between two parties (" + std::string(collection_name<R>()) + " do not)");
  if (spec.other_party && !spec.party)
    throw error(errc::invalid_value, "", "other_party", "the second party of a pair needs a first (party)");
  if (spec.party) (void)ds.at(*spec.party);
  if (spec.other_party) (void)ds.at(*spec.other_party);
  if (spec.country) (void)ds.at(*spec.country);
  if (spec.mechanism) (void)ds.at(*spec.mechanism);
  return {kind, status};
}

// `p` and every bloc it is ever a member of, recursively (all of them when through_blocs).
REGCOOP_DECL std::vector<party_id> party_and_its_blocs(const dataset& ds, const party_id& p, bool through_blocs);

// What an agreement filter asks of one agreement beyond the common parts: in force on a date
// (for the party), the two parties on different sides, the party's status, and dates of the
// party's own entries and of its organisations' (`own`) or of any entry.
struct agreement_test {
  const dataset* ds;
  filter_spec spec;
  std::optional<int> status;
  bool per_party;
  query_date on;
  std::vector<full_membership> own;

  // Is the party on entry `e` on `d`: its own, or a bloc entry it is bound through then?
  REGCOOP_DECL bool on_entry(const agreement_party& e, const query_date& d) const;
  REGCOOP_DECL bool in_force(const agreement& r) const;
  REGCOOP_DECL bool has_status(const agreement& r) const;
  REGCOOP_DECL bool dated_for_the_party(const agreement& r) const;
  REGCOOP_DECL bool operator()(const agreement& r) const;
};
}  // namespace detail

/// The filter `spec` describes, for records of kind `R`, anchored on the party index when
/// `spec.party` is set (so `select` visits only the records referring to that party or its
/// blocs, as with `involves`).
/// The dataset must outlive the filter (`in_force_on` reads its blocs).
/// @throws regcoop::error: `invalid_value` (field `in_force_on`) for a kind other than
/// agreements; `invalid_value` (field `in_sector`, `country` or `mechanism`) for a kind that
/// has no sectors, no country or no mechanism (a part that could match nothing); `invalid_value` (field `kind` or `status`) when the name is not an
/// enumerator of `R`'s kind or status — the message lists the accepted names — or when `R`
/// has no kind or status; `unknown_id` for a party, country or mechanism not in `ds`.
/// O(parties) to build; each test as the parts it holds.
template <record R>
[[nodiscard]] auto make_filter(const dataset& ds, const filter_spec& spec) {
  using kind_type = typename detail::kind_of<R>::type;
  using status_type = typename detail::status_of<R>::type;
  const auto checked = detail::checked_filter_spec<R>(ds, spec);
  const std::optional<int> kind = checked.first, status = checked.second;
  // Agreements with a party and a status, a second party or a date in force: the party's entries
  // then, own or bound through (see filter_spec), replace `involves`.
  const bool per_party = std::is_same_v<R, agreement> && spec.party && (spec.status || spec.other_party || spec.in_force_on);
  auto inv = spec.party && !per_party ? std::optional(involves(ds, *spec.party, spec.through_blocs)) : std::nullopt;
  auto anchor = inv ? inv->anchor : std::vector<party_id>{};
  if (per_party) anchor = detail::party_and_its_blocs(ds, *spec.party, spec.through_blocs);
  auto loc = spec.country ? std::optional(in_country(ds, *spec.country)) : std::nullopt;
  auto txt = spec.text ? std::optional(matches_text(*spec.text)) : std::nullopt;
  // With a party, an agreement's dates are those of the party's own entry, and of the
  // entries of its organisations on days it was a full member of them.
  std::vector<detail::full_membership> own{};
  if (spec.party && spec.dates && std::is_same_v<R, agreement>) {
    own.push_back({*spec.party, {}});  // no spells: always its own
    if (spec.through_blocs)
      for (auto& o : detail::full_memberships(ds, *spec.party)) own.push_back(std::move(o));
  }
  detail::agreement_test agreement_part{&ds, spec, status, per_party, spec.on ? *spec.on : query_date(today()), std::move(own)};
  return make_filter(
      [inv = std::move(inv), loc = std::move(loc), txt = std::move(txt), spec, kind, status, per_party,
       agreement_part = std::move(agreement_part)](const R& r) {
        (void)kind;  // unused for kinds without a kind or a status
        (void)status;
        (void)per_party;
        (void)agreement_part;  // read for agreements only
        if (inv && !(*inv)(r)) return false;
        if (spec.in_sector && !in_sector(*spec.in_sector)(r)) return false;
        if (loc && !(*loc)(r)) return false;
        if (txt && !(*txt)(r)) return false;
        if (spec.mechanism && !in_mechanism(*spec.mechanism)(r)) return false;
        if constexpr (std::is_same_v<R, agreement>) {
          if (!agreement_part(r)) return false;
        } else if (spec.dates && !dated_within(*spec.dates)(r)) {
          return false;
        }
        if constexpr (!std::is_void_v<kind_type>)
          if (kind && static_cast<int>(r.kind) != *kind) return false;
        if constexpr (std::is_same_v<R, project>) {
          if (status && (!r.current_status() || static_cast<int>(*r.current_status()) != *status)) return false;
        } else if constexpr (!std::is_void_v<status_type>) {
          if (status && !per_party && static_cast<int>(r.status) != *status) return false;
        }
        return true;
      },
      std::move(anchor));
}

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/select.ipp"
#endif
