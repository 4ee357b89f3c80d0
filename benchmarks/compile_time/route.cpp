// Compile-time benchmark program 2 (an app developer's): routes on the embedded network.
#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/network/network.hpp>

#include <iostream>

int main() {
  const regcoop::dataset ds = regcoop::data::china_central_asia();
  const regcoop::network net(ds);
  regcoop::route_options opt;
  opt.avoid_countries = {{"RU"}};
  const auto r = net.shortest_route({"xian"}, {"duisburg"}, opt);
  if (r) std::cout << r.found->km << " km\n";
}
