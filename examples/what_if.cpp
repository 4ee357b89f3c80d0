// What if... Xi'an → Duisburg avoiding Russia, on 2031-01-01, before and after three changes:
// the China–Kyrgyzstan–Uzbekistan railway opens (2030), Uzbekistan joins the Eurasian
// Economic Union (2029), and the China–Kazakhstan border closes. Routes minimise hours; the border and
// transshipment times below are this example's assumptions, not data (regcoop's data holds
// no clearance times, so the library's defaults are zero).
//
// Usage: what_if [DOT-FILE]   (writes both routes as one Graphviz graph when given)

#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/data/eurasian_organisations.hpp>
#include <regcoop/io/dot.hpp>
#include <regcoop/dataset/merge.hpp>
#include <regcoop/network/network.hpp>

#include <fstream>
#include <iostream>
#include <vector>

namespace {

void print(const regcoop::dataset& ds, const char* title, const regcoop::route& r) {
  std::cout << title << ": " << r.km << " km, " << r.hours << " h (running " << r.running_hours << ", borders "
            << r.border_hours << ", transshipment " << r.transshipment_hours << ", ferry waiting " << r.ferry_wait_hours
            << ")\n  ";
  for (std::size_t i = 0; i < r.countries.size(); ++i) std::cout << (i ? " → " : "") << r.countries[i].value;
  std::cout << '\n';
  for (const auto& c : r.crossings) {
    std::cout << "  " << c.from.value << "→" << c.to.value << " at " << ds.at(c.segment).id.value << ": "
              << to_string(c.regime) << (c.basis.empty() ? "" : " " + c.basis) << ", " << c.clearance_hours << " h\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  using namespace regcoop;
  // The corridor network and the customs unions (EAEU, EU) it crosses.
  const dataset ds = merge(data::china_central_asia(), data::eurasian_organisations());
  const network net(ds);

  route_options opt;
  opt.on = partial_date{2031, 1, 1};
  opt.weight = route_weight::hours;
  opt.avoid_countries = {party_id{"RU"}};
  opt.customs_border_hours = 24;  // assumption of this example
  opt.customs_union_hours = 0;    // no customs clearance inside a customs union
  opt.transshipment_hours = 8;    // assumption of this example
  opt.ferry_wait_hours = 48;      // assumption of this example

  const auto before = net.shortest_route({"xian"}, {"duisburg"}, opt);

  scenario what_if;
  what_if.open(ds, corridor_id{"cku"}, partial_date{2030});
  what_if.join(party_id{"EAEU"}, party_id{"UZ"}, partial_date{2029, 1, 1});
  what_if.close_border(party_id{"CN"}, party_id{"KZ"});
  const auto after = net.shortest_route({"xian"}, {"duisburg"}, opt, what_if);
  if (!before || !after) {
    std::cerr << "no route\n";
    return 1;
  }
  print(ds, "as the data stands", *before.found);
  print(ds, "CKU open, Uzbekistan in the EAEU, China-Kazakhstan border closed", *after.found);
  std::cout << "difference: " << after.found->hours - before.found->hours << " h\n";

  if (argc > 1) {
    const std::vector<route> both{*before.found, *after.found};
    std::ofstream(argv[1]) << routes_dot(ds, both);
  }
}
