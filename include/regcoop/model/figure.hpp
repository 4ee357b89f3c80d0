#pragma once
/// @file regcoop/model/figure.hpp
/// @brief `figure`: a number with its unit, its bound ("about", "exceeded", ...) and the
/// period it is about.

#include "regcoop/config.hpp"
#include "regcoop/model/date.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

/// How exact a figure is, as the source words it.
BOOST_DEFINE_ENUM_CLASS(bound,
                        exact,     ///< "reached $94.8 billion"
                        approx,    ///< "about", "around", "nearly"
                        at_least,  ///< "exceeded", "surpassed", "more than" (a lower bound)
                        at_most,   ///< "up to", "less than" (an upper bound)
                        range)     ///< "between `value` and `upper`"

/// What a figure counts or measures.
BOOST_DEFINE_ENUM_CLASS(unit,
                        money,    ///< an amount of `currency` (at `price_year` prices)
                        percent,  ///< a share, in percent, of what `of` names
                        count,    ///< a number of the things `of` names
                        trains,   ///< freight trains
                        km,       ///< kilometres
                        hours,    ///< hours
                        tonnes,   ///< metric tonnes
                        teu)      ///< twenty-foot equivalent units

/// A number as a source states it.
///
/// Invariants (checked by `dataset_builder::build`): `value` finite; `upper` present exactly
/// when `bound == range`, then `upper >= value`; `currency` present exactly when
/// `unit == money`; `price_year`, when present, a year ≥ 1 on a money figure.
struct figure {
  double value = 0;                    ///< the number (lower end of a range)
  std::optional<double> upper{};         ///< the upper end, for `bound::range` only
  regcoop::bound bound = regcoop::bound::exact;  ///< how exact `value` is
  regcoop::unit unit = regcoop::unit::count;     ///< what `value` counts
  std::string currency{};                ///< ISO 4217 code for money, e.g. "USD"
  std::optional<int> price_year{};       ///< year of the prices for money (constant prices); absent = current prices of the period
  std::string of{};                      ///< what a percentage is of, or what is counted
  date_range period{};                   ///< the period the figure covers (e.g. the year 2024)
  std::optional<partial_date> as_of{};   ///< the date a stock is measured at (e.g. end of 2024)

  /// Field-wise equality. O(size of the record).
  friend bool operator==(const figure&, const figure&) = default;
};
BOOST_DESCRIBE_STRUCT(figure, (), (value, upper, bound, unit, currency, price_year, of, period, as_of))

namespace detail {
inline std::string number_text(double v) {
  // Group thousands, keep up to one decimal where present: 19000 -> "19,000", 94.8 -> "94.8".
  char buf[64];
  const double r = std::round(v * 10.0) / 10.0;
  if (r == std::floor(r))
    std::snprintf(buf, sizeof buf, "%.0f", r);
  else
    std::snprintf(buf, sizeof buf, "%.1f", r);
  // Built forwards into a new string (no insert into itself: g++ 12 at -O3 warns that such
  // an insert's copy may overlap, -Werror=restrict).
  const std::string_view digits = buf;
  std::size_t dot = digits.find('.');
  if (dot == std::string_view::npos) dot = digits.size();
  const std::size_t start = (digits[0] == '-') ? 1 : 0;
  std::string s;
  s.reserve(digits.size() + dot / 3);
  s.append(digits.substr(0, start));
  for (std::size_t i = start; i < dot; ++i) {
    if (i > start && (dot - i) % 3 == 0) s.push_back(',');
    s.push_back(digits[i]);
  }
  s.append(digits.substr(dot));
  return s;
}

inline std::string money_text(double v, const std::string& currency) {
  const std::string sym = currency == "USD" ? "$" : currency + " ";
  const double a = std::fabs(v);
  if (a >= 1e9) return sym + number_text(v / 1e9) + " billion";
  if (a >= 1e6) return sym + number_text(v / 1e6) + " million";
  return sym + number_text(v);
}

inline std::string unit_text(const figure& f, double v) {
  switch (f.unit) {
    case unit::money: return money_text(v, f.currency);
    case unit::percent: return number_text(v) + "%";
    case unit::trains: return number_text(v) + " trains";
    case unit::km: return number_text(v) + " km";
    case unit::hours: return number_text(v) + " h";
    case unit::tonnes: return number_text(v) + " t";
    case unit::teu: return number_text(v) + " TEU";
    case unit::count: break;
  }
  return number_text(v);
}
}  // namespace detail

/// A short text for people: "$94.8 billion", "≈ 19,000 trains", "> $17 billion",
/// "≈ 80% of <of>", "7 <of>". O(1); throws only `std::bad_alloc`.
[[nodiscard]] inline std::string to_string(const figure& f) {
  std::string s{};
  switch (f.bound) {
    case bound::exact: break;
    case bound::approx: s = "\u2248 "; break;
    case bound::at_least: s = "> "; break;
    case bound::at_most: s = "< "; break;
    case bound::range: break;
  }
  s += detail::unit_text(f, f.value);
  if (f.bound == bound::range && f.upper) s += " \u2013 " + detail::unit_text(f, *f.upper);
  if (!f.of.empty()) s += (f.unit == unit::percent ? " of " : " ") + f.of;
  return s;
}

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END
