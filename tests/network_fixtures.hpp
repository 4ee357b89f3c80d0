#pragma once
// Random small networks (fixed seeds) and brute-force reference answers for property tests.

#include <regcoop/model/records.hpp>
#include <regcoop/dataset/dataset.hpp>

#include <algorithm>
#include <functional>
#include <limits>
#include <random>
#include <string>
#include <vector>

namespace netfix {

struct edge {
  std::size_t a, b;
  double km;
  bool crosses;
  std::string id;
};

struct random_net {
  regcoop::dataset ds;
  std::vector<edge> edges;
  std::size_t n = 0;
  std::vector<std::string> node_ids;
};

inline random_net make(std::uint32_t seed, std::size_t n, std::size_t m) {
  using namespace regcoop;
  std::mt19937 rng(seed);
  const std::vector<std::string> countries{"KZ", "CN", "UZ"};
  dataset_builder b;
  for (const auto& c : countries) b.add(party{.id = {c}, .name = c, .iso_code = c});
  random_net r;
  r.n = n;
  std::vector<std::string> country_of(n);
  for (std::size_t i = 0; i < n; ++i) {
    r.node_ids.push_back("n" + std::to_string(i));
    country_of[i] = countries[rng() % countries.size()];
    b.add(node{.id = {r.node_ids[i]}, .name = r.node_ids[i], .country = {country_of[i]}, .lat = 0, .lon = 0});
  }
  for (std::size_t k = 0; k < m; ++k) {
    const std::size_t a = rng() % n;
    std::size_t c = rng() % n;
    if (c == a) c = (a + 1) % n;
    const double km = static_cast<double>(1 + rng() % 20);  // integers: exact comparisons
    const std::string id = "s" + std::to_string(k);
    b.add(segment{.id = {id}, .from = {r.node_ids[a]}, .to = {r.node_ids[c]}, .mode = transport_mode::road, .length_km = km});
    r.edges.push_back({a, c, km, country_of[a] != country_of[c], id});
  }
  r.ds = std::move(b).build();
  return r;
}

// Every simple path from s to t as (cost, crossings, edge list), by DFS.
struct path {
  double km = 0;
  int crossings = 0;
  std::vector<std::string> segs;
};

inline std::vector<path> all_simple_paths(const random_net& r, std::size_t s, std::size_t t) {
  std::vector<path> out;
  std::vector<bool> seen(r.n, false);
  path cur;
  std::function<void(std::size_t)> dfs = [&](std::size_t v) {
    if (v == t) {
      out.push_back(cur);
      return;
    }
    seen[v] = true;
    for (const auto& e : r.edges) {
      for (int dir = 0; dir < 2; ++dir) {
        const std::size_t from = dir ? e.b : e.a, to = dir ? e.a : e.b;
        if (from != v || seen[to]) continue;
        cur.km += e.km;
        cur.crossings += e.crosses;
        cur.segs.push_back(e.id);
        dfs(to);
        cur.segs.pop_back();
        cur.crossings -= e.crosses;
        cur.km -= e.km;
      }
    }
    seen[v] = false;
  };
  dfs(s);
  return out;
}

}  // namespace netfix
