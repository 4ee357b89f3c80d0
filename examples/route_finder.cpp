// route_finder: three ways from Xi'an to a European terminal on the embedded network.
//   1. the shortest, through Kazakhstan and Russia;
//   2. the shortest that avoids Russia (the Trans-Caspian route: Azerbaijan, Georgia);
//   3. one that avoids Kazakhstan and Russia, once the China–Kyrgyzstan–Uzbekistan
//      railway is opened in a scenario.
#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/network/network.hpp>

#include <iostream>

namespace rc = regcoop;

static void print(const char* title, const rc::dataset& ds, const rc::route_result& r) {
  std::cout << title << "\n  ";
  if (!r) {
    std::cout << r.reason << "\n\n";
    return;
  }
  const rc::route& route = *r.found;
  for (std::size_t i = 0; i < route.countries.size(); ++i) std::cout << (i ? " → " : "") << route.countries[i].value;
  std::cout << "\n  " << route.km << " km, " << route.crossings.size() << " border crossings, "
            << route.gauge_breaks.size() << " gauge breaks";
  for (const auto& g : route.gauge_breaks)
    std::cout << " [" << ds.at(g.at).name << ": " << g.from_mm << "→" << g.to_mm << " mm]";
  for (const auto& f : route.ferry_legs) std::cout << ", ferry " << ds.at(f).id.value;
  std::cout << "\n\n";
}

int main() {
  const rc::dataset ds = rc::data::china_central_asia();
  const rc::network net(ds);
  const rc::node_id from{"xian"}, to{"duisburg"};

  print("Shortest route:", ds, net.shortest_route(from, to));

  rc::route_options no_russia;
  no_russia.avoid_countries = {{"RU"}};
  print("Avoiding Russia:", ds, net.shortest_route(from, to, no_russia));

  rc::route_options neither = no_russia;
  neither.avoid_countries.push_back({"KZ"});
  print("Avoiding Russia and Kazakhstan, today:", ds, net.shortest_route(from, to, neither));
  rc::scenario cku;
  cku.open(ds, rc::corridor_id{"cku"});
  print("Avoiding Russia and Kazakhstan, with the CKU railway open:", ds, net.shortest_route(from, to, neither, cku));
}
