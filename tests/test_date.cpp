#include <regcoop/model/date.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <random>
#include <vector>

using namespace regcoop;

static_assert(partial_date::try_parse("2025-06-17")->day == 17);
static_assert(!partial_date::try_parse("2025-13"));
static_assert(certainly_before(partial_date{2023}, partial_date{2025, 6}));

TEST_CASE("parse and print the three precisions") {
  CHECK(partial_date::parse("2023") == partial_date{2023});
  CHECK(partial_date::parse("2025-05") == partial_date{2025, 5});
  CHECK(partial_date::parse("2025-06-17") == partial_date{2025, 6, 17});
  CHECK(partial_date::parse("May 2025") == partial_date{2025, 5});
  CHECK(partial_date::parse("17 may 2025") == partial_date{2025, 5, 17});
  CHECK(partial_date::parse("17 Sep 2025") == partial_date{2025, 9, 17});
  CHECK(partial_date{2023}.to_string() == "2023");
  CHECK(partial_date{2025, 5}.to_string() == "2025-05");
  CHECK(partial_date{2025, 6, 17}.to_string() == "2025-06-17");
  CHECK(partial_date{987, 1, 2}.to_string() == "0987-01-02");
}

TEST_CASE("text that is not a date") {
  for (const char* s : {"", "20", "202", "20255", "2025-", "2025-5", "2025-13", "2025-00", "2025-02-30", "2023-02-29",
                        "2025-06-1", "2025/06/17", "2025-06-17x", "Mai 2025", "May 25", "32 May 2025", "May", "0000",
                        "abcd", "2025-0a", "2025-05-00", "0 May 2025", "123 May 2025"}) {
    const std::string text = s;
    CAPTURE(text);
    CHECK_FALSE(partial_date::try_parse(text).has_value());
  }
  CHECK(partial_date::try_parse("2024-02-29").has_value());
  try {
    (void)partial_date::parse("2025-13");
    FAIL("no throw");
  } catch (const error& e) {
    CHECK(e.code() == errc::invalid_date);
    CHECK(std::string(e.what()).find("'2025-13'") != std::string::npos);
  }
}

TEST_CASE("a partial date is an interval of days") {
  const partial_date may{2025, 5};
  CHECK(may.last_day() - may.first_day() == 30);
  const partial_date y{2024};
  CHECK(y.last_day() - y.first_day() == 365);  // leap year
  CHECK(partial_date::serial(1970, 1, 1) == 0);
  CHECK(partial_date::serial(2000, 3, 1) == 11017);
  CHECK(partial_date{2025, 6, 17}.is_full());
  CHECK_FALSE(may.is_full());
}

TEST_CASE("certainly vs possibly before") {
  const partial_date may{2025, 5}, may15{2025, 5, 15}, jun1{2025, 6, 1}, y2025{2025};
  CHECK(certainly_before(may, jun1));
  CHECK_FALSE(certainly_before(may, may15));
  CHECK(possibly_before(may, may15));
  CHECK(possibly_before(may15, may));
  CHECK_FALSE(possibly_before(jun1, may));
  CHECK_FALSE(certainly_before(y2025, may));
  CHECK(possibly_before(y2025, may));
  CHECK(before(may, jun1, certainty::certain));
  CHECK_FALSE(before(may, may15, certainty::certain));
  CHECK(before(may, may15, certainty::possible));
  CHECK(on_or_before(may15, may15, certainty::certain));
  CHECK_FALSE(on_or_before(may, may15, certainty::certain));
}

TEST_CASE("'in force from May 2025': possibly on 2025-05-15, certainly on 2025-06-01") {
  const partial_date start{2025, 5};
  CHECK(on_or_before(start, partial_date{2025, 5, 15}, certainty::possible));
  CHECK_FALSE(on_or_before(start, partial_date{2025, 5, 15}, certainty::certain));
  CHECK(on_or_before(start, partial_date{2025, 6, 1}, certainty::certain));
  CHECK_FALSE(on_or_before(start, partial_date{2025, 4, 30}, certainty::possible));
}

TEST_CASE("date ranges are spans with open ends") {
  const date_range from_may{.from = partial_date{2025, 5}, .to = std::nullopt};
  CHECK(from_may.contains(partial_date{2025, 5, 15}, certainty::certain));
  CHECK(from_may.contains(partial_date{2025}, certainty::possible));
  CHECK_FALSE(from_may.contains(partial_date{2025}, certainty::certain));
  CHECK_FALSE(from_may.contains(partial_date{2025, 4, 30}, certainty::possible));
  const date_range always{};
  CHECK(always.unbounded());
  CHECK(always.contains(partial_date{1900}, certainty::certain));
  const date_range y2024 = date_range::of(partial_date{2024});
  CHECK(y2024.contains(partial_date{2024, 7, 1}, certainty::certain));
  CHECK_FALSE(y2024.contains(partial_date{2025, 1, 1}, certainty::possible));
}

TEST_CASE("ordering laws hold on random partial dates (fixed seed)") {
  std::mt19937 rng(20250617);
  std::uniform_int_distribution<int> year(2020, 2026), month(0, 12), day(0, 31);
  std::vector<partial_date> ds;
  while (ds.size() < 200) {
    partial_date d{year(rng), month(rng), day(rng)};
    if (d.valid()) ds.push_back(d);
  }
  for (const auto& a : ds) {
    CHECK_FALSE(certainly_before(a, a));                       // irreflexive
    CHECK(on_or_before(a, a, certainty::possible));
    for (const auto& b : ds) {
      if (certainly_before(a, b)) {
        CHECK_FALSE(certainly_before(b, a));                   // antisymmetric
        CHECK(possibly_before(a, b));                          // certain implies possible
        CHECK_FALSE(possibly_before(b, a));
        for (const auto& c : ds)
          if (certainly_before(b, c)) CHECK(certainly_before(a, c));  // transitive
      }
      if (a.is_full() && b.is_full()) CHECK(certainly_before(a, b) == possibly_before(a, b));
    }
  }
  auto sorted = ds;
  std::sort(sorted.begin(), sorted.end());
  CHECK(std::is_sorted(sorted.begin(), sorted.end(),
                       [](const partial_date& a, const partial_date& b) { return a.first_day() < b.first_day(); }));
}

TEST_CASE("month names: full or three letters, any case, with or without a day") {
  CHECK(partial_date::try_parse("SEPTEMBER 2025") == partial_date{2025, 9});
  CHECK(partial_date::try_parse("sep 2025") == partial_date{2025, 9});
  CHECK(partial_date::try_parse("7 Dec 2024") == partial_date{2024, 12, 7});
  for (const char* text : {"12 May", "Ma 2025", "Sept 2025", "1x May 2025", "12 Mayo 2025", "May 20255", "31 Feb 2025", "2025-1x-01"}) {
    CAPTURE(text);
    CHECK_FALSE(partial_date::try_parse(text).has_value());
  }
}

TEST_CASE("validity bounds and leap years; open-ended ranges") {
  CHECK_FALSE(partial_date{10000}.valid());
  CHECK_FALSE(partial_date{2020, -1}.valid());
  CHECK_FALSE(partial_date{2020, 1, -1}.valid());
  CHECK_FALSE(partial_date{1900, 2, 29}.valid());  // divisible by 100, not by 400
  CHECK(partial_date{2000, 2, 29}.valid());        // divisible by 400
  CHECK(partial_date{2024, 2, 29}.valid());
  CHECK_FALSE(partial_date{2023, 2, 29}.valid());
  CHECK(partial_date{2024, 2, 29}.is_full());
  CHECK_FALSE(partial_date{2024, 2}.is_full());
  CHECK(date_range{}.unbounded());
  CHECK_FALSE(date_range{partial_date{2020}, {}}.unbounded());
  const date_range since_2020{partial_date{2020}, {}};
  CHECK(since_2020.contains(partial_date{2030, 5}, certainty::certain));
  CHECK_FALSE(since_2020.contains(partial_date{2019}, certainty::possible));
  const date_range until_2020{{}, partial_date{2020}};
  CHECK(until_2020.contains(partial_date{1999}, certainty::certain));
  CHECK_FALSE(until_2020.contains(partial_date{2021}, certainty::possible));
  CHECK_FALSE(partial_date::try_parse("20a5").has_value());
}
