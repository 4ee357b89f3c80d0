#include "fixtures.hpp"

#include <regcoop/data/eurasian_organisations.hpp>
#include <regcoop/model/error.hpp>
#include <regcoop/query/succession.hpp>

#include <doctest/doctest.h>

using namespace regcoop;

namespace {
std::vector<std::string> ids(const std::vector<party_id>& v) {
  std::vector<std::string> out;
  for (const auto& p : v) out.push_back(p.value);
  return out;
}
using strings = std::vector<std::string>;

party org(const char* id, std::vector<party_id> successors = {}) {
  return party{.id = {id}, .kind = party_kind::organisation, .name = id, .organisation = organisation_kind::economic_union,
               .successors = std::move(successors)};
}

// The EEC renamed the EC (one party, the old name an alias), replaced by the EU; the Central
// Asian organisations' line (CAEU → CAEC → CACO, renamings: one party) merged into EurAsEC,
// which the EAEU replaced; a union of two republics that ended.
dataset history() {
  dataset_builder b;
  b.add(party{.id = {"EC"}, .kind = party_kind::organisation, .name = "European Community",
              .aliases = {"European Economic Community", "EEC"}, .organisation = organisation_kind::economic_union,
              .founded = partial_date{1958, 1, 1}, .dissolved = partial_date{2009, 11, 30}, .successors = {{"EU"}}});
  b.add(party{.id = {"EU"}, .kind = party_kind::bloc, .name = "European Union", .organisation = organisation_kind::economic_union,
              .founded = partial_date{1993, 11, 1}});
  b.add(org("CACO", {{"EURASEC"}}));
  b.add(org("EURASEC", {{"EAEU"}}));
  b.add(org("EAEU"));
  b.add(party{.id = {"SU"}, .name = "Soviet Union", .iso_code = "SU", .successors = {{"RU"}, {"KZ"}}});
  b.add(party{.id = {"KZ"}, .name = "Kazakhstan", .iso_code = "KZ"});
  b.add(party{.id = {"RU"}, .name = "Russia", .iso_code = "RU"});
  return b.build();
}
}  // namespace

TEST_CASE("successors_of: the parties that took a party's place, direct or transitive") {
  const dataset ds = history();
  CHECK(ids(successors_of(ds, {"CACO"})) == strings{"EURASEC"});
  CHECK(ids(successors_of(ds, {"CACO"}, succession_depth::transitive)) == strings{"EURASEC", "EAEU"});
  CHECK(ids(successors_of(ds, {"EC"}, succession_depth::transitive)) == strings{"EU"});
  CHECK(ids(successors_of(ds, {"SU"})) == strings{"RU", "KZ"});  // in the order the record lists them
  CHECK(successors_of(ds, {"EAEU"}, succession_depth::transitive).empty());
  CHECK(successors_of(ds, {"KZ"}).empty());
}

TEST_CASE("predecessors_of: the parties a party continued or replaced") {
  const dataset ds = history();
  CHECK(ids(predecessors_of(ds, {"EAEU"})) == strings{"EURASEC"});
  CHECK(ids(predecessors_of(ds, {"EAEU"}, succession_depth::transitive)) == strings{"EURASEC", "CACO"});
  CHECK(ids(predecessors_of(ds, {"KZ"})) == strings{"SU"});
  CHECK(ids(predecessors_of(ds, {"RU"}, succession_depth::transitive)) == strings{"SU"});
  CHECK(predecessors_of(ds, {"CACO"}, succession_depth::transitive).empty());
  CHECK(predecessors_of(ds, {"SU"}).empty());
}

TEST_CASE("a renamed organisation is one party: its former name finds it, and it has no predecessor") {
  const dataset ds = history();
  CHECK(predecessors_of(ds, {"EC"}).empty());
  const auto& ec = ds.at(party_id{"EC"});
  CHECK(std::find(ec.aliases.begin(), ec.aliases.end(), "European Economic Community") != ec.aliases.end());
}

TEST_CASE("succession look-ups name an unknown party") {
  const dataset ds = history();
  CHECK_THROWS_WITH_AS((void)successors_of(ds, {"EEC"}), doctest::Contains("parties/EEC"), error);
  CHECK_THROWS_WITH_AS((void)predecessors_of(ds, {"EEC"}, succession_depth::transitive), doctest::Contains("parties/EEC"), error);
}

TEST_CASE("succession cycles (a party naming itself the validator refuses): found once, from the party first in dataset order; the walks end") {
  dataset_builder b;
  b.add(org("A", {{"B"}}));
  b.add(org("B", {{"C"}}));
  b.add(org("C", {{"A"}, {"D"}}));
  b.add(org("D"));
  b.add(org("X", {{"Y"}}));
  b.add(org("Y"));
  const dataset ds = b.build();
  const auto cycles = succession_cycles(ds);
  REQUIRE(cycles.size() == 1);
  CHECK(ids(cycles[0]) == strings{"A", "B", "C"});
  CHECK(ids(successors_of(ds, {"A"}, succession_depth::transitive)) == strings{"B", "C", "D"});
  CHECK(ids(predecessors_of(ds, {"A"}, succession_depth::transitive)) == strings{"C", "B"});
  CHECK(succession_cycles(history()).empty());
  // A cycle entered from outside is still found once, from its first party.
  dataset_builder c;
  c.add(org("START", {{"P"}}));
  c.add(org("Q", {{"P"}}));
  c.add(org("P", {{"Q"}}));
  const auto entered = succession_cycles(c.build());
  REQUIRE(entered.size() == 1);
  CHECK(ids(entered[0]) == strings{"Q", "P"});
}

TEST_CASE("the embedded data: the Soviet Union's successors, and the line CAEC → CACO → EurAsEC → EAEU") {
  const dataset ds = data::eurasian_organisations();
  CHECK(ids(successors_of(ds, {"SU"})) ==
        strings{"AM", "AZ", "BY", "EE", "GE", "KZ", "KG", "LV", "LT", "MD", "RU", "TJ", "TM", "UA", "UZ"});
  CHECK(ids(predecessors_of(ds, {"KZ"})) == strings{"SU"});
  CHECK(ids(successors_of(ds, {"CAEC"}, succession_depth::transitive)) == strings{"CACO", "EURASEC", "EAEU"});
  CHECK(ids(predecessors_of(ds, {"EAEU"}, succession_depth::transitive)) == strings{"EURASEC", "CACO", "CAEC"});
  CHECK(ids(predecessors_of(ds, {"EAEU"})) == strings{"EURASEC"});
  CHECK(succession_cycles(ds).empty());
  // Each ends on its last day and its successor exists by then (CACO's merger is the day
  // Uzbekistan joined EurAsEC; the EAEU begins the day after EurAsEC's last).
  CHECK(ds.at(party_id{"EURASEC"}).dissolved == partial_date{2014, 12, 31});
  CHECK(ds.at(party_id{"EAEU"}).founded == partial_date{2015, 1, 1});
  CHECK(ds.at(party_id{"CACO"}).dissolved == partial_date{2006, 1, 25});
  CHECK(ds.at(party_id{"SU"}).dissolved == partial_date{1991, 12, 26});
  CHECK(ds.at(party_id{"KZ"}).founded == partial_date{1991, 12, 16});
}
