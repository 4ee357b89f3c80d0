#include "network_fixtures.hpp"

#include <regcoop/network/chokepoints.hpp>
#include <regcoop/data/china_central_asia.hpp>

#include <doctest/doctest.h>

#include <limits>
#include <map>

using namespace regcoop;

TEST_CASE("chokepoints of the embedded network") {
  const dataset ds = data::china_central_asia();
  const network net(ds);
  const auto r = chokepoints(net);
  const auto has = [](const auto& v, const auto& x) { return std::find(v.begin(), v.end(), x) != v.end(); };
  CHECK(has(r.bridges, segment_id{"xian-urumqi"}));  // every westbound route leaves Xi'an by it
  CHECK(has(r.articulation_points, node_id{"urumqi"}));
  CHECK_FALSE(has(r.bridges, segment_id{"moscow-minsk"}));  // the Trans-Caspian route bypasses it
  // Opening the CKU railway removes Urumqi–Kashgar from the bridges (Kashgar is no longer a dead end).
  scenario cku;
  cku.open(ds, corridor_id{"cku"});
  CHECK(has(chokepoints(net).bridges, segment_id{"urumqi-kashgar"}));
  CHECK_FALSE(has(chokepoints(net, {}, cku).bridges, segment_id{"urumqi-kashgar"}));
}

TEST_CASE("betweenness: Urumqi lies on every route out of Xi'an") {
  const network net(data::china_central_asia());
  const auto b = betweenness(net);
  REQUIRE(b.size() == net.node_count());
  const auto of = [&](const char* id) {
    return std::find_if(b.begin(), b.end(), [&](const node_centrality& c) { return c.node.value == id; })->value;
  };
  CHECK(of("xian") == 0);  // an end node lies on no path between others
  CHECK(of("urumqi") >= 38);  // between Xi'an and the 38 other nodes reachable on operating segments
  for (std::size_t i = 1; i < b.size(); ++i) CHECK(b[i - 1].value >= b[i].value);
}

TEST_CASE("property: betweenness matches brute force on random networks (fixed seeds)") {
  for (std::uint32_t seed = 7; seed < 37; ++seed) {
    const auto r = netfix::make(seed, 7, 10);
    const network net(r.ds);
    const std::size_t n = r.n;
    const double inf = std::numeric_limits<double>::infinity();
    // Floyd–Warshall distances and shortest-path counts (integer weights: exact).
    std::vector<std::vector<double>> d(n, std::vector<double>(n, inf));
    for (std::size_t i = 0; i < n; ++i) d[i][i] = 0;
    for (const auto& e : r.edges) {
      d[e.a][e.b] = std::min(d[e.a][e.b], e.km);
      d[e.b][e.a] = std::min(d[e.b][e.a], e.km);
    }
    for (std::size_t k = 0; k < n; ++k)
      for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) d[i][j] = std::min(d[i][j], d[i][k] + d[k][j]);
    // sigma[s][t]: number of shortest s–t paths (parallel segments count separately).
    std::vector<std::vector<double>> sigma(n, std::vector<double>(n, 0));
    for (std::size_t s = 0; s < n; ++s) {
      std::vector<std::size_t> order(n);
      for (std::size_t i = 0; i < n; ++i) order[i] = i;
      std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return d[s][x] < d[s][y]; });
      sigma[s][s] = 1;
      for (std::size_t v : order) {
        if (v == s || d[s][v] == inf) continue;
        for (const auto& e : r.edges)
          for (int dir = 0; dir < 2; ++dir) {
            const std::size_t u = dir ? e.b : e.a, w = dir ? e.a : e.b;
            if (w == v && u != v && d[s][u] + e.km == d[s][v]) sigma[s][v] += sigma[s][u];
          }
      }
    }
    std::vector<double> want(n, 0);
    for (std::size_t v = 0; v < n; ++v)
      for (std::size_t s = 0; s < n; ++s)
        for (std::size_t t = s + 1; t < n; ++t) {
          if (s == v || t == v || d[s][t] == inf) continue;
          if (d[s][v] + d[v][t] == d[s][t]) want[v] += sigma[s][v] * sigma[v][t] / sigma[s][t];
        }
    const auto got = betweenness(net);
    CAPTURE(seed);
    for (const auto& c : got) {
      const auto v = static_cast<std::size_t>(std::stoul(c.node.value.substr(1)));
      CHECK(c.value == doctest::Approx(want[v]));
    }
  }
}
