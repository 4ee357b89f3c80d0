// Compile-time benchmark program 1 (an app developer's): builds a small dataset and asks a
// membership question. It includes what it uses; membership_umbrella.cpp is the same program
// through the umbrella header <regcoop/regcoop.hpp>.
#include <regcoop/dataset/dataset.hpp>
#include <regcoop/model/party.hpp>
#include <regcoop/model/source.hpp>
#include <regcoop/query/memberships.hpp>

#include <iostream>

int main() {
  using namespace regcoop;
  dataset_builder b;
  b.add(source{.id = {"s"}, .title = "notes", .kind = source_kind::reference});
  b.add(party{.id = {"KZ"}, .name = "Kazakhstan", .iso_code = "KZ"});
  b.add(party{.id = {"KG"}, .name = "Kyrgyzstan", .iso_code = "KG"});
  b.add(party{.id = {"ORG"}, .kind = party_kind::organisation, .name = "An organisation", .organisation = organisation_kind::intergovernmental_organisation,
              .members = {{.member = {"KZ"}, .period = {partial_date{2001}, std::nullopt}},
                          {.member = {"KG"}, .period = {partial_date{2005, 6}, std::nullopt}}}});
  const dataset ds = std::move(b).build();
  for (const auto& m : members_of(ds, {"ORG"}, partial_date{2004, 1, 1})) std::cout << m.member.value << '\n';
}
