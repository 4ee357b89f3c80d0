#include <regcoop/model/error.hpp>

#include <doctest/doctest.h>

using namespace regcoop;

TEST_CASE("an error formats code, record, field and message") {
  const error one(errc::dangling_reference, "projects/p", "hosts/0", "no parties record has id 'ZZ'");
  CHECK(std::string(one.what()) == "dangling_reference: projects/p/hosts/0: no parties record has id 'ZZ'");
  CHECK(one.code() == errc::dangling_reference);
  CHECK(one.problems().size() == 1);
  const error field_only(errc::parse_error, "", "/projects/0", "expected an object");
  CHECK(std::string(field_only.what()) == "parse_error: /projects/0: expected an object");
  const error two({{errc::empty_name, "parties/X", "name", "the name is empty"},
                   {errc::invalid_date, "events/e", "date", "month 13 out of range"}});
  CHECK(std::string(two.what()) ==
        "2 problems:\n  empty_name: parties/X/name: the name is empty\n  invalid_date: events/e/date: month 13 out of range");
  CHECK(two.code() == errc::empty_name);
}
