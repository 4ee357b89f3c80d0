// The state registry (regcoop/model/states.hpp): every code scheme, the collisions that are never
// guessed, the dated COW numbers against every year of COW's state-year table, existence
// dates and successors; the validator's country rules and look-ups by any scheme.

#include "fixtures.hpp"

#include <regcoop/dataset/dataset.hpp>
#include <regcoop/dataset/lookup.hpp>
#include <regcoop/model/states.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace regcoop;

namespace {

std::string sid(const state_info* s) { return s ? std::string(s->id) : std::string("(none)"); }

bool has_problem(const std::vector<problem>& probs, errc code, const std::string& record, const std::string& field,
                 const std::string& in_message = "") {
  return std::any_of(probs.begin(), probs.end(), [&](const problem& p) {
    return p.code == code && p.record == record && p.field == field && p.message.find(in_message) != std::string::npos;
  });
}

std::string all(const std::vector<problem>& probs) {
  std::string out;
  for (const auto& p : probs) out += p.record + " " + p.field + ": " + p.message + "; ";
  return out;
}

}  // namespace

// Compile-time: the registry works in constant expressions.
static_assert(find_state("cow:705")->id == "KZ");
static_assert(find_state("705")->id == "SI");
static_assert(cow_state(365, 1980)->id == "SU");

TEST_CASE("the registry: ISO 3166-1, ISO 3166-3, XK and the COW states without an ISO code, unique ids") {
  std::set<std::string_view> ids;
  int current = 0, former_iso = 0, cow_only = 0;
  for (const auto& s : all_states()) {
    CAPTURE(s.id);
    CHECK(ids.insert(s.id).second);
    CHECK(!s.name.empty());
    if (!s.former && s.id != "XK") ++current;
    if (!s.iso3166_3.empty()) ++former_iso;
    if (s.id.starts_with("COW-")) {
      ++cow_only;
      CHECK(s.alpha2.empty());
      CHECK(s.cow_number != 0);
      CHECK(s.former);
    }
  }
  CHECK(current == 249);
  CHECK(current == static_cast<int>(all_countries().size()));
  CHECK(former_iso == 31);  // Debian iso-codes' ISO 3166-3 list
  CHECK(cow_only == 17);
  // Every ISO 3166-1 entry of country.hpp is a registry state with the same codes.
  for (const auto& c : all_countries()) {
    const auto* s = find_state(c.alpha2, code_scheme::iso_alpha2);
    REQUIRE(s);
    CHECK(s->alpha3 == c.alpha3);
    CHECK(s->numeric == c.numeric);
    CHECK(!s->former);
  }
}

TEST_CASE("ids: alpha-2, a former state's alpha-2 where no other entry has it, else its alpha-4") {
  CHECK(sid(find_state("SU")) == "SU");
  CHECK(sid(find_state("DD")) == "DD");
  CHECK(sid(find_state("YU")) == "YU");
  CHECK(sid(find_state("CSHH")) == "CSHH");
  CHECK(sid(find_state("CSXX")) == "CSXX");
  CHECK(sid(find_state("BYAA")) == "BYAA");  // BY is Belarus
  CHECK(sid(find_state("XK")) == "XK");
  CHECK(sid(find_state("COW-BAD")) == "COW-BAD");
  CHECK(sid(find_state("cow-bad")) == "COW-BAD");
}

TEST_CASE("every scheme, with and without an explicit scheme argument") {
  const state_info* kz = find_state("KZ");
  REQUIRE(kz);
  CHECK(kz->alpha3 == "KAZ");
  CHECK(kz->numeric == 398);
  CHECK(kz->cow_number == 705);
  CHECK(kz->cow_abbreviation == "KZK");
  CHECK(find_state("KZ", code_scheme::iso_alpha2) == kz);
  CHECK(find_state("kaz", code_scheme::iso_alpha3) == kz);
  CHECK(find_state("398", code_scheme::iso_numeric) == kz);
  CHECK(find_state("705", code_scheme::cow_number) == kz);
  CHECK(find_state("KZK", code_scheme::cow_abbreviation) == kz);
  CHECK(find_state("kzk", code_scheme::cow_abbreviation) == kz);
  CHECK(sid(find_state("SUHH", code_scheme::iso3166_3)) == "SU");
  CHECK(sid(find_state("SUN", code_scheme::iso3166_3)) == "SU");
  CHECK(sid(find_state("810", code_scheme::iso3166_3)) == "SU");
  // A scheme argument accepts only codes of its form.
  CHECK(find_state("KAZ", code_scheme::iso_alpha2) == nullptr);
  CHECK(find_state("Kazakhstan", code_scheme::iso_alpha3) == nullptr);
  CHECK(find_state("KZ", code_scheme::iso3166_3) == nullptr);  // KZ is no former state's code
  CHECK(find_state("", code_scheme::cow_number) == nullptr);
  CHECK(find_state("0", code_scheme::iso_numeric) == nullptr);
  CHECK(find_state("99999", code_scheme::cow_number) == nullptr);
  // Prefixes.
  CHECK(find_state("cow:705") == kz);
  CHECK(find_state("COW:KZK") == kz);
  CHECK(find_state("iso:KZ") == kz);
  CHECK(find_state("iso:KAZ") == kz);
  CHECK(find_state("iso:398") == kz);
  CHECK(sid(find_state("iso3166-3:SUHH")) == "SU");
  CHECK(sid(find_state("iso3166-3:YMD")) == "YD");
  // Names: ISO 3166-1's (with its aliases), the registry's, COW's.
  CHECK(find_state("Kazakhstan") == kz);
  CHECK(find_state("Kazakstan") == kz);
  CHECK(sid(find_state("Soviet Union")) == "SU");
  CHECK(sid(find_state("USSR")) == "SU");
  CHECK(sid(find_state("German Federal Republic")) == "DE");
  CHECK(sid(find_state("Two Sicilies")) == "COW-SIC");
}

TEST_CASE("collisions are never guessed: a bare number is ISO, shared former codes answer nothing") {
  CHECK(sid(find_state("705")) == "SI");  // ISO numeric 705 is Slovenia
  CHECK(sid(find_state("cow:705")) == "KZ");  // COW 705 is Kazakhstan
  CHECK(sid(find_state("iso:705")) == "SI");
  CHECK(sid(find_state("cow:349")) == "SI");  // COW's Slovenia
  // CS was Czechoslovakia, then Serbia and Montenegro: no guess.
  CHECK(find_state("CS") == nullptr);
  CHECK(find_state("CS", code_scheme::iso_alpha2) == nullptr);
  CHECK(find_state("iso3166-3:CS") == nullptr);
  CHECK(sid(find_state("CSK")) == "CSHH");
  CHECK(sid(find_state("SCG")) == "CSXX");
  CHECK(find_state("891") == nullptr);  // Yugoslavia's and Serbia and Montenegro's numeric code
  // Reused codes answer the current holder; the scheme for former states the former one.
  CHECK(sid(find_state("BY")) == "BY");
  CHECK(sid(find_state("iso3166-3:BY")) == "BYAA");
  CHECK(sid(find_state("112")) == "BY");
  CHECK(sid(find_state("VN")) == "VN");
  CHECK(sid(find_state("VD")) == "VD");
  CHECK(sid(find_state("YE")) == "YE");
  CHECK(sid(find_state("YD")) == "YD");
  CHECK(sid(find_state("ATF")) == "TF");
  CHECK(sid(find_state("iso3166-3:ATF")) == "FQ");
  // A bare three-letter code is ISO alpha-3, never a COW abbreviation.
  CHECK(sid(find_state("AUS")) == "AU");
  CHECK(sid(find_state("cow:AUS")) == "AT");
  CHECK(sid(find_state("SWZ")) == "SZ");
  CHECK(sid(find_state("cow:SWZ")) == "CH");
  // Unknown schemes and codes.
  CHECK(find_state("gw:705") == nullptr);
  CHECK(find_state("ZZ") == nullptr);
  CHECK(find_state("cow:") == nullptr);
  CHECK(find_state("") == nullptr);
}

TEST_CASE("dated COW numbers: 365, 260/255, 265, 315, 345, 678-680, 347") {
  CHECK(sid(cow_state(365, 1816)) == "RU");
  CHECK(sid(cow_state(365, 1921)) == "RU");
  CHECK(sid(cow_state(365, 1922)) == "SU");
  CHECK(sid(cow_state(365, 1991)) == "SU");
  CHECK(sid(cow_state(365, 1992)) == "RU");
  CHECK(sid(cow_state(260, 1970)) == "DE");
  CHECK(sid(cow_state(255, 1900)) == "DE");
  CHECK(sid(cow_state(255, 2014)) == "DE");
  CHECK(sid(cow_state(265, 1970)) == "DD");
  CHECK(sid(cow_state(315, 1970)) == "CSHH");
  CHECK(sid(cow_state(345, 1900)) == "RS");
  CHECK(sid(cow_state(345, 1918)) == "YU");
  CHECK(sid(cow_state(345, 2002)) == "YU");
  CHECK(sid(cow_state(345, 2003)) == "CSXX");
  CHECK(sid(cow_state(345, 2005)) == "CSXX");
  CHECK(sid(cow_state(345, 2006)) == "RS");
  CHECK(sid(cow_state(678, 1970)) == "YE");
  CHECK(sid(cow_state(679, 2000)) == "YE");
  CHECK(sid(cow_state(680, 1970)) == "YD");
  CHECK(sid(cow_state(347, 2010)) == "XK");
  CHECK(sid(cow_state(705, 2010)) == "KZ");
  CHECK(sid(cow_state(817, 1970)) == "COW-RVN");
  CHECK(sid(cow_state(816, 1970)) == "VN");
  // Before a state entered the system, after it left: no state.
  CHECK(cow_state(705, 1980) == nullptr);
  CHECK(cow_state(265, 1991) == nullptr);
  CHECK(cow_state(260, 1991) == nullptr);
  CHECK(cow_state(999, 2000) == nullptr);
  // An undated COW number answers what it means last.
  CHECK(sid(find_state("cow:365")) == "RU");
  CHECK(sid(find_state("cow:345")) == "RS");
  CHECK(sid(find_state("cow:GFR")) == "DE");
  CHECK(cow_number_means(365, *find_state("SU")));
  CHECK(cow_number_means(365, *find_state("RU")));
  CHECK(!cow_number_means(365, *find_state("UA")));
}

TEST_CASE("every (ccode, year) of COW's state-year table resolves (data/codes/cow-years.csv)") {
  std::ifstream in(std::filesystem::path(REGCOOP_SOURCE_DIR) / "data" / "codes" / "cow-years.csv");
  REQUIRE(in);
  std::string line;
  std::getline(in, line);
  CHECK(line == "ccode,first_year,last_year");
  std::set<int> ccodes;
  long years = 0;
  while (std::getline(in, line)) {
    std::istringstream row(line);
    int ccode = 0, first = 0, last = 0;
    char comma1 = 0, comma2 = 0;
    row >> ccode >> comma1 >> first >> comma2 >> last;
    REQUIRE(row);
    ccodes.insert(ccode);
    for (int y = first; y <= last; ++y, ++years) {
      const auto* s = cow_state(ccode, y);
      CAPTURE(ccode);
      CAPTURE(y);
      REQUIRE(s);
      CHECK(cow_number_means(ccode, *s));
    }
  }
  CHECK(ccodes.size() == 217);  // all COW IGO v3 states
  CHECK(years == 15557);        // the rows of state_year_format3
  // The COW list has exactly these 217 numbers.
  std::set<int> listed;
  for (const auto& m : cow_numbers()) listed.insert(m.ccode);
  CHECK(listed == ccodes);
  CHECK(cow_system_membership().size() == 243);
}

TEST_CASE("existence dates and successors: confirmed ones only, each with its source") {
  const auto* su = find_state("SU");
  REQUIRE(su);
  CHECK(su->from == "1922-12-30");
  CHECK(su->to == "1991-12-26");
  CHECK(su->former);
  std::vector<std::string> succ;
  for (std::string_view rest = su->successors; !rest.empty();) {
    const auto bar = rest.find('|');
    succ.emplace_back(rest.substr(0, bar));
    rest = bar == std::string_view::npos ? std::string_view{} : rest.substr(bar + 1);
  }
  CHECK(succ.size() == 15);
  for (const auto& s : succ) {
    CAPTURE(s);
    const auto* st = find_state(s);
    REQUIRE(st);
    CHECK(!st->former);
    if (s != "RU") CHECK(!st->from.empty());  // the 14 others' independence
  }
  CHECK(find_state("KZ")->from == "1991-12-16");
  CHECK(find_state("DD")->successors == "DE");
  CHECK(find_state("CSHH")->successors == "CZ|SK");
  CHECK(find_state("YD")->successors == "YE");
  CHECK(find_state("XK")->from == "2008-02-17");
  for (const auto& s : all_states()) {
    CAPTURE(s.id);
    const bool dated = !s.from.empty() || !s.to.empty() || !s.successors.empty();
    CHECK(dated == !s.source.empty());
    if (!s.source.empty()) CHECK(s.source.starts_with("http"));
    for (std::string_view d : {s.from, s.to})
      if (!d.empty()) CHECK(partial_date::parse(d).valid());
  }
  CHECK(find_state("RU")->from.empty());  // the continuator: no independence date
  CHECK(find_state("DE")->from.empty());
}

TEST_CASE("validator: SU, DD, XK and a COW-only state are accepted; ZZ and ambiguous CS are refused naming the field") {
  auto b = fixtures::two_countries();
  b.add(party{.id = {"SU"}, .name = "Soviet Union", .iso_code = "SU", .cow_code = 365, .successors = {{"KZ"}}});
  b.add(party{.id = {"DD"}, .name = "GDR", .iso_code = "DD", .cow_code = 265});
  b.add(party{.id = {"XK"}, .name = "Kosovo", .iso_code = "XK", .cow_code = 347});
  b.add(party{.id = {"CSHH"}, .name = "Czechoslovakia", .iso_code = "CSHH"});
  b.add(party{.id = {"COW-BAD"}, .name = "Baden", .cow_code = 267});
  b.add(party{.id = {"DE"}, .name = "Germany", .iso_code = "DE", .cow_code = 260});
  b.add(party{.id = {"WP"}, .kind = party_kind::organisation, .name = "Warsaw Pact",
              .organisation = organisation_kind::intergovernmental_organisation, .members = {{.member = {"SU"}}, {.member = {"DD"}}}});
  const auto ok = b.check();
  CAPTURE(all(ok));
  CHECK(ok.empty());

  struct bad_case {
    const char* name;
    party p;
    errc code;
    const char* field;
    const char* in_message;
  };
  const std::vector<bad_case> cases{
      {"unknown alpha-2", party{.id = {"X"}, .name = "X", .iso_code = "ZZ"}, errc::unknown_country, "iso_code", "'ZZ' is not a code"},
      {"alpha-3 is not an iso_code", party{.id = {"X"}, .name = "X", .iso_code = "KAZ"}, errc::unknown_country, "iso_code", "KAZ"},
      {"lower case", party{.id = {"X"}, .name = "X", .iso_code = "kz"}, errc::unknown_country, "iso_code", "upper-case"},
      {"CS is two states", party{.id = {"X"}, .name = "X", .iso_code = "CS"}, errc::unknown_country, "iso_code", "'CSHH' (Czechoslovakia) or 'CSXX'"},
      {"no code at all", party{.id = {"X"}, .name = "X"}, errc::unknown_country, "iso_code", "cow_code"},
      {"unknown COW number", party{.id = {"X"}, .name = "X", .cow_code = 999}, errc::unknown_country, "cow_code", "999"},
      {"COW number of another state", party{.id = {"X"}, .name = "X", .iso_code = "SI", .cow_code = 705}, errc::invalid_value, "cow_code", "705 means 'KZ'"},
      {"COW number on an organisation", party{.id = {"X"}, .kind = party_kind::organisation, .name = "X", .cow_code = 705, .organisation = organisation_kind::intergovernmental_organisation},
       errc::invalid_value, "cow_code", "only countries"},
      {"its own successor", party{.id = {"X"}, .name = "X", .iso_code = "SK", .successors = {{"X"}}}, errc::invalid_value, "successors/0", "itself"},
      {"unknown successor", party{.id = {"X"}, .name = "X", .iso_code = "SK", .successors = {{"KZ"}, {"Atlantis"}}}, errc::dangling_reference, "successors/1", "'Atlantis'"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    auto bb = fixtures::two_countries();
    bb.add(c.p);
    const auto probs = bb.check();
    CAPTURE(all(probs));
    CHECK(has_problem(probs, c.code, "parties/X", c.field, c.in_message));
  }
}

TEST_CASE("look-ups: any registry code, scheme prefixes, bare numbers are ISO") {
  auto b = fixtures::two_countries();
  b.add(party{.id = {"SI"}, .name = "Slovenia", .iso_code = "SI"});
  b.add(party{.id = {"USSR"}, .name = "Soviet Union", .iso_code = "SU"});
  b.add(party{.id = {"czechoslovakia"}, .name = "Czechoslovakia", .iso_code = "CSHH"});
  b.add(party{.id = {"ger"}, .name = "Germany", .iso_code = "DE"});
  b.add(party{.id = {"baden"}, .name = "Baden", .cow_code = 267});
  const dataset ds = std::move(b).build();
  const auto id = [&](std::string_view key) {
    const auto* p = find_party(ds, key);
    return p ? p->id.value : std::string("(none)");
  };
  CHECK(id("cow:705") == "KZ");
  CHECK(id("cow:KZK") == "KZ");
  CHECK(id("705") == "SI");
  CHECK(id("iso:705") == "SI");
  CHECK(id("iso3166-3:SUHH") == "USSR");
  CHECK(id("SU") == "USSR");
  CHECK(id("SUN") == "USSR");
  CHECK(id("810") == "USSR");
  CHECK(id("CSHH") == "czechoslovakia");
  CHECK(id("CSK") == "czechoslovakia");
  CHECK(id("CS") == "(none)");  // two states had CS
  CHECK(id("cow:260") == "ger");
  CHECK(id("cow:GFR") == "ger");
  CHECK(id("cow:255") == "ger");
  CHECK(id("cow:267") == "baden");
  CHECK(id("cow:BAD") == "baden");
  CHECK(id("Baden") == "baden");
  CHECK(id("cow:365") == "(none)");  // 365 means RU last; the dataset has no RU and no party with cow_code 365
  CHECK(id("Kazakhstan") == "KZ");
  CHECK(id("gw:705") == "(none)");
}
