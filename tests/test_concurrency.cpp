// Many threads query one shared dataset and network; the embedded dataset is first touched
// concurrently. Run under the tsan preset to check for races.
#include <regcoop/query/as_of.hpp>
#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/network/network.hpp>
#include <regcoop/query/relations.hpp>
#include <regcoop/query/select.hpp>

#include <doctest/doctest.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace regcoop;

TEST_CASE("concurrent first touch and concurrent queries of one shared dataset") {
  constexpr int threads = 8;
  std::atomic<int> ready{0};
  std::vector<std::thread> pool;
  std::vector<std::size_t> energy(threads), links_n(threads), route_km(threads), in_force(threads);
  for (int t = 0; t < threads; ++t)
    pool.emplace_back([&, t] {
      ++ready;
      while (ready.load() < threads) std::this_thread::yield();  // start together
      const dataset ds = data::china_central_asia();             // first touch races here
      const network net(ds);
      for (int i = 0; i < 20; ++i) {
        energy[static_cast<std::size_t>(t)] = select<project>(ds, in_sector(sector::energy)).count();
        links_n[static_cast<std::size_t>(t)] = links(ds, {"CN"}, {"KZ"}).size();
        route_km[static_cast<std::size_t>(t)] = static_cast<std::size_t>(net.shortest_route({"xian"}, {"duisburg"}).found->km);
        in_force[static_cast<std::size_t>(t)] = snapshot(ds, {2025, 6, 17}).agreements_in_force().size();
      }
    });
  for (auto& th : pool) th.join();
  for (int t = 1; t < threads; ++t) {
    CHECK(energy[static_cast<std::size_t>(t)] == energy[0]);
    CHECK(links_n[static_cast<std::size_t>(t)] == links_n[0]);
    CHECK(route_km[static_cast<std::size_t>(t)] == route_km[0]);
    CHECK(in_force[static_cast<std::size_t>(t)] == in_force[0]);
  }
  CHECK(energy[0] == 5);
  CHECK(route_km[0] == 9808);
}

TEST_CASE("one network shared by many threads, each with its own scenario") {
  const dataset ds = data::china_central_asia();
  const network net(ds);
  std::vector<std::thread> pool;
  std::vector<int> countries(6);
  for (int t = 0; t < 6; ++t)
    pool.emplace_back([&, t] {
      route_options opt;
      scenario sc;
      if (t % 2) {
        opt.avoid_countries = {{"RU"}, {"KZ"}};
        sc.open(ds, corridor_id{"cku"});
      }
      countries[static_cast<std::size_t>(t)] = static_cast<int>(net.shortest_route({"xian"}, {"duisburg"}, opt, sc).found->countries.size());
    });
  for (auto& th : pool) th.join();
  for (int t = 0; t < 6; ++t) CHECK(countries[static_cast<std::size_t>(t)] == (t % 2 ? 12 : 6));
}
