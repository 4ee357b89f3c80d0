#pragma once
/// @file regcoop/query/figure_columns.hpp
/// @brief Figures laid out as columns, for group sums over many figures: build
/// `figure_columns` once from records, encode a grouping key once (`key_column`), then sum
/// by it as often as asked. The answers are `group_sum`'s, to the last bit; only the layout
/// differs (one pass over packed arrays instead of a hash lookup per record).
///
/// @code
/// const auto& records = ds.indicators();
/// const regcoop::figure_columns figures(records, [](const regcoop::indicator& i) { return i.value; });
/// // A key of the record, and a key of the record and the figure (each measure by year).
/// const auto by_measure = figures.group_by(records, [](const regcoop::indicator& i) { return i.measure; });
/// const auto by_measure_and_year = figures.group_by(records, [](const regcoop::indicator& i, const regcoop::figure& f) {
///   return std::pair(i.measure, f.period.from ? f.period.from->year : 0);
/// });
/// for (const auto& [measure, total] : figures.group_sum(by_measure)) std::cout << measure << ": " << to_string(total) << "\n";
/// @endcode
///
/// Over 10^6 figures (benchmarks/results.md), building the columns cost about two row-wise
/// `group_sum`s over the same figures and each key column about half of one; each columnar sum
/// then cost about 1/30 of one (0.026-0.028 of SQLite's GROUP BY on a covering index). Columns
/// pay off from the third sum by one key, or the seventh by as many keys.

#include "regcoop/config.hpp"
#include "regcoop/query/aggregate.hpp"

#include <boost/unordered/unordered_flat_map.hpp>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <map>
#include <optional>
#include <ranges>
#include <stdexcept>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

/// A grouping key encoded for the rows of one `figure_columns` (made by
/// `figure_columns::group_by`): the distinct keys in order, and for each row the number of its
/// key among them. Copyable; holds no reference to the records; serves the columns that made
/// it and their copies, no others.
template <class K>
class key_column {
 public:
  /// The distinct keys, in ascending order. O(1); throws nothing.
  [[nodiscard]] const std::vector<K>& keys() const noexcept { return keys_; }
  /// For each row of the columns it was made for, the index of its key in `keys()`.
  /// O(1); throws nothing.
  [[nodiscard]] const std::vector<std::uint32_t>& codes() const noexcept { return codes_; }

 private:
  friend class figure_columns;
  std::vector<K> keys_;
  std::vector<std::uint32_t> codes_;
  std::vector<std::uint32_t> first_row_;  // for each key, its first row
  std::uint64_t columns_ = 0;              // the identity of the columns that made it
};

namespace detail {
// The number of `value` in a dictionary that numbers values as they first come.
template <class Map, class V>
std::uint32_t code_of(Map& dictionary, V&& value) {
  return dictionary.try_emplace(std::forward<V>(value), static_cast<std::uint32_t>(dictionary.size())).first->second;
}

// Numbers each figure_columns built, so that a key column knows the columns it serves.
inline std::atomic<std::uint64_t> figure_columns_made{0};

struct date_range_hash {
  static std::size_t date(const std::optional<partial_date>& d) noexcept {
    return d ? (static_cast<std::size_t>(static_cast<unsigned>(d->year)) * 13u + static_cast<unsigned>(d->month)) * 32u +
                   static_cast<unsigned>(d->day) + 1u
             : 0u;
  }
  std::size_t operator()(const date_range& r) const noexcept { return date(r.from) * 0x9E3779B97F4A7C15ull ^ date(r.to); }
  std::size_t operator()(const std::optional<partial_date>& d) const noexcept { return date(d); }
};
}  // namespace detail

/// Figures as columns: for each figure of a range of records (one row each, in the order of
/// the records and of each record's figures), its value, its upper end (or value), its bound,
/// and numbers for its kind (nature, `of`, unit, currency, price year), its period and its
/// as-of date. Sums by a `key_column` read these arrays in one pass.
///
/// Holds what it needs of the figures (`figures_of` may return them by value), and refers to
/// the records it was built from only to name them in errors and to check that `group_by` is
/// given the same records: keep the records alive while the columns are used. Immutable after
/// construction: its const members may be called from several threads at once.
class figure_columns {
 public:
  /// One row per figure that `figures_of(record)` gives (a figure, a `std::optional<figure>`
  /// or a reference to one, a pointer to a figure, or a range of figures), for each of
  /// `records` in order. O(figures) average; throws only `std::bad_alloc`, and
  /// `std::length_error` past 2^32 - 2 figures or records.
  template <class Range, class Figures>
  figure_columns(Range&& records, Figures figures_of) : id_(++detail::figure_columns_made) {
    static_assert(std::ranges::forward_range<Range>,
                  "figure_columns reads the records once here and again in group_by: give it a forward range (a container, "
                  "a span, a dataset's selection, a std::views::filter of a container)");
    static_assert(std::is_lvalue_reference_v<std::ranges::range_reference_t<Range>>,
                  "figure_columns names records in errors by their address: give it a range of records that outlive it "
                  "(a container, a span, a dataset's selection), not a range that makes its elements");
    using R = std::remove_cvref_t<std::ranges::range_reference_t<Range>>;
    if constexpr (record<R>) label_ = [](const void* r) { return detail::record_label<R>(static_cast<const R*>(r)->id.value); };
    std::map<std::tuple<figure_nature, std::string, regcoop::unit, std::string, std::optional<int>>, std::uint32_t> kinds;
    boost::unordered_flat_map<date_range, std::uint32_t, detail::date_range_hash> periods;
    boost::unordered_flat_map<std::optional<partial_date>, std::uint32_t, detail::date_range_hash> dates;
    std::uint32_t record_index = 0;
    for (const auto& r : records) {
      owner_of_record_.push_back(std::addressof(r));
      detail::for_each_figure(figures_of(r), [&](const figure& f) {
        if (value_.size() >= max_rows) throw std::length_error("regcoop::figure_columns: more than 2^32 - 2 figures");
        value_.push_back(f.value);
        high_.push_back(f.upper.value_or(f.value));
        bound_.push_back(static_cast<std::uint8_t>(static_cast<unsigned>(f.bound) | (f.upper ? has_upper : 0u)));
        kind_.push_back(kind_code(kinds, f));
        period_.push_back(detail::code_of(periods, f.period));
        as_of_.push_back(detail::code_of(dates, f.as_of));
        record_.push_back(record_index);
      });
      if (record_index == max_rows) throw std::length_error("regcoop::figure_columns: more than 2^32 - 2 records");
      ++record_index;
    }
    periods_.resize(periods.size());
    for (auto& [period, code] : periods) periods_[code] = period;
    dates_.resize(dates.size());
    for (auto& [date, code] : dates) dates_[code] = date;
    for (const std::uint8_t b : bound_) bounds_ |= 1u << (b & bound_bits);
  }

  /// The number of rows (figures). O(1); throws nothing.
  [[nodiscard]] std::size_t size() const noexcept { return value_.size(); }
  /// The figure of row `row` (< `size()`), equal to the one it was made from. O(1); throws
  /// only `std::bad_alloc`.
  [[nodiscard]] figure at(std::size_t row) const {
    const figure& kind = kinds_[kind_[row]];
    figure f{.value = value_[row],
             .bound = static_cast<bound>(bound_[row] & bound_bits),
             .unit = kind.unit,
             .currency = kind.currency,
             .price_year = kind.price_year,
             .of = kind.of,
             .period = periods_[period_[row]],
             .as_of = dates_[as_of_[row]]};
    if (bound_[row] & has_upper) f.upper = high_[row];
    return f;
  }

  /// Encodes a grouping key for every row: `key(record)` (the same key for all figures of a
  /// record: a subject, a sector, a status; a record without figures makes a group of none,
  /// as in `group_sum`) or `key(record, figure)` (e.g. the figure's year; a key callable both
  /// ways is called this way). Any key `std::less` orders. `records` must be the range the
  /// columns were built from (the same records, in the same order).
  /// @throws std::invalid_argument when `records` are other records (checked by address) or
  /// more or fewer.
  /// O(rows) average for string, id, integer and enumeration keys (hashed), + O(keys log keys).
  template <std::ranges::forward_range Range, class Key>
  [[nodiscard]] auto group_by(Range&& records, Key key) const {
    using Ref = std::ranges::range_reference_t<Range>;
    constexpr bool per_figure = std::is_invocable_v<Key&, Ref, const figure&>;
    using K = std::remove_cvref_t<decltype(key_of(key, std::declval<Ref>(), std::declval<const figure&>(),
                                                  std::bool_constant<per_figure>{}))>;
    using dictionary_t = std::conditional_t<detail::hashed_key<K>, boost::unordered_flat_map<K, std::uint32_t, detail::key_hash>,
                                            std::map<K, std::uint32_t, std::less<>>>;
    dictionary_t dictionary;
    key_column<K> out;
    out.columns_ = id_;
    out.codes_.reserve(size());
    std::size_t row = 0, record_index = 0;
    for (auto&& r : records) {
      if (record_index < owner_of_record_.size() && std::addressof(r) != owner_of_record_[record_index])
        throw std::invalid_argument("regcoop::figure_columns::group_by: record " + std::to_string(record_index) +
                                    " is not the record the columns were built from");
      if constexpr (per_figure) {
        for (; row < size() && record_[row] == record_index; ++row)
          out.codes_.push_back(detail::code_of(dictionary, key(r, at(row))));
      } else {
        // A record without figures still makes its group, of no figures (as in group_sum).
        const std::uint32_t code = detail::code_of(dictionary, key(r));
        for (; row < size() && record_[row] == record_index; ++row) out.codes_.push_back(code);
      }
      ++record_index;
    }
    if (record_index != owner_of_record_.size())
      throw std::invalid_argument("regcoop::figure_columns::group_by: " + std::to_string(record_index) + " records given, the columns hold " +
                                  std::to_string(owner_of_record_.size()));
    // Number the keys in their order, so that sums come out in key order.
    std::vector<std::pair<K, std::uint32_t>> sorted(dictionary.begin(), dictionary.end());
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return std::less<>{}(a.first, b.first); });
    std::vector<std::uint32_t> renumber(sorted.size());
    out.keys_.reserve(sorted.size());
    for (std::uint32_t i = 0; i < sorted.size(); ++i) {
      renumber[sorted[i].second] = i;
      out.keys_.push_back(std::move(sorted[i].first));
    }
    out.first_row_.assign(out.keys_.size(), no_row);  // groups of no figures keep no_row
    for (std::uint32_t i = 0; i < out.codes_.size(); ++i) {
      auto& c = out.codes_[i];
      c = renumber[c];
      if (out.first_row_[c] == no_row) out.first_row_[c] = i;
    }
    return out;
  }

  /// The sums of the figures of each group of `by`, in key order: `group_sum(records, key,
  /// figures_of, convert)` over the same records, to the last bit (the same bounds, periods,
  /// counts and natures; values added in the same order). A group whose figures are all of one
  /// kind (nature, `of`, unit, currency, price year) is added straight from the columns; a
  /// group of several kinds is added by `figure_accumulator` with `convert`.
  /// @throws std::invalid_argument when `by` was made by other columns (not these or a copy);
  /// regcoop::error (`incompatible_units`) as `group_sum`: the same error, naming the same
  /// first figure that does not add up. O(rows + keys).
  template <class K>
  [[nodiscard]] std::map<K, figure_sum> group_sum(const key_column<K>& by, const figure_converter& convert = {}) const {
    if (by.columns_ != id_)
      throw std::invalid_argument("regcoop::figure_columns::group_sum: the key column was made by other columns (" +
                                  std::to_string(by.codes_.size()) + " rows; these have " + std::to_string(size()) + ")");
    const std::vector<group_state> groups = scan(by.codes_, by.first_row_);
    const std::vector<figure_accumulator> mixed = accumulate_mixed(by.codes_, groups, convert);
    std::map<K, figure_sum> out;
    for (std::uint32_t g = 0; g < groups.size(); ++g)
      out.emplace_hint(out.end(), by.keys_[g],
                       groups[g].count == 0 ? figure_sum{} : groups[g].mixed_kind ? mixed[g].result() : result(groups[g]));
    return out;
  }

 private:
  static constexpr std::size_t max_rows = 0xFFFFFFFEu;
  static constexpr std::uint32_t no_row = 0xFFFFFFFFu;  // the first row of a group of no figures
  static constexpr unsigned bound_bits = 7u, has_upper = 8u;  // a row's bound byte: the bound, and whether `upper` is set

  // What one pass learns of a group.
  struct group_state {
    double value = -0.0;  // -0.0 + x == x for every x: the first figure's value exactly, as the accumulator
    double high = -0.0;
    std::size_t count = 0;
    std::uint32_t kind = 0, period = 0, as_of = 0;
    unsigned bounds = 0;  // bit (1 << bound) for each bound seen
    bool mixed_kind = false, mixed_period = false, mixed_as_of = false;
  };

  template <class Kinds>
  std::uint32_t kind_code(Kinds& kinds, const figure& f) {
    if (!kind_.empty()) {  // most figures are of the kind of the one before
      const figure& last = kinds_[kind_.back()];
      if (nature_of(last) == nature_of(f) && detail::same_measure(last, f)) return kind_.back();
    }
    const std::size_t before = kinds.size();
    const std::uint32_t code = detail::code_of(kinds, std::tuple(nature_of(f), f.of, f.unit, f.currency, f.price_year));
    if (kinds.size() != before) kinds_.push_back(f);
    return code;
  }

  template <class Key, class Ref, bool PerFigure>
  static decltype(auto) key_of(Key& key, Ref r, const figure& f, std::bool_constant<PerFigure>) {
    if constexpr (PerFigure) return key(r, f);
    else return key(r);
  }

  // The one pass over the columns.
  std::vector<group_state> scan(const std::vector<std::uint32_t>& codes, const std::vector<std::uint32_t>& first_row) const {
    std::vector<group_state> groups(first_row.size());
    for (std::size_t g = 0; g < groups.size(); ++g) {
      const std::uint32_t row = first_row[g];
      if (row == no_row) continue;  // a group of no figures
      groups[g].kind = kind_[row];
      groups[g].period = period_[row];
      groups[g].as_of = as_of_[row];
    }
    const std::size_t n = size();
    const std::uint32_t* code = codes.data();
    const double* value = value_.data();
    const double* high = high_.data();
    const std::uint8_t* bound = bound_.data();
    const std::uint32_t* kind = kind_.data();
    const std::uint32_t* period = period_.data();
    const std::uint32_t* as_of = as_of_.data();
    group_state* state = groups.data();
    // Columns of one value throughout need no look per row (the branches on these flags go
    // the same way every row).
    const bool kinds = kinds_.size() > 1, periods = periods_.size() > 1, dates = dates_.size() > 1, bounds = bounds_ != (bounds_ & -bounds_);
    for (std::size_t i = 0; i < n; ++i) {
      group_state& s = state[code[i]];
      s.value += value[i];
      s.high += high[i];
      ++s.count;
      if (bounds) s.bounds |= 1u << (bound[i] & bound_bits);
      if (kinds) s.mixed_kind |= kind[i] != s.kind;
      if (periods) s.mixed_period |= period[i] != s.period;
      if (dates) s.mixed_as_of |= as_of[i] != s.as_of;
    }
    if (!bounds)
      for (auto& g : groups) g.bounds = bounds_;
    return groups;
  }

  // The sum of a group of one kind, as `figure_accumulator::result` gives it.
  figure_sum result(const group_state& s) const {
    const auto has = [&](bound b) { return (s.bounds >> static_cast<unsigned>(b) & 1u) != 0; };
    const figure& kind = kinds_[s.kind];
    figure_sum out;
    out.count = s.count;
    out.nature = nature_of(kind);
    out.bounded = !(has(bound::at_least) && has(bound::at_most));
    figure& v = out.value;
    v.value = s.value;
    v.unit = kind.unit;
    v.currency = kind.currency;
    v.price_year = kind.price_year;
    v.of = kind.of;
    if (!s.mixed_period) v.period = periods_[s.period];
    if (!s.mixed_as_of) v.as_of = dates_[s.as_of];
    if (!out.bounded) v.bound = bound::approx;
    else if (has(bound::at_least)) v.bound = bound::at_least;
    else if (has(bound::at_most)) v.bound = bound::at_most;
    else if (has(bound::approx)) v.bound = bound::approx;
    else if (has(bound::range)) v.bound = bound::range;
    else v.bound = bound::exact;
    if (v.bound == bound::range) v.upper = s.high;
    return out;
  }

  // The sums of the groups of several kinds, figure by figure in row order, as `group_sum`
  // adds them (so that the first figure that does not fit is the one group_sum names):
  // an accumulator for each group, used only for those with `mixed_kind`.
  std::vector<figure_accumulator> accumulate_mixed(const std::vector<std::uint32_t>& codes, const std::vector<group_state>& groups,
                                                   const figure_converter& convert) const {
    std::vector<figure_accumulator> accs;
    if (std::none_of(groups.begin(), groups.end(), [](const group_state& g) { return g.mixed_kind; })) return accs;
    accs.resize(groups.size());
    for (std::size_t i = 0; i < codes.size(); ++i) {
      if (!groups[codes[i]].mixed_kind) continue;
      auto& acc = accs[codes[i]];
      const void* owner = owner_of_record_[record_[i]];
      acc.add_named(at(i), [&] { return label_ ? label_(owner) : detail::item_path("figures", acc.result().count); }, convert);
    }
    return accs;
  }

  std::vector<double> value_, high_;
  std::vector<std::uint8_t> bound_;
  std::vector<std::uint32_t> kind_, period_, as_of_, record_;
  std::vector<figure> kinds_;                         // a figure of each kind (its nature, of, unit, currency, price year)
  std::vector<date_range> periods_;                   // the periods, by number
  std::vector<std::optional<partial_date>> dates_;    // the as-of dates, by number
  std::vector<const void*> owner_of_record_;  // the address of each record
  std::uint64_t id_ = 0;                       // shared by copies; key columns carry it
  std::string (*label_)(const void*) = nullptr;  // names a record in errors; null: not a record
  unsigned bounds_ = 0;  // bit (1 << bound) for each bound the rows hold
};

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END
