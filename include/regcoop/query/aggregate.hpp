#pragma once
/// @file regcoop/query/aggregate.hpp
/// @brief Sums, counts, minima and maxima of figures with their bounds carried through, and
/// group-by over records. Refuses to add different units, currencies or price years unless
/// given a converter, and never adds a flow to a stock or figures of different things
/// (`of`); `sum_apart` sums each kind of figure separately instead.

#include "regcoop/config.hpp"
#include "regcoop/detail/text.hpp"
#include "regcoop/dataset/dataset.hpp"
#include "regcoop/detail/walk.hpp"
#include "regcoop/model/enum.hpp"
#include "regcoop/model/records.hpp"

#include <boost/container_hash/hash.hpp>
#include <boost/unordered/unordered_flat_map.hpp>

#include <functional>
#include <map>
#include <optional>
#include <ranges>
#include <type_traits>
#include <string>
#include <string_view>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

/// Converts a figure into the unit, currency and price year of `like`: returns the factor
/// to multiply `from.value` by, or `std::nullopt` when it cannot.
using figure_converter = std::function<std::optional<double>(const figure& from, const figure& like)>;

/// The bound of a sum of two figures with bounds `a` and `b`: exact + X = X;
/// approx + approx = approx; at_least + at_least (or approx, range) = at_least; at_most
/// likewise; range + range = range; at_least + at_most = unknown, reported as `approx` with
/// `bounded == false` by `sum`. O(1).
[[nodiscard]] constexpr std::optional<bound> combine(bound a, bound b) noexcept {
  if (a == bound::exact) return b;
  if (b == bound::exact) return a;
  if (a == b) return a;
  const auto lower = [](bound x) { return x == bound::at_least; };
  const auto upper = [](bound x) { return x == bound::at_most; };
  if ((lower(a) && upper(b)) || (upper(a) && lower(b))) return std::nullopt;  // no bound either way
  if (lower(a) || lower(b)) return bound::at_least;
  if (upper(a) || upper(b)) return bound::at_most;
  if (a == bound::range || b == bound::range) return (a == bound::approx || b == bound::approx) ? bound::approx : bound::range;
  return bound::approx;
}

/// Whether a figure is a flow or a stock, by the fields of `figure` that say so.
enum class figure_nature {
  unstated,  ///< neither a `period` nor an `as_of` date: adds to either
  flow,      ///< an amount over its `period` (trade in 2024, trains operated in 2024)
  stock,     ///< a level at its `as_of` date (cumulative investment at the end of 2024)
};

/// The nature of `f`: a stock when it has an `as_of` date, else a flow when its `period`
/// has an end, else unstated. O(1); throws nothing.
[[nodiscard]] constexpr figure_nature nature_of(const figure& f) noexcept {
  if (f.as_of) return figure_nature::stock;
  if (!f.period.unbounded()) return figure_nature::flow;
  return figure_nature::unstated;
}

namespace detail {
// "$94.8 billion, a flow over 2024" / "> $17 billion, a stock as of 2024-12".
inline std::string figure_described(const figure& f) {
  std::string s = to_string(f);
  switch (nature_of(f)) {
    case figure_nature::stock: return s + ", a stock as of " + f.as_of->to_string();
    case figure_nature::flow:
      return s + ", a flow over " +
             (f.period.from && f.period.to && *f.period.from == *f.period.to ? f.period.from->to_string()
                                                                              : (f.period.from ? f.period.from->to_string() : std::string("..")) +
                                                                                    "/" + (f.period.to ? f.period.to->to_string() : std::string("..")));
    case figure_nature::unstated: break;
  }
  return s + ", of no stated period or date";
}

// Do `a` and `b` count the same thing (`of`) in the same unit, currency and price year? What
// `sum_apart` and `figure_columns` group by, with the nature. O(1).
inline bool same_measure(const figure& a, const figure& b) noexcept {
  return a.of == b.of && a.unit == b.unit && a.currency == b.currency && a.price_year == b.price_year;
}
}  // namespace detail

/// The result of adding figures.
struct figure_sum {
  figure value{};         ///< the sum, with the combined bound (`upper` summed for ranges)
  std::size_t count = 0;  ///< how many figures were added
  bool bounded = true;    ///< false when lower and upper bounds were mixed: the sum is indicative only
  figure_nature nature = figure_nature::unstated;  ///< what was added: flows, stocks (or figures that say neither)
  /// Member-wise equality. O(1).
  friend bool operator==(const figure_sum&, const figure_sum&) = default;
};

/// What a sum is and what it added: "> $77 billion (2 stocks, as of 2024-12)", "$94.8
/// billion (1 flow, over 2024)", "≈ $3 billion (2 figures; lower and upper bounds mixed:
/// indicative only)". O(1); throws only `std::bad_alloc`.
[[nodiscard]] inline std::string to_string(const figure_sum& s) {
  std::string out = to_string(s.value) + " (" + std::to_string(s.count) + " ";
  const bool one = s.count == 1;
  switch (s.nature) {
    case figure_nature::flow: out += one ? "flow" : "flows"; break;
    case figure_nature::stock: out += one ? "stock" : "stocks"; break;
    case figure_nature::unstated: out += one ? "figure" : "figures"; break;
  }
  if (s.value.as_of) out += ", as of " + s.value.as_of->to_string();
  else if (s.value.period.from && s.value.period.from == s.value.period.to) out += ", over " + s.value.period.from->to_string();
  if (!s.bounded) out += "; lower and upper bounds mixed: indicative only";
  return out + ")";
}

/// Adds figures one at a time, exactly as `sum` does (`sum` is a loop over it); keeps no
/// copies of the figures added. Use it to total a stream of figures without collecting them.
class figure_accumulator {
 public:
  /// Adds `f`; the first sets the unit, currency and price year; later ones must match or be
  /// converted by `convert`, be of the same nature (flow or stock, `nature_of`; a figure of
  /// unstated nature adds to either) and of the same thing (`of`).
  /// @throws regcoop::error (`incompatible_units`, field path "figures/<index of f>") as `sum`.
  /// O(1) plus the converter.
  void add(const figure& f, const figure_converter& convert = {}) {
    add_named(f, [&] { return detail::item_path("figures", out_.count); }, convert);
  }

  /// As `add(f, convert)`, with `name()` naming `f` in errors (e.g. "indicators/fdi-cn-c5-2024"):
  /// called for the first figure and for one that does not fit, not for the others.
  /// O(1) plus the converter and `name`.
  template <class Name>
    requires std::is_invocable_r_v<std::string, Name&>
  void add_named(const figure& f, Name&& name, const figure_converter& convert = {}) {
    const std::size_t index = out_.count;
    if (index == 0) {
      first_name_ = name();
      out_.value = f;
      out_.count = 1;
      out_.nature = nature_of(f);
      first_ = f;
      if (f.bound != bound::range) out_.value.upper.reset();
      return;
    }
    const figure_nature n = nature_of(f);
    if (n != figure_nature::unstated && out_.nature != figure_nature::unstated && n != out_.nature) {
      const std::string name_f = name();
      throw error(errc::incompatible_units, name_f, n == figure_nature::stock ? "as_of" : "period",
                  "cannot add " + name_f + " (" + detail::figure_described(f) + ") to " + first_name_ + " (" +
                      detail::figure_described(first_) + "): a flow and a stock do not add up (sum_apart sums each separately)");
    }
    if (f.of != first_.of) {
      const std::string name_f = name();
      throw error(errc::incompatible_units, name_f, "of",
                  "cannot add " + name_f + " (" + detail::figure_described(f) + ") to " + first_name_ + " (" +
                      detail::figure_described(first_) + "): they count different things ('" + f.of + "' and '" + first_.of +
                      "'; sum_apart sums each separately)");
    }
    if (out_.nature == figure_nature::unstated) out_.nature = n;
    const auto& first = out_.value;
    double value = f.value;
    std::optional<double> upper = f.upper;
    if (f.unit != first.unit || f.currency != first.currency || f.price_year != first.price_year) {
      std::optional<double> factor = convert ? convert(f, first) : std::nullopt;
      if (!factor) {
        const std::string name_f = name();
        throw error(errc::incompatible_units, name_f, "unit",
                    "cannot add " + std::string(to_string(f.unit)) + (f.currency.empty() ? "" : " " + f.currency) +
                        (f.price_year ? " (" + std::to_string(*f.price_year) + " prices)" : "") + " to " +
                        std::string(to_string(first.unit)) + (first.currency.empty() ? "" : " " + first.currency) +
                        (first.price_year ? " (" + std::to_string(*first.price_year) + " prices)" : "") +
                        " without a converter: " + name_f + " (" + to_string(f) + ") to " + first_name_ + " (" +
                        to_string(first_) + ")");
      }
      value *= *factor;
      if (upper) *upper *= *factor;
    }
    const double hi_a = out_.value.upper.value_or(out_.value.value), hi_b = upper.value_or(value);
    const auto b = combine(out_.value.bound, f.bound);
    if (!b) out_.bounded = false;
    out_.value.bound = b.value_or(bound::approx);
    out_.value.value += value;
    if (out_.value.bound == bound::range)
      out_.value.upper = hi_a + hi_b;
    else
      out_.value.upper.reset();
    if (out_.value.period != f.period) out_.value.period = {};
    if (out_.value.as_of != f.as_of) out_.value.as_of.reset();
    ++out_.count;
  }
  /// The first figure added (a default figure before the first `add`). O(1); throws nothing.
  [[nodiscard]] const figure& first() const noexcept { return first_; }
  /// The sum so far (`count == 0` before the first `add`). O(1); throws nothing.
  [[nodiscard]] figure_sum result() const {
    figure_sum r = out_;
    if (!r.bounded) r.value.bound = bound::approx;
    return r;
  }

 private:
  figure_sum out_{};
  figure first_{};          // the first figure added (named in errors)
  std::string first_name_;  // its name
};

/// Adds figures. The first sets the unit, currency and price year; others must match or be
/// converted by `convert`, and be of the same nature (a flow over a period, a stock at a
/// date: `nature_of`) and count the same thing (`of`). Period and as-of date are kept when
/// all agree, else cleared; `figure_sum::nature` says what was added.
/// @throws regcoop::error (`incompatible_units`) naming the first mismatching figure and the
/// first figure ("figures/1 (> $17 billion, a stock as of 2024-12)", "figures/0 ($94.8
/// billion, a flow over 2024)"), when a flow meets a stock, `of` differs, or units differ or
/// money differs in currency or price year and no converter (or one that returns nullopt) is
/// given. O(n).
[[nodiscard]] inline figure_sum sum(const std::vector<figure>& figs, const figure_converter& convert = {}) {
  figure_accumulator acc;
  for (const auto& f : figs) acc.add(f, convert);
  return acc.result();
}

/// The documented mode that reports separately: one sum for each kind of figure among
/// `figs` (same nature, `of`, unit, currency and price year; a figure of unstated nature
/// goes with the first sum it fits), in the order of each kind's first figure. Trade in 2024
/// ($94.8 billion, a flow) and investment at the end of 2024 (> $17 billion, a stock) are two
/// sums, never "> $111.8 billion". O(n × kinds); throws only `std::bad_alloc`.
[[nodiscard]] inline std::vector<figure_sum> sum_apart(const std::vector<figure>& figs) {
  std::vector<figure_accumulator> accs;
  for (const auto& f : figs) {
    bool added = false;
    for (auto& acc : accs) {
      const figure_sum r = acc.result();
      const figure_nature n = nature_of(f);
      if ((n == r.nature || n == figure_nature::unstated || r.nature == figure_nature::unstated) && detail::same_measure(acc.first(), f)) {
        acc.add(f);
        added = true;
        break;
      }
    }
    if (!added) accs.emplace_back().add(f);
  }
  std::vector<figure_sum> out;
  for (const auto& acc : accs) out.push_back(acc.result());
  return out;
}

namespace detail {
// The figure `better` prefers over all others; all must share unit, currency and price year.
template <class Better>
std::optional<figure> extreme(const std::vector<figure>& figs, Better better) {
  std::optional<figure> best;
  for (std::size_t i = 0; i < figs.size(); ++i) {
    const auto& f = figs[i];
    if (best && (f.unit != best->unit || f.currency != best->currency || f.price_year != best->price_year))
      throw error(errc::incompatible_units, detail::item_path("figures", i), "unit", "figures of different units");
    if (!best || better(f, *best)) best = f;
  }
  return best;
}
}  // namespace detail

/// The smallest (by value) of figures of one unit; nullopt when empty.
/// @throws regcoop::error (`incompatible_units`) for mixed units or currencies. O(n).
[[nodiscard]] inline std::optional<figure> min_figure(const std::vector<figure>& figs) {
  return detail::extreme(figs, [](const figure& a, const figure& b) { return a.value < b.value; });
}

/// The largest (by value, or upper end of a range) of figures of one unit; nullopt when empty.
/// @throws regcoop::error (`incompatible_units`) for mixed units or currencies. O(n).
[[nodiscard]] inline std::optional<figure> max_figure(const std::vector<figure>& figs) {
  return detail::extreme(figs, [](const figure& a, const figure& b) { return a.upper.value_or(a.value) > b.upper.value_or(b.value); });
}

namespace detail {
// Calls `f(figure)` for what a `figures_of` callback returned: a figure, an optional figure,
// a pointer to a figure (null: none), or a range of figures.
template <class T, class F>
void for_each_figure(const T& x, F&& f) {
  if constexpr (std::is_convertible_v<const T&, const figure&>) {
    f(static_cast<const figure&>(x));
  } else if constexpr (is_optional_v<T> || std::is_pointer_v<T>) {
    if (x) f(*x);
  } else {
    for (const figure& y : x) f(y);
  }
}

// The name of a record's figure in errors: the record ("indicators/fdi-cn-c5-2024"), or
// "figures/<index in the group>" for values that are no record.
template <class R>
std::string figure_owner(const R& r, std::size_t index) {
  if constexpr (record<R>) return record_label<R>(r.id.value);
  else return detail::item_path("figures", index);
}

// Hash for the group keys group_sum groups through a hash table: integers, enumerations,
// strings and ids.
template <class K>
inline constexpr bool hashed_key = std::is_integral_v<K> || std::is_enum_v<K> || std::is_same_v<K, std::string>;
template <class Tag>
inline constexpr bool hashed_key<id<Tag>> = true;
struct key_hash {
  using is_transparent = void;
  template <class Tag>
  std::size_t operator()(const id<Tag>& k) const noexcept {
    return hash_id_text(k.value);
  }
  std::size_t operator()(std::string_view k) const noexcept { return hash_id_text(k); }
  template <class K>
    requires(std::is_integral_v<K> || std::is_enum_v<K>)
  std::size_t operator()(K k) const noexcept {
    return boost::hash<K>{}(k);
  }
};
}  // namespace detail

/// Groups `records` by `key(record)` (any ordered key: a party id, a sector, a year, a
/// status) and adds the figures of each record in its group. `figures_of(record)` returns a
/// figure, a `std::optional<figure>` (or a reference to one), a pointer to a figure (null:
/// none), or a range of figures (e.g. `project::figures`). Figures are added as they come
/// (`figure_accumulator`), none is copied. Groups are in key order. O(n) average for
/// string, id, integer and enumeration keys (grouped in a hash table, sorted once at the end:
/// + O(groups log groups)); O(n log groups) for other keys.
/// @throws regcoop::error (`incompatible_units`) as `sum`, naming the two figures by their
/// records (`indicators/trade-cn-c5-2024`; "figures/<index in the group>" for values that
/// are no record): the embedded data's figures of China towards Central Asia, grouped by
/// subject, hold a flow (trade in 2024) and stocks (investment at the end of 2024) and are
/// refused, not added into one number.
template <std::ranges::input_range Range, class Key, class Figures>
[[nodiscard]] auto group_sum(Range&& records, Key key, Figures figures_of, const figure_converter& convert = {}) {
  using K = std::remove_cvref_t<std::invoke_result_t<Key&, std::ranges::range_reference_t<Range>>>;
  // Strings, ids, integers and enumerations group through a hash table (then sorted once);
  // other keys through a std::map.
  using groups_t = std::conditional_t<detail::hashed_key<K>, boost::unordered_flat_map<K, figure_accumulator, detail::key_hash>,
                                      std::map<K, figure_accumulator, std::less<>>>;
  groups_t groups;
  for (auto&& r : records) {
    decltype(auto) k = key(r);
    auto it = groups.find(k);
    if (it == groups.end()) it = groups.emplace(K(k), figure_accumulator{}).first;
    auto& acc = it->second;
    detail::for_each_figure(figures_of(r), [&](const figure& f) {
      acc.add_named(f, [&] { return detail::figure_owner(r, acc.result().count); }, convert);
    });
  }
  std::map<K, figure_sum> out;
  for (const auto& [k, acc] : groups) out.emplace(k, acc.result());
  return out;
}

/// Groups `records` by `key(record)` and counts them. O(n log groups).
template <std::ranges::input_range Range, class Key>
[[nodiscard]] auto group_count(Range&& records, Key key) {
  using K = std::remove_cvref_t<std::invoke_result_t<Key&, std::ranges::range_reference_t<Range>>>;
  std::map<K, std::size_t> out;
  for (auto&& r : records) ++out[key(r)];
  return out;
}

/// The observations of `measure` whose subjects are all among `parties`, without double
/// counting: an observation about a bloc's member is dropped when the same measure for the
/// same period and counterparts is observed for the bloc itself and the bloc is among
/// `parties`. O(n² in the observations of the measure).
[[nodiscard]] inline std::vector<const indicator*> observations_for(const dataset& ds, const std::string& measure,
                                                                    const std::vector<party_id>& parties) {
  const auto in = [&](const party_id& p) { return std::find(parties.begin(), parties.end(), p) != parties.end(); };
  std::vector<const indicator*> picked;
  for (const auto& i : ds.indicators())
    if (i.measure == measure && !i.subjects.empty() && std::all_of(i.subjects.begin(), i.subjects.end(), in))
      picked.push_back(&i);
  std::vector<const indicator*> out;
  for (const auto* i : picked) {
    const bool covered = std::any_of(picked.begin(), picked.end(), [&](const indicator* o) {
      if (o == i || o->counterparts != i->counterparts || !o->value || !i->value || !(o->value->period == i->value->period) ||
          o->value->as_of != i->value->as_of)
        return false;
      return std::all_of(i->subjects.begin(), i->subjects.end(), [&](const party_id& s) {
        return std::any_of(o->subjects.begin(), o->subjects.end(), [&](const party_id& b) {
          const party* bloc = ds.find(b);
          return bloc && bloc->kind == party_kind::bloc &&
                 std::any_of(bloc->members.begin(), bloc->members.end(), [&](const membership& m) { return m.member == s; });
        });
      });
    });
    if (!covered) out.push_back(i);
  }
  return out;
}

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END
