// A program a user writes against the installed or vendored library.
#include <regcoop/regcoop.hpp>

#include <iostream>

int main() {
  regcoop::dataset_builder b;
  b.add(regcoop::party{.id = {"KZ"}, .name = "Kazakhstan", .iso_code = "KZ"});
  const regcoop::dataset ds = std::move(b).build();
  const auto& kz = regcoop::country(ds.at(regcoop::party_id{"KZ"}).iso_code);
  std::cout << kz.name << " (" << kz.alpha3 << "), regcoop " << REGCOOP_VERSION_MAJOR << '.'
            << REGCOOP_VERSION_MINOR << '.' << REGCOOP_VERSION_PATCH << '\n';
  return kz.landlocked ? 0 : 1;
}
