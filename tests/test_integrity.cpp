#include "fixtures.hpp"

#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/data/eurasian_organisations.hpp>
#include <regcoop/query/integrity.hpp>
#include <regcoop/model/states.hpp>

#include <doctest/doctest.h>

using namespace regcoop;

namespace {
bool has(const std::vector<finding>& fs, const std::string& record, const std::string& part) {
  return std::any_of(fs.begin(), fs.end(), [&](const finding& f) { return f.record == record && f.message.find(part) != std::string::npos; });
}
}  // namespace

TEST_CASE("the integrity report flags suspicious but valid data") {
  auto b = fixtures::small_builder();
  b.add(project{.id = {"bare"}, .name = "Bare"});
  b.add(source{.id = {"unused"}, .title = "Nobody cites me"});
  const dataset ds = b.build();
  const auto fs = integrity_report(ds);
  CHECK(has(fs, "projects/bare", "no source cited"));
  CHECK(has(fs, "projects/bare", "no host country"));
  CHECK(has(fs, "projects/bare", "no status"));
  CHECK(has(fs, "projects/p1", "neither a period nor an as-of date"));
  CHECK(has(fs, "sources/unused", "no record cites"));
  CHECK_FALSE(has(fs, "indicators/trade", "period"));
}

TEST_CASE("the embedded dataset: what the source leaves open is listed, nothing else") {
  const auto fs = integrity_report(data::china_central_asia());
  CHECK(has(fs, "projects/turgusun-hpp", "no status"));      // the source gives none
  CHECK(has(fs, "projects/wind-projects", "no host country"));  // nor the host countries
  CHECK(has(fs, "agreements/emergency-action-plans", "no signing"));
  for (const auto& f : fs) CHECK(f.message != "no source cited");
  for (const auto& f : fs) CHECK(f.message != "no record cites this source");
}

namespace {
// Findings of one record and field.
std::vector<std::string> about(const std::vector<finding>& fs, const std::string& record, const std::string& field) {
  std::vector<std::string> out;
  for (const auto& f : fs)
    if (f.record == record && f.field == field) out.push_back(f.message);
  return out;
}

party organisation(const char* id, std::optional<partial_date> founded, std::vector<membership> members,
                   std::optional<partial_date> dissolved = std::nullopt) {
  return party{.id = {id}, .kind = party_kind::organisation, .name = id, .organisation = organisation_kind::intergovernmental_organisation,
               .founded = founded, .dissolved = dissolved, .members = std::move(members)};
}

// A Soviet Union and successors with their own dates, and organisations around them.
dataset_builder soviet_history() {
  dataset_builder b;
  b.add(party{.id = {"SU"}, .name = "Soviet Union", .iso_code = "SU", .founded = partial_date{1922, 12, 30},
              .dissolved = partial_date{1991, 12, 26}, .successors = {{"KZ"}, {"RU"}}});
  b.add(party{.id = {"KZ"}, .name = "Kazakhstan", .iso_code = "KZ", .founded = partial_date{1991, 12, 16}});
  b.add(party{.id = {"RU"}, .name = "Russia", .iso_code = "RU"});
  return b;
}
}  // namespace

TEST_CASE("parties over time: a spell of a state before its independence is flagged, naming both dates") {
  auto b = soviet_history();
  b.add(organisation("ORG", partial_date{1970}, {{.member = {"KZ"}, .period = {.from = partial_date{1980}, .to = partial_date{1985}}}}));
  b.add(organisation("CIS", partial_date{1991, 12, 8},
                     {{.member = {"RU"}, .period = {.from = partial_date{1991, 12, 8}}},
                      {.member = {"KZ"}, .period = {.from = partial_date{1991, 12, 21}}}}));
  const auto fs = integrity_report(b.build());
  CHECK(about(fs, "parties/ORG", "members/0") ==
        std::vector<std::string>{"the spell of 'KZ' (full_member) begins 1980, before 'KZ' existed (independent 1991-12-16)"});
  // A Soviet successor in the CIS from 1991-12-21: inside every existence, nothing to report.
  CHECK(about(fs, "parties/CIS", "members/0").empty());
  CHECK(about(fs, "parties/CIS", "members/1").empty());
  CHECK(about(fs, "parties/SU", "successors").empty());
}

TEST_CASE("parties over time: before founding, after dissolution, open ends; both ends inclusive") {
  auto b = soviet_history();
  b.add(organisation("CIS", partial_date{1991, 12, 8},
                     {{.member = {"RU"}, .period = {.from = partial_date{1991, 12, 7}}},                    // the day before
                      {.member = {"KZ"}, .period = {.from = partial_date{1991, 12}}},                       // may be after
                      {.member = {"RU"}, .role = membership_role::observer, .period = {.to = partial_date{1990, 12}}, .reported = partial_date{1990}},
                      {.member = {"SU"}, .role = membership_role::observer, .period = {.to = partial_date{1991, 12, 26}}}}));
  b.add(organisation("OLD", partial_date{1980}, {{.member = {"RU"}, .period = {.from = partial_date{1985}, .to = partial_date{2001}}},
                                                  {.member = {"SU"}, .period = {.from = partial_date{1985}, .to = partial_date{1991, 12, 26}}},
                                                  {.member = {"SU"}, .role = membership_role::observer, .period = {.from = partial_date{1991, 12, 27}}}},
                     partial_date{2000, 6}));
  const auto fs = integrity_report(b.build());
  CHECK(about(fs, "parties/CIS", "members/0") ==
        std::vector<std::string>{"the spell of 'RU' (full_member) begins 1991-12-07, before 'CIS' existed (founded 1991-12-08)"});
  CHECK(about(fs, "parties/CIS", "members/1").empty());  // "1991-12" may be the 8th or later: not certain
  CHECK(about(fs, "parties/CIS", "members/2") ==
        std::vector<std::string>{"the spell of 'RU' (observer) begins 1990, before 'CIS' existed (founded 1991-12-08)"});
  // No beginning: it holds since always, so before the CIS and before the Soviet Union.
  CHECK(about(fs, "parties/CIS", "members/3") ==
        std::vector<std::string>{"the spell of 'SU' (observer) has no beginning, so it holds before 'CIS' existed (founded 1991-12-08)",
                                 "the spell of 'SU' (observer) has no beginning, so it holds before 'SU' existed (independent 1922-12-30)"});
  CHECK(about(fs, "parties/OLD", "members/0") ==
        std::vector<std::string>{"the spell of 'RU' (full_member) runs to 2001, after 'OLD' ended (dissolved 2000-06)"});
  CHECK(about(fs, "parties/OLD", "members/1").empty());  // to the Soviet Union's last day: inside
  const auto late = about(fs, "parties/OLD", "members/2");
  REQUIRE(late.size() == 2);
  CHECK(late[0] == "the spell of 'SU' (observer) has no end, so it holds after 'OLD' ended (dissolved 2000-06)");
  CHECK(late[1] == "the spell of 'SU' (observer) has no end, so it holds after 'SU' ended (ended 1991-12-26)");
}

TEST_CASE("parties over time: a spell whose status is unknown asserts nothing and is never flagged") {
  auto b = soviet_history();
  b.add(organisation("ORG", partial_date{1970},
                     {{.member = {"KZ"}, .period = {.from = partial_date{1980}, .to = partial_date{1985}}, .status_unknown = true}}));
  CHECK(about(integrity_report(b.build()), "parties/ORG", "members/0").empty());
}

TEST_CASE("parties over time: agreement entries and project hosts outside their party's existence") {
  auto b = soviet_history();
  b.add(source{.id = {"src"}, .title = "t"});
  b.add(agreement{.id = {"a"}, .name = "A", .kind = agreement_kind::treaty,
                  .parties = {{.party = {"KZ"}, .signed_on = partial_date{1990, 5}, .in_force_from = partial_date{1992}},
                              {.party = {"SU"}, .signed_on = partial_date{1990, 5}, .in_force_from = partial_date{1992}},
                              {.party = {"RU"}, .signed_on = partial_date{1991}}}});
  b.add(project{.id = {"p"}, .name = "P", .kind = project_kind::railway, .hosts = {{"RU"}, {"KZ"}, {"SU"}},
                .status_history = {{.status = project_status::planned, .since = partial_date{1991}},
                                   {.status = project_status::operating, .reported = partial_date{1995}}}});
  const auto fs = integrity_report(b.build());
  CHECK(about(fs, "agreements/a", "parties/0/signed_on") ==
        std::vector<std::string>{"signed 1990-05, before 'KZ' existed (independent 1991-12-16)"});
  CHECK(about(fs, "agreements/a", "parties/0/in_force_from").empty());
  CHECK(about(fs, "agreements/a", "parties/1/signed_on").empty());
  CHECK(about(fs, "agreements/a", "parties/1/in_force_from") ==
        std::vector<std::string>{"in force from 1992, after 'SU' ended (ended 1991-12-26)"});
  CHECK(about(fs, "agreements/a", "parties/2/signed_on").empty());
  CHECK(about(fs, "projects/p", "hosts/0").empty());
  CHECK(about(fs, "projects/p", "hosts/1").empty());  // 1991 may be after 16 December
  CHECK(about(fs, "projects/p", "hosts/2") ==
        std::vector<std::string>{"status 'operating' reported 1995, after 'SU' ended (ended 1991-12-26)"});
}

TEST_CASE("parties over time: successors that form a cycle are flagged once, naming the cycle") {
  const auto chain = [](std::vector<party_id> a_successors) {
    dataset_builder b;
    b.add(party{.id = {"A"}, .kind = party_kind::organisation, .name = "A", .organisation = organisation_kind::customs_union,
                .successors = std::move(a_successors)});
    b.add(party{.id = {"B"}, .kind = party_kind::organisation, .name = "B", .organisation = organisation_kind::customs_union,
                .successors = {{"A"}}});
    b.add(party{.id = {"C"}, .kind = party_kind::organisation, .name = "C", .organisation = organisation_kind::customs_union,
                .successors = {{"B"}}});
    return integrity_report(b.build());
  };
  for (const char* p : {"parties/A", "parties/B", "parties/C"}) CHECK(about(chain({}), p, "successors").empty());
  const auto fs = chain({{"C"}});  // A → C → B → A
  CHECK(about(fs, "parties/A", "successors") == std::vector<std::string>{"succession cycle: A → C → B → A (nothing succeeds itself)"});
  CHECK(about(fs, "parties/B", "successors").empty());  // once, not once per party
  CHECK(about(fs, "parties/C", "successors").empty());
  dataset_builder c;
  c.add(party{.id = {"EURASEC"}, .kind = party_kind::organisation, .name = "EurAsEC", .organisation = organisation_kind::economic_union,
              .successors = {{"EAEU"}}});
  c.add(party{.id = {"EAEU"}, .kind = party_kind::organisation, .name = "EAEU", .organisation = organisation_kind::economic_union,
              .successors = {{"EURASEC"}}});
  CHECK(about(integrity_report(c.build()), "parties/EURASEC", "successors") ==
        std::vector<std::string>{"succession cycle: EURASEC → EAEU → EURASEC (nothing succeeds itself)"});
}

TEST_CASE("the embedded Eurasian organisations: their history holds together, every source cited") {
  const dataset ds = data::eurasian_organisations();
  const auto fs = integrity_report(ds);
  for (const auto& f : fs) {
    CAPTURE(f.record);
    CAPTURE(f.field);
    CHECK(f.message.find("existed") == std::string::npos);  // no spell, entry or host outside an existence
    CHECK(f.message.find("ended") == std::string::npos);
    CHECK(f.message.find("succession cycle") == std::string::npos);
    CHECK(f.message != "no record cites this source");  // spells cite sources too
  }
  // The same data with Kazakhstan a member of CAEC from 1980: flagged against its independence.
  auto b = dataset_builder{};
  for (const auto& s : ds.sources()) b.add(s);
  for (auto p : ds.parties()) {
    if (p.id.value == "CAEC") p.members[0].period.from = partial_date{1980};
    b.add(std::move(p));
  }
  for (const auto& a : ds.agreements()) b.add(a);
  const auto changed = integrity_report(b.build());
  CHECK(has(changed, "parties/CAEC", "the spell of 'KZ' (full_member) begins 1980, before 'CAEC' existed (founded 1994)"));
  CHECK(has(changed, "parties/CAEC", "the spell of 'KZ' (full_member) begins 1980, before 'KZ' existed (independent 1991-12-16)"));
}

TEST_CASE("a country's existence comes from the state registry when the party gives none") {
  dataset_builder b;
  b.add(party{.id = {"KZ"}, .name = "Kazakhstan", .iso_code = "KZ"});
  b.add(party{.id = {"SU"}, .name = "Soviet Union", .iso_code = "SU"});
  b.add(organisation("ORG", std::nullopt, {{.member = {"KZ"}, .period = {.from = partial_date{1980}, .to = partial_date{1990}}},
                                           {.member = {"SU"}, .period = {.from = partial_date{1980}, .to = partial_date{1995}}}}));
  const auto fs = integrity_report(b.build());
  REQUIRE(find_state("KZ") != nullptr);
  REQUIRE(find_state("KZ")->from == "1991-12-16");
  REQUIRE(find_state("SU")->to == "1991-12-26");
  CHECK(about(fs, "parties/ORG", "members/0") ==
        std::vector<std::string>{"the spell of 'KZ' (full_member) begins 1980, before 'KZ' existed (from 1991-12-16 in the state registry)"});
  CHECK(about(fs, "parties/ORG", "members/1") ==
        std::vector<std::string>{"the spell of 'SU' (full_member) runs to 1995, after 'SU' ended (to 1991-12-26 in the state registry)"});
}
