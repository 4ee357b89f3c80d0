#include <regcoop/as_of.hpp>
#include <regcoop/data/builtin.hpp>
#include <regcoop/merge.hpp>

#include <doctest/doctest.h>

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
  // Kazakhstan keeps the opinion piece's citations.
  CHECK(both.at(party_id{"KZ"}).citations == a.at(party_id{"KZ"}).citations);
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
  CHECK(member_on(ds.at(party_id{"EAEU"}), party_id{"KG"}, {2015, 8, 5}) == truth::no);
  CHECK(member_on(ds.at(party_id{"EAEU"}), party_id{"KG"}, {2015, 8, 6}) == truth::certainly);
  CHECK(member_on(ds.at(party_id{"CSTO"}), party_id{"UZ"}, {2013}, membership_role::suspended) == truth::certainly);
  CHECK(member_on(ds.at(party_id{"CIS"}), party_id{"GE"}, {2010}) == truth::no);
  CHECK(member_on(ds.at(party_id{"OTS"}), party_id{"UZ"}, {2019, 10}) == truth::possibly);
  CHECK(member_on(ds.at(party_id{"OTS"}), party_id{"UZ"}, {2019, 11}) == truth::certainly);
}
