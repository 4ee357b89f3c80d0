// Written-out replacements of library facilities, each side by side with that facility in
// this binary, on the same data (design rule: a rewrite stays only while it wins here):
//  - betweenness: regcoop's Brandes (detail::brandes) against
//    boost::brandes_betweenness_centrality, both on the network's CSR graph with the same
//    km weights;
//  - shortest route search: a Dijkstra written out over Boost.Graph's 4-ary heap that stops
//    when the target is settled (the library's search until this benchmark: it lost, and the
//    library now calls detail::dijkstra_to, i.e. boost::dijkstra_shortest_paths_no_color_map
//    with a visitor that stops at the target), same CSR graph and weights, path extracted
//    by both;
//  - id index: the hand-written open-addressing index over row positions (the library's
//    until this benchmark: it lost, and the library now uses the flat set) against
//    boost::unordered_flat_set of row positions whose hash and equality read the rows'
//    ids, both with regcoop::hash_id_text; look-ups of every id (hits) and of as many
//    absent ids (misses), and building.
// Before timing, each pair's answers are compared; the program aborts if they differ.
#include "../synthetic.hpp"

#include <regcoop/network/chokepoints.hpp>
#include <regcoop/network/network.hpp>

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/dijkstra_shortest_paths_no_color_map.hpp>
#include <boost/unordered/unordered_flat_set.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace {

using fixture = bench::grid_network;
fixture& grid(std::size_t side) { return bench::grid_fixture(side); }

void check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "bench_rewrites: the two implementations disagree: %s\n", what);
    std::abort();
  }
}

// ---- betweenness ------------------------------------------------------------------------
std::vector<double> bgl_brandes(const fixture& f) {
  const auto& g = f.net->graph();
  std::vector<double> c(boost::num_vertices(g), 0.0);
  const auto vindex = boost::get(boost::vertex_index, g);
  boost::brandes_betweenness_centrality(
      g, boost::centrality_map(boost::make_iterator_property_map(c.begin(), vindex))
             .weight_map(boost::make_iterator_property_map(f.w.cbegin(), boost::get(boost::edge_index, g)))
             .vertex_index_map(vindex));
  return c;
}
void betweenness_ours(benchmark::State& st) {
  auto& f = grid(static_cast<std::size_t>(st.range(0)));
  for (auto _ : st) benchmark::DoNotOptimize(regcoop::detail::brandes(f.net->graph(), f.w).back());
}
void betweenness_bgl(benchmark::State& st) {
  auto& f = grid(static_cast<std::size_t>(st.range(0)));
  const auto ours = regcoop::detail::brandes(f.net->graph(), f.w);
  const auto theirs = bgl_brandes(f);
  for (std::size_t v = 0; v < ours.size(); ++v) check(std::abs(ours[v] - theirs[v]) <= 1e-6 * (1 + ours[v]), "betweenness");
  for (auto _ : st) benchmark::DoNotOptimize(bgl_brandes(f).back());
}

// ---- shortest route search --------------------------------------------------------------
// The written-out search (as network.hpp had it): 4-ary heap, stop when t is settled.
template <class Graph>
bool written_out_dijkstra(const Graph& g, std::uint32_t s, std::uint32_t t, const std::vector<double>& w,
                          std::vector<std::size_t>& path) {
  constexpr double inf = std::numeric_limits<double>::infinity();
  const auto n = boost::num_vertices(g);
  thread_local std::vector<double> dist;
  thread_local std::vector<std::size_t> pred_edge, pred_vertex, in_heap;
  dist.assign(n, inf);
  if (pred_edge.size() < n) {
    pred_edge.resize(n);
    pred_vertex.resize(n);
    in_heap.resize(n);
  }
  auto heap = regcoop::detail::vertex_heap<std::uint32_t>(dist, in_heap);
  dist[s] = 0;
  heap.push(s);
  while (!heap.empty()) {
    const std::uint32_t v = heap.top();
    heap.pop();
    if (v == t) break;
    const double d = dist[v];
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) {
      const auto e = boost::get(boost::edge_index, g, *it);
      const double nd = d + w[e];
      const auto u = static_cast<std::uint32_t>(boost::target(*it, g));
      if (nd < dist[u]) {
        const bool queued = dist[u] < inf;
        dist[u] = nd;
        pred_edge[u] = e;
        pred_vertex[u] = v;
        if (queued)
          heap.update(u);
        else
          heap.push(u);
      }
    }
  }
  if (!(dist[t] < inf)) return false;
  for (std::size_t v = t; v != s; v = pred_vertex[v]) path.push_back(pred_edge[v]);
  std::reverse(path.begin(), path.end());
  return true;
}
double length(const fixture& f, const std::vector<std::size_t>& path) {
  double km = 0;
  for (const auto e : path) km += f.w[e];
  return km;
}
void route_written_out(benchmark::State& st) {
  const auto side = static_cast<std::size_t>(st.range(0));
  auto& f = grid(side);
  const auto t = static_cast<std::uint32_t>(side * side - 1);
  std::vector<std::size_t> path;
  written_out_dijkstra(f.net->graph(), 0u, t, f.w, path);  // sizes the scratch arrays
  for (auto _ : st) {
    path.clear();
    benchmark::DoNotOptimize(written_out_dijkstra(f.net->graph(), 0u, t, f.w, path));
  }
}
void route_bgl(benchmark::State& st) {
  const auto side = static_cast<std::size_t>(st.range(0));
  auto& f = grid(side);
  const auto t = static_cast<std::uint32_t>(side * side - 1);
  std::vector<std::size_t> ours, theirs;
  written_out_dijkstra(f.net->graph(), 0u, t, f.w, ours);
  check(regcoop::detail::dijkstra_to(f.net->graph(), 0u, t, f.w, theirs), "route found");
  check(std::abs(length(f, ours) - length(f, theirs)) < 1e-6, "route length");
  for (auto _ : st) {
    theirs.clear();
    benchmark::DoNotOptimize(regcoop::detail::dijkstra_to(f.net->graph(), 0u, t, f.w, theirs));
  }
}

// ---- id index ----------------------------------------------------------------------------
// The hand-written index as the library had it.
class id_index {
 public:
  // Empties the index and sizes it for n ids. O(n).
  void reset(std::size_t n) {
    std::size_t cap = 8;
    while (cap < 2 * n) cap *= 2;
    slots_.assign(cap, slot{});
  }

  // Adds `pos` under key `key` unless the key is present; returns the position already
  // holding it, or nullopt when added. `key_of(p)` is the key of row p. O(1) average.
  template <class KeyOf>
  std::optional<std::uint32_t> insert(std::string_view key, std::uint32_t pos, KeyOf key_of) {
    const std::size_t h = hash(key);
    slot& s = slots_[probe(key, h, key_of)];
    if (s.pos != empty) return s.pos;
    s = {pos, tag(h)};
    return std::nullopt;
  }

  // The position of the row with key `key`, or nullopt. O(1) average; throws nothing.
  template <class KeyOf>
  [[nodiscard]] std::optional<std::uint32_t> find(std::string_view key, KeyOf key_of) const noexcept {
    if (slots_.empty()) return std::nullopt;
    const slot& s = slots_[probe(key, hash(key), key_of)];
    if (s.pos == empty) return std::nullopt;
    return s.pos;
  }

 private:
  static constexpr std::uint32_t empty = 0xFFFFFFFFu;
  struct slot {
    std::uint32_t pos = empty;
    std::uint32_t tag = 0;
  };
  [[nodiscard]] std::size_t mask() const noexcept { return slots_.size() - 1; }
  static std::uint32_t tag(std::size_t h) noexcept { return static_cast<std::uint32_t>(h >> 32); }
  // The slot holding `key` (hash `h`), or the empty slot where it would go.
  template <class KeyOf>
  [[nodiscard]] std::size_t probe(std::string_view key, std::size_t h, KeyOf& key_of) const {
    for (std::size_t i = h & mask();; i = (i + 1) & mask()) {
      const slot& s = slots_[i];
      if (s.pos == empty || (s.tag == tag(h) && key_of(s.pos) == key)) return i;
    }
  }
  static std::size_t hash(std::string_view key) noexcept { return regcoop::hash_id_text(key); }
  std::vector<slot> slots_;
};

struct ids {
  std::vector<std::string> rows, absent;
};
const ids& id_rows(std::size_t n) {
  static std::map<std::size_t, ids> cache;
  auto& d = cache[n];
  if (d.rows.empty()) {
    for (std::size_t i = 0; i < n; ++i) {
      d.rows.push_back("project-" + std::to_string(i * 7919 % (n * 3)));
      d.absent.push_back("missing-" + std::to_string(i));
    }
  }
  return d;
}
// Hash and equality over row positions that read the rows; string_view keys for look-ups.
struct row_hash {
  using is_transparent = void;
  const std::vector<std::string>* rows;
  std::size_t operator()(std::uint32_t p) const noexcept { return regcoop::hash_id_text((*rows)[p]); }
  std::size_t operator()(std::string_view k) const noexcept { return regcoop::hash_id_text(k); }
};
struct row_eq {
  using is_transparent = void;
  const std::vector<std::string>* rows;
  bool operator()(std::uint32_t a, std::uint32_t b) const noexcept { return (*rows)[a] == (*rows)[b]; }
  bool operator()(std::string_view k, std::uint32_t p) const noexcept { return k == (*rows)[p]; }
  bool operator()(std::uint32_t p, std::string_view k) const noexcept { return k == (*rows)[p]; }
};
using flat_set = boost::unordered_flat_set<std::uint32_t, row_hash, row_eq>;
flat_set make_flat(const std::vector<std::string>& rows) {
  flat_set s(rows.size(), row_hash{&rows}, row_eq{&rows});
  for (std::uint32_t i = 0; i < rows.size(); ++i) s.insert(i);
  return s;
}
id_index make_index(const std::vector<std::string>& rows) {
  id_index ix;
  ix.reset(rows.size());
  const auto key_of = [&](std::uint32_t p) { return std::string_view(rows[p]); };
  for (std::uint32_t i = 0; i < rows.size(); ++i) (void)ix.insert(rows[i], i, key_of);
  return ix;
}
void index_ours(benchmark::State& st) {
  const auto& d = id_rows(static_cast<std::size_t>(st.range(0)));
  const auto ix = make_index(d.rows);
  const auto key_of = [&](std::uint32_t p) { return std::string_view(d.rows[p]); };
  for (auto _ : st) {
    std::size_t found = 0;
    for (const auto& k : d.rows) found += ix.find(k, key_of).has_value();
    for (const auto& k : d.absent) found += ix.find(k, key_of).has_value();
    benchmark::DoNotOptimize(found);
  }
  st.SetItemsProcessed(st.iterations() * static_cast<std::int64_t>(2 * d.rows.size()));
}
void index_flat_set(benchmark::State& st) {
  const auto& d = id_rows(static_cast<std::size_t>(st.range(0)));
  const auto s = make_flat(d.rows);
  const auto ix = make_index(d.rows);
  const auto key_of = [&](std::uint32_t p) { return std::string_view(d.rows[p]); };
  for (std::size_t i = 0; i < d.rows.size(); ++i) {
    const auto a = ix.find(d.rows[i], key_of);
    const auto b = s.find(std::string_view(d.rows[i]));
    check(a && b != s.end() && *a == *b, "id found");
    check(!ix.find(d.absent[i], key_of) && s.find(std::string_view(d.absent[i])) == s.end(), "id absent");
  }
  for (auto _ : st) {
    std::size_t found = 0;
    for (const auto& k : d.rows) found += s.contains(std::string_view(k));
    for (const auto& k : d.absent) found += s.contains(std::string_view(k));
    benchmark::DoNotOptimize(found);
  }
  st.SetItemsProcessed(st.iterations() * static_cast<std::int64_t>(2 * d.rows.size()));
}
void index_build_ours(benchmark::State& st) {
  const auto& d = id_rows(static_cast<std::size_t>(st.range(0)));
  for (auto _ : st) benchmark::DoNotOptimize(make_index(d.rows));
}
void index_build_flat_set(benchmark::State& st) {
  const auto& d = id_rows(static_cast<std::size_t>(st.range(0)));
  for (auto _ : st) benchmark::DoNotOptimize(make_flat(d.rows).size());
}

}  // namespace

BENCHMARK(betweenness_ours)->Arg(30)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(betweenness_bgl)->Arg(30)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(route_written_out)->Arg(100)->Arg(316)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(route_bgl)->Arg(100)->Arg(316)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(index_ours)->Arg(1000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMicrosecond);
BENCHMARK(index_flat_set)->Arg(1000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMicrosecond);
BENCHMARK(index_build_ours)->Arg(1000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMicrosecond);
BENCHMARK(index_build_flat_set)->Arg(1000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMicrosecond);
BENCHMARK_MAIN();
