// Compile-time benchmark program 3 (a researcher's): loads a dataset file (or the embedded
// one), merges it with the organisations, and prints a dyad-year panel and memberships.
#include <regcoop/data/builtin.hpp>
#include <regcoop/query/dyads.hpp>
#include <regcoop/io/json.hpp>
#include <regcoop/query/memberships.hpp>
#include <regcoop/dataset/merge.hpp>

#include <iostream>

int main(int argc, char** argv) {
  using namespace regcoop;
  const dataset ds = argc > 1 ? merge(load_json(argv[1]), data::eurasian_organisations())
                              : merge(data::china_central_asia(), data::eurasian_organisations());
  for (const auto& y : dyad_years(ds, 2015, 2020)) std::cout << y.a.value << ' ' << y.b.value << ' ' << y.year << ' ' << y.count << '\n';
  for (const auto& m : memberships_of(ds, {"KZ"}, partial_date{2020, 1, 1})) std::cout << m.organisation.value << '\n';
}
