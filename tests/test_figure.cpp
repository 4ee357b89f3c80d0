#include <regcoop/model/figure.hpp>

#include <doctest/doctest.h>

using namespace regcoop;

TEST_CASE("figures print with their bound and unit") {
  CHECK(to_string(figure{.value = 94.8e9, .unit = unit::money, .currency = "USD"}) == "$94.8 billion");
  CHECK(to_string(figure{.value = 17e9, .bound = bound::at_least, .unit = unit::money, .currency = "USD"}) ==
        "> $17 billion");
  CHECK(to_string(figure{.value = 19000, .bound = bound::approx, .unit = unit::trains}) == "\u2248 19,000 trains");
  CHECK(to_string(figure{.value = 80, .bound = bound::approx, .unit = unit::percent, .of = "trains"}) ==
        "\u2248 80% of trains");
  CHECK(to_string(figure{.value = 7, .unit = unit::count, .of = "Central Asian cities"}) == "7 Central Asian cities");
  CHECK(to_string(figure{.value = 3, .upper = 5.0, .bound = bound::range, .unit = unit::km}) == "3 km \u2013 5 km");
  CHECK(to_string(figure{.value = 2.5e6, .bound = bound::at_most, .unit = unit::money, .currency = "EUR"}) ==
        "< EUR 2.5 million");
  CHECK(to_string(figure{.value = 1234567, .unit = unit::tonnes}) == "1,234,567 t");
  CHECK(to_string(figure{.value = 12, .unit = unit::hours}) == "12 h");
  CHECK(to_string(figure{.value = 500, .unit = unit::teu}) == "500 TEU");
  CHECK(to_string(figure{.value = -1500, .unit = unit::count}) == "-1,500");
}

TEST_CASE("figures compare by every field") {
  const figure a{.value = 1, .unit = unit::km};
  figure b = a;
  CHECK(a == b);
  b.period = date_range::of(partial_date{2024});
  CHECK(a != b);
}

TEST_CASE("figures in words: every unit, at most, and ranges") {
  CHECK(to_string(figure{.value = 40, .bound = bound::at_most, .unit = unit::hours}) == "< 40 h");
  CHECK(to_string(figure{.value = 5, .unit = unit::tonnes}) == "5 t");
  CHECK(to_string(figure{.value = 12, .unit = unit::teu}) == "12 TEU");
  CHECK(to_string(figure{.value = 300, .unit = unit::km}) == "300 km");
  CHECK(to_string(figure{.value = 3, .unit = unit::count, .of = "summits"}) == "3 summits");
  CHECK(to_string(figure{.value = 10, .upper = 20.0, .bound = bound::range, .unit = unit::percent, .of = "trade"}) ==
        "10% \u2013 20% of trade");
}
