#pragma once
/// @file regcoop/model/date.hpp
/// @brief `partial_date` ("2023", "2025-05", "2025-06-17"), an interval of days, with
/// *certainly* / *possibly* ordering; `date_range` with open ends.

#include "regcoop/config.hpp"
#include "regcoop/model/error.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <array>
#include <chrono>
#include <charconv>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

/// How a comparison treats the uncertainty of partial dates.
BOOST_DEFINE_ENUM_CLASS(certainty,
                        certain,   ///< true only if true for every day the dates may denote
                        possible)  ///< true if true for at least one such day

/// A date known to the year, the month or the day. `month == 0` means "some month of
/// `year`"; `day == 0` means "some day of that month". A partial date denotes the interval
/// of days it may be, [`first_day()`, `last_day()`].
///
/// The defaulted ordering (year, then month, then day, with unknown parts first) is a total
/// order for sorting: "2025" < "2025-05" < "2025-05-01". For questions about time use
/// `certainly_before` / `possibly_before`.
struct partial_date {
  int year = 0;   ///< Gregorian year, 1..9999 in a valid date
  int month = 0;  ///< 1..12, or 0 when unknown
  int day = 0;    ///< 1..31 (valid for the month), or 0 when unknown; needs a month

  /// Sorting order: year, month, day, unknown parts first (see the class notes). O(1).
  friend constexpr auto operator<=>(const partial_date&, const partial_date&) = default;

  /// True when the fields name a real year, month and day. O(1); throws nothing.
  [[nodiscard]] constexpr bool valid() const noexcept {
    if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0) return false;
    if (month == 0) return day == 0;
    return day <= days_in_month(year, month);
  }

  /// Number of days in a month of the Gregorian calendar (`std::chrono`). O(1); throws nothing.
  [[nodiscard]] static constexpr int days_in_month(int y, int m) noexcept {
    namespace chr = std::chrono;
    return static_cast<int>(static_cast<unsigned>((chr::year{y} / chr::month{static_cast<unsigned>(m)} / chr::last).day()));
  }

  /// Days since 1970-01-01 of a full date (proleptic Gregorian, `std::chrono::sys_days`).
  /// O(1); throws nothing.
  [[nodiscard]] static constexpr std::int32_t serial(int y, int m, int d) noexcept {
    namespace chr = std::chrono;
    const chr::sys_days day_count{chr::year{y} / chr::month{static_cast<unsigned>(m)} / chr::day{static_cast<unsigned>(d)}};
    return static_cast<std::int32_t>(day_count.time_since_epoch().count());
  }

  /// Why the fields do not name a date ("month 13 out of range", "day 31 out of range for
  /// 2025-02", ...), or an empty string when `valid()`. The one text of date errors, used by
  /// the builder, the readers and `parse`. O(1); throws only `std::bad_alloc`.
  [[nodiscard]] std::string invalid_reason() const {
    if (valid()) return {};
    if (year < 1 || year > 9999) return "year " + std::to_string(year) + " out of range 1..9999";
    if (month < 0 || month > 12) return "month " + std::to_string(month) + " out of range";
    if (month == 0) return "a day is given without a month";
    return "day " + std::to_string(day) + " out of range for " + pad(year, 4) + "-" + pad(month, 2);
  }

  /// Why `text` is not a date `try_parse` accepts: for text of the right shape with a part
  /// out of range, `invalid_reason()` of its parts ("month 13 out of range"); otherwise that it
  /// is not of a form `try_parse` reads (YYYY, YYYY-MM, YYYY-MM-DD, "May 2025", "17 May 2025").
  /// O(length); throws only `std::bad_alloc`.
  [[nodiscard]] static std::string why_not_a_date(std::string_view text) {
    partial_date d{};
    const bool shape = (text.size() == 4 || text.size() == 7 || text.size() == 10) && digits(text.substr(0, 4), d.year) &&
                       (text.size() == 4 || (text[4] == '-' && digits(text.substr(5, 2), d.month))) &&
                       (text.size() != 10 || (text[7] == '-' && digits(text.substr(8, 2), d.day)));
    if (shape && d.month == 0 && text.size() > 4) return "month 0 out of range";
    if (shape && d.day == 0 && text.size() == 10) return "day 0 out of range for " + std::string(text.substr(0, 7));
    if (shape && !d.valid()) return d.invalid_reason();
    return "'" + std::string(text) + "' is not a date of the form YYYY, YYYY-MM, YYYY-MM-DD, 'May 2025' or '17 May 2025'";
  }

  /// The earliest day the date may denote, as `serial`. O(1); throws nothing.
  [[nodiscard]] constexpr std::int32_t first_day() const noexcept {
    return serial(year, month ? month : 1, day ? day : 1);
  }
  /// The latest day the date may denote, as `serial`. O(1); throws nothing.
  [[nodiscard]] constexpr std::int32_t last_day() const noexcept {
    const int m = month ? month : 12;
    return serial(year, m, day ? day : days_in_month(year, m));
  }
  /// True when known to the day. O(1).
  [[nodiscard]] constexpr bool is_full() const noexcept { return month != 0 && day != 0; }

  /// "2025", "2025-05" or "2025-06-17". O(1); throws only `std::bad_alloc`.
  [[nodiscard]] std::string to_string() const {
    std::string s = pad(year, 4);
    if (month) s += '-' + pad(month, 2);
    if (day) s += '-' + pad(day, 2);
    return s;
  }

  /// Reads "2025", "2025-05", "2025-06-17", or "May 2025" / "17 May 2025" (English month
  /// names, full or three letters, any case); `std::nullopt` for anything else, including
  /// dates that do not exist. O(length); throws nothing.
  [[nodiscard]] static constexpr std::optional<partial_date> try_parse(std::string_view s) noexcept {
    partial_date d{};
    if (!s.empty() && s[0] >= '0' && s[0] <= '9' && (s.size() == 4 || (s.size() >= 5 && s[4] == '-'))) {
      if (!digits(s.substr(0, 4), d.year)) return std::nullopt;
      if (s.size() > 4) {
        if (s.size() != 7 && s.size() != 10) return std::nullopt;
        if (!digits(s.substr(5, 2), d.month) || d.month == 0) return std::nullopt;
        if (s.size() == 10 && (s[7] != '-' || !digits(s.substr(8, 2), d.day) || d.day == 0)) return std::nullopt;
      }
    } else {
      // [day ' '] month-name ' ' year
      std::string_view rest = s;
      const auto sp1 = rest.find(' ');
      if (sp1 == std::string_view::npos) return std::nullopt;
      std::string_view first = rest.substr(0, sp1);
      rest.remove_prefix(sp1 + 1);
      if (!first.empty() && first[0] >= '0' && first[0] <= '9') {
        if (first.size() > 2 || !digits(first, d.day) || d.day == 0) return std::nullopt;
        const auto sp2 = rest.find(' ');
        if (sp2 == std::string_view::npos) return std::nullopt;
        first = rest.substr(0, sp2);
        rest.remove_prefix(sp2 + 1);
      }
      d.month = month_from_name(first);
      if (d.month == 0 || rest.size() != 4 || !digits(rest, d.year)) return std::nullopt;
    }
    if (!d.valid()) return std::nullopt;
    return d;
  }

  /// As `try_parse`, but throws.
  /// @throws regcoop::error with `errc::invalid_date`, naming the text. O(length).
  [[nodiscard]] static partial_date parse(std::string_view s) {
    if (auto d = try_parse(s)) return *d;
    std::string why = why_not_a_date(s);
    throw error(errc::invalid_date, "", "", why.starts_with('\'') ? why : "'" + std::string(s) + "': " + why);
  }

 private:
  static std::string pad(int v, std::size_t w) {
    std::string s = std::to_string(v);
    return s.size() < w ? std::string(w - s.size(), '0') + s : s;
  }
  static constexpr bool digits(std::string_view s, int& out) noexcept {
    if (s.empty()) return false;
    int v = 0;
    for (char c : s) {
      if (c < '0' || c > '9') return false;
      v = v * 10 + (c - '0');
    }
    out = v;
    return true;
  }
  static constexpr int month_from_name(std::string_view n) noexcept {
    constexpr std::array<std::string_view, 12> names{"january", "february", "march",     "april",   "may",      "june",
                                                     "july",    "august",   "september", "october", "november", "december"};
    if (n.size() < 3) return 0;
    for (std::size_t m = 0; m < 12; ++m) {
      const auto full = names[m];
      if (n.size() != 3 && n.size() != full.size()) continue;
      bool ok = true;
      for (std::size_t i = 0; i < n.size() && ok; ++i) {
        const char c = (n[i] >= 'A' && n[i] <= 'Z') ? static_cast<char>(n[i] - 'A' + 'a') : n[i];
        ok = c == full[i];
      }
      if (ok) return static_cast<int>(m + 1);
    }
    return 0;
  }
};
BOOST_DESCRIBE_STRUCT(partial_date, (), (year, month, day))

/// True when every day `a` may denote is before every day `b` may denote. O(1).
[[nodiscard]] constexpr bool certainly_before(const partial_date& a, const partial_date& b) noexcept {
  return a.last_day() < b.first_day();
}
/// True when some day `a` may denote is before some day `b` may denote. O(1).
[[nodiscard]] constexpr bool possibly_before(const partial_date& a, const partial_date& b) noexcept {
  return a.first_day() < b.last_day();
}
/// `certainly_before` or `possibly_before`, as `c` says. O(1).
[[nodiscard]] constexpr bool before(const partial_date& a, const partial_date& b, certainty c) noexcept {
  return c == certainty::certain ? certainly_before(a, b) : possibly_before(a, b);
}
/// True when `a` is on or before `b` under `c` ("not after"). O(1).
[[nodiscard]] constexpr bool on_or_before(const partial_date& a, const partial_date& b, certainty c) noexcept {
  return c == certainty::certain ? a.last_day() <= b.first_day() : a.first_day() <= b.last_day();
}

/// A span of time with open ends: a missing `from` is "since always", a missing `to`
/// "still going". The span runs from the first day of `from` to the last day of `to`, so
/// `{2024, 2024}` is the whole year 2024 and `{2025-05, open}` starts on 1 May 2025.
/// (When the *start* of something is uncertain, e.g. "entered into force in May 2025", ask
/// `on_or_before(start, d, certainty)` instead.)
struct date_range {
  std::optional<partial_date> from{};  ///< first date of the span, or open
  std::optional<partial_date> to{};    ///< last date of the span, or open

  /// Field-wise equality. O(size of the record).
  friend constexpr bool operator==(const date_range&, const date_range&) = default;

  /// True when the range is open on both ends. O(1).
  [[nodiscard]] constexpr bool unbounded() const noexcept { return !from && !to; }

  /// True when `d` lies in the span under `c`: with `certain`, every day `d` may denote is
  /// inside; with `possible`, some day is. O(1); throws nothing.
  [[nodiscard]] constexpr bool contains(const partial_date& d, certainty c) const noexcept {
    if (c == certainty::certain)
      return (!from || from->first_day() <= d.first_day()) && (!to || d.last_day() <= to->last_day());
    return (!from || from->first_day() <= d.last_day()) && (!to || d.first_day() <= to->last_day());
  }
  /// The span of one partial date: `date_range::of({2024})` is the year 2024. O(1).
  [[nodiscard]] static constexpr date_range of(const partial_date& d) noexcept { return {d, d}; }
};
BOOST_DESCRIBE_STRUCT(date_range, (), (from, to))

/// Today's date (UTC) from the system clock. O(1).
[[nodiscard]] inline partial_date today() {
  const std::chrono::year_month_day t{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  return {static_cast<int>(t.year()), static_cast<int>(static_cast<unsigned>(t.month())),
          static_cast<int>(static_cast<unsigned>(t.day()))};
}

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END
