// figure_columns: the columnar group sums give group_sum's answers, to the last bit.
#include "query_fixtures.hpp"

#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/query/figure_columns.hpp>
#include <regcoop/query/select.hpp>

#include <doctest/doctest.h>

#include <random>
#include <ranges>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

using namespace regcoop;

namespace {
// Indicators whose figures vary in everything group sums look at: bounds (ranges too), values
// that do not add exactly in floating point, periods, as-of dates, `of`, and (when `kinds`)
// units and currencies.
std::vector<indicator> varied(std::size_t n, bool kinds, std::uint32_t seed) {
  std::mt19937 rng(seed);
  const auto pick = [&](std::size_t k) { return static_cast<std::size_t>(rng() % k); };
  const std::vector<std::string> who{"CN", "KZ", "KG", "TJ", "TM", "UZ"};
  std::vector<indicator> out;
  for (std::size_t i = 0; i < n; ++i) {
    figure f{.value = static_cast<double>(pick(100000)) / 7.0, .unit = unit::money, .currency = "USD"};
    f.bound = static_cast<bound>(pick(5));
    if (f.bound == bound::range) f.upper = f.value + static_cast<double>(pick(1000)) / 3.0;
    if (pick(4) == 0) f.as_of = partial_date{2020 + static_cast<int>(pick(3)), 12, 0};
    else f.period = date_range::of(partial_date{2020 + static_cast<int>(pick(3))});
    if (kinds && pick(10) == 0) f.currency = "EUR";
    out.push_back(indicator{.id = {"i" + std::to_string(i)},
                            .measure = "trade",
                            .name = "Trade",
                            .subjects = {{who[pick(who.size())]}},
                            .sectors = {static_cast<sector>(pick(3))},
                            .value = f});
  }
  return out;
}

const auto subject = [](const indicator& i) { return i.subjects.front(); };
const auto value_of = [](const indicator& i) -> const std::optional<figure>& { return i.value; };
const auto year = [](const indicator&, const figure& f) { return f.period.from ? f.period.from->year : f.as_of->year; };

// What `f` gives: its result, or the error it throws (its code and message).
template <class F>
auto outcome(F&& f) -> std::pair<decltype(f()), std::string> {
  try {
    return {f(), ""};
  } catch (const error& e) {
    return {{}, std::string(to_string(e.code())) + ": " + e.what()};
  }
}

// The error `f` throws (its code and message), or "" when it throws none.
template <class F>
std::string error_of(F&& f) {
  try {
    (void)f();
  } catch (const error& e) {
    return std::string(to_string(e.code())) + ": " + e.what();
  }
  return "";
}
}  // namespace

TEST_CASE("figure_columns: group sums by subject, sector and year equal group_sum's, bit for bit") {
  // Separate flows and stocks: a group holding both is refused by both ways of adding.
  auto records = varied(5000, false, 1);
  std::erase_if(records, [](const indicator& i) { return i.value->as_of.has_value(); });
  const figure_columns cols(records, value_of);
  REQUIRE(cols.size() == records.size());
  for (std::size_t row = 0; row < records.size(); ++row) REQUIRE(cols.at(row) == *records[row].value);

  const auto by_subject = cols.group_by(records, subject);
  CHECK(by_subject.keys() == std::vector<party_id>{{"CN"}, {"KG"}, {"KZ"}, {"TJ"}, {"TM"}, {"UZ"}});
  REQUIRE(by_subject.codes().size() == records.size());
  CHECK(by_subject.keys()[by_subject.codes()[7]] == records[7].subjects.front());
  const auto want = group_sum(records, subject, value_of);
  const auto got = cols.group_sum(by_subject);
  CHECK(got == want);
  // Exact equality is no accident of round numbers: the values are sevenths.
  CHECK(got.at(party_id{"KZ"}).value.value != std::round(got.at(party_id{"KZ"}).value.value));

  const auto by_sector = cols.group_by(records, [](const indicator& i) { return i.sectors.front(); });
  CHECK(cols.group_sum(by_sector) == group_sum(records, [](const indicator& i) { return i.sectors.front(); }, value_of));

  const auto by_year = cols.group_by(records, year);
  CHECK(by_year.keys() == std::vector<int>{2020, 2021, 2022});
  const auto sums = cols.group_sum(by_year);
  std::map<int, figure_sum> year_by_year;
  for (int y : {2020, 2021, 2022}) {
    figure_accumulator acc;
    for (const auto& i : records)
      if (i.value->period.from->year == y) acc.add(*i.value);
    year_by_year[y] = acc.result();
  }
  CHECK(sums == year_by_year);
  // One year a group: its period is kept; by subject the years mix and the period is cleared.
  CHECK(sums.at(2021).value.period == date_range::of(partial_date{2021}));
  CHECK(got.at(party_id{"CN"}).value.period == date_range{});
  CHECK(got.at(party_id{"CN"}).nature == figure_nature::flow);
}

TEST_CASE("figure_columns: bounds, ranges and mixed lower and upper bounds as the accumulator carries them") {
  const auto f = [](double v, bound b, std::optional<double> upper = {}) {
    return figure{.value = v, .upper = upper, .bound = b, .unit = unit::km};
  };
  const std::vector<std::vector<figure>> groups{
      {f(1, bound::exact), f(2, bound::range, 5.0), f(0.1, bound::exact)},      // range: upper 1 + 5 + 0.1
      {f(1, bound::range, 2.0), f(2, bound::approx)},                           // approx
      {f(1, bound::at_least), f(2, bound::exact), f(3, bound::range, 4.0)},     // at_least
      {f(1, bound::at_most), f(2, bound::approx)},                              // at_most
      {f(1, bound::at_least), f(2, bound::at_most), f(3, bound::at_least)},     // unbounded
      {f(-0.0, bound::exact)},                                                  // the sign of zero kept
      {f(1, bound::exact), f(2, bound::exact)},                                 // exact
  };
  // Records that are no dataset record: each group one element, its figures a range.
  const figure_columns cols(groups, [](const std::vector<figure>& g) -> const std::vector<figure>& { return g; });
  CHECK(cols.size() == 16);
  const auto index = [&](const std::vector<figure>& g) { return static_cast<int>(&g - groups.data()); };
  const auto got = cols.group_sum(cols.group_by(groups, index));
  const auto want = group_sum(groups, index, [](const std::vector<figure>& g) -> const std::vector<figure>& { return g; });
  REQUIRE(got.size() == groups.size());
  CHECK(got == want);
  CHECK(got.at(0).value.bound == bound::range);
  CHECK(got.at(0).value.upper == 1 + 5.0 + 0.1);
  CHECK(got.at(1).value.bound == bound::approx);
  CHECK(got.at(2).value.bound == bound::at_least);
  CHECK(got.at(3).value.bound == bound::at_most);
  CHECK_FALSE(got.at(4).bounded);
  CHECK(std::signbit(got.at(5).value.value));
  CHECK(got.at(6).value.bound == bound::exact);
}

TEST_CASE("figure_columns: groups of several kinds are added figure by figure, with the converter and the errors of group_sum") {
  auto records = varied(2000, true, 2);
  std::erase_if(records, [](const indicator& i) { return i.value->as_of.has_value(); });
  const figure_columns cols(records, value_of);
  const auto by_subject = cols.group_by(records, subject);
  // USD and EUR in every group: refused without a converter, as group_sum refuses them.
  const std::string refused = error_of([&] { return cols.group_sum(by_subject); });
  INFO(refused);
  CHECK(refused.find("without a converter") != std::string::npos);
  CHECK(refused.find("incompatible_units: ") == 0);
  CHECK(refused == error_of([&] { return group_sum(records, subject, value_of); }));
  const figure_converter to_usd = [](const figure& from, const figure& like) -> std::optional<double> {
    if (from.currency == "EUR" && like.currency == "USD") return 1.1;
    if (from.currency == "USD" && like.currency == "EUR") return 1 / 1.1;
    return std::nullopt;
  };
  const auto got = cols.group_sum(by_subject, to_usd);
  CHECK(got == group_sum(records, subject, value_of, to_usd));
  CHECK(got.at(party_id{"TJ"}).value.currency == "USD");

  // Flows and stocks in one group: the record named, as group_sum names it.
  const auto mixed = varied(300, false, 3);
  const figure_columns both(mixed, value_of);
  const std::string error = error_of([&] { return both.group_sum(both.group_by(mixed, subject)); });
  CHECK(error.find("a flow and a stock do not add up") != std::string::npos);
  CHECK(error.find("indicators/i") != std::string::npos);
  CHECK(error == error_of([&] { return group_sum(mixed, subject, value_of); }));
}

TEST_CASE("figure_columns: figures given by value are kept, not referred to") {
  auto records = varied(200, false, 5);
  std::erase_if(records, [](const indicator& i) { return i.value->as_of.has_value(); });
  // The figure is a copy that lives only during the call: the columns keep what they need.
  const figure_columns cols(records, [](const indicator& i) { return i.value; });
  const auto by_year = cols.group_by(records, year);
  const auto want = group_sum(records, [](const indicator& i) { return i.value->period.from->year; }, value_of);
  CHECK(cols.group_sum(by_year) == want);
  const figure_columns ranges(records, [](const indicator& i) { return std::vector<figure>{*i.value, *i.value}; });
  CHECK(ranges.size() == 2 * records.size());
  CHECK(ranges.at(1) == *records[0].value);
  CHECK(ranges.group_sum(ranges.group_by(records, subject)).at(party_id{"UZ"}).count ==
        2 * static_cast<std::size_t>(std::count_if(records.begin(), records.end(), [](const indicator& i) { return i.subjects.front() == party_id{"UZ"}; })));
}

TEST_CASE("figure_columns: the embedded data's figures, and records without figures") {
  const dataset ds = data::china_central_asia();
  const auto& projects = ds.projects();
  const auto figures = [](const project& p) -> const std::vector<figure>& { return p.figures; };
  const figure_columns cols(projects, figures);
  std::size_t n = 0, without = 0;
  for (const auto& p : projects) n += p.figures.size(), without += p.figures.empty() ? 1 : 0;
  CHECK(cols.size() == n);
  REQUIRE(without > 0);
  const auto kind = [](const project& p) { return p.kind; };
  const auto id = [](const project& p) { return p.id; };
  CHECK(outcome([&] { return cols.group_sum(cols.group_by(projects, kind)); }) == outcome([&] { return group_sum(projects, kind, figures); }));
  // Every project a group, those without figures of none, as group_sum makes them.
  const auto by_id = cols.group_by(projects, id);
  CHECK(by_id.keys().size() == projects.size());
  const auto got = outcome([&] { return cols.group_sum(by_id); });
  CHECK(got == outcome([&] { return group_sum(projects, id, figures); }));
  REQUIRE(got.second.empty());  // each project's figures add up
  for (const auto& p : projects)
    if (p.figures.empty()) CHECK(got.first.at(p.id) == figure_sum{});
}

TEST_CASE("figure_columns: a key column of other records or other columns is refused") {
  const auto records = varied(50, false, 4);
  const figure_columns cols(records, value_of);
  const std::vector<indicator> fewer(records.begin(), records.begin() + 10);
  CHECK_THROWS_WITH_AS((void)cols.group_by(fewer, subject),
                       "regcoop::figure_columns::group_by: record 0 is not the record the columns were built from", std::invalid_argument);
  const std::span<const indicator> prefix(records.data(), 10);
  CHECK_THROWS_WITH_AS((void)cols.group_by(prefix, subject), "regcoop::figure_columns::group_by: 10 records given, the columns hold 50",
                       std::invalid_argument);
  // The same number of records, equal ones even, but not the same: refused.
  const std::vector<indicator> copy = records;
  CHECK_THROWS_WITH_AS((void)cols.group_by(copy, subject),
                       "regcoop::figure_columns::group_by: record 0 is not the record the columns were built from", std::invalid_argument);
  // A key column serves the columns that made it and their copies.
  const figure_columns same_size(copy, value_of);
  const auto other_key = same_size.group_by(copy, subject);
  CHECK_THROWS_WITH_AS((void)cols.group_sum(other_key),
                       "regcoop::figure_columns::group_sum: the key column was made by other columns (50 rows; these have 50)",
                       std::invalid_argument);
  const figure_columns copied = same_size;
  const auto from_copy = outcome([&] { return copied.group_sum(other_key); });
  CHECK(from_copy == outcome([&] { return same_size.group_sum(other_key); }));
  CHECK(from_copy == outcome([&] { return group_sum(copy, subject, value_of); }));
  const std::vector<indicator> none;
  const figure_columns empty(none, value_of);
  CHECK(empty.size() == 0);
  CHECK(empty.group_sum(empty.group_by(none, subject)).empty());
}

// A range that can be iterated only when not const, as std::views::filter (which clang 14
// with libstdc++ 12 cannot compile here): every other record.
struct every_other {
  const std::vector<indicator>* records;
  std::vector<const indicator*> picked{};
  struct iterator {
    using value_type = indicator;
    using difference_type = std::ptrdiff_t;
    std::vector<const indicator*>::const_iterator at{};
    const indicator& operator*() const { return **at; }
    iterator& operator++() { return ++at, *this; }
    iterator operator++(int) { auto old = *this; ++at; return old; }
    bool operator==(const iterator&) const = default;
  };
  iterator begin() {  // not const: picks on first use, as filter_view caches its begin
    if (picked.empty())
      for (std::size_t i = 0; i < records->size(); i += 2) picked.push_back(&(*records)[i]);
    return {picked.cbegin()};
  }
  iterator end() { return {picked.cend()}; }
};

TEST_CASE("figure_columns: a range iterable only when not const serves as the records") {
  auto records = varied(300, false, 6);
  std::erase_if(records, [](const indicator& i) { return i.value->as_of.has_value(); });
  every_other half{&records};
  static_assert(std::ranges::forward_range<every_other> && !std::ranges::range<const every_other>);
  const figure_columns cols(half, value_of);
  CHECK(cols.size() == (records.size() + 1) / 2);
  CHECK(cols.group_sum(cols.group_by(half, subject)) == group_sum(half, subject, value_of));
}
