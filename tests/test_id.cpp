#include <regcoop/model/id.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <type_traits>
#include <unordered_set>

using namespace regcoop;

static_assert(!std::is_convertible_v<party_id, project_id>, "ids of different kinds do not mix");
static_assert(is_id_v<node_id> && !is_id_v<std::string>);

TEST_CASE("ids compare, order and hash by their text") {
  const party_id a{"CN"}, b{"KZ"};
  CHECK(a < b);
  CHECK(a == party_id{"CN"});
  CHECK(a.str() == "CN");
  CHECK(party_id{}.empty());
  std::unordered_set<party_id> set{a, b, party_id{"CN"}};
  CHECK(set.size() == 2);
}

TEST_CASE("an id writes its text to a stream") {
  std::ostringstream os;
  os << party_id{"KZ"} << ' ' << segment_id{"khorgos-altynkol"} << ' ' << party_id{};
  CHECK(os.str() == "KZ khorgos-altynkol ");
}
