#include "query_fixtures.hpp"

#include <regcoop/query/as_of.hpp>
#include <regcoop/data/china_central_asia.hpp>

#include <set>
#include <string>

#include <doctest/doctest.h>

using namespace regcoop;

TEST_CASE("'signed in May 2025': possibly in force on 2025-05-15, certainly on 2025-06-01") {
  const dataset ds = data::china_central_asia();
  const auto& moc = ds.at(agreement_id{"transport-moc-2025"});
  CHECK(state_on(moc, moc.parties[0], {2025, 5, 15}).in_force == truth::possibly);
  CHECK(state_on(moc, moc.parties[0], {2025, 6, 1}).in_force == truth::certainly);
  CHECK(state_on(moc, moc.parties[0], {2025, 4, 30}).in_force == truth::no);
  CHECK(state_on(moc, moc.parties[0], {2025, 6, 1}).is_signed == truth::certainly);
}

TEST_CASE("which agreements with Kazakhstan are in force on 2025-06-17") {
  const dataset ds = data::china_central_asia();
  const snapshot certain(ds, {2025, 6, 17}, certainty::certain);
  std::set<std::string> ids;
  for (const auto* a : certain.agreements_between({"CN"}, {"KZ"})) ids.insert(a->id.value);
  // The transport memorandum (signed May 2025) and the visa exemption (in force since 2023).
  CHECK(ids == std::set<std::string>{"transport-moc-2025", "visa-cn-kz"});
  const snapshot possible(ds, {2025, 6, 17}, certainty::possible);
  CHECK(possible.agreements_between({"CN"}, {"KZ"}).size() == 4);  // plus undated action plans, partnership
  // Before the Uzbek visa exemption took effect on 2025-06-01:
  const snapshot may(ds, {2025, 5, 31});
  bool uz = false;
  for (const auto& s : may.agreements_in_force()) uz = uz || s.of->id.value == "visa-cn-uz";
  CHECK_FALSE(uz);
}

TEST_CASE("bloc expansion: the EU's members as of a date, and back") {
  const dataset ds = data::china_central_asia();
  CHECK(parties_bound_by(ds, {"EU"}, {2025, 6, 17}).size() == 27);
  CHECK(parties_bound_by(ds, {"EU"}, {2019, 6, 1}).size() == 28);   // with the United Kingdom
  CHECK(parties_bound_by(ds, {"EU"}, {2003}).size() == 15);
  CHECK(parties_bound_by(ds, {"EU"}, {2004}, certainty::certain).size() == 25);   // ten joined on 1 May 2004: some day of 2004
  CHECK(parties_bound_by(ds, {"EU"}, query_date{{2004}, day_rule::every_day}, certainty::certain).size() == 15);  // every day
  CHECK(parties_bound_by(ds, {"EU"}, {2004}, certainty::possible).size() == 25);
  CHECK(parties_bound_by(ds, {"EU"}, {2020}, certainty::possible).size() == 28);  // the UK left on 31 January
  CHECK(parties_bound_by(ds, {"EU"}, {2020}, certainty::certain).size() == 28);  // some day of 2020: with the UK
  CHECK(parties_bound_by(ds, {"EU"}, query_date{{2020}, day_rule::every_day}, certainty::certain).size() == 27);
  CHECK(parties_bound_by(ds, {"KZ"}, {2025}) == std::vector<party_id>{{"KZ"}});
  const auto eu25 = parties_bound_by(ds, {"EU"}, {2025});
  CHECK(std::find(eu25.begin(), eu25.end(), party_id{"PL"}) != eu25.end());
  CHECK(std::find(eu25.begin(), eu25.end(), party_id{"GB"}) == eu25.end());
}

TEST_CASE("mechanism members as of a date expand the EU") {
  const dataset ds = data::china_central_asia();
  const snapshot s(ds, {2025, 6, 17});
  CHECK(s.mechanism_members({"c5-eu"}).size() == 5 + 27);
  CHECK(s.mechanism_members({"china-central-asia"}).size() == 6);
}

TEST_CASE("project status on a date keeps 'reported by' uncertain before the report") {
  const dataset ds = data::china_central_asia();
  const auto& cku = ds.at(project_id{"cku-railway"});
  const auto after = state_on(cku, {2025, 7});
  CHECK(after.status == project_status::under_construction);
  CHECK(after.sure == truth::certainly);
  CHECK(state_on(cku, {2024}).sure == truth::possibly);
  const snapshot s(ds, {2025, 7}, certainty::certain);
  CHECK(s.projects().size() == 5);  // CKU railway and tunnels, land port, Confucius Institutes, Luban Workshops
}

TEST_CASE("project status with dated history") {
  const project p{.id = {"p"},
                  .name = "P",
                  .status_history = {{.status = project_status::planned, .since = partial_date{2020}, .reported = std::nullopt},
                                     {.status = project_status::under_construction, .since = partial_date{2022, 5}, .reported = std::nullopt}}};
  CHECK_FALSE(state_on(p, {2019}).status.has_value());
  CHECK(state_on(p, {2021}).status == project_status::planned);
  CHECK(state_on(p, {2021}).sure == truth::certainly);
  const auto may = state_on(p, {2022, 5, 10});
  CHECK(may.status == project_status::under_construction);
  CHECK(may.sure == truth::possibly);
  CHECK(state_on(p, {2022, 6}).sure == truth::certainly);
}

TEST_CASE("ended agreements") {
  const agreement a{.id = {"a"},
                    .name = "A",
                    .parties = {{.party = {"CN"}, .signed_on = partial_date{2010}, .in_force_from = partial_date{2011, 1, 1}, .ended_on = partial_date{2020, 6}},
                                {.party = {"KZ"}, .signed_on = partial_date{2010}, .in_force_from = partial_date{2011, 1, 1}, .ended_on = std::nullopt}},
                    .status = agreement_status::in_force};
  CHECK(state_on(a, a.parties[0], {2015}).in_force == truth::certainly);
  CHECK(state_on(a, a.parties[0], {2020, 6, 15}).in_force == truth::possibly);
  CHECK(state_on(a, a.parties[0], {2021}).in_force == truth::no);
  CHECK(state_on(a, a.parties[0], {2021}).ended == truth::certainly);
  CHECK(state_on(a, a.parties[1], {2021}).in_force == truth::certainly);
  CHECK(state_on(a, a.parties[0], {2010, 6}).in_force == truth::no);
}

TEST_CASE("property: certain answers imply possible ones on random data (fixed seed)") {
  const dataset ds = queryfix::make(21, 200, 300, 0);
  for (const auto& a : ds.agreements())
    for (const auto& p : a.parties)
      for (int y = 2014; y <= 2027; ++y)
        for (int m = 0; m <= 12; m += 3) {
          const partial_date d{y, m, 0};
          const auto s = state_on(a, p, d);
          if (s.in_force == truth::certainly) CHECK(accepted(s.in_force, certainty::possible));
          if (p.signed_on && certainly_before(d, *p.signed_on)) CHECK(s.is_signed == truth::no);
        }
}
