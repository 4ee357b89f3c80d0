#include <regcoop/model/country.hpp>

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace regcoop;

// Compile-time use: every lookup is a constant expression.
static_assert(find_country("KZ")->numeric == 398);
static_assert(find_country("kgz")->alpha2 == "KG");
static_assert(find_country("Kirghizia")->alpha3 == "KGZ");
static_assert(find_country("kyrgyz republic")->alpha2 == "KG");
static_assert(find_country("860")->name == "Uzbekistan");
static_assert(find_country(std::uint16_t{762})->alpha2 == "TJ");
static_assert(find_country("Atlantis") == nullptr);
static_assert(country("UZ").doubly_landlocked);
static_assert(all_countries().size() == 249);

TEST_CASE("the registry holds all 249 ISO 3166-1 entries with unique codes") {
  std::set<std::string_view> a2, a3;
  std::set<int> num;
  for (const auto& c : all_countries()) {
    CHECK(c.alpha2.size() == 2);
    CHECK(c.alpha3.size() == 3);
    CHECK(!c.name.empty());
    a2.insert(c.alpha2);
    a3.insert(c.alpha3);
    num.insert(c.numeric);
  }
  CHECK(a2.size() == 249);
  CHECK(a3.size() == 249);
  CHECK(num.size() == 249);
}

TEST_CASE("lookup by alpha-2, alpha-3, numeric, name and alias, any case") {
  for (const char* key : {"KZ", "kz", "Kz", "KAZ", "kaz", "398", "Kazakhstan", "KAZAKHSTAN", "Kazakstan"}) {
    CAPTURE(key);
    const auto* c = find_country(key);
    REQUIRE(c != nullptr);
    CHECK(c->alpha2 == "KZ");
  }
  CHECK(find_country("Russia")->alpha2 == "RU");
  CHECK(find_country("Russian Federation")->alpha2 == "RU");
  CHECK(find_country("United States")->alpha2 == "US");
  CHECK(find_country("USA")->alpha2 == "US");
  CHECK(find_country("People's Republic of China")->alpha2 == "CN");
  CHECK(find_country("Turkmenia")->alpha2 == "TM");
  CHECK(find_country("Tajikistan")->alpha2 == "TJ");
  CHECK(find_country("Republic of Azerbaijan")->alpha2 == "AZ");
  CHECK(find_country("Georgia")->alpha2 == "GE");
  CHECK(find_country("India")->alpha2 == "IN");
}

TEST_CASE("every entry is found by each of its codes, in either case (the generated alpha-2 index)") {
  for (const auto& c : all_countries()) {
    CAPTURE(c.alpha2);
    CHECK(find_country(c.alpha2) == &c);
    CHECK(find_country(c.alpha3) == &c);
    CHECK(find_country(c.numeric) == &c);
    const std::string lower{static_cast<char>(c.alpha2[0] - 'A' + 'a'), static_cast<char>(c.alpha2[1] - 'A' + 'a')};
    CHECK(find_country(lower) == &c);
  }
  CHECK(find_country("QQ") == nullptr);  // a user-assigned code no entry has
}

TEST_CASE("lookups that must fail") {
  for (const char* key : {"", "K", "XX", "ZZZ", "000", "999", "1234", "Kazakh", "K1", "Kirghizia|"}) {
    CAPTURE(key);
    CHECK(find_country(key) == nullptr);
  }
  CHECK(find_country(std::uint16_t{0}) == nullptr);
}

TEST_CASE("country() throws unknown_country and names the key") {
  try {
    (void)country("Atlantis");
    FAIL("no throw");
  } catch (const error& e) {
    CHECK(e.code() == errc::unknown_country);
    CHECK(std::string(e.what()).find("'Atlantis'") != std::string::npos);
  }
}

TEST_CASE("landlocked flags of Central Asia and neighbours") {
  for (const char* c : {"KZ", "KG", "TJ", "TM", "UZ", "AF", "AZ", "MN"}) {
    CAPTURE(c);
    CHECK(country(c).landlocked);
  }
  for (const char* c : {"CN", "RU", "GE", "TR", "IN", "US"}) {
    CAPTURE(c);
    CHECK_FALSE(country(c).landlocked);
  }
  int doubly = 0;
  for (const auto& c : all_countries()) {
    doubly += c.doubly_landlocked;
    if (c.doubly_landlocked) CHECK(c.landlocked);
  }
  CHECK(doubly == 2);  // Liechtenstein and Uzbekistan
  CHECK(country("LI").doubly_landlocked);
}

TEST_CASE("display names prefer the common name") {
  CHECK(country("BO").display_name() == "Bolivia");
  CHECK(country("KZ").display_name() == "Kazakhstan");
}
