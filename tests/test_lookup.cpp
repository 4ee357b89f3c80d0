#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/dataset/lookup.hpp>
#include <regcoop/query/select.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace regcoop;

TEST_CASE("find_party: by id, ISO alpha-2, alpha-3, numeric code, name, alias, any case") {
  const dataset ds = data::china_central_asia();
  for (const char* key : {"KZ", "kz", "KAZ", "kaz", "398", "Kazakhstan", "KAZAKHSTAN", "Republic of Kazakhstan"}) {
    CAPTURE(key);
    const party* p = find_party(ds, key);
    REQUIRE(p != nullptr);
    CHECK(p->id.value == "KZ");
  }
  CHECK(find_party(ds, "Kirghizia")->id.value == "KG");  // an alias the country registry knows
  CHECK(find_party(ds, "eu")->id.value == "EU");         // a bloc, by id in any case
  CHECK(find_party(ds, "European Union")->id.value == "EU");
  CHECK(find_party(ds, "Atlantis") == nullptr);
  CHECK(find_party(ds, "") == nullptr);
  CHECK(find_party(ds, "BR") == nullptr);  // a real country the dataset does not hold
  CHECK(find_party(ds, "Brazil") == nullptr);
}

TEST_CASE("party_named throws unknown_id naming the key") {
  const dataset ds = data::china_central_asia();
  CHECK(party_named(ds, "Uzbekistan").id.value == "UZ");
  try {
    (void)party_named(ds, "Atlantis");
    FAIL("no error");
  } catch (const error& e) {
    CHECK(e.code() == errc::unknown_id);
    CHECK(std::string(e.what()).find("'Atlantis'") != std::string::npos);
  }
}

TEST_CASE("find_node and node_named: id, name, alias, any case") {
  const dataset ds = data::china_central_asia();
  CHECK(find_node(ds, "xian")->name == "Xi'an");
  CHECK(find_node(ds, "Xi'an")->id.value == "xian");
  CHECK(find_node(ds, "XIAN")->id.value == "xian");
  CHECK(find_node(ds, "DUISBURG")->id.value == "duisburg");
  CHECK(find_node(ds, "Atlantis") == nullptr);
  CHECK_THROWS_AS((void)node_named(ds, "Atlantis"), error);
}

TEST_CASE("find_corridor and corridor_ends: segments listed in either direction") {
  const dataset ds = data::china_central_asia();
  for (const auto& c : ds.corridors()) {
    CAPTURE(c.id.value);
    CHECK(find_corridor(ds, c.id.value) == &c);
    CHECK(find_corridor(ds, c.name) == &c);
    const auto ends = corridor_ends(ds, c.id);
    // The first end lies on the first segment only, the last end on the last segment only.
    const segment& first = ds.at(c.segments.front());
    const segment& last = ds.at(c.segments.back());
    CHECK((ends.first == first.from || ends.first == first.to));
    CHECK((ends.last == last.from || ends.last == last.to));
    if (c.segments.size() > 1) CHECK(ends.first != ends.last);
  }
  CHECK(corridor_named(ds, "cku").id.value == "cku");
  CHECK_THROWS_AS((void)corridor_ends(ds, corridor_id{"nowhere"}), error);
}

TEST_CASE("corridor_ends of hand-made corridors: reversed segments, one segment") {
  dataset_builder b;
  b.add(party{.id = {"KZ"}, .name = "Kazakhstan", .iso_code = "KZ"});
  for (const char* n : {"a", "b", "c", "d"}) b.add(node{.id = {n}, .name = n, .country = {"KZ"}});
  b.add(segment{.id = {"ab"}, .from = {"b"}, .to = {"a"}, .length_km = 1});  // listed backwards
  b.add(segment{.id = {"bc"}, .from = {"b"}, .to = {"c"}, .length_km = 1});
  b.add(segment{.id = {"cd"}, .from = {"d"}, .to = {"c"}, .length_km = 1});  // listed backwards
  b.add(corridor{.id = {"abcd"}, .name = "A–D", .segments = {{"ab"}, {"bc"}, {"cd"}}});
  b.add(corridor{.id = {"one"}, .name = "one", .segments = {{"bc"}}});
  const dataset ds = std::move(b).build();
  const auto e = corridor_ends(ds, corridor_id{"abcd"});
  CHECK(e.first.value == "a");
  CHECK(e.last.value == "d");
  const auto one = corridor_ends(ds, corridor_id{"one"});
  CHECK(one.first.value == "b");
  CHECK(one.last.value == "c");
}

TEST_CASE("make_filter from a filter_spec keeps the party-index anchor and checks names") {
  const dataset ds = data::china_central_asia();
  filter_spec spec;
  spec.party = party_id{"KZ"};
  spec.in_sector = sector::energy;
  const auto sel = select<project>(ds, make_filter<project>(ds, spec));
  CHECK(sel.visits() == ds.referring_to<project>(party_id{"KZ"}).size());
  CHECK(sel.visits() < ds.projects().size());
  // The same answer as the filter written out with the composable pieces.
  const auto direct = select<project>(ds, involves(ds, party_id{"KZ"}) && in_sector(sector::energy));
  CHECK(to_vector(sel) == to_vector(direct));
  CHECK(sel.count() >= 2);

  filter_spec by_kind;
  by_kind.kind = "visa_exemption";
  CHECK(select<agreement>(ds, make_filter<agreement>(ds, by_kind)).count() ==
        select<agreement>(ds, of_kind(agreement_kind::visa_exemption)).count());

  filter_spec bad_kind;
  bad_kind.kind = "railway";
  try {
    (void)make_filter<agreement>(ds, bad_kind);
    FAIL("no error");
  } catch (const error& e) {
    CHECK(e.code() == errc::invalid_value);
    CHECK(e.problems().front().field == "kind");
    CHECK(e.problems().front().message.find("visa_exemption") != std::string::npos);
  }
  filter_spec status_on_events;
  status_on_events.status = "operating";
  CHECK_THROWS_AS((void)make_filter<event>(ds, status_on_events), error);
  filter_spec unknown_party;
  unknown_party.party = party_id{"ZZ"};
  CHECK_THROWS_AS((void)make_filter<project>(ds, unknown_party), error);

  filter_spec status;
  status.status = "under_construction";
  CHECK(select<project>(ds, make_filter<project>(ds, status)).count() ==
        select<project>(ds, with_status(project_status::under_construction)).count());
}

TEST_CASE("make_filter refuses a part no record of the kind can hold (sector, country, mechanism)") {
  const dataset ds = data::china_central_asia();
  const auto refused = [&]<class R>(R, const filter_spec& spec, const std::string& field) {
    try {
      (void)make_filter<R>(ds, spec);
      FAIL("no error for " << field);
    } catch (const error& e) {
      CHECK(e.code() == errc::invalid_value);
      CHECK(e.problems().front().field == field);
    }
  };
  filter_spec sector_spec;
  sector_spec.in_sector = sector::energy;
  refused(node{}, sector_spec, "in_sector");
  refused(corridor{}, sector_spec, "in_sector");
  CHECK_NOTHROW((void)make_filter<project>(ds, sector_spec));
  filter_spec country_spec;
  country_spec.country = party_id{"KZ"};
  refused(source{}, country_spec, "country");
  refused(indicator{}, country_spec, "country");
  CHECK(select<node>(ds, make_filter<node>(ds, country_spec)).count() > 0);
  filter_spec mechanism_spec;
  mechanism_spec.mechanism = ds.mechanisms().front().id;
  refused(node{}, mechanism_spec, "mechanism");
  refused(party{}, mechanism_spec, "mechanism");
  CHECK_NOTHROW((void)make_filter<event>(ds, mechanism_spec));
  CHECK_NOTHROW((void)make_filter<agreement>(ds, mechanism_spec));
}

TEST_CASE("find_record: a record of any kind by id, name, title or alias in any case; parties as find_party") {
  const dataset ds = data::china_central_asia();
  REQUIRE(find_record<party>(ds, "KAZ") != nullptr);
  CHECK(find_record<party>(ds, "KAZ") == find_party(ds, "KAZ"));
  CHECK(find_record<node>(ds, "XI'AN")->id.value == "xian");
  CHECK(find_record<agreement>(ds, "VISA-CN-KZ")->id.value == "visa-cn-kz");
  CHECK(find_record<agreement>(ds, "china–kazakhstan mutual visa exemption agreement")->id.value == "visa-cn-kz");
  CHECK(find_record<source>(ds, "ISO 3166-1 COUNTRY CODES")->id.value == "ref-iso3166");
  CHECK(find_record<project>(ds, "") == nullptr);
  CHECK(find_record<project>(ds, "no-such-project") == nullptr);
  CHECK(record_named<node>(ds, "Duisburg").id.value == "duisburg");
  try {
    (void)record_named<project>(ds, "Atlantis line");
    FAIL("no throw");
  } catch (const error& e) {
    CHECK(e.code() == errc::unknown_id);
    CHECK(std::string(e.what()).find("no projects record has the id, name or alias 'Atlantis line'") != std::string::npos);
  }
}
