#include "network_fixtures.hpp"

#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/network/network.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <limits>

using namespace regcoop;

namespace {
const network& embedded() {
  static const network net(data::china_central_asia());
  return net;
}
std::vector<std::string> codes(const std::vector<party_id>& ps) {
  std::vector<std::string> out;
  for (const auto& p : ps) out.push_back(p.value);
  return out;
}
bool crosses(const route& r, const char* country) {
  const auto c = codes(r.countries);
  return std::find(c.begin(), c.end(), country) != c.end();
}
}  // namespace

TEST_CASE("Xi'an to Duisburg: the shortest route runs through Kazakhstan and Russia") {
  const auto r = embedded().shortest_route({"xian"}, {"duisburg"});
  REQUIRE(r);
  CHECK(codes(r.found->countries) == std::vector<std::string>{"CN", "KZ", "RU", "BY", "PL", "DE"});
  CHECK(r.found->km == doctest::Approx(9808));
  CHECK(r.found->crossings.size() == 5);
  REQUIRE(r.found->gauge_breaks.size() == 2);
  CHECK(r.found->gauge_breaks[0].at == node_id{"alashankou"});
  CHECK(r.found->gauge_breaks[0].from_mm == 1435);
  CHECK(r.found->gauge_breaks[0].to_mm == 1520);
  CHECK(r.found->gauge_breaks[1].at == node_id{"brest"});
  CHECK(r.found->ferry_legs.empty());
  CHECK(r.found->nodes.front() == node_id{"xian"});
  CHECK(r.found->nodes.back() == node_id{"duisburg"});
  CHECK(r.found->segments.size() + 1 == r.found->nodes.size());
}

TEST_CASE("avoiding Russia: the route crosses the Caspian by ferry and the South Caucasus") {
  route_options opt;
  opt.avoid_countries = {{"RU"}};
  const auto r = embedded().shortest_route({"xian"}, {"duisburg"}, opt);
  REQUIRE(r);
  CHECK_FALSE(crosses(*r.found, "RU"));
  CHECK(crosses(*r.found, "AZ"));
  CHECK(crosses(*r.found, "GE"));
  CHECK(r.found->ferry_legs.size() == 1);
  CHECK(r.found->km > 9808);
  // The gauge changes at the Chinese border and again at Akhalkalaki (Baku–Tbilisi–Kars).
  REQUIRE(r.found->gauge_breaks.size() == 2);
  CHECK(r.found->gauge_breaks[1].at == node_id{"akhalkalaki"});
}

TEST_CASE("the CKU railway: no route avoiding Kazakhstan and Russia until the scenario opens it") {
  route_options opt;
  opt.avoid_countries = {{"RU"}, {"KZ"}};
  const auto closed = embedded().shortest_route({"xian"}, {"duisburg"}, opt);
  CHECK_FALSE(closed);
  CHECK(closed.reason.find("no route from 'xian' to 'duisburg'") == 0);
  scenario cku;
  cku.open(embedded().source(), corridor_id{"cku"});
  const auto open = embedded().shortest_route({"xian"}, {"duisburg"}, opt, cku);
  REQUIRE(open);
  CHECK(codes(open.found->countries).at(1) == "KG");
  CHECK(crosses(*open.found, "UZ"));
  const auto segs = open.found->segments;
  CHECK(std::find(segs.begin(), segs.end(), segment_id{"torugart-jalal-abad"}) != segs.end());
  // Under construction segments are usable when the options say so, too.
  route_options planned = opt;
  planned.statuses = {segment_status::operating, segment_status::under_construction};
  CHECK(embedded().shortest_route({"xian"}, {"duisburg"}, planned).found->km == doctest::Approx(open.found->km));
}

TEST_CASE("the scenario leaves the base network as it was") {
  scenario sc;
  sc.close(segment_id{"alashankou-dostyk"}).close(segment_id{"khorgos-altynkol"});
  CHECK_FALSE(embedded().shortest_route({"xian"}, {"duisburg"}, {}, sc));
  CHECK(embedded().shortest_route({"xian"}, {"duisburg"}));
  scenario longer;
  longer.change(segment_id{"moscow-minsk"}, {.status = std::nullopt, .length_km = 5000.0, .hours = std::nullopt});
  route_options opt;
  const auto r = embedded().shortest_route({"xian"}, {"duisburg"}, opt, longer);
  REQUIRE(r);
  CHECK_FALSE(crosses(*r.found, "RU"));
}

TEST_CASE("constraints: modes, borders, crossings, weights") {
  route_options road;
  road.modes = {transport_mode::road};
  CHECK_FALSE(embedded().shortest_route({"xian"}, {"duisburg"}, road));
  CHECK(embedded().shortest_route({"almaty"}, {"bishkek"}, road).found->km == 240);

  route_options no_kz_ru;
  no_kz_ru.avoid_borders = {{{"RU"}, {"KZ"}}};
  const auto r = embedded().shortest_route({"xian"}, {"duisburg"}, no_kz_ru);
  REQUIRE(r);
  for (const auto& c : r.found->crossings) CHECK_FALSE(((c.from == party_id{"KZ"} && c.to == party_id{"RU"})));

  route_options few;
  few.max_border_crossings = 4;
  CHECK_FALSE(embedded().shortest_route({"xian"}, {"duisburg"}, few));
  few.max_border_crossings = 5;
  CHECK(embedded().shortest_route({"xian"}, {"duisburg"}, few).found->crossings.size() == 5);

  route_options crossings;
  crossings.weight = route_weight::border_crossings;
  const auto rc = embedded().shortest_route({"xian"}, {"duisburg"}, crossings);
  REQUIRE(rc);
  CHECK(rc.found->cost == 5);

  route_options hours;
  hours.weight = route_weight::hours;
  const auto rh = embedded().shortest_route({"xian"}, {"duisburg"}, hours);
  REQUIRE(rh);
  CHECK(rh.found->hours == doctest::Approx(9808 / 45.0));
  CHECK(rh.found->cost == doctest::Approx(rh.found->hours));
}

TEST_CASE("a gauge-break penalty is added to the cost and can change the route") {
  route_options opt;
  opt.gauge_break_penalty = 1000;
  const auto r = embedded().shortest_route({"xian"}, {"duisburg"}, opt);
  REQUIRE(r);
  CHECK(r.found->cost == doctest::Approx(r.found->km + 1000.0 * static_cast<double>(r.found->gauge_breaks.size())));
}

TEST_CASE("errors: unknown nodes and unknown scenario segments throw — negative weights are rejected at build") {
  CHECK_THROWS_AS((void)embedded().shortest_route({"atlantis"}, {"duisburg"}), error);
  try {
    (void)embedded().shortest_route({"xian"}, {"nowhere"});
  } catch (const error& e) {
    CHECK(e.code() == errc::unknown_id);
    CHECK(std::string(e.what()).find("nodes/nowhere") != std::string::npos);
  }
  scenario bad;
  bad.open(segment_id{"no-such-segment"});
  CHECK_THROWS_AS((void)embedded().shortest_route({"xian"}, {"duisburg"}, {}, bad), error);
}

TEST_CASE("k shortest routes are loopless, distinct and in cost order") {
  route_options opt;
  opt.avoid_countries = {{"RU"}};
  // Without the CKU railway there are exactly four: two crossings into Kazakhstan times two
  // ways to the Caspian ferries.
  CHECK(embedded().k_shortest_routes({"xian"}, {"duisburg"}, 10, opt).size() == 4);
  scenario cku;
  cku.open(embedded().source(), corridor_id{"cku"});
  const auto ks = embedded().k_shortest_routes({"xian"}, {"duisburg"}, 5, opt, cku);
  REQUIRE(ks.size() == 5);
  for (std::size_t i = 0; i < ks.size(); ++i) {
    auto nodes = ks[i].nodes;
    std::sort(nodes.begin(), nodes.end());
    CHECK(std::adjacent_find(nodes.begin(), nodes.end()) == nodes.end());
    if (i) CHECK(ks[i - 1].cost <= ks[i].cost);
    for (std::size_t j = 0; j < i; ++j) CHECK(ks[j].segments != ks[i].segments);
  }
  CHECK(ks[0].km == doctest::Approx(embedded().shortest_route({"xian"}, {"duisburg"}, opt).found->km));
  CHECK(embedded().k_shortest_routes({"xian"}, {"duisburg"}, 0).empty());
}

TEST_CASE("property: shortest routes match brute force on random networks (fixed seeds)") {
  for (std::uint32_t seed = 1; seed <= 40; ++seed) {
    const auto r = netfix::make(seed, 7, 11);
    const network net(r.ds);
    for (std::size_t s = 0; s < r.n; ++s)
      for (std::size_t t = 0; t < r.n; ++t) {
        if (s == t) continue;
        const auto paths = netfix::all_simple_paths(r, s, t);
        const node_id a{r.node_ids[s]}, b{r.node_ids[t]};
        CAPTURE(seed);
        CAPTURE(s);
        CAPTURE(t);
        const auto got = net.shortest_route(a, b);
        double best = std::numeric_limits<double>::infinity();
        for (const auto& p : paths) best = std::min(best, p.km);
        REQUIRE(static_cast<bool>(got) == !paths.empty());
        if (got) CHECK(got.found->km == best);
        // With a crossing limit, the best path among those within the limit.
        for (int limit = 0; limit <= 2; ++limit) {
          route_options opt;
          opt.max_border_crossings = limit;
          double lim_best = std::numeric_limits<double>::infinity();
          for (const auto& p : paths)
            if (p.crossings <= limit) lim_best = std::min(lim_best, p.km);
          const auto lim = net.shortest_route(a, b, opt);
          REQUIRE(static_cast<bool>(lim) == std::isfinite(lim_best));
          if (lim) {
            CHECK(lim.found->km == lim_best);
            CHECK(static_cast<int>(lim.found->crossings.size()) <= limit);
          }
        }
      }
  }
}

TEST_CASE("property: k shortest routes match brute-force enumeration (fixed seeds)") {
  for (std::uint32_t seed = 100; seed < 130; ++seed) {
    const auto r = netfix::make(seed, 6, 10);
    const network net(r.ds);
    const std::size_t s = 0, t = r.n - 1;
    auto paths = netfix::all_simple_paths(r, s, t);
    std::vector<double> want;
    for (const auto& p : paths) want.push_back(p.km);
    std::sort(want.begin(), want.end());
    const auto ks = net.k_shortest_routes({r.node_ids[s]}, {r.node_ids[t]}, 4);
    CAPTURE(seed);
    REQUIRE(ks.size() == std::min<std::size_t>(4, want.size()));
    for (std::size_t i = 0; i < ks.size(); ++i) CHECK(ks[i].km == want[i]);
  }
}

TEST_CASE("hours: sea and air legs use their speeds, scenario hours override, ferry legs are listed") {
  dataset_builder b;
  b.add(source{.id = {"ref"}, .title = "reference", .kind = source_kind::reference});
  b.add(party{.id = {"KZ"}, .name = "Kazakhstan", .iso_code = "KZ"});
  b.add(party{.id = {"AZ"}, .name = "Azerbaijan", .iso_code = "AZ"});
  const std::vector<citation> cite{{.source = {"ref"}, .quote = "q"}};
  b.add(node{.id = {"a"}, .name = "A", .kind = node_kind::port, .country = {"KZ"}, .lat = 43, .lon = 51, .citations = cite});
  b.add(node{.id = {"b"}, .name = "B", .kind = node_kind::port, .country = {"AZ"}, .lat = 40, .lon = 50, .citations = cite});
  b.add(node{.id = {"c"}, .name = "C", .kind = node_kind::airport, .country = {"AZ"}, .lat = 40, .lon = 49, .citations = cite});
  b.add(segment{.id = {"sea"}, .from = {"a"}, .to = {"b"}, .mode = transport_mode::sea, .length_km = 500, .citations = cite});
  b.add(segment{.id = {"air"}, .from = {"b"}, .to = {"c"}, .mode = transport_mode::air, .length_km = 1400, .citations = cite});
  const dataset ds = std::move(b).build();
  const network net(ds);
  route_options hours{.weight = route_weight::hours};
  const auto r = net.shortest_route({"a"}, {"c"}, hours);
  REQUIRE(r.found);
  CHECK(r.found->hours == doctest::Approx(500.0 / hours.sea_kmh + 1400.0 / hours.air_kmh));
  CHECK(r.found->cost == doctest::Approx(r.found->hours));
  CHECK(r.found->ferry_legs == std::vector<segment_id>{{"sea"}});
  CHECK(r.found->crossings.size() == 1);
  scenario faster;
  faster.change({"sea"}, {.hours = 10.0});
  CHECK(net.shortest_route({"a"}, {"c"}, hours, faster).found->cost == doctest::Approx(10.0 + 1400.0 / hours.air_kmh));
  // Countries and borders the network does not have change nothing.
  route_options elsewhere{.avoid_countries = {{"FR"}}, .avoid_borders = {{{"FR"}, {"DE"}}}};
  CHECK(net.shortest_route({"a"}, {"c"}, elsewhere).found->km == doctest::Approx(1900.0));
  // A crossing limit of zero leaves no route, and k routes under it are none.
  route_options stay{.max_border_crossings = 0};
  CHECK_FALSE(net.shortest_route({"a"}, {"c"}, stay).found);
  CHECK(net.k_shortest_routes({"a"}, {"c"}, 3, stay).empty());
}

TEST_CASE("border_crossings weight: cost in crossings, equal crossings ordered by km, gauge penalty kept") {
  // Every route from s (CN) to t (KZ) crosses one border. Yen finds the 50 km route (spur at
  // s) before the 35 km one (spur at a); the order must still be by km.
  dataset_builder b;
  b.add(party{.id = {"CN"}, .name = "China", .iso_code = "CN"});
  b.add(party{.id = {"KZ"}, .name = "Kazakhstan", .iso_code = "KZ"});
  for (const char* n : {"s", "a", "b", "x", "y"}) b.add(node{.id = {n}, .name = n, .country = {"CN"}});
  b.add(node{.id = {"t"}, .name = "t", .country = {"KZ"}});
  const auto seg = [&](const char* from, const char* to, double km, int gauge) {
    b.add(segment{.id = {std::string(from) + to}, .from = {from}, .to = {to}, .length_km = km, .gauge_mm = gauge});
  };
  seg("s", "a", 10, 1435);
  seg("a", "b", 10, 1435);
  seg("b", "t", 10, 1435);
  seg("s", "x", 25, 1435);
  seg("x", "t", 25, 1435);
  seg("a", "y", 10, 1435);
  seg("y", "t", 15, 1520);  // a gauge break at y
  const network net(std::move(b).build());
  route_options opt;
  opt.weight = route_weight::border_crossings;
  const auto rs = net.k_shortest_routes({"s"}, {"t"}, 3, opt);
  REQUIRE(rs.size() == 3);
  CHECK(rs[0].km == 30);
  CHECK(rs[1].km == 35);
  CHECK(rs[2].km == 50);
  for (const auto& r : rs) CHECK(r.cost == 1);

  // With a penalty of 1 crossing per gauge break the 35 km route (one break) costs 2: last.
  opt.gauge_break_penalty = 1;
  const auto pen = net.k_shortest_routes({"s"}, {"t"}, 3, opt);
  REQUIRE(pen.size() == 3);
  CHECK(pen[0].km == 30);
  CHECK(pen[1].km == 50);
  CHECK(pen[2].km == 35);
  CHECK(pen[2].cost == 2);
  CHECK(pen[2].gauge_breaks.size() == 1);
  const auto best = net.shortest_route({"s"}, {"t"}, opt);
  REQUIRE(best);
  CHECK(best.found->cost == 1);
  CHECK(best.found->km == 30);
}
