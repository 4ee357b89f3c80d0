// A program a user writes against the installed library's JSON component: build a dataset,
// write it as JSON, read it back, and check that nothing changed; then read the installed
// datasets from the data folder the package names (REGCOOP_CONSUMER_DATA_DIR: regcoop_DATA_DIR
// of the CMake package, or `pkg-config --variable=datadir regcoop`).
#include <regcoop/io/json.hpp>
#include <regcoop/dataset/merge.hpp>

#include <iostream>

int main() {
  regcoop::dataset_builder b;
  b.add(regcoop::party{.id = {"KZ"}, .name = "Kazakhstan", .iso_code = "KZ"});
  b.add(regcoop::party{.id = {"CN"}, .name = "China", .iso_code = "CN"});
  const regcoop::dataset ds = std::move(b).build();
  const std::string text = regcoop::to_json(ds);
  const regcoop::dataset back = regcoop::from_json(text);
  std::cout << text;
  if (back != ds || regcoop::to_json(back) != text) return 1;

  const std::filesystem::path dir = REGCOOP_CONSUMER_DATA_DIR;
  const regcoop::dataset cca = regcoop::load_json(dir / "china-central-asia.json");
  const regcoop::dataset orgs = regcoop::load_json(dir / "eurasian-organisations.json");
  const regcoop::dataset both = regcoop::merge(cca, orgs);
  const auto& sco = both.at(regcoop::party_id{"SCO"});
  std::cout << dir.string() << ": " << cca.projects().size() << " projects, " << sco.name << " with "
            << sco.members.size() << " member spells\n";
  return cca.projects().empty() || sco.members.empty() ? 1 : 0;
}
