#include <regcoop/query/as_of.hpp>
#include <regcoop/data/builtin.hpp>
#include <regcoop/dataset/lookup.hpp>
#include <regcoop/dataset/merge.hpp>

#include <doctest/doctest.h>

#include <algorithm>

#include <string>

using namespace regcoop;

TEST_CASE("the two embedded datasets merge: countries united, nothing lost") {
  const dataset a = data::china_central_asia(), b = data::eurasian_organisations();
  const dataset both = merge(a, b);
  // Every record of either is in the merge (countries once).
  boost::mp11::mp_for_each<record_types>([&](auto t) {
    using R = decltype(t);
    for (const auto& r : a.all<R>()) CHECK(both.find(r.id) != nullptr);
    for (const auto& r : b.all<R>()) CHECK(both.find(r.id) != nullptr);
  });
  CHECK(both.size() < a.size() + b.size());  // the shared countries count once
  // Kazakhstan keeps the opinion piece's citations first and gains the other dataset's
  // citation of its independence, with the date.
  const auto& kz_cited = both.at(party_id{"KZ"}).citations;
  const auto& mine = a.at(party_id{"KZ"}).citations;
  REQUIRE(kz_cited.size() == mine.size() + 1);
  CHECK(std::equal(mine.begin(), mine.end(), kz_cited.begin()));
  CHECK(both.at(party_id{"KZ"}).founded == partial_date{1991, 12, 16});
  // Questions across both: Kazakhstan's organisations in 2016, and the C5+1 formats.
  const auto kz = memberships_of(both, party_id{"KZ"}, {2016, 1, 1});
  CHECK(kz.size() >= 2);
  CHECK(kz[0].organisation.value == "SCO");
  CHECK(kz[1].organisation.value == "EAEU");
  CHECK(both.mechanisms().size() == a.mechanisms().size());
  CHECK(merge(a, a) == a);
}

TEST_CASE("merge: clashing ids are an error naming both records and the field") {
  dataset_builder x, y;
  x.add(party{.id = {"KZ"}, .name = "Kazakhstan", .aliases = {"Qazaqstan"}, .iso_code = "KZ"});
  x.add(party{.id = {"O"}, .kind = party_kind::organisation, .name = "Org", .organisation = organisation_kind::forum});
  y.add(party{.id = {"KZ"}, .name = "Kazakhstan", .aliases = {"Republic of Kazakhstan"}, .iso_code = "KZ"});
  y.add(party{.id = {"O"}, .kind = party_kind::organisation, .name = "Another org", .organisation = organisation_kind::forum});
  const dataset dx = std::move(x).build(), dy = std::move(y).build();
  try {
    (void)merge(dx, dy);
    FAIL("no error");
  } catch (const error& e) {
    REQUIRE(e.problems().size() == 1);  // the country merges; the organisation clashes
    const auto& p = e.problems().front();
    CHECK(p.code == errc::duplicate_id);
    CHECK(p.record == "parties/O");
    CHECK(p.field == "name");
    CHECK(p.message.find("parties/O") != std::string::npos);
    CHECK(p.message.find("'Org' vs 'Another org'") != std::string::npos);
  }
  // Countries differing only in aliases merge, aliases united.
  dataset_builder z;
  z.add(party{.id = {"KZ"}, .name = "Kazakhstan", .aliases = {"Republic of Kazakhstan"}, .iso_code = "KZ"});
  const dataset m = merge(dataset_builder{}.add(party{.id = {"KZ"}, .name = "Kazakhstan", .aliases = {"Qazaqstan"}, .iso_code = "KZ"}).build(),
                          std::move(z).build());
  CHECK(m.at(party_id{"KZ"}).aliases == std::vector<std::string>{"Qazaqstan", "Republic of Kazakhstan"});
}

TEST_CASE("merge: a country described in both is one party, united field by field") {
  // The exact case of `--data corridors.geojson+eurasian-organisations` on a GIS file: the
  // GeoJSON reader names Russia from the ISO registry ("Russian Federation"), the
  // embedded organisations call it "Russia".
  const dataset gis = dataset_builder{}.add(party{.id = {"RU"}, .name = "Russian Federation", .iso_code = "RU"}).build();
  const dataset organisations = data::eurasian_organisations();
  const dataset both = merge(gis, organisations);
  const party& ru = both.at(party_id{"RU"});
  CHECK(ru.name == "Russian Federation");  // the first's name
  CHECK(ru.aliases == std::vector<std::string>{"Russia"});  // the other's as an alias
  CHECK(find_party(both, "Russia") == &ru);
  const dataset other_way = merge(organisations, gis);
  CHECK(other_way.at(party_id{"RU"}).name == "Russia");
  CHECK(other_way.at(party_id{"RU"}).aliases == std::vector<std::string>{"Russian Federation"});
  // Memberships of the organisations still hold for the united country.
  CHECK(member_on(both, party_id{"EAEU"}, party_id{"RU"}, {2020, 1, 1}) == truth::certainly);

  // Aliases, member spells and citations united, each once, the first's first; a value
  // only one gives is kept.
  const source s{.id = {"s"}, .title = "S", .kind = source_kind::reference};
  const citation c1{{"s"}, "one"}, c2{{"s"}, "two"};
  dataset_builder x, y;
  x.add(s);
  y.add(s);
  x.add(party{.id = {"KZ"}, .name = "Kazakhstan", .aliases = {"Qazaqstan", "RK"}, .iso_code = "KZ", .citations = {c1}});
  y.add(party{.id = {"KZ"}, .name = "Republic of Kazakhstan", .aliases = {"RK", "Kazakhstan", "KAZ"}, .iso_code = "KZ", .citations = {c2, c1}});
  const party kz = merge(std::move(x).build(), std::move(y).build()).at(party_id{"KZ"});
  CHECK(kz.name == "Kazakhstan");
  CHECK(kz.aliases == std::vector<std::string>{"Qazaqstan", "RK", "Republic of Kazakhstan", "KAZ"});
  CHECK(kz.citations == std::vector<citation>{c1, c2});
}

TEST_CASE("merge: two descriptions of a country that contradict each other are refused with the field and both values") {
  const dataset a = dataset_builder{}.add(party{.id = {"KZ"}, .name = "Kazakhstan", .iso_code = "KZ"}).build();
  const dataset b = dataset_builder{}.add(party{.id = {"KZ"}, .name = "Kyrgyzstan", .iso_code = "KG"}).build();
  try {
    (void)merge(a, b);
    FAIL("no error");
  } catch (const error& e) {
    REQUIRE(e.problems().size() == 1);
    const auto& p = e.problems().front();
    CHECK(p.code == errc::duplicate_id);
    CHECK(p.record == "parties/KZ");
    CHECK(p.field == "iso_code");
    CHECK(p.message.find("'KZ' vs 'KG'") != std::string::npos);
    CHECK(std::string(e.what()).find("parties/KZ/iso_code") != std::string::npos);
  }
  // A country and an organisation under one id are not one party.
  const dataset org = dataset_builder{}
                          .add(party{.id = {"KZ"}, .kind = party_kind::organisation, .name = "Kazakhstan", .organisation = organisation_kind::forum})
                          .build();
  CHECK_THROWS_AS((void)merge(a, org), error);
}

TEST_CASE("builtin datasets by name") {
  CHECK(data::builtin("china-central-asia") == data::china_central_asia());
  CHECK(data::builtin("eurasian-organisations") == data::eurasian_organisations());
  CHECK_FALSE(data::builtin("eurasian-organizations"));
}

TEST_CASE("the Eurasian organisations dataset: every organisation, spell and agreement cited") {
  const dataset ds = data::eurasian_organisations();
  for (const char* o : {"SCO", "EAEU", "CIS", "CSTO", "OTS", "CICA", "ECO", "CAREC"}) {
    CAPTURE(o);
    const party& p = ds.at(party_id{o});
    CHECK(p.kind == party_kind::organisation);
    CHECK_FALSE(p.citations.empty());
    for (const auto& m : p.members) CHECK_FALSE(m.citations.empty());
  }
  for (const auto& s : ds.sources()) {
    CHECK(s.kind == source_kind::reference);
    CHECK(s.url.rfind("http", 0) == 0);
  }
  for (const auto& a : ds.agreements()) CHECK_FALSE(a.citations.empty());
  // A few answers a researcher checks against the pages cited.
  CHECK(ds.at(party_id{"SCO"}).founded == partial_date{2001, 6, 15});
  CHECK(member_on(ds, party_id{"EAEU"}, party_id{"KG"}, {2015, 8, 5}) == truth::no);
  CHECK(member_on(ds, party_id{"EAEU"}, party_id{"KG"}, {2015, 8, 6}) == truth::certainly);
  CHECK(member_on(ds, party_id{"CSTO"}, party_id{"UZ"}, {2013}, membership_role::suspended) == truth::certainly);
  CHECK(member_on(ds, party_id{"CIS"}, party_id{"GE"}, {2010}) == truth::no);
  CHECK(member_on(ds, party_id{"OTS"}, party_id{"UZ"}, {2019, 10}) == truth::certainly);  // on some day of October
  CHECK(member_on(ds, party_id{"OTS"}, party_id{"UZ"}, query_date({2019, 10}, day_rule::every_day)) == truth::possibly);
  CHECK(member_on(ds, party_id{"OTS"}, party_id{"UZ"}, {2019, 11}) == truth::certainly);
}

TEST_CASE("extend: a partial party adds a spell, an alias and a citation to an organisation without restating it") {
  const dataset a = data::eurasian_organisations();
  const party& sco = a.at(party_id{"SCO"});
  const membership tm{.member = {"TM"}, .role = membership_role::observer, .period = {.from = partial_date{2024, 7, 4}, .to = std::nullopt}};
  dataset_extension ext;
  ext.add(party{.id = {"SCO"}, .aliases = {"SCO"}, .members = {tm, sco.members.front()}});  // a spell already there: once
  const dataset both = extend(a, ext, {"eurasian-organisations", "ext.json"});
  const party& got = both.at(party_id{"SCO"});
  CHECK(got.name == sco.name);
  CHECK(got.kind == party_kind::organisation);  // the partial record's default kind is not stated
  CHECK(got.founded == sco.founded);
  CHECK(got.members.size() == sco.members.size() + 1);
  CHECK(got.members.back() == tm);
  CHECK(got.aliases.back() == "SCO");
  const auto observers = members_of(both, party_id{"SCO"}, partial_date{2024, 8, 1}, membership_role::observer);
  CHECK(std::any_of(observers.begin(), observers.end(), [](const auto& r) { return r.member.value == "TM"; }));
  CHECK(extend(a, dataset_extension{}) == a);
}

TEST_CASE("extend: a different founding date clashes, naming the record, the field, both values and both inputs") {
  const dataset a = data::eurasian_organisations();
  dataset_extension ext;
  ext.add(party{.id = {"SCO"}, .founded = partial_date{2002}});
  try {
    (void)extend(a, ext, {"eurasian-organisations", "ext.json"});
    FAIL("no error");
  } catch (const error& e) {
    REQUIRE(e.problems().size() == 1);
    const auto& p = e.problems().front();
    CHECK(p.record == "parties/SCO");
    CHECK(p.field == "founded");
    CHECK(p.message.find("'2001-06-15' vs '2002'") != std::string::npos);
    CHECK(p.message.find("first: eurasian-organisations, second: ext.json") != std::string::npos);
  }
  // A whole dataset's organisation of another kind is no extension: the kind clashes.
  const dataset forum = dataset_builder{}
                            .add(party{.id = {"SCO"}, .kind = party_kind::bloc, .name = "Shanghai Cooperation Organisation",
                                       .organisation = organisation_kind::intergovernmental_organisation})
                            .build();
  CHECK_THROWS_AS((void)merge(a, forum), error);
  // A new record in an extension must be whole: the merged data is validated.
  dataset_extension bare;
  bare.add(party{.id = {"NEW"}});
  CHECK_THROWS_AS((void)extend(a, bare), error);
}

TEST_CASE("merge: two whole descriptions of an organisation unite their lists; values only one gives are kept") {
  const party o1{.id = {"O"}, .kind = party_kind::organisation, .name = "Org", .organisation = organisation_kind::forum,
                 .concurrent_roles = {membership_role::candidate, membership_role::observer}};
  party o2 = o1;
  o2.concurrent_roles = {membership_role::observer, membership_role::candidate};
  o2.seat = "Astana";
  o2.successors = {{"KZ"}};
  const party kz{.id = {"KZ"}, .name = "Kazakhstan", .iso_code = "KZ"};
  const dataset m = merge(dataset_builder{}.add(kz).add(o1).build(), dataset_builder{}.add(kz).add(o2).build());
  const party& o = m.at(party_id{"O"});
  CHECK(o.seat == "Astana");
  CHECK(o.successors == std::vector<party_id>{{"KZ"}});
  CHECK(o.concurrent_roles == std::vector<membership_role>{membership_role::candidate, membership_role::observer});
}
