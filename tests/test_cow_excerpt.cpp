// The real COW IGO v3 excerpt (tests/data/cow/) through the shipped mapping, then asked what
// the tables say, year by year, for random (IGO, state) pairs: the answers of member_on (no,
// possibly, certainly) against the cells read here from the CSV text (not by the importer).
// tests/check_cow.py checks the spells themselves against pandas.
#include <regcoop/detail/membership_rules.hpp>
#include <regcoop/query/as_of.hpp>
#include <regcoop/io/table_import.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace regcoop;

namespace {
const std::filesystem::path root = REGCOOP_SOURCE_DIR;
const std::filesystem::path cow = root / "tests" / "data" / "cow";

// The member of a row: the party of its COW number in that year, as the registry's dated
// numbers give it (docs: 365 the Soviet Union to 1991, Russia from 1992; 345 Yugoslavia to
// 2002, Serbia and Montenegro to 2005, Serbia from 2006), written out here.
std::string member_of(int ccode, int year) {
  if (ccode == 365) return year <= 1991 ? "SU" : "RU";
  if (ccode == 345) return year <= 2002 ? "YU" : year <= 2005 ? "CSXX" : "RS";
  static const std::map<int, std::string> fixed{{700, "AF"}, {701, "TM"}, {702, "TJ"}, {703, "KG"}, {704, "UZ"}, {705, "KZ"},
                                                 {369, "UA"}, {370, "BY"}, {372, "GE"}, {373, "AZ"}, {710, "CN"}, {712, "MN"},
                                                 {750, "IN"}, {770, "PK"}, {630, "IR"}, {640, "TR"}, {265, "DD"}, {315, "CSHH"}};
  return fixed.at(ccode);
}

// The state-year excerpt as R's write.csv wrote it: a header of quoted names, then rows of
// numbers and one quoted name without commas; the IGO columns from the fourth on.
struct cells {
  std::vector<std::string> igos;                     // lower case, as in the header
  std::map<std::pair<std::string, int>, std::vector<int>> status;  // (member, year) -> status per IGO
};

cells read_excerpt() {
  std::ifstream in(cow / "state_year_formatv3.csv");
  std::string line;
  cells c;
  const auto split = [](const std::string& l) {
    std::vector<std::string> out;
    std::stringstream s(l);
    for (std::string f; std::getline(s, f, ',');) {
      if (f.size() >= 2 && f.front() == '"' && f.back() == '"') f = f.substr(1, f.size() - 2);
      out.push_back(f);
    }
    return out;
  };
  std::getline(in, line);
  const auto head = split(line);
  c.igos.assign(head.begin() + 3, head.end());
  while (std::getline(in, line)) {
    const auto f = split(line);
    REQUIRE(f.size() == head.size());
    const int year = std::stoi(f[1]);
    std::vector<int> s;
    for (std::size_t i = 3; i < f.size(); ++i) s.push_back(std::stoi(f[i]));
    c.status[{member_of(std::stoi(f[0]), year), year}] = std::move(s);
  }
  return c;
}

// The organisation of an IGO column: COW's ioname in any case; AU and BS, which are
// Australia's and the Bahamas' ISO codes, are IGO-AU and IGO-BS (the shipped mapping).
const party* org_of(const dataset& ds, const std::string& column) {
  const auto lower = [](std::string t) {
    for (auto& ch : t) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return t;
  };
  for (const auto& p : ds.parties()) {
    if (p.kind != party_kind::organisation) continue;
    const std::string id = lower(p.id.value);
    if (id == column || id == "igo-" + column) return &p;
  }
  return nullptr;
}
}  // namespace

TEST_CASE("the COW IGO v3 excerpt: member_on answers what the year rows say, for random (IGO, state) pairs") {
  const auto map = load_mapping(root / "data" / "mappings" / "cow-igo-3.json");
  const auto imported = import_table_files({cow / "state_year_formatv3.csv", cow / "igo_year_formatv3.csv"}, map);
  const dataset& ds = imported.data;
  const cells c = read_excerpt();
  REQUIRE(c.igos.size() == 534);
  REQUIRE(c.status.size() == 926);

  std::vector<std::string> members;
  for (const auto& [key, _] : c.status)
    if (members.empty() || members.back() != key.first) members.push_back(key.first);
  std::sort(members.begin(), members.end());
  members.erase(std::unique(members.begin(), members.end()), members.end());
  REQUIRE(members.size() == 23);  // 20 COW numbers; 365 and 345 are 2 and 3 parties over time
  for (const auto& m : members) CHECK_MESSAGE(ds.find(party_id{m}) != nullptr, m);

  std::mt19937 rng(24);
  std::map<int, int> seen;  // status -> cells checked
  for (int k = 0; k < 600; ++k) {
    const std::size_t i = rng() % c.igos.size();
    const std::string& member = members[rng() % members.size()];
    const party* org = org_of(ds, c.igos[i]);
    REQUIRE_MESSAGE(org != nullptr, c.igos[i]);
    for (int year = 1945; year <= 2014; ++year) {
      const auto at = c.status.find({member, year});
      if (at == c.status.end()) continue;
      const int s = at->second[i];
      const auto status_in = [&](int y) {
        const auto it = c.status.find({member, y});
        return it == c.status.end() ? -100 : it->second[i];
      };
      const partial_date mid{year, 7, 1};
      const partial_date whole{year};
      const truth any = detail::member_on(*org, party_id{member}, whole, std::nullopt);
      INFO(c.igos[i], " ", member, " ", year, ": COW says ", s);
      ++seen[s];
      switch (s) {
        case 1:
        case 2:
        case 3: {
          const membership_role r = s == 1 ? membership_role::full_member : s == 2 ? membership_role::associate_member : membership_role::observer;
          CHECK(detail::member_on(*org, party_id{member}, whole, r) != truth::no);
          // Inside a run of the status (the years either side say the same) it holds on every day.
          if (status_in(year - 1) == s && status_in(year + 1) == s) CHECK(detail::member_on(*org, party_id{member}, mid, r) == truth::certainly);
          for (const auto other : {membership_role::full_member, membership_role::associate_member, membership_role::observer})
            if (other != r) CHECK(detail::member_on(*org, party_id{member}, mid, other) != truth::certainly);
          break;
        }
        case -9:  // unknown: possibly, never certainly, never no
          CHECK(any == truth::possibly);
          CHECK(detail::member_on(*org, party_id{member}, mid, std::nullopt) == truth::possibly);
          break;
        default:  // 0 not a member, -1 the IGO did not exist
          CHECK(any == truth::no);
      }
    }
  }
  // The sample reached every kind of cell.
  for (const int s : {1, 0, -1, -9}) CHECK_MESSAGE(seen[s] > 0, s);
}

TEST_CASE("the COW IGO v3 excerpt: the capital spelling of the IGO columns imports the same spells") {
  const auto map = load_mapping(root / "data" / "mappings" / "cow-igo-3.json");
  std::ifstream in(cow / "state_year_formatv3.csv", std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto eol = text.find('\n');
  REQUIRE(eol != std::string::npos);
  // "ccode","year","state" stay; every IGO column after them in capitals.
  const auto third = text.find("\"state\",");
  REQUIRE(third < eol);
  std::string upper = text;
  std::transform(upper.begin() + static_cast<std::ptrdiff_t>(third + 8), upper.begin() + static_cast<std::ptrdiff_t>(eol),
                 upper.begin() + static_cast<std::ptrdiff_t>(third + 8), [](char ch) { return static_cast<char>(std::toupper(static_cast<unsigned char>(ch))); });
  REQUIRE(upper != text);
  std::ifstream ig(cow / "igo_year_formatv3.csv", std::ios::binary);
  const std::string igo_year((std::istreambuf_iterator<char>(ig)), std::istreambuf_iterator<char>());
  const auto lower = import_tables({{"state_year_formatv3.csv", text}, {"igo_year_formatv3.csv", igo_year}}, map);
  const auto capital = import_tables({{"STATE_YEAR.csv", upper}, {"igo_year_formatv3.csv", igo_year}}, map);
  REQUIRE(lower.data.parties().size() == capital.data.parties().size());
  std::size_t spells = 0;
  for (std::size_t p = 0; p < lower.data.parties().size(); ++p) {
    const party& a = lower.data.parties()[p];
    const party* b = capital.data.find(a.id);
    REQUIRE_MESSAGE(b != nullptr, a.id.value);
    CHECK(a.name == b->name);
    REQUIRE(a.members.size() == b->members.size());
    for (std::size_t k = 0; k < a.members.size(); ++k) {
      CHECK(a.members[k].member == b->members[k].member);
      CHECK(a.members[k].role == b->members[k].role);
      CHECK(a.members[k].period == b->members[k].period);
      CHECK(a.members[k].status_unknown == b->members[k].status_unknown);
    }
    spells += a.members.size();
  }
  CHECK(spells > 3000);
}
