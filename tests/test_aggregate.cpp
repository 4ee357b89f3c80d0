#include "query_fixtures.hpp"

#include <regcoop/query/aggregate.hpp>
#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/query/select.hpp>

#include <doctest/doctest.h>

#include <map>

using namespace regcoop;

namespace {
figure usd(double v, bound b = bound::exact) {
  return figure{.value = v, .bound = b, .unit = unit::money, .currency = "USD"};
}
}  // namespace

TEST_CASE("bounds are carried through sums") {
  CHECK(combine(bound::exact, bound::exact) == bound::exact);
  CHECK(combine(bound::exact, bound::at_least) == bound::at_least);
  CHECK(combine(bound::exact, bound::approx) == bound::approx);
  CHECK(combine(bound::at_least, bound::at_least) == bound::at_least);
  CHECK(combine(bound::at_most, bound::exact) == bound::at_most);
  CHECK(combine(bound::at_least, bound::at_most) == std::nullopt);
  CHECK(combine(bound::range, bound::range) == bound::range);
  CHECK(combine(bound::approx, bound::at_least) == bound::at_least);

  const auto s = sum({usd(17e9, bound::at_least), usd(60e9, bound::at_least)});
  CHECK(s.value.value == 77e9);
  CHECK(s.value.bound == bound::at_least);
  CHECK(s.count == 2);
  CHECK(s.bounded);
  const auto mixed = sum({usd(1, bound::at_least), usd(2, bound::at_most)});
  CHECK_FALSE(mixed.bounded);
  const auto ranges = sum({figure{.value = 1, .upper = 2.0, .bound = bound::range, .unit = unit::km},
                           figure{.value = 10, .unit = unit::km}});
  CHECK(ranges.value.bound == bound::range);
  CHECK(ranges.value.value == 11);
  CHECK(ranges.value.upper == 12.0);
  CHECK(sum({}).count == 0);
}

TEST_CASE("sums refuse different units, currencies and price years without a converter") {
  try {
    (void)sum({usd(1), figure{.value = 1, .unit = unit::money, .currency = "EUR"}});
    FAIL("no throw");
  } catch (const error& e) {
    CHECK(e.code() == errc::incompatible_units);
    CHECK(std::string(e.what()).find("cannot add money EUR to money USD without a converter: figures/1 (EUR 1) to figures/0 ($1)") !=
          std::string::npos);
  }
  CHECK_THROWS_AS((void)sum({usd(1), figure{.value = 1, .unit = unit::trains}}), error);
  figure old = usd(100);
  old.price_year = 2015;
  CHECK_THROWS_AS((void)sum({usd(1), old}), error);
  const figure_converter eur_to_usd = [](const figure& from, const figure& like) -> std::optional<double> {
    if (from.currency == "EUR" && like.currency == "USD") return 1.1;
    return std::nullopt;
  };
  const auto s = sum({usd(1), figure{.value = 10, .unit = unit::money, .currency = "EUR"}}, eur_to_usd);
  CHECK(s.value.value == doctest::Approx(12.0));
  CHECK_THROWS_AS((void)sum({usd(1), old}, eur_to_usd), error);
  CHECK(min_figure({usd(3), usd(1), usd(2)})->value == 1);
  CHECK(max_figure({usd(3), usd(1)})->value == 3);
  CHECK_FALSE(min_figure({}).has_value());
  CHECK_THROWS_AS((void)max_figure({usd(1), figure{.value = 1, .unit = unit::km}}), error);
}

TEST_CASE("China's stock of investment plus contracted turnover in Central Asia: more than $77 billion") {
  const dataset ds = data::china_central_asia();
  std::vector<figure> figs;
  for (const auto* id : {"fdi-cn-c5-2024", "contracted-cn-c5-2024"}) figs.push_back(*ds.at(indicator_id{id}).value);
  const auto s = sum(figs);
  CHECK(to_string(s.value) == "> $77 billion");
  CHECK(s.value.as_of == partial_date{2024, 12});
}

TEST_CASE("group-by sector and status on the embedded dataset") {
  const dataset ds = data::china_central_asia();
  const auto by_status = group_count(ds.projects(), [](const project& p) {
    return p.current_status() ? std::string(to_string(*p.current_status())) : std::string("(not stated)");
  });
  CHECK(by_status.at("under_construction") == 2);
  CHECK(by_status.at("operating") == 3);
  const auto money = make_filter([](const auto& i) { return i.value && i.value->unit == unit::money; });
  const auto trade = group_sum(select<indicator>(ds, money),
                               [](const indicator& i) { return i.measure; },
                               [](const indicator& i) { return std::vector<figure>{*i.value}; });
  CHECK(trade.at("trade").value.value == 94.8e9);
  CHECK(trade.at("fdi_stock").value.bound == bound::at_least);
}

TEST_CASE("no double counting when a bloc and its members both appear") {
  dataset_builder b;
  for (const char* c : {"CN", "DE", "FR"}) b.add(party{.id = {c}, .name = c, .iso_code = c});
  b.add(party{.id = {"EU"}, .kind = party_kind::bloc, .name = "EU", .members = {{.member = {"DE"}, .period = {}}, {.member = {"FR"}, .period = {}}}});
  const auto obs = [](const char* id, const char* who, double v) {
    return indicator{.id = {id}, .measure = "trade", .name = id, .subjects = {{who}}, .counterparts = {{"CN"}},
                     .value = figure{.value = v, .unit = unit::money, .currency = "USD", .period = date_range::of(partial_date{2024})}};
  };
  b.add(obs("eu", "EU", 100)).add(obs("de", "DE", 60)).add(obs("fr", "FR", 30));
  const dataset ds = std::move(b).build();
  const auto picked = observations_for(ds, "trade", {{"EU"}, {"DE"}, {"FR"}});
  REQUIRE(picked.size() == 1);
  CHECK(picked[0]->id.value == "eu");
  const auto members = observations_for(ds, "trade", {{"DE"}, {"FR"}});
  CHECK(members.size() == 2);
}

TEST_CASE("property: group-by sums match a naive reference on random data (fixed seeds)") {
  for (std::uint32_t seed : {31u, 32u}) {
    const dataset ds = queryfix::make(seed);
    const auto got = group_sum(ds.projects(), [](const project& p) { return p.sectors.front(); },
                               [](const project& p) { return p.figures; });
    std::map<sector, double> want_value;
    std::map<sector, bound> want_bound;
    std::map<sector, bool> bounded;
    for (const auto& p : ds.projects()) {
      const auto k = p.sectors.front();
      for (const auto& f : p.figures) {
        if (!want_value.count(k)) {
          want_value[k] = f.value;
          want_bound[k] = f.bound;
          bounded[k] = true;
          continue;
        }
        want_value[k] += f.value;
        // The lattice by hand: exact is neutral; equal bounds stay; lower and upper clash.
        const bound a = want_bound[k], c = f.bound;
        bound r = a == bound::exact ? c : c == bound::exact ? a : a == c ? a : bound::approx;
        if ((a == bound::at_least && c == bound::at_most) || (a == bound::at_most && c == bound::at_least)) bounded[k] = false;
        else if (a != c && a != bound::exact && c != bound::exact)
          r = (a == bound::at_least || c == bound::at_least) ? bound::at_least
              : (a == bound::at_most || c == bound::at_most) ? bound::at_most : bound::approx;
        want_bound[k] = bounded[k] ? r : bound::approx;
      }
    }
    for (const auto& [k, v] : want_value) {
      CAPTURE(seed);
      REQUIRE(got.count(k) == 1);
      CHECK(got.at(k).value.value == doctest::Approx(v));
      CHECK(got.at(k).bounded == bounded[k]);
      if (bounded[k]) CHECK(got.at(k).value.bound == want_bound[k]);
    }
  }
}

TEST_CASE("group_sum takes a figure, an optional figure, a pointer or a range per record") {
  const dataset ds = queryfix::make(33);
  const auto key = [](const indicator& i) -> const std::string& { return i.subjects.front().value; };
  const auto by_optional = group_sum(ds.indicators(), key, [](const indicator& i) -> const std::optional<figure>& { return i.value; });
  const auto by_pointer = group_sum(ds.indicators(), key, [](const indicator& i) { return i.value ? &*i.value : nullptr; });
  const auto by_range = group_sum(ds.indicators(), key, [](const indicator& i) {
    return i.value ? std::vector<figure>{*i.value} : std::vector<figure>{};
  });
  REQUIRE_FALSE(by_optional.empty());
  CHECK(by_optional == by_pointer);
  CHECK(by_optional == by_range);
  std::map<std::string, std::size_t> counts;
  for (const auto& i : ds.indicators())
    if (i.value) ++counts[i.subjects.front().value];
  for (const auto& [k, s] : by_optional) CHECK(s.count == counts[k]);
  const auto one = group_sum(ds.indicators(), [](const indicator&) { return 0; },
                             [](const indicator& i) -> const figure& { return i.value.value(); });
  REQUIRE(one.size() == 1);
  CHECK(one.at(0).count == ds.indicators().size());
}

TEST_CASE("figure_accumulator adds as sum does, one figure at a time") {
  const std::vector<figure> figs{usd(17e9, bound::at_least), usd(60e9, bound::at_least), usd(1e9)};
  figure_accumulator acc;
  CHECK(acc.result().count == 0);
  for (const auto& f : figs) acc.add(f);
  CHECK(acc.result() == sum(figs));
  CHECK(acc.result().value.value == doctest::Approx(78e9));
  CHECK(acc.result().value.bound == bound::at_least);
  try {
    acc.add(figure{.value = 1, .unit = unit::trains});
    FAIL("no throw");
  } catch (const error& e) {
    CHECK(e.code() == errc::incompatible_units);
    CHECK(e.problems().front().field == "unit");
    CHECK(e.problems().front().record == "figures/3");
  }
}

TEST_CASE("property: combine is commutative, exact is neutral, equal bounds stay") {
  const bound all[] = {bound::exact, bound::approx, bound::at_least, bound::at_most, bound::range};
  for (bound a : all) {
    CAPTURE(to_string(a));
    CHECK(combine(a, a) == a);
    CHECK(combine(bound::exact, a) == a);
    CHECK(combine(a, bound::exact) == a);
    for (bound b : all) {
      CAPTURE(to_string(b));
      CHECK(combine(a, b) == combine(b, a));
    }
  }
  CHECK(combine(bound::range, bound::approx) == bound::approx);
  CHECK(combine(bound::range, bound::at_least) == bound::at_least);
  CHECK(combine(bound::at_most, bound::range) == bound::at_most);
  CHECK(combine(bound::at_least, bound::at_most) == std::nullopt);
}

TEST_CASE("a converted range keeps its upper end scaled; extremes refuse other currencies and price years") {
  const figure_converter eur_to_usd = [](const figure& from, const figure& like) -> std::optional<double> {
    if (from.currency == "EUR" && like.currency == "USD") return 1.1;
    return std::nullopt;
  };
  const figure lo{.value = 1, .upper = 3.0, .bound = bound::range, .unit = unit::money, .currency = "USD"};
  const figure eur{.value = 10, .upper = 20.0, .bound = bound::range, .unit = unit::money, .currency = "EUR"};
  const auto s = sum({lo, eur}, eur_to_usd);
  CHECK(s.value.bound == bound::range);
  CHECK(s.value.value == doctest::Approx(12.0));
  REQUIRE(s.value.upper.has_value());
  CHECK(*s.value.upper == doctest::Approx(25.0));
  CHECK_THROWS_AS((void)min_figure({usd(1), figure{.value = 1, .unit = unit::money, .currency = "EUR"}}), error);
  CHECK_THROWS_AS((void)min_figure({usd(1), figure{.value = 1, .unit = unit::money, .currency = "USD", .price_year = 2020}}), error);
  // Different as-of dates and periods are cleared from the sum.
  figure a = usd(1), b = usd(2);
  a.as_of = partial_date{2024};
  b.as_of = partial_date{2025};
  a.period = date_range::of(partial_date{2023});
  const auto mixed = sum({a, b});
  CHECK_FALSE(mixed.value.as_of.has_value());
  CHECK(mixed.value.period == date_range{});
}

TEST_CASE("sum refuses a flow and a stock: trade in 2024 plus investment at the end of 2024 is no '> $111.8 billion'") {
  const dataset ds = data::china_central_asia();
  const figure trade = *ds.at(indicator_id{"trade-cn-c5-2024"}).value, fdi = *ds.at(indicator_id{"fdi-cn-c5-2024"}).value;
  CHECK(nature_of(trade) == figure_nature::flow);
  CHECK(nature_of(fdi) == figure_nature::stock);
  try {
    (void)sum({trade, fdi});
    FAIL("no error");
  } catch (const error& e) {
    CHECK(e.code() == errc::incompatible_units);
    const auto& p = e.problems().front();
    CHECK(p.record == "figures/1");
    CHECK(p.message.find("figures/1 (> $17 billion, a stock as of 2024-12)") != std::string::npos);
    CHECK(p.message.find("figures/0 ($94.8 billion, a flow over 2024)") != std::string::npos);
  }
  // The documented mode that reports separately: one sum each, saying what it added.
  const auto apart = sum_apart({trade, fdi, *ds.at(indicator_id{"contracted-cn-c5-2024"}).value});
  REQUIRE(apart.size() == 2);
  CHECK(to_string(apart[0]) == "$94.8 billion (1 flow, over 2024)");
  CHECK(to_string(apart[1]) == "> $77 billion (2 stocks, as of 2024-12)");
  CHECK(apart[1].nature == figure_nature::stock);
  // Grouped by subject (China), the same figures are refused, named by their records.
  const auto money = make_filter([](const auto& i) { return i.value && i.value->unit == unit::money; });
  try {
    (void)group_sum(select<indicator>(ds, money), [](const indicator& i) { return i.subjects.front(); },
                    [](const indicator& i) -> const std::optional<figure>& { return i.value; });
    FAIL("no error");
  } catch (const error& e) {
    const auto& p = e.problems().front();
    CHECK(p.record == "indicators/fdi-cn-c5-2024");
    CHECK(p.message.find("to indicators/trade-cn-c5-2024 ($94.8 billion, a flow over 2024)") != std::string::npos);
  }
}

TEST_CASE("sum refuses figures of different things (of); a figure of no stated period adds to either nature") {
  const figure cities{.value = 7, .unit = unit::count, .of = "Central Asian cities", .as_of = partial_date{2025, 6}};
  const figure routes{.value = 3, .unit = unit::count, .of = "routes", .as_of = partial_date{2025, 6}};
  try {
    (void)sum({cities, routes});
    FAIL("no error");
  } catch (const error& e) {
    CHECK(e.problems().front().field == "of");
    CHECK(e.problems().front().message.find("different things ('routes' and 'Central Asian cities'") != std::string::npos);
  }
  CHECK(sum_apart({cities, routes}).size() == 2);
  const figure undated{.value = 1, .unit = unit::count, .of = "Central Asian cities"};
  const auto s = sum({undated, cities});
  CHECK(s.value.value == 8);
  CHECK(s.nature == figure_nature::stock);
  CHECK(to_string(s) == "8 Central Asian cities (2 stocks)");
}
