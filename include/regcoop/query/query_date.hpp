#pragma once
/// @file regcoop/query/query_date.hpp
/// @brief The date a dated question asks about, and how a date coarser than a day is read:
/// "on some day of 2020" or "on every day of 2020" — and the three-valued answers.
///
/// A day is a day. A year or a month is a period of days, and a question about a period must
/// say which it asks: whether a statement holds on *some* day of it (the default: the way the
/// Correlates of War data count a year) or on *every* day of it. The answer's `possibly` then
/// only ever means that the data are vague (a spell known to the month, a start reported by a
/// date), never that the question was.

#include "regcoop/config.hpp"
#include "regcoop/model/date.hpp"
#include "regcoop/model/error.hpp"

#include <boost/describe/enum.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

/// A three-valued answer: what is known about a statement on a date.
BOOST_DEFINE_ENUM_CLASS(truth,
                        no,         ///< certainly false
                        possibly,   ///< true for some of the days the dates of the data may denote
                        certainly)  ///< true whatever days the dates of the data denote

/// `certain` policy keeps `certainly` only; `possible` keeps `possibly` and `certainly`. O(1).
[[nodiscard]] constexpr bool accepted(truth t, certainty c) noexcept {
  return c == certainty::certain ? t == truth::certainly : t != truth::no;
}

/// How a query date coarser than a day (a year, a month) is read.
BOOST_DEFINE_ENUM_CLASS(day_rule,
                        some_day,   ///< the statement holds on at least one day of the period (default)
                        every_day)  ///< the statement holds on every day of the period

/// The date of a dated question: a valid partial date and how a coarse one is read. Made
/// implicitly from a `partial_date` (read as `some_day`), so every dated query takes a plain
/// date too. For a full date the rule makes no difference.
struct query_date {
  partial_date date{};                  ///< the day, month or year asked about
  day_rule rule = day_rule::some_day;   ///< for a month or a year: some day of it, or every day

  /// @throws regcoop::error (`invalid_date`) naming the date when it is not a valid partial
  /// date (2020-02-30, month 13, a day without a month). O(1).
  query_date(partial_date d, day_rule r = day_rule::some_day) : date(d), rule(r) {  // NOLINT: implicit on purpose
    if (!d.valid()) throw_not_a_date(d);
  }
  /// The first day of the period, as a serial day. O(1).
  [[nodiscard]] std::int32_t first_day() const noexcept { return date.first_day(); }
  /// The last day of the period, as a serial day. O(1).
  [[nodiscard]] std::int32_t last_day() const noexcept { return date.last_day(); }
  /// True when the date is a single day (the rule does not matter). O(1).
  [[nodiscard]] bool is_day() const noexcept { return date.is_full(); }
  /// "2020-05-04", "some day of 2020" or "every day of 2020-05": how the answer reads the date. O(1).
  [[nodiscard]] std::string to_string() const {
    if (is_day()) return date.to_string();
    return (rule == day_rule::some_day ? "some day of " : "every day of ") + date.to_string();
  }
  /// Field-wise equality. O(1).
  friend bool operator==(const query_date&, const query_date&) = default;

 private:
  // The error of the constructor, defined once (impl/query_date.ipp): every dated query
  // makes a query_date, and the message's string building need not be in each caller.
  [[noreturn]] REGCOOP_DECL static void throw_not_a_date(const partial_date& d);
};

namespace detail {

// The days a dated statement (a spell, an agreement in force) certainly and possibly holds,
// as serial days; open ends are the extreme values; an empty certain part (begin > end) when it
// holds on no day for certain.
struct day_span {
  std::int32_t certain_begin, certain_end, possible_begin, possible_end;
};

// The span of "from `start` (inclusive) to `last` (inclusive)", open where absent.
constexpr day_span span_of(const std::optional<partial_date>& start, const std::optional<partial_date>& last) noexcept {
  constexpr auto lo = std::numeric_limits<std::int32_t>::min(), hi = std::numeric_limits<std::int32_t>::max();
  day_span s{lo, hi, lo, hi};
  if (start) {
    s.possible_begin = start->first_day();
    s.certain_begin = start->last_day();
  }
  if (last) {
    s.possible_end = last->last_day();
    s.certain_end = last->first_day();
  }
  return s;
}

// Does the statement with span `s` hold on some day / every day of [first, last]?
// some day:  certainly when the certain part meets the period; no when the possible part misses it.
// every day: certainly when the certain part holds the period; no when the possible part does not.
constexpr truth over(const day_span& s, std::int32_t first, std::int32_t last, day_rule r) noexcept {
  if (r == day_rule::some_day) {
    if (s.possible_begin > last || s.possible_end < first) return truth::no;
    const auto b = std::max(s.certain_begin, first), e = std::min(s.certain_end, last);
    return b <= e ? truth::certainly : truth::possibly;
  }
  if (s.possible_begin > first || s.possible_end < last) return truth::no;
  return (s.certain_begin <= first && last <= s.certain_end) ? truth::certainly : truth::possibly;
}
inline truth over(const day_span& s, const query_date& q) noexcept { return over(s, q.first_day(), q.last_day(), q.rule); }

// Has something that happens at `when` happened by (some day / every day of) `q`?
inline truth happened(const partial_date& when, const query_date& q) noexcept {
  return over(span_of(when, std::nullopt), q);
}

constexpr truth max(truth a, truth b) noexcept { return static_cast<int>(a) >= static_cast<int>(b) ? a : b; }
constexpr truth min(truth a, truth b) noexcept { return static_cast<int>(a) <= static_cast<int>(b) ? a : b; }

}  // namespace detail
}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/query_date.ipp"
#endif
