// CSV in: per-kind tables and folders, read back exactly as written; every problem listed
// with file, row, column and column name.

#include <doctest/doctest.h>

#include "../benchmarks/synthetic.hpp"

#include <regcoop/io/csv_read.hpp>
#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/data/eurasian_organisations.hpp>

#include <algorithm>
#include <filesystem>
#include <random>
#include <fstream>
#include <string>
#include <vector>

using namespace regcoop;

namespace {

// A fresh folder under the build's temporary directory, removed at the end of the test.
struct temp_folder {
  std::filesystem::path path;
  explicit temp_folder(const std::string& name) : path(std::filesystem::temp_directory_path() / ("regcoop-test-" + name)) {
    std::filesystem::remove_all(path);
  }
  ~temp_folder() { std::filesystem::remove_all(path); }
  temp_folder(const temp_folder&) = delete;
  temp_folder& operator=(const temp_folder&) = delete;
};

void write(const std::filesystem::path& file, const std::string& text) {
  std::filesystem::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
}

std::vector<problem> problems_of(const std::filesystem::path& dir) {
  try {
    (void)load_csv_folder(dir);
  } catch (const error& e) {
    return e.problems();
  }
  FAIL("the folder loaded");
  return {};
}

}  // namespace

TEST_CASE("JSON → CSV folder → JSON is byte-identical: both embedded datasets and a large generated one") {
  for (const auto& named : {std::pair{"china-central-asia", data::china_central_asia()},
                            std::pair{"eurasian-organisations", data::eurasian_organisations()},
                            std::pair{"generated", bench::records(20000)}}) {
    const std::string name = named.first;
    const dataset& ds = named.second;
    INFO(name);
    temp_folder dir(name);
    save_csv_folder(ds, dir.path);
    CHECK(std::filesystem::exists(dir.path / "parties.csv"));
    CHECK(to_json(load_csv_folder(dir.path)) == to_json(ds));
  }
}

TEST_CASE("lists of scalars whose items hold a bar or begin with a bracket round-trip as JSON cells") {
  dataset_builder b;
  b.add(party{.id = {"KZ"}, .name = "Kazakhstan", .aliases = {"a|b", "[c]", ""}, .iso_code = "KZ"});
  b.add(party{.id = {"UZ"}, .name = "Uzbekistan", .aliases = {"plain", "two words"}, .iso_code = "UZ"});
  const dataset ds = std::move(b).build();
  const std::string text = to_csv<party>(ds);
  CHECK(text.find("\"[\"\"a|b\"\",\"\"[c]\"\",\"\"\"\"]\"") != std::string::npos);
  CHECK(text.find(",plain|two words,") != std::string::npos);
  std::vector<problem> probs;
  const auto back = read_csv<party>(text, "parties.csv", probs);
  CHECK(probs.empty());
  REQUIRE(back.size() == 2);
  CHECK(back[0] == ds.parties()[0]);
  CHECK(back[1] == ds.parties()[1]);
}

TEST_CASE("columns in any order, optional columns left out, CRLF or LF, a byte order mark") {
  const std::string text = "\xEF\xBB\xBFname,iso_code,id,kind\n"
                           "Kazakhstan,KZ,KZ,country\n"
                           "\"Uzbekistan, Republic of\",UZ,UZ,country\r\n";
  std::vector<problem> probs;
  const auto rows = read_csv<party>(text, "parties.csv", probs);
  CHECK(probs.empty());
  REQUIRE(rows.size() == 2);
  CHECK(rows[1].name == "Uzbekistan, Republic of");
  CHECK(rows[1].id.value == "UZ");
}

TEST_CASE("every problem of a CSV file in one pass, each with file:row:column (column), and its record") {
  temp_folder dir("five-problems");
  // Five problems: month 13, a missing id, an unknown member, a string for a number, a
  // negative length (the last two in segments.csv).
  write(dir.path / "parties.csv",
        "id,kind,name,iso_code,organisation,members,founded\r\n"
        "KZ,country,Kazakhstan,KZ,none,,\r\n"
        "RU,country,Russia,RU,none,,\r\n"
        ",country,Nameless,UZ,none,,\r\n"
        "CU,organisation,Customs union,,customs_union,\"[{\"\"member\"\":\"\"XX\"\"}]\",2015-13\r\n");
  write(dir.path / "nodes.csv", "id,name,country,lat,lon\r\na,A,KZ,50,60\r\nb,B,RU,55,60\r\n");
  write(dir.path / "segments.csv",
        "id,from,to,mode,length_km,status\r\n"
        "ab,a,b,rail,far,operating\r\n"
        "ba,b,a,rail,-2500,operating\r\n");
  const auto probs = problems_of(dir.path);
  std::vector<std::string> got;
  for (const auto& p : probs) got.push_back(std::string(to_string(p.code)) + " " + p.record + " " + p.field);
  std::string all;
  for (const auto& g : got) all += g + "\n";
  INFO(all);
  const auto has = [&](const std::string& s) { return std::any_of(got.begin(), got.end(), [&](const std::string& g) { return g == s; }); };
  // Every place in one format: the file as given (the folder and its name), row, column.
  const std::string parties = (dir.path / "parties.csv").string(), segments = (dir.path / "segments.csv").string();
  CHECK(has("invalid_date parties/CU " + parties + ":5:7 (founded)"));
  CHECK(has("missing_field parties/#2 " + parties + ":4:1 (id)"));
  CHECK(has("dangling_reference parties/CU " + parties + ":5:6 (members)"));
  CHECK(has("type_mismatch segments/ab " + segments + ":2:5 (length_km)"));
  CHECK(has("invalid_value segments/ba " + segments + ":3:5 (length_km)"));
  CHECK(probs.size() == 5);
}

TEST_CASE("malformed CSV: header, widths, quoting, types — each reported, nothing half-loaded") {
  const auto read = [](const std::string& text) {
    std::vector<problem> probs;
    (void)read_csv<segment>(text, "segments.csv", probs);
    return probs;
  };
  SUBCASE("unknown and repeated columns, a missing required column") {
    const auto p = read("id,from,to,colour,from\r\ns,a,b,red,a\r\n");
    REQUIRE(p.size() == 3);
    CHECK(p[0].code == errc::unknown_field);
    CHECK(p[0].field == "segments.csv:1:4 (colour)");
    CHECK(p[1].code == errc::duplicate_id);
    CHECK(p[1].field == "segments.csv:1:5 (from)");
    CHECK(p[2].code == errc::missing_field);
    CHECK(p[2].message.find("length_km") != std::string::npos);
  }
  SUBCASE("a row of the wrong width") {
    const auto p = read("id,from,to,length_km\r\ns,a,b\r\n");
    REQUIRE(p.size() == 1);
    CHECK(p[0].record == "segments/s");
    CHECK(p[0].message == "the row has 3 cells, the header 4");
  }
  SUBCASE("an unterminated quote and a stray quote") {
    CHECK(read("id,from,to,length_km\r\ns,a,\"b,1\r\n").front().message == "the quoted field is not closed");
    CHECK(read("id,from,to,length_km\r\ns,a\"x,b,1\r\n").front().message == "a quote inside an unquoted field");
    CHECK(read("id,from,to,length_km\r\ns,\"a\"x,b,1\r\n").front().message == "text after the closing quote of a quoted field");
  }
  SUBCASE("bad enumerators, dates, numbers, JSON cells, empty required cells") {
    const auto p = read("id,from,to,mode,length_km,gauge_mm,opened,citations\r\n"
                        "s,a,b,hovercraft,,1.5,2025-02-31,[{\r\n");
    std::vector<std::string> fields;
    for (const auto& x : p) fields.push_back(x.field);
    CHECK(fields == std::vector<std::string>{"segments.csv:2:4 (mode)", "segments.csv:2:5 (length_km)",
                                             "segments.csv:2:6 (gauge_mm)", "segments.csv:2:7 (opened)",
                                             "segments.csv:2:8 (citations)"});
    CHECK(p[3].message == "day 31 out of range for 2025-02");
  }
  SUBCASE("a JSON cell of the wrong shape names the pointer inside the cell") {
    const auto p = read("id,from,to,length_km,citations\r\ns,a,b,1,\"[{\"\"source\"\":3}]\"\r\n");
    REQUIRE(p.size() == 1);
    CHECK(p[0].message.find("/0/source: expected a string") == 0);
  }
}

TEST_CASE("folders: unknown CSV files, empty folders, missing folders are refused") {
  temp_folder dir("folder-errors");
  CHECK_THROWS_AS((void)load_csv_folder(dir.path), error);  // missing
  std::filesystem::create_directories(dir.path);
  CHECK_THROWS_AS((void)load_csv_folder(dir.path), error);  // no CSV file
  write(dir.path / "partys.csv", "id\r\n");
  const auto p = problems_of(dir.path);
  REQUIRE(p.size() == 1);
  CHECK(p[0].code == errc::unknown_field);
  CHECK(p[0].message == "no record kind is called 'partys'");
}

namespace {
// The fast path of JSON cells either agrees with the tree reader (same value, no problem)
// or leaves the text to it.
template <class T>
bool direct_agrees(std::string_view text, bool expect_direct) {
  T direct{};
  const bool took = detail::json_direct::read(text, direct);
  CHECK(took == expect_direct);
  if (!took) return true;
  const json_read_options opt{};
  T tree{};
  std::vector<problem> probs;
  try {
    const auto v = detail::json_io::parse_text(text, opt, "");
    detail::json_io::reader r(opt);
    std::string ptr;
    r.read(v, tree, ptr);
    probs = r.problems;
  } catch (const error& e) {
    probs = e.problems();
  }
  CHECK(probs.empty());
  return probs.empty() && tree == direct;
}
}  // namespace

TEST_CASE("JSON cells: the direct reader takes canonical cells and leaves every doubtful one to the tree reader") {
  using figs = std::vector<figure>;
  CHECK(direct_agrees<figs>(R"([{"value":621000000,"bound":"exact","unit":"money","currency":"USD","price_year":2021,"period":{"from":"2024","to":"2024"}}])", true));
  CHECK(direct_agrees<figs>(R"( [ { "value" : -0 , "unit" : "km" } ] )", true));
  CHECK(direct_agrees<figs>(R"([{"value":-0.0},{"value":1.5e3},{"value":0.1},{"value":12345678901234567}])", false));  // > 2^53 as an integer
  CHECK(direct_agrees<figs>(R"([{"value":-0.0},{"value":1.5e3},{"value":0.1}])", true));
  CHECK(direct_agrees<figs>(R"([{"value":1e400}])", false));                       // out of range: the tree reader's rule
  CHECK(direct_agrees<figs>(R"([{"value":1,"value":2}])", false));                 // a repeated member
  CHECK(direct_agrees<figs>(R"([{"value":1,"colour":"red"}])", false));            // an unknown member
  CHECK(direct_agrees<figs>(R"([{"unit":"km"}])", false));                         // a required member missing
  CHECK(direct_agrees<figs>(R"([{"value":1,"price_year":2021.0}])", false));       // whole, but written as a fraction
  CHECK(direct_agrees<figs>(R"([{"value":1,"price_year":null}])", false));         // null
  CHECK(direct_agrees<figs>(R"([{"value":1,"of":"caf\u00e9"}])", false));          // a \u escape
  CHECK(direct_agrees<figs>(R"([{"value":1,"of":"café \"quoted\"\n"}])", true));   // UTF-8 and simple escapes
  CHECK(direct_agrees<figs>("[{\"value\":1,\"of\":\"\xC3\x28\"}]", false));        // invalid UTF-8
  CHECK(direct_agrees<figs>("[{\"value\":1,\"of\":\"\xED\xA0\x80\"}]", false));    // a UTF-8 surrogate
  CHECK(direct_agrees<figs>(R"([{"value":01}])", false));                          // not JSON
  CHECK(direct_agrees<figs>(R"([{"value":1,"period":{"from":"2025-02-31"}}])", false));  // a bad date
  CHECK(direct_agrees<figs>(R"([{"value":1,"unit":"furlongs"}])", false));         // a bad enumerator
  CHECK(direct_agrees<figs>(R"([{"value":1}] x)", false));                          // text after the value
  CHECK(direct_agrees<std::vector<membership>>(R"([{"member":"KZ","role":"observer","period":{"from":"2004"},"citations":[{"source":"s","quote":"q"}]}])", true));
  CHECK(direct_agrees<std::vector<segment_status_change>>(R"([])", true));
  using rules = std::vector<border_rule>;
  CHECK(direct_agrees<rules>(R"([{"id":"r","between":["KZ","KG"],"modes":["rail","road"],"closed":true,"summary":"a\/b\bc\fd\te\rf\\g"}])", true));
  CHECK(direct_agrees<rules>(R"([{"id":"r","closed":false,"clearance_hours":2.5}, {"id":"s"}])", true));
  CHECK(direct_agrees<rules>(R"([{"id":"r","closed":maybe}])", false));           // not a boolean
  CHECK(direct_agrees<rules>(R"([{"id":"r","summary":"tab\x"}])", false));       // not an escape
  CHECK(direct_agrees<rules>("[{\"id\":\"r\",\"summary\":\"a\tb\"}]", false));  // a raw control character
  CHECK(direct_agrees<rules>(R"([{"id":"r","summary":"open)", false));            // an unclosed string
  CHECK(direct_agrees<rules>(R"({"id":"r"})", false));                            // not a list
  CHECK(direct_agrees<figs>(R"([{"value":-}])", false));                           // a sign alone
  CHECK(direct_agrees<figs>(R"([{"value":1.}])", false));                          // no fraction digits
  CHECK(direct_agrees<figs>(R"([{"value":1e+}])", false));                         // no exponent digits
  CHECK(direct_agrees<figs>(R"([{"value":1E+2,"upper":3e-1,"bound":"range"}])", true));
  CHECK(direct_agrees<figs>(R"([{"value":1,"price_year":99999999999}])", false));  // does not fit an int
  // Every JSON cell the exports of both embedded datasets write is taken by the direct reader.
  for (const dataset& ds : {data::china_central_asia(), data::eurasian_organisations()}) {
    const dataset* d = &ds;
    std::size_t taken = 0;
    for (const auto& p : d->projects()) {
      std::string s;
      detail::append_json(s, p.figures);
      if (!p.figures.empty()) taken += direct_agrees<figs>(s, true);
    }
    for (const auto& p : d->parties()) {
      std::string s;
      detail::append_json(s, p.members);
      if (!p.members.empty()) taken += direct_agrees<std::vector<membership>>(s, true);
    }
    CHECK(taken > 0);
  }
}

namespace {

// Every row (row, column and text of each cell) and every problem, as one text to compare.
template <class Read>
std::string rows_and_problems(Read read) {
  std::string out;
  std::vector<problem> probs;
  read(probs, [&](const std::vector<detail::csv_in::cell>& row) {
    for (const auto& c : row) out += std::to_string(c.row) + ":" + std::to_string(c.column) + "=" + std::string(c.text) + "\x1f";
    out += '\n';
  });
  for (const auto& p : probs) out += "problem " + std::string(to_string(p.code)) + " " + p.field + " " + p.message + "\n";
  return out;
}

std::string whole(const std::string& text) {
  return rows_and_problems([&](std::vector<problem>& probs, const auto& f) { detail::csv_in::for_each_row(text, "t.csv", probs, f); });
}

std::string in_pieces(const std::filesystem::path& file, std::size_t piece) {
  return rows_and_problems([&](std::vector<problem>& probs, const auto& f) {
    REQUIRE(detail::csv_in::for_each_file_row(file, "t.csv", probs, f, piece));
  });
}

}  // namespace

TEST_CASE("a file read in pieces gives the rows and problems of the whole text, wherever the pieces end") {
  std::vector<std::string> texts = {
      "",
      "a",
      "\xEF\xBB\xBF" "id,name\r\np1,\"x\"\"y\"\r\n",
      "id,name\rp1,x\rp2,y",                     // CR alone ends rows
      "id,name\r\n\r\np1,\"two\r\nlines\"\r\n",  // an empty row, a quoted line break
      "id,name\np1,\"unterminated\n",
      "id,name\np1,\"x\"y\np2,a\"b\n",           // text after a closing quote; a quote inside a field
      "id,\"\"\"\"\n\"\",\n,\n\n",
  };
  std::mt19937 rng(7);
  const std::string alphabet = "ab,\"\r\n";
  for (int k = 0; k < 200; ++k) {
    std::string t;
    const auto n = std::uniform_int_distribution<int>(0, 40)(rng);
    for (int i = 0; i < n; ++i) t += alphabet[std::uniform_int_distribution<std::size_t>(0, alphabet.size() - 1)(rng)];
    texts.push_back(t);
  }
  for (const auto& dir : {"bad-csv", "fuzz-regressions-csv", "csv-problems"})
    for (const auto& e : std::filesystem::directory_iterator(std::filesystem::path(REGCOOP_TEST_DATA_DIR) / dir)) {
      std::ifstream in(e.path(), std::ios::binary);
      texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
  const temp_folder tmp("pieces");
  std::filesystem::create_directories(tmp.path);
  const auto file = tmp.path / "t.csv";
  std::size_t compared = 0;
  for (const auto& t : texts) {
    write(file, t);
    const std::string expected = whole(t);
    for (const std::size_t piece : {1u, 2u, 3u, 5u, 8u, 64u, 4096u}) {
      CAPTURE(t);
      CAPTURE(piece);
      CHECK(in_pieces(file, piece) == expected);
      ++compared;
    }
  }
  CHECK(compared > 1500);
  std::vector<problem> probs;
  CHECK_FALSE(detail::csv_in::for_each_file_row(tmp.path / "missing.csv", "missing.csv", probs, [](const auto&) {}));
}

TEST_CASE("read_csv_file reads what read_csv reads, and names an unreadable file") {
  const auto& ds = data::china_central_asia();
  const temp_folder tmp("read-file");
  save_csv_folder(ds, tmp.path);
  std::vector<problem> probs;
  std::ifstream in(tmp.path / "projects.csv", std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(read_csv_file<project>(tmp.path / "projects.csv", probs) == read_csv<project>(text, "projects.csv", probs));
  CHECK(probs.empty());
  CHECK(read_csv_file<project>(tmp.path / "none.csv", probs).empty());
  REQUIRE(probs.size() == 1);
  CHECK(probs[0].code == errc::io_error);
  CHECK(probs[0].field == (tmp.path / "none.csv").string());
  probs.clear();
  CHECK(read_csv_file<project>(tmp.path, probs).empty());  // a folder is named as one
  REQUIRE(probs.size() == 1);
  CHECK(probs[0].code == errc::io_error);
  CHECK(probs[0].message == "'" + tmp.path.string() + "' is a folder, not a file");
  probs.clear();
  write(tmp.path / "empty.csv", "");  // 0 bytes: not even a header
  CHECK(read_csv_file<project>(tmp.path / "empty.csv", probs).empty());
  REQUIRE(probs.size() == 1);
  CHECK(probs[0].code == errc::parse_error);
  CHECK(probs[0].message == "'" + (tmp.path / "empty.csv").string() + "' is empty");
  probs.clear();
  write(tmp.path / "header.csv", "id,name\r\n");  // a header alone: zero records
  CHECK(read_csv_file<project>(tmp.path / "header.csv", probs).empty());
  CHECK(probs.empty());
}

TEST_CASE("UTF-8 check: a bad byte or a good multi-byte character at any place, across eight-byte words") {
  for (std::size_t at = 0; at < 21; ++at) {
    CAPTURE(at);
    std::string s(21, 'a');
    s[at] = '\xFF';  // never in UTF-8
    CHECK_FALSE(detail::json_direct::valid_utf8(s));
    s[at] = '\xC3';  // a lead byte without its continuation
    CHECK_FALSE(detail::json_direct::valid_utf8(s));
    std::string ok(21, 'a');
    ok.replace(at, 1, "\xD0\x96");  // Ж, two bytes
    CHECK(detail::json_direct::valid_utf8(ok));
    ok.replace(at, 2, "\xE4\xB8\xAD");  // 中, three bytes
    CHECK(detail::json_direct::valid_utf8(ok));
    CHECK_FALSE(detail::json_direct::valid_utf8(ok.substr(0, at + 2)));  // cut inside the character
  }
}

namespace {
std::string file_text(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}
}  // namespace

TEST_CASE("memberships.csv: one row per spell; the folder reads back byte-identical and record-equal") {
  for (const auto& named : {std::pair{"china-central-asia", data::china_central_asia()},
                            std::pair{"eurasian-organisations", data::eurasian_organisations()},
                            std::pair{"researcher", load_json(std::filesystem::path(REGCOOP_TEST_DATA_DIR) / "researcher.json")}}) {
    INFO(named.first);
    const dataset& ds = named.second;
    temp_folder dir(std::string("spells-") + named.first);
    save_csv_folder(ds, dir.path);
    const std::string parties = file_text(dir.path / "parties.csv"), spells = file_text(dir.path / "memberships.csv");
    CHECK(parties.substr(0, parties.find('\r')).find("members") == std::string::npos);  // no JSON cell of spells
    CHECK(spells.rfind("organisation,member,role,from,to,continues,reported,status_unknown,citations\r\n", 0) == 0);
    std::size_t n = 0;
    for (const auto& p : ds.parties()) n += p.members.size();
    CHECK(static_cast<std::size_t>(std::count(spells.begin(), spells.end(), '\n')) == n + 1);
    const dataset back = load_csv_folder(dir.path);
    CHECK(back == ds);
    for (const auto& p : ds.parties()) CHECK(back.at(p.id).members == p.members);
    temp_folder again(std::string("spells-again-") + named.first);
    save_csv_folder(back, again.path);
    for (const auto& e : std::filesystem::directory_iterator(dir.path)) {
      INFO(e.path().filename().string());
      CHECK(file_text(e.path()) == file_text(again.path / e.path().filename()));
    }
  }
}

TEST_CASE("memberships.csv carries every field of a spell; agreement parties and concurrent roles round-trip") {
  const dataset ds = load_json(std::filesystem::path(REGCOOP_TEST_DATA_DIR) / "researcher.json");
  const std::string spells = memberships_to_csv(ds);
  // The Commonwealth's Pakistan: suspended, continuing the full spell; then full again.
  CHECK(spells.find("COMSEC,PK,suspended,1999-10,2004-05,true,,false,") != std::string::npos);
  CHECK(spells.find("EU,GB,bound_non_member,2020-02-01,2020-12-31,true,,false,") != std::string::npos);
  CHECK(to_csv<party>(ds).find("candidate|observer") != std::string::npos);  // ASEAN's concurrent_roles
  const std::string agreements = to_csv<agreement>(ds);
  for (const char* col : {"acceded_on", "provisionally_applied_from"}) CHECK(agreements.find(col) != std::string::npos);
  temp_folder dir("agreement-parties");
  save_csv_folder(ds, dir.path);
  const dataset back = load_csv_folder(dir.path);
  const auto& epca = back.at(agreement_id{"eu-kz-epca"});
  CHECK(epca == ds.at(agreement_id{"eu-kz-epca"}));
  CHECK(std::any_of(epca.parties.begin(), epca.parties.end(), [](const agreement_party& p) { return p.provisionally_applied_from.has_value(); }));
  const auto& eaeu = back.at(agreement_id{"eaeu-treaty"});
  CHECK(std::any_of(eaeu.parties.begin(), eaeu.parties.end(), [](const agreement_party& p) { return p.acceded_on.has_value(); }));
  CHECK(back.at(party_id{"ASEAN"}).concurrent_roles == std::vector<membership_role>{membership_role::candidate, membership_role::observer});
}

TEST_CASE("memberships.csv: a bad row is named DIR/memberships.csv:ROW:COL (column)") {
  temp_folder dir("bad-spells");
  write(dir.path / "parties.csv",
        "id,kind,name,iso_code,organisation\r\n"
        "KZ,country,Kazakhstan,KZ,none\r\n"
        "RU,country,Russia,RU,none\r\n"
        "CU,organisation,Customs union,,customs_union\r\n");
  write(dir.path / "memberships.csv",
        "organisation,member,role,from,to,continues,reported,status_unknown,citations\r\n"
        "CU,KZ,full_member,2010,,false,,false,\r\n"
        "CU,XX,full_member,2010,,false,,false,\r\n"
        "ZZ,RU,full_member,2010,,false,,false,\r\n"
        "CU,RU,boss,2010,,false,,false,\r\n"
        "CU,RU,observer,2010-13,,false,,false,\r\n"
        "CU,RU,full_member,2012,2011,false,,false,\r\n");
  const auto probs = problems_of(dir.path);
  std::string all;
  for (const auto& p : probs) all += std::string(to_string(p.code)) + " " + p.record + " " + p.field + ": " + p.message + "\n";
  INFO(all);
  const std::string f = (dir.path / "memberships.csv").string();
  const auto has = [&](const std::string& s) { return all.find(s) != std::string::npos; };
  CHECK(has("dangling_reference parties/CU " + f + ":3:2 (member): parties.csv holds no party with id 'XX'"));
  CHECK(has("dangling_reference parties/ZZ " + f + ":4:1 (organisation): parties.csv holds no party with id 'ZZ'"));
  CHECK(has("invalid_value parties/CU " + f + ":5:3 (role): 'boss' is not one of"));
  CHECK(has("invalid_date parties/CU " + f + ":6:4 (from)"));
  CHECK(has(" " + f + ":7:"));  // the spell that ends before it begins: validated, placed in its row
  CHECK(probs.size() == 5);
}

TEST_CASE("memberships.csv: the old shape (a members cell in parties.csv) still reads; one organisation's spells in one place") {
  temp_folder dir("old-shape");
  write(dir.path / "parties.csv",
        "id,kind,name,iso_code,organisation,members\r\n"
        "KZ,country,Kazakhstan,KZ,none,\r\n"
        "CU,organisation,Customs union,,customs_union,\"[{\"\"member\"\":\"\"KZ\"\"}]\"\r\n");
  CHECK(load_csv_folder(dir.path).at(party_id{"CU"}).members.size() == 1);
  write(dir.path / "memberships.csv", "organisation,member,role,from,to,continues,reported,status_unknown,citations\r\nCU,KZ,observer,,,false,,false,\r\n");
  const auto probs = problems_of(dir.path);
  REQUIRE(probs.size() == 1);
  CHECK(probs[0].field == (dir.path / "memberships.csv").string() + ":2:1 (organisation)");
  CHECK(probs[0].message.find("in one place") != std::string::npos);
}
