// Routing on grid networks of side × side nodes (benchmarks/synthetic.hpp):
//  - shortest route: regcoop's network::shortest_route against raw Boost.Graph
//    dijkstra_shortest_paths_no_color_map on the same CSR graph with precomputed weights
//    (target <= 1.2: the library's bookkeeping — weights from options, route summary — costs
//    at most 20 %); networkx and igraph time the same query in benchmarks/peers.py;
//  - k = 5 alternative routes and betweenness centrality, whose peers (igraph, networkx) are
//    in benchmarks/peers.py.
// `bench_routing --export=SIDE,FILE` writes the grid of that side as an edge list
// ("n m" then "u v km" per segment) for peers.py, and exits.
#include "../synthetic.hpp"

#include <regcoop/network/chokepoints.hpp>
#include <regcoop/network/network.hpp>

#include <boost/graph/dijkstra_shortest_paths_no_color_map.hpp>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

namespace {
using fixture = bench::grid_network;
fixture& grid(std::size_t side) { return bench::grid_fixture(side); }
std::string corner(std::size_t side) { return "n" + std::to_string(side * side - 1); }

void route_ours(benchmark::State& st) {
  const auto side = static_cast<std::size_t>(st.range(0));
  auto& f = grid(side);
  const regcoop::node_id from{"n0"}, to{corner(side)};
  // One untimed query sizes this thread's scratch buffers, as the peer's are allocated
  // before its loop.
  benchmark::DoNotOptimize(f.net->shortest_route(from, to).found->km);
  for (auto _ : st) benchmark::DoNotOptimize(f.net->shortest_route(from, to).found->km);
}
// Raw Boost.Graph Dijkstra from vertex 0 over the fixture's precomputed weights, timed.
void raw_bgl_dijkstra(benchmark::State& st, const fixture& f) {
  const auto& g = f.net->graph();
  std::vector<double> dist(boost::num_vertices(g));
  std::vector<std::uint32_t> pred(boost::num_vertices(g));
  const auto index = boost::get(boost::edge_index, g);
  for (auto _ : st) {
    boost::dijkstra_shortest_paths_no_color_map(
        g, 0u,
        boost::weight_map(boost::make_iterator_property_map(f.w.begin(), index))
            .distance_map(boost::make_iterator_property_map(dist.begin(), boost::get(boost::vertex_index, g)))
            .predecessor_map(boost::make_iterator_property_map(pred.begin(), boost::get(boost::vertex_index, g))));
    benchmark::DoNotOptimize(dist.back());
  }
}
void route_bgl(benchmark::State& st) { raw_bgl_dijkstra(st, grid(static_cast<std::size_t>(st.range(0)))); }

// The politics-aware query: on a date, by hours, with border clearance from customs unions and
// border rules (the grid's countries in 32 × 32 blocks, 5 customs unions, 500 dated rules),
// everything resolved inside the timed call; the peer is raw Boost.Graph Dijkstra on the same
// weights, precomputed once outside its loop.
regcoop::route_options politics_options() {
  regcoop::route_options o;
  o.on = regcoop::partial_date{2020, 1, 1};
  o.weight = regcoop::route_weight::hours;
  o.customs_border_hours = 6;
  o.customs_union_hours = 1;
  return o;
}
fixture& political_grid(std::size_t side) {
  static std::map<std::size_t, fixture> cache;
  auto& f = cache[side];
  if (!f.net) {
    f.ds = bench::grid(side, 7, {.block = 32, .unions = 5, .rules = 500});
    f.net = std::make_unique<regcoop::network>(f.ds);
    f.w = f.net->weights(politics_options());
  }
  return f;
}
void politics_route_ours(benchmark::State& st) {
  const auto side = static_cast<std::size_t>(st.range(0));
  auto& f = political_grid(side);
  const regcoop::node_id from{"n0"}, to{corner(side)};
  const auto opt = politics_options();
  const auto r = f.net->shortest_route(from, to, opt);
  st.counters["crossings"] = static_cast<double>(r.found->crossings.size());
  st.counters["border_slots"] = static_cast<double>(f.net->borders(opt).size());
  for (auto _ : st) benchmark::DoNotOptimize(f.net->shortest_route(from, to, opt).found->hours);
}
void politics_route_bgl(benchmark::State& st) { raw_bgl_dijkstra(st, political_grid(static_cast<std::size_t>(st.range(0)))); }

void kroutes_ours(benchmark::State& st) {
  const auto side = static_cast<std::size_t>(st.range(0));
  auto& f = grid(side);
  const regcoop::node_id from{"n0"}, to{corner(side)};
  for (auto _ : st) benchmark::DoNotOptimize(f.net->k_shortest_routes(from, to, 5).size());
}

void betweenness_ours(benchmark::State& st) {
  auto& f = grid(static_cast<std::size_t>(st.range(0)));
  for (auto _ : st) benchmark::DoNotOptimize(regcoop::betweenness(*f.net).front().value);
}

// The grid as an edge list: "nodes segments", then "from to km" per segment (node positions).
int export_grid(const char* spec) {
  const char* comma = std::strchr(spec, ',');
  if (!comma) {
    std::fprintf(stderr, "--export=SIDE,FILE\n");
    return 2;
  }
  const auto side = std::stoul(std::string(spec, comma));
  const auto& f = grid(side);
  std::ofstream out(comma + 1);
  out << f.ds.nodes().size() << ' ' << f.ds.segments().size() << '\n';
  out.precision(17);
  for (const auto& s : f.ds.segments())
    out << *f.ds.position(s.from) << ' ' << *f.ds.position(s.to) << ' ' << s.length_km << '\n';
  return out ? 0 : 1;
}
}  // namespace

BENCHMARK(politics_route_ours)->Arg(316)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(politics_route_bgl)->Arg(316)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(kroutes_ours)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(betweenness_ours)->Arg(30)->Arg(100)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(route_ours)->Arg(30)->Arg(100)->Arg(316)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(route_bgl)->Arg(30)->Arg(100)->Arg(316)->Arg(1000)->Unit(benchmark::kMillisecond);
int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    if (std::strncmp(argv[i], "--export=", 9) == 0) return export_grid(argv[i] + 9);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
