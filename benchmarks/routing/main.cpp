// Shortest route: regcoop's network::shortest_route against raw Boost.Graph
// dijkstra_shortest_paths_no_color_map on the same CSR graph with precomputed weights, on
// grid networks of side × side nodes. Ratio = regcoop / raw BGL (target <= 1.2: the library's
// bookkeeping — weights from options, route summary — costs at most 20 %).
#include "../synthetic.hpp"

#include <regcoop/network.hpp>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

namespace {
struct fixture {
  regcoop::dataset ds;
  std::unique_ptr<regcoop::network> net;
  std::vector<double> w;
};
fixture& grid(std::size_t side) {
  static std::map<std::size_t, fixture> cache;
  auto& f = cache[side];
  if (!f.net) {
    f.ds = bench::grid(side);
    f.net = std::make_unique<regcoop::network>(f.ds);
    f.w = f.net->weights({});
  }
  return f;
}
std::string corner(std::size_t side) { return "n" + std::to_string(side * side - 1); }

void route_ours(benchmark::State& st) {
  const auto side = static_cast<std::size_t>(st.range(0));
  auto& f = grid(side);
  const regcoop::node_id from{"n0"}, to{corner(side)};
  for (auto _ : st) benchmark::DoNotOptimize(f.net->shortest_route(from, to).found->km);
}
void route_bgl(benchmark::State& st) {
  const auto side = static_cast<std::size_t>(st.range(0));
  auto& f = grid(side);
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
}  // namespace

BENCHMARK(route_ours)->Arg(100)->Arg(316)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(route_bgl)->Arg(100)->Arg(316)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
