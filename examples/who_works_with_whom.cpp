// who_works_with_whom: three researcher questions in a few lines each.
#include <regcoop/query/as_of.hpp>
#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/query/relations.hpp>
#include <regcoop/query/select.hpp>

#include <iostream>

int main() {
  using namespace regcoop;
  const dataset ds = data::china_central_asia();

  // 1. Who are China's partners, by number of linking records?
  std::cout << "China's partners:\n";
  for (const auto& p : partners(ds, {"CN"})) std::cout << "  " << ds.at(p.party).name << ": " << p.links << '\n';

  // 2. Which agreements between China and Kazakhstan are in force on 2025-06-17, and how sure is that?
  std::cout << "\nChina–Kazakhstan agreements on 2025-06-17:\n";
  for (const auto& a : select<agreement>(ds, involves(ds, {"CN"}) && involves(ds, {"KZ"})))
    std::cout << "  " << a.name << ": in force " << to_string(state_on(a, a.parties.front(), {2025, 6, 17}).in_force) << '\n';

  // 3. Which energy projects are in Kazakhstan?
  std::cout << "\nEnergy projects in Kazakhstan:\n";
  for (const auto& p : select<project>(ds, in_country(ds, {"KZ"}) && in_sector(sector::energy)))
    std::cout << "  " << p.name << " (" << p.citations.front().quote.substr(0, 60) << "...)\n";
}
