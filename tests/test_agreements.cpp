// Agreements as researchers read them, on tests/data/researcher.json: per-party histories,
// the sides rule, per-party status, accession and provisional application, the validator's
// agreement-party rules and the integrity report's reading of entry citations.

#include "fixtures.hpp"

#include <regcoop/query/as_of.hpp>
#include <regcoop/query/integrity.hpp>
#include <regcoop/io/json.hpp>
#include <regcoop/query/select.hpp>
#include <regcoop/query/timeline.hpp>

#include <boost/json.hpp>
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace regcoop;

namespace {

// The fixture, without ASEAN's observer spell of Timor-Leste (concurrent with its candidacy:
// read only where concurrent roles are accepted), so that it loads whatever the validator reads.
dataset researcher() {
  std::ifstream in(REGCOOP_TEST_DATA_DIR "/researcher.json", std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  auto v = boost::json::parse(text.str());
  for (auto& p : v.at("parties").as_array()) {
    if (p.at("id") != "ASEAN") continue;
    auto& members = p.at("members").as_array();
    for (auto it = members.begin(); it != members.end();)
      it = it->at("member") == "TL" && it->at("role") == "observer" ? members.erase(it) : it + 1;
  }
  return from_json_value(v);
}

const dataset& ds() {
  static const dataset d = researcher();
  return d;
}

const agreement& named(const char* id) { return ds().at(agreement_id{id}); }

const agreement_party& entry(const agreement& a, const char* party) {
  const auto it = std::find_if(a.parties.begin(), a.parties.end(), [&](const agreement_party& e) { return e.party.value == party; });
  REQUIRE(it != a.parties.end());
  return *it;
}

std::vector<std::string> ids(const std::vector<const agreement*>& v) {
  std::vector<std::string> out;
  for (const auto* a : v) out.push_back(a->id.value);
  return out;
}

// The agreement entries of a timeline (records "agreements/...").
std::vector<timeline_entry> agreement_entries(const std::vector<timeline_entry>& t) {
  std::vector<timeline_entry> out;
  for (const auto& e : t)
    if (e.record.rfind("agreements/", 0) == 0) out.push_back(e);
  return out;
}

std::vector<std::string> selected(const filter_spec& spec) {
  std::vector<std::string> out;
  for (const auto& a : select<agreement>(ds(), make_filter<agreement>(ds(), spec))) out.push_back(a.id.value);
  return out;
}

}  // namespace

TEST_CASE("a party's timeline holds its own entry of each agreement") {
  const auto mm = agreement_entries(timeline(ds(), party_id{"MM"}));
  REQUIRE(mm.size() == 1);  // Myanmar signed RCEP and did nothing more
  CHECK(mm[0].date == partial_date{2020, 11, 15});
  CHECK(mm[0].what == "Regional Comprehensive Economic Partnership signed by MM");
  CHECK_FALSE(mm[0].through.has_value());

  const auto id = agreement_entries(timeline(ds(), party_id{"ID"}));
  REQUIRE(id.size() == 2);  // not the other parties' entries into force of 2022
  CHECK(id[0].date == partial_date{2020, 11, 15});
  CHECK(id[1].date == partial_date{2023, 1, 2});
  CHECK(id[1].what == "Regional Comprehensive Economic Partnership enters into force for ID");

  const auto am = agreement_entries(timeline(ds(), party_id{"AM"}));
  REQUIRE(am.size() == 2);
  CHECK(am[0].date == partial_date{2014, 10, 10});
  CHECK(am[0].what == "Treaty on the Eurasian Economic Union acceded to by AM");
  CHECK(am[1].date == partial_date{2015, 1, 2});
}

TEST_CASE("a party's timeline marks what binds it through a bloc") {
  const auto de = agreement_entries(timeline(ds(), party_id{"DE"}));
  REQUIRE(de.size() == 3);  // the EU's signature, provisional application and entry into force
  for (const auto& e : de) {
    CHECK(e.record == "agreements/eu-kz-epca");
    CHECK(e.through == party_id{"EU"});
  }
  CHECK(de[1].what.find("applied provisionally by EU (DE bound through EU)") != std::string::npos);
  // GB is bound through the EU on each of the EU's dates (a full member, then in the transition).
  CHECK(agreement_entries(timeline(ds(), party_id{"GB"})).size() == 3);
  // HR joined in 2013: bound through the EU on all three dates too; the EU's own timeline has them as its own.
  const auto eu = agreement_entries(timeline(ds(), party_id{"EU"}));
  REQUIRE(eu.size() == 3);
  CHECK_FALSE(eu[0].through.has_value());
}

TEST_CASE("the pair timeline names whose date each entry is; the same day is no uncertainty") {
  const auto t = agreement_entries(timeline(ds(), party_id{"ID"}, party_id{"MM"}));
  REQUIRE(t.size() == 3);
  CHECK(t[0].date == partial_date{2020, 11, 15});
  CHECK(t[1].date == partial_date{2020, 11, 15});
  CHECK(t[1].order_note.empty());  // two signatures on one day
  CHECK(t[2].what == "Regional Comprehensive Economic Partnership enters into force for ID");
  // DE and KZ: the EU's entries (marked) and Kazakhstan's.
  const auto dk = agreement_entries(timeline(ds(), party_id{"DE"}, party_id{"KZ"}));
  CHECK(dk.size() == 6);
  CHECK(std::count_if(dk.begin(), dk.end(), [](const timeline_entry& e) { return e.through == party_id{"EU"}; }) == 3);
  // No agreement names MM and KZ.
  CHECK(agreement_entries(timeline(ds(), party_id{"MM"}, party_id{"KZ"})).empty());
}

TEST_CASE("sides: two parties on different entries, both in force") {
  const query_date jan21 = partial_date{2021, 1, 1};
  CHECK(agreements_between(ds(), {"DE"}, {"FR"}, jan21).empty());  // both through the EU's entry
  CHECK(ids(agreements_between(ds(), {"DE"}, {"KZ"}, jan21)) == std::vector<std::string>{"eu-kz-epca"});
  CHECK(ids(agreements_between(ds(), {"KZ"}, {"DE"}, jan21)) == std::vector<std::string>{"eu-kz-epca"});
  CHECK(agreements_between(ds(), {"DE"}, {"DE"}, jan21).empty());
  CHECK(ids(agreements_between(ds(), {"EU"}, {"KZ"}, jan21)) == std::vector<std::string>{"eu-kz-epca"});
  // The United Kingdom in the transition period is bound as a non-member; not after it.
  CHECK(ids(agreements_between(ds(), {"GB"}, {"KZ"}, partial_date{2020, 6, 1})) == std::vector<std::string>{"eu-kz-epca"});
  CHECK(agreements_between(ds(), {"GB"}, {"KZ"}, partial_date{2021, 6, 1}).empty());
  // Provisional application is not entry into force.
  CHECK(agreements_between(ds(), {"DE"}, {"KZ"}, partial_date{2018, 1, 1}).empty());
  // RCEP: Indonesia and China only once it is in force for Indonesia; never with Myanmar.
  CHECK(agreements_between(ds(), {"ID"}, {"CN"}, partial_date{2022, 6, 1}).empty());
  CHECK(ids(agreements_between(ds(), {"ID"}, {"CN"}, partial_date{2023, 6, 1})) == std::vector<std::string>{"rcep"});
  CHECK(agreements_between(ds(), {"MM"}, {"CN"}, partial_date{2024, 1, 1}).empty());
  // A coarse date by its rule: in force for ID on some day of 2023, not on every day of it.
  CHECK(agreements_between(ds(), {"ID"}, {"CN"}, query_date({2023}, day_rule::every_day)).empty());
  CHECK(agreements_between(ds(), {"ID"}, {"CN"}, query_date({2023}, day_rule::every_day), certainty::possible).empty());
  CHECK(ids(agreements_between(ds(), {"ID"}, {"CN"}, query_date({2023}))) == std::vector<std::string>{"rcep"});
  CHECK_THROWS_AS((void)agreements_between(ds(), {"DE"}, {"Atlantis"}, jan21), error);
  // The snapshot answers the same.
  const snapshot s(ds(), partial_date{2020, 6, 1});
  CHECK(ids(s.agreements_between({"GB"}, {"KZ"})) == std::vector<std::string>{"eu-kz-epca"});
  CHECK(s.agreements_between({"DE"}, {"FR"}).empty());
  const auto gb = s.agreements_in_force_for({"GB"});
  REQUIRE(gb.size() == 1);
  CHECK(gb[0].of->id.value == "eu-kz-epca");
  CHECK(snapshot(ds(), partial_date{2021, 6, 1}).agreements_in_force_for({"GB"}).empty());
  CHECK_THROWS_AS((void)s.agreements_in_force_for({"Atlantis"}), error);
}

TEST_CASE("parties_bound_by: full members and bound non-members, a continuing spell joined") {
  CHECK(parties_bound_by(ds(), {"EU"}, partial_date{2020, 6, 1}) == std::vector<party_id>{{"DE"}, {"FR"}, {"HR"}, {"GB"}});
  CHECK(parties_bound_by(ds(), {"EU"}, partial_date{2021, 6, 1}) == std::vector<party_id>{{"DE"}, {"FR"}, {"HR"}});
  // Every day of 2020: a full member to 31 January, bound as a non-member from 1 February.
  const auto every = parties_bound_by(ds(), {"EU"}, query_date({2020}, day_rule::every_day));
  CHECK(std::find(every.begin(), every.end(), party_id{"GB"}) != every.end());
  CHECK(parties_bound_by(ds(), {"KZ"}, partial_date{2021}) == std::vector<party_id>{{"KZ"}});
  CHECK_THROWS_AS((void)parties_bound_by(ds(), {"Atlantis"}, partial_date{2021}), error);
}

TEST_CASE("state_on: accession, provisional application and applies") {
  const auto& eaeu = named("eaeu-treaty");
  const auto am = state_on(eaeu, entry(eaeu, "AM"), partial_date{2014, 12, 1});
  CHECK(am.acceded == truth::certainly);
  CHECK(am.is_signed == truth::no);
  CHECK(am.in_force == truth::no);
  CHECK(state_on(eaeu, entry(eaeu, "AM"), partial_date{2015, 1, 1}).in_force == truth::no);
  CHECK(state_on(eaeu, entry(eaeu, "AM"), partial_date{2015, 1, 2}).in_force == truth::certainly);

  const auto& epca = named("eu-kz-epca");
  const auto kz18 = state_on(epca, entry(epca, "KZ"), partial_date{2018, 1, 1});
  CHECK(kz18.provisionally_applied == truth::certainly);
  CHECK(kz18.in_force == truth::no);
  CHECK(kz18.applies == truth::certainly);
  const auto kz21 = state_on(epca, entry(epca, "KZ"), partial_date{2021, 1, 1});
  CHECK(kz21.provisionally_applied == truth::no);
  CHECK(kz21.in_force == truth::certainly);
  CHECK(kz21.applies == truth::certainly);
  CHECK(state_on(epca, entry(epca, "KZ"), partial_date{2016, 4, 30}).applies == truth::no);
  // Some day / every day of 2016 (applied from 1 May).
  CHECK(state_on(epca, entry(epca, "KZ"), query_date({2016})).provisionally_applied == truth::certainly);
  CHECK(state_on(epca, entry(epca, "KZ"), query_date({2016}, day_rule::every_day)).provisionally_applied == truth::no);
  // Every day of 2020: provisionally to February, in force from March — applied throughout.
  const auto kz20 = state_on(epca, entry(epca, "KZ"), query_date({2020}, day_rule::every_day));
  CHECK(kz20.in_force == truth::no);
  CHECK(kz20.applies == truth::certainly);
}

TEST_CASE("status_on reads the entry's own dates") {
  const auto& rcep = named("rcep");
  CHECK(status_on(rcep, entry(rcep, "MM"), agreement_status::in_force, partial_date{2024, 1, 1}) == truth::no);
  CHECK(status_on(rcep, entry(rcep, "MM"), agreement_status::concluded, partial_date{2024, 1, 1}) == truth::certainly);
  CHECK(status_on(rcep, entry(rcep, "ID"), agreement_status::concluded, partial_date{2022, 6, 1}) == truth::certainly);
  CHECK(status_on(rcep, entry(rcep, "ID"), agreement_status::in_force, partial_date{2023, 6, 1}) == truth::certainly);
  CHECK(status_on(rcep, entry(rcep, "ID"), agreement_status::concluded, partial_date{2023, 6, 1}) == truth::no);
  CHECK(status_on(rcep, entry(rcep, "ID"), agreement_status::proposed, partial_date{2020, 1, 1}) == truth::certainly);
  CHECK(status_on(rcep, entry(rcep, "ID"), agreement_status::proposed, partial_date{2021, 1, 1}) == truth::no);
  // 2023: concluded on some day of it (to 1 January), not on every day.
  CHECK(status_on(rcep, entry(rcep, "ID"), agreement_status::concluded, query_date({2023})) == truth::certainly);
  CHECK(status_on(rcep, entry(rcep, "ID"), agreement_status::concluded, query_date({2023}, day_rule::every_day)) == truth::no);
}

TEST_CASE("filters: a party's status, the agreements between two parties, kinds") {
  filter_spec mm{.party = party_id{"MM"}, .status = "in_force", .on = query_date(partial_date{2024, 1, 1})};
  CHECK(selected(mm).empty());
  mm.status = "concluded";
  CHECK(selected(mm) == std::vector<std::string>{"rcep"});
  const filter_spec id{.party = party_id{"ID"}, .status = "in_force", .on = query_date(partial_date{2024, 1, 1})};
  CHECK(selected(id) == std::vector<std::string>{"rcep"});
  // Without a party the reported status is read: RCEP is reported in force.
  CHECK(selected(filter_spec{.status = "in_force"}).size() == 3);
  // A party bound through a bloc: the EU's entry.
  const filter_spec de{.party = party_id{"DE"}, .status = "in_force", .on = query_date(partial_date{2024, 1, 1})};
  CHECK(selected(de) == std::vector<std::string>{"eu-kz-epca"});
  const filter_spec de_own{.party = party_id{"DE"}, .through_blocs = false, .status = "in_force", .on = query_date(partial_date{2024, 1, 1})};
  CHECK(selected(de_own).empty());

  filter_spec pair{.party = party_id{"DE"}, .other_party = party_id{"FR"}, .on = query_date(partial_date{2021, 1, 1})};
  CHECK(selected(pair).empty());
  pair.other_party = party_id{"KZ"};
  CHECK(selected(pair) == std::vector<std::string>{"eu-kz-epca"});
  pair.party = party_id{"GB"};
  pair.on = query_date(partial_date{2020, 6, 1});
  CHECK(selected(pair) == std::vector<std::string>{"eu-kz-epca"});  // GB is no full member then: involves would miss it
  pair.on = query_date(partial_date{2021, 6, 1});
  CHECK(selected(pair).empty());
  // In force on a date for a bound non-member.
  const filter_spec gb{.party = party_id{"GB"}, .in_force_on = query_date(partial_date{2020, 6, 1})};
  CHECK(selected(gb) == std::vector<std::string>{"eu-kz-epca"});

  CHECK(selected(filter_spec{.kind = "free_trade_agreement"}) == std::vector<std::string>{"rcep"});
  CHECK(selected(filter_spec{.kind = "treaty"}) == std::vector<std::string>{"eaeu-treaty", "eu-kz-epca"});
  CHECK(selected(filter_spec{.kind = "customs_union_agreement"}).empty());

  CHECK_THROWS_AS((void)make_filter<agreement>(ds(), filter_spec{.other_party = party_id{"KZ"}}), error);
  CHECK_THROWS_AS((void)make_filter<project>(ds(), filter_spec{.party = party_id{"KZ"}, .other_party = party_id{"CN"}}), error);
  CHECK_THROWS_AS((void)make_filter<agreement>(ds(), filter_spec{.party = party_id{"KZ"}, .other_party = party_id{"Atlantis"}}), error);
}

namespace {
dataset_builder with_agreement(agreement_party a, agreement_party b) {
  auto builder = fixtures::two_countries();
  builder.add(agreement{.id = {"t"}, .name = "T", .kind = agreement_kind::treaty, .parties = {std::move(a), std::move(b)},
                        .status = agreement_status::in_force, .citations = {fixtures::cite("q")}});
  return builder;
}
bool refused(const dataset_builder& b, const std::string& field, const std::string& part) {
  const auto probs = b.check();
  return std::any_of(probs.begin(), probs.end(), [&](const problem& p) {
    return p.record == "agreements/t" && p.field == field && p.message.find(part) != std::string::npos;
  });
}
}  // namespace

TEST_CASE("the validator's rules for accession and provisional application") {
  const agreement_party cn{.party = {"CN"}, .signed_on = partial_date{2015, 1, 1}, .in_force_from = partial_date{2016, 1, 1}};
  // Signed and acceded: refused, naming the field.
  CHECK(refused(with_agreement(cn, {.party = {"KZ"}, .signed_on = partial_date{2015, 1, 1}, .acceded_on = partial_date{2015, 6, 1}}),
                "parties/1/acceded_on", "does not accede"));
  CHECK(refused(with_agreement(cn, {.party = {"KZ"}, .acceded_on = partial_date{2015, 6, 1}, .ratified_on = partial_date{2015, 7, 1}}),
                "parties/1/ratified_on", "does not ratify"));
  // In force before accession.
  CHECK(refused(with_agreement(cn, {.party = {"KZ"}, .acceded_on = partial_date{2016, 6, 1}, .in_force_from = partial_date{2016, 1, 1}}),
                "parties/1/in_force_from", "before it accedes"));
  // Provisional application after entry into force; before signature.
  CHECK(refused(with_agreement(cn, {.party = {"KZ"}, .signed_on = partial_date{2015, 1, 1}, .provisionally_applied_from = partial_date{2017, 1, 1},
                                    .in_force_from = partial_date{2016, 1, 1}}),
                "parties/1/provisionally_applied_from", "after it enters into force"));
  CHECK(refused(with_agreement(cn, {.party = {"KZ"}, .signed_on = partial_date{2015, 1, 1}, .provisionally_applied_from = partial_date{2014, 1, 1}}),
                "parties/1/provisionally_applied_from", "before it is signed"));
  // Provisional application from the day of signature, accession then entry into force: valid.
  CHECK(with_agreement(cn, {.party = {"KZ"}, .signed_on = partial_date{2015, 1, 1}, .provisionally_applied_from = partial_date{2015, 1, 1},
                            .in_force_from = partial_date{2016, 1, 1}})
            .check()
            .empty());
  CHECK(with_agreement(cn, {.party = {"KZ"}, .acceded_on = partial_date{2015, 6, 1}, .in_force_from = partial_date{2016, 1, 1}}).check().empty());
  // The fixture itself is valid in its agreements.
  dataset_builder fixture;
  fixture.add(ds());
  CHECK(fixture.check().empty());
}

TEST_CASE("integrity: entry citations cite their source; accession outside a party's life") {
  auto b = fixtures::two_countries();
  b.add(source{.id = {"entry-only"}, .title = "Cited by one agreement entry"});
  b.add(party{.id = {"XX"}, .kind = party_kind::organisation, .name = "Gone", .organisation = organisation_kind::international_organisation, .founded = partial_date{1990}, .dissolved = partial_date{2000}});
  b.add(agreement{.id = {"t"},
                  .name = "T",
                  .parties = {{.party = {"CN"}, .signed_on = partial_date{2015, 1, 1}},
                              {.party = {"XX"}, .acceded_on = partial_date{2015, 6, 1}, .citations = {{{"entry-only"}, "q"}}}},
                  .status = agreement_status::concluded,
                  .citations = {fixtures::cite("q")}});
  const auto fs = integrity_report(std::move(b).build());
  const auto has = [&](const std::string& record, const std::string& part) {
    return std::any_of(fs.begin(), fs.end(), [&](const finding& f) { return f.record == record && f.message.find(part) != std::string::npos; });
  };
  CHECK_FALSE(has("sources/entry-only", "no record cites"));
  CHECK(has("agreements/t", "acceded 2015-06-01"));
  // The researcher's fixture: membership and entry citations cite the fixture source.
  const auto rf = integrity_report(ds());
  CHECK(std::none_of(rf.begin(), rf.end(), [](const finding& f) { return f.record == "sources/fixture"; }));
}
