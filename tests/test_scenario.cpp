// Scenario documents: the join rule (a join replaces a spell of another role from its date),
// apply() and routes agreeing on every shipped and corpus scenario, names where ids go, and
// every problem of a document in one pass with its JSON pointer.

#include "embedded.hpp"

#include <doctest/doctest.h>

#include <regcoop/query/as_of.hpp>
#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/data/eurasian_organisations.hpp>
#include <regcoop/dataset/merge.hpp>
#include <regcoop/network/politics.hpp>
#include <regcoop/io/scenario_json.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

using namespace regcoop;

namespace {

const dataset& both() { return fixtures::embedded(); }

std::vector<std::filesystem::path> json_files(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> out;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".json") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> fields_of(const error& e) {
  std::vector<std::string> out;
  for (const auto& p : e.problems()) out.push_back(p.field);
  return out;
}

// The role `member` holds in `org` on `d`, certainly (nullopt when none).
std::optional<membership_role> role_on(const dataset& ds, const char* org, const char* member, partial_date d) {
  for (const auto& m : members_of(ds, party_id{org}, d, std::nullopt))
    if (m.member.value == member && m.sure == truth::certainly) return m.role;
  return std::nullopt;
}

party org_with(std::vector<membership> members) {
  return party{.id = {"ORG"}, .kind = party_kind::organisation, .name = "Org",
               .organisation = organisation_kind::customs_union, .members = std::move(members)};
}

}  // namespace

TEST_CASE("scenario join rule: a join replaces a spell of another role from its date") {
  const membership observer{.member = {"UZ"}, .role = membership_role::observer, .period = {.from = partial_date{2020, 12, 11}}};
  SUBCASE("an open spell of another role ends the day before the join") {
    scenario sc;
    sc.join({"ORG"}, {"UZ"}, {2029, 1, 1});
    const party p = sc.with_memberships(org_with({observer}));
    REQUIRE(p.members.size() == 2);
    CHECK(p.members[0].role == membership_role::observer);
    CHECK(p.members[0].period.to == partial_date{2028, 12, 31});
    CHECK(p.members[1].role == membership_role::full_member);
    CHECK(p.members[1].period.from == partial_date{2029, 1, 1});
  }
  SUBCASE("a join on a partial date: the old spell ends before its first day") {
    scenario sc;
    sc.join({"ORG"}, {"UZ"}, {2029, 3});
    const party p = sc.with_memberships(org_with({observer}));
    REQUIRE(p.members.size() == 2);
    CHECK(p.members[0].period.to == partial_date{2029, 2, 28});
  }
  SUBCASE("a spell of the same role holding on the date: no new spell, its end removed") {
    scenario sc;
    sc.join({"ORG"}, {"UZ"}, {2029, 1, 1}, membership_role::observer);
    CHECK(sc.with_memberships(org_with({observer})).members == std::vector<membership>{observer});
    membership closed = observer;
    closed.period.to = partial_date{2030};
    const party p = sc.with_memberships(org_with({closed}));
    REQUIRE(p.members.size() == 1);
    CHECK_FALSE(p.members[0].period.to);
  }
  SUBCASE("spells beginning on or after the join are replaced; spells over before it stay") {
    const membership later{.member = {"UZ"}, .role = membership_role::candidate, .period = {.from = partial_date{2031}}};
    const membership earlier{.member = {"UZ"}, .role = membership_role::candidate,
                             .period = {.from = partial_date{2010}, .to = partial_date{2015}}};
    const membership other{.member = {"KZ"}, .role = membership_role::full_member, .period = {.from = partial_date{2015}}};
    scenario sc;
    sc.join({"ORG"}, {"UZ"}, {2029, 1, 1});
    const party p = sc.with_memberships(org_with({earlier, observer, later, other}));
    REQUIRE(p.members.size() == 4);
    CHECK(p.members[0] == earlier);
    CHECK(p.members[1].period.to == partial_date{2028, 12, 31});
    CHECK(p.members[2] == other);
    CHECK(p.members[3].role == membership_role::full_member);
  }
}

TEST_CASE("scenario documents: apply() accepts every shipped and corpus scenario, and agrees with routes") {
  const dataset& ds = both();
  const std::filesystem::path root(REGCOOP_SOURCE_DIR);
  auto files = json_files(root / "examples" / "scenarios");
  REQUIRE_FALSE(files.empty());
  for (const auto& f : json_files(root / "tests" / "data" / "scenarios" / "good")) files.push_back(f);
  CHECK(files.size() >= 5);
  for (const auto& f : files) {
    INFO(f.string());
    const scenario sc = load_scenario(f, ds);
    CHECK_NOTHROW((void)apply(ds, sc));
    // The border regimes of a route under the scenario are those of the applied dataset.
    const dataset after = apply(ds, sc);
    for (const partial_date d : {partial_date{2028, 6, 1}, partial_date{2029, 6, 1}, partial_date{2031, 6, 1}}) {
      const border_politics with(ds, d, certainty::certain, sc), applied(after, d);
      for (const auto& [a, b] : std::vector<std::pair<party_id, party_id>>{{{"UZ"}, {"KZ"}}, {{"AM"}, {"RU"}}, {{"KZ"}, {"RU"}}}) {
        const auto x = with.regime(a, b, transport_mode::rail), y = applied.regime(a, b, transport_mode::rail);
        CHECK(x.regime == y.regime);
        CHECK(x.basis == y.basis);
      }
    }
  }
  // The shipped example: Uzbekistan is an observer until the join, a full member from it.
  const scenario sc = load_scenario(root / "examples" / "scenarios" / "uzbekistan-joins-eaeu.json", ds);
  const dataset after = apply(ds, sc);
  CHECK(role_on(after, "EAEU", "UZ", {2028, 12, 31}) == membership_role::observer);
  CHECK(role_on(after, "EAEU", "UZ", {2029, 1, 1}) == membership_role::full_member);
  CHECK(role_on(after, "EAEU", "UZ", {2035}) == membership_role::full_member);
  CHECK(role_on(ds, "EAEU", "UZ", {2035}) == membership_role::observer);
  const border_politics route_2029(ds, {2029, 1, 1}, certainty::certain, sc), route_2028(ds, {2028, 12, 31}, certainty::certain, sc);
  CHECK(route_2029.regime({"UZ"}, {"KZ"}, transport_mode::rail).regime == border_regime::customs_union);
  CHECK(route_2028.regime({"UZ"}, {"KZ"}, transport_mode::rail).regime == border_regime::customs_border);
}

TEST_CASE("scenario documents: names work where ids do") {
  const dataset& ds = both();
  const scenario sc = scenario_from_json(R"({
    "open_corridors": [{"corridor": "Middle Corridor"}],
    "join": [{"organisation": "Eurasian Economic Union", "member": "Uzbekistan", "from": "2029-01-01"},
             {"organisation": "eaeu", "member": "TKM", "role": "observer", "from": "2030"}],
    "leave": [{"organisation": "EEU", "member": "Armenia", "last_day": "2030-12-31"}],
    "close_borders": [{"between": ["China", "kz"]}],
    "border_rules": [{"id": "slow", "between": ["Kyrgyz Republic", "UZB"], "clearance_hours": 3}],
    "segments": [{"segment": "AKTAU-ALAT", "hours": 20}],
    "end_agreements": [{"agreement": "China–Kazakhstan mutual visa exemption agreement", "on": "2030"}]
  })", ds);
  REQUIRE(sc.joins().size() == 2);
  CHECK(sc.joins()[0].first == party_id{"EAEU"});
  CHECK(sc.joins()[0].second.member == party_id{"UZ"});
  CHECK(sc.joins()[1].second.member == party_id{"TM"});
  REQUIRE(sc.leaves().size() == 1);
  CHECK(sc.leaves()[0].organisation == party_id{"EAEU"});
  CHECK(sc.leaves()[0].member == party_id{"AM"});
  REQUIRE(sc.border_rules().size() == 2);
  CHECK(sc.border_rules()[0].between == std::vector<party_id>{{"KG"}, {"UZ"}});
  CHECK(sc.border_rules()[1].between == std::vector<party_id>{{"CN"}, {"KZ"}});
  CHECK(sc.changes().contains("aktau-alat"));
  for (const auto& s : ds.at(corridor_id{"trans-caspian"}).segments) CHECK(sc.changes().contains(s.value));
  CHECK(sc.changes().at("aktau-alat").hours == 20.0);
  REQUIRE(sc.ended_agreements().size() == 1);
  CHECK(sc.ended_agreements()[0].agreement == agreement_id{"visa-cn-kz"});
  CHECK_NOTHROW((void)apply(ds, sc));
  // An unknown name is a problem at its pointer.
  try {
    (void)scenario_from_json(R"({"join": [{"organisation": "EAEU", "member": "Atlantis", "from": "2029"}]})", ds, "w.json");
    FAIL("expected an error");
  } catch (const error& e) {
    REQUIRE(e.problems().size() == 1);
    CHECK(e.problems()[0].code == errc::unknown_id);
    CHECK(e.problems()[0].field == "w.json#/join/0/member");
    CHECK(e.problems()[0].message.find("'Atlantis'") != std::string::npos);
  }
}

TEST_CASE("scenario documents: every problem in one pass, read and reference problems together") {
  const dataset& ds = both();
  try {
    (void)scenario_from_json(R"({
      "join": [{"organisation": "EAEU", "member": "Atlantis", "from": "2029"},
               {"organisation": "EAEU", "member": "UZ"},
               {"organisation": "EAEU", "member": 860, "from": "2029"}],
      "leave": [{"organisation": "EAEU", "member": "KZ", "last_day": "2025-02-31"}],
      "segments": [{"segment": "nowhere", "length_km": -3}],
      "close_borders": [{"between": ["KZ"]}],
      "open": []
    })", ds, "what-if.json");
    FAIL("expected an error");
  } catch (const error& e) {
    INFO(std::string(e.what()));
    const auto fields = fields_of(e);
    const std::vector<std::string> want{
        "what-if.json#/join/2/member",          // a number where a name goes (read)
        "what-if.json#/leave/0/last_day",       // no such day (read)
        "what-if.json#/open",                   // unknown member (read)
        "what-if.json#/segments/0/segment",     // unknown segment (reference)
        "what-if.json#/segments/0/length_km",   // negative (value)
        "what-if.json#/join/0/member",          // unknown party (reference)
        "what-if.json#/join/1/from",            // missing date
        "what-if.json#/close_borders/0/between"  // one country
    };
    for (const auto& w : want) CHECK_MESSAGE(std::find(fields.begin(), fields.end(), w) != fields.end(), w);
    CHECK(fields.size() == want.size());  // each place once: a read problem is not reported again
    std::vector<errc> codes;
    for (const auto& p : e.problems()) codes.push_back(p.code);
    for (const errc c : {errc::type_mismatch, errc::invalid_date, errc::unknown_field, errc::unknown_id, errc::invalid_value,
                         errc::missing_field})
      CHECK(std::find(codes.begin(), codes.end(), c) != codes.end());
  }
}

TEST_CASE("scenario documents: what apply() refuses the reader refuses, at the entry that adds it") {
  const dataset& ds = both();
  try {
    (void)scenario_from_json(R"({
      "border_rules": [{"id": "kz-uz", "between": ["KZ", "KZ"], "clearance_hours": 1}],
      "agreements": [{"id": "one", "name": "One party", "parties": [{"party": "CN"}]},
                     {"id": "visa-cn-kz", "name": "A second agreement under an id the data has",
                      "parties": [{"party": "CN"}, {"party": "KZ"}]}],
      "join": [{"organisation": "SCO", "member": "SCO", "from": "2030"}]
    })", ds, "x.json");
    FAIL("expected an error");
  } catch (const error& e) {
    INFO(std::string(e.what()));
    const auto fields = fields_of(e);
    for (const char* w : {"x.json#/border_rules/0/between/1", "x.json#/agreements/0/parties", "x.json#/agreements/1/id"})
      CHECK_MESSAGE(std::find(fields.begin(), fields.end(), w) != fields.end(), w);
    CHECK(std::any_of(e.problems().begin(), e.problems().end(), [](const problem& p) {
      return p.record == "parties/SCO" && p.message.find("'x.json'") != std::string::npos;
    }));
  }
  // The same border closed twice (in either order) is one closed rule, not a duplicate id.
  const scenario sc = scenario_from_json(R"({"close_borders": [{"between": ["UZ", "TM"]}, {"between": ["TM", "UZ"]}]})", ds);
  CHECK(sc.border_rules().size() == 1);
}

TEST_CASE("scenario documents: the bad corpus is refused, each problem naming its file") {
  const dataset& ds = both();
  const auto files = json_files(std::filesystem::path(REGCOOP_TEST_DATA_DIR) / "scenarios" / "bad");
  CHECK(files.size() >= 15);
  for (const auto& f : files) {
    INFO(f.string());
    try {
      (void)load_scenario(f, ds);
      FAIL("accepted");
    } catch (const error& e) {
      REQUIRE_FALSE(e.problems().empty());
      // At a JSON pointer into the file, or (a problem of the dataset the scenario makes) in
      // a record of that dataset, naming the file.
      for (const auto& p : e.problems())
        CHECK((p.field.rfind(f.string() + "#/", 0) == 0 || (!p.record.empty() && p.message.find(f.string()) != std::string::npos)));
    }
  }
}
