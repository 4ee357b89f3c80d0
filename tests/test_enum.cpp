#include <regcoop/enum.hpp>
#include <regcoop/figure.hpp>
#include <regcoop/project.hpp>

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
