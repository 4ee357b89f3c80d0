#include <regcoop/model/enum.hpp>
#include <regcoop/model/figure.hpp>
#include <regcoop/model/project.hpp>

#include <doctest/doctest.h>

using namespace regcoop;

TEST_CASE("enumerators have names both ways") {
  CHECK(to_string(bound::at_least) == "at_least");
  CHECK(to_string(project_status::under_construction) == "under_construction");
  CHECK(to_string(static_cast<bound>(42)) == "(invalid)");
  CHECK(enum_from_string<unit>("trains") == unit::trains);
  CHECK(try_enum_from_string<unit>("Trains") == std::nullopt);
  try {
    (void)enum_from_string<bound>("roughly");
    FAIL("no throw");
  } catch (const error& e) {
    CHECK(e.code() == errc::parse_error);
    CHECK(std::string(e.what()) == "parse_error: 'roughly' is not one of: exact, approx, at_least, at_most, range");
  }
}

TEST_CASE("try_enum_named and enum_named: names in any ASCII case, for people; the readers stay exact") {
  CHECK(try_enum_named<project_status>("Under_Construction") == project_status::under_construction);
  CHECK(try_enum_named<unit>("TRAINS") == unit::trains);
  CHECK(try_enum_named<unit>("train") == std::nullopt);
  CHECK(try_enum_named<unit>("") == std::nullopt);
  CHECK(try_enum_from_string<unit>("TRAINS") == std::nullopt);  // unchanged: exact
  CHECK(enum_named<bound>("At_Least") == bound::at_least);
  try {
    (void)enum_named<bound>("Roughly");
    FAIL("no throw");
  } catch (const error& e) {
    CHECK(e.code() == errc::parse_error);
    CHECK(std::string(e.what()) == "parse_error: 'Roughly' is not one of: exact, approx, at_least, at_most, range");
  }
}
