// regcoop: the command-line program for researchers who do not write C++. Argument parsing
// over public library functions only (lookups by name, filters, JSON shapes and routes live
// in the library). Every value of every option is checked: a bad one exits 2 naming it.
//
//   regcoop show [KIND [NAME]]
//   regcoop query KIND [filters] [--format table|csv|json]
//   regcoop route --from NODE [--to NODE] [--avoid CC,..] [--via-scenario CORRIDOR,..] ...
//   regcoop export --format json|schema|csv|geojson|dot [--kind KIND] [--output FILE]
//   regcoop validate SOURCE
//   regcoop import --map MAP TABLE
//   regcoop diff A B
//   regcoop members ORG | memberships PARTY | shared A B | dyads --from Y --to Y
//   regcoop timeline PARTY[,PARTY..] [--format table|csv|json|svg]
//
// Every command reads the same data by default (both embedded datasets) and takes --data
// SOURCE; each command's options are listed once, in `commands` below, which gives both its
// --help and the options it accepts.
//
// Exit codes: 0 success, 1 no result, 2 bad input (message on stderr).
#include <regcoop/io/csv.hpp>
#include <regcoop/io/csv_read.hpp>
#include <regcoop/query/as_of.hpp>
#include <regcoop/query/chart.hpp>
#include <regcoop/data/builtin.hpp>
#include <regcoop/dataset/diff.hpp>
#include <regcoop/io/dot.hpp>
#include <regcoop/model/enum.hpp>
#include <regcoop/io/geojson.hpp>
#include <regcoop/io/geojson_read.hpp>
#include <regcoop/query/integrity.hpp>
#include <regcoop/io/json.hpp>
#include <regcoop/io/load.hpp>
#include <regcoop/dataset/lookup.hpp>
#include <regcoop/dataset/merge.hpp>
#include <regcoop/network/network.hpp>
#include <regcoop/regcoop.hpp>
#include <regcoop/network/scenario.hpp>
#include <regcoop/io/scenario_json.hpp>
#include <regcoop/query/select.hpp>
#include <regcoop/io/table_import.hpp>
#include <regcoop/query/timeline.hpp>
#include <regcoop/version.hpp>

#include <boost/json.hpp>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#ifndef REGCOOP_DATA_DIR
#define REGCOOP_DATA_DIR "/usr/local/share/regcoop"
#endif
#ifndef REGCOOP_DATA_FROM_BIN
#define REGCOOP_DATA_FROM_BIN "../share/regcoop"
#endif

namespace rc = regcoop;

namespace {

constexpr int ok = 0, no_result = 1, bad_input = 2;

// The data every command reads without --data.
constexpr std::string_view default_data = "china-central-asia+eurasian-organisations";

// The folder of the installed data files (datasets, schemas, mappings/): the one beside the
// running program (<bindir>/REGCOOP_DATA_FROM_BIN, read through /proc/self/exe) when it
// exists, so a relocated installation names its own; else the configured REGCOOP_DATA_DIR.
std::string data_dir() {
  std::error_code ec;
  if (const std::string_view rel = REGCOOP_DATA_FROM_BIN; !rel.empty()) {
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
      const auto dir = (exe.parent_path() / rel).lexically_normal();
      if (std::filesystem::is_directory(dir, ec)) return dir.string();
    }
  }
  return REGCOOP_DATA_DIR;
}

// The record kinds' collection names, as `sep`-joined text ("sources parties ...").
std::string kind_names(std::string_view sep) {
  std::string out;
  boost::mp11::mp_for_each<rc::record_types>([&](auto r) {
    out += (out.empty() ? "" : std::string(sep)) + std::string(rc::collection_name<decltype(r)>());
  });
  return out;
}

const char* const usage = R"(usage: regcoop COMMAND [OPTIONS]

Ask questions of regional-cooperation data: the embedded datasets (China–Central Asia and
the Eurasian organisations, both read by default), or your own (--data SOURCE).

commands:
  show [KIND [NAME]]      counts of records; the ids and names of one KIND (parties,
                          projects, ...); or one record (by id, name, alias or code) as JSON
  query KIND [FILTERS]    the records of KIND matching every filter (see query --help)
  route --from NODE       the shortest route under constraints (see route --help)
  export --format F       write the dataset as F: json (canonical), schema (JSON Schema),
                          csv (one --kind), geojson (network) or dot (network, or --mechanism M)
      [--output FILE]     to FILE instead of standard output
  validate SOURCE         load and validate a dataset; print every problem
  import --map MAP FILE   read a foreign CSV table through a mapping; print canonical JSON
  diff A B                what was added, removed and changed from dataset file A to B

  members ORG             the members of an organisation on a date (--on DATE, --role ROLE)
  memberships PARTY       the organisations a party belongs to on a date, with roles
  shared A B              the organisations two parties both belong to on a date
  dyads --from Y --to Y   the dyad-year table of joint membership
  timeline PARTY[,..]     the dated history of parties; --format svg: their membership chart

options:
  --data SOURCE           a JSON file, a folder of per-kind CSV files (export --format csv
                          --output FOLDER/), a GeoJSON network (FILE.geojson) or an embedded
                          dataset (china-central-asia, eurasian-organisations); several joined
                          with '+' are merged. Default: china-central-asia+eurasian-organisations
  --scenario FILE         route, query and the membership commands answer with a scenario
                          document applied (data/scenario.schema.json)
  --format table|csv|json members, memberships, shared, dyads and query print a table with a
                          header row, RFC 4180 CSV, or a JSON array of objects
  --help                  this text, or a command's own help after the command
  --version               the version of regcoop

Closed values (kinds, sectors, statuses, roles, modes, formats, ...) are accepted in any case.
exit codes: 0 success, 1 no result, 2 bad input
)";

// ---- commands and their options: one table gives --help and the accepted options -------

// One option of a command: its name, what its value looks like, and what it does (lines
// after the first are continued under the text).
struct option_doc {
  std::string_view name;
  std::string_view value;
  std::string_view text;
};

// A command: its positional arguments (named in usage and in errors), how many it needs,
// what it does, and every option it takes.
struct command {
  std::string_view name;
  std::string_view synopsis;                 // after "regcoop NAME"
  std::vector<std::string_view> positional;  // names, in order, e.g. {"ORG"}; optional ones last
  std::size_t required = 0;                  // how many positionals are required
  std::string about;
  std::vector<option_doc> options;
};

const option_doc data_opt{"data", "SOURCE",
                          "a JSON file, a CSV folder, a GeoJSON network or embedded dataset(s) joined\n"
                          "with '+' (default: china-central-asia+eurasian-organisations)"};
const option_doc on_opt{"on", "DATE", "the date (YYYY, YYYY-MM, YYYY-MM-DD or 'May 2025'; default: today)"};
const option_doc days_opt{"days", "some|every",
                          "a --on coarser than a day (a month, a year) asks about some day of it\n"
                          "(default) or every day of it"};
const option_doc role_opt{"role", "ROLE",
                          "full_member (default), associate_member, observer, dialogue_partner,\n"
                          "candidate, suspended, bound_non_member, or any"};
const option_doc certainty_opt{"certainty", "C",
                               "certain (default: only what holds whatever the partial dates mean;\n"
                               "says how many more possibly hold) or possible (also what may hold)"};
const option_doc scenario_opt{"scenario", "FILE",
                              "answer with this scenario document applied (data/scenario.schema.json):\n"
                              "memberships joined and left, agreements, segments, border rules"};
const option_doc table_format_opt{"format", "F",
                                  "table (default: tab-separated with a header row), csv (RFC 4180, with\n"
                                  "the column names) or json (an array of objects with the same names)"};

const std::vector<command>& commands() {
  static const std::vector<command> all = [] {
    std::vector<command> c;
    c.push_back({"show", "[KIND [NAME]] [OPTIONS]", {"KIND", "NAME"}, 0,
                 "  no KIND:   the number of records of each kind\n"
                 "  KIND:      the id and name of every record of that kind\n"
                 "  KIND NAME: that record as JSON, found by id, name, alias or (parties) ISO code\n"
                 "             in any case, as the options find records (show parties Kazakhstan)\n"
                 "kinds: " + kind_names(" ") + "\n",
                 {data_opt}});
    c.push_back({"validate", "SOURCE", {"SOURCE"}, 1,
                 "Loads SOURCE (a JSON dataset file, a folder of CSV files or a GeoJSON network)\n"
                 "and validates every record. Prints 'ok' and the record count, then a note for each\n"
                 "suspicious but valid thing (integrity report: a member spell before its organisation\n"
                 "was founded or its country existed, succession cycles, records citing no source, ...);\n"
                 "or every problem with its place (JSON pointer; file:row:column (column); feature and\n"
                 "property).\n",
                 {}});
    c.push_back({"import", "--map MAP.json TABLE.csv... [OPTIONS]", {"TABLE"}, 1,
                 "Reads CSV tables in a foreign shape (AidData GCDF, the COW IGO state-year table with\n"
                 "its IGO-year table, ...) through a mapping document (schema: regcoop export --format\n"
                 "mapping-schema) and prints the records as a canonical JSON dataset: the mapping's\n"
                 "source, the countries named, the records. A mapping with several tables recognises\n"
                 "each file by its header, in any order. Prints a summary line on standard error (rows,\n"
                 "cells in a role, not a member, unknown, skipped, left out; spells made). Every problem\n"
                 "is listed with its place (MAP.json#/pointer; TABLE.csv:row:column (column → field)).\n"
                 "Shipped mappings: " + data_dir() + "/mappings/gcdf-3.json,\n"
                 "  " + data_dir() + "/mappings/cow-igo-3.json\n"
                 "  (in the source tree: data/mappings/gcdf-3.json, data/mappings/cow-igo-3.json).\n",
                 {{"map", "MAP.json", "the mapping document (required)"},
                  {"kind", "KIND", "the mapping's rule for KIND, when it has several"},
                  {"output", "FILE", "write the JSON to FILE instead of standard output"}}});
    c.push_back({"export", "--format FORMAT [OPTIONS]", {}, 0,
                 "  json     the dataset, canonical JSON          schema   its JSON Schema\n"
                 "  scenario-schema  the JSON Schema of scenario documents (--scenario FILE)\n"
                 "  mapping-schema   the JSON Schema of mapping documents (import --map FILE)\n"
                 "  csv      the records of --kind KIND, or with --output FOLDER/ one file per kind\n"
                 "           (<collection>.csv, the spells in memberships.csv; read back with --data FOLDER)\n"
                 "  geojson  the corridor network\n"
                 "  dot      the corridor network, or the parties of --mechanism ID (Graphviz)\n",
                 {{"format", "FORMAT", "json, schema, scenario-schema, mapping-schema, csv, geojson or dot"},
                  {"kind", "KIND", "with --format csv: the record kind to write, or memberships (one row a spell)"},
                  {"mechanism", "ID", "with --format dot: draw the parties of this mechanism"},
                  {"output", "FILE", "write to FILE (csv: or FOLDER/, one file per kind) instead of standard output"},
                  data_opt}});
    c.push_back({"query", "KIND [OPTIONS]", {"KIND"}, 1,
                 "Prints the records of KIND matching every filter. Parties and countries by id, ISO\n"
                 "code or name; closed values in any case. Exit code 1 when nothing matches.\n"
                 "Agreements with --party P read P's entry (its own, or a bloc's entry P is bound\n"
                 "through on the date: a full member or bound non-member then), on --on (default:\n"
                 "today): --status is the status of that entry (RCEP is concluded, not in_force, for\n"
                 "Myanmar, which signed only); --party A --party B lists the agreements between A and\n"
                 "B: in force for both, on different entries (DE and FR, both through the EU's entry,\n"
                 "have none by it). --party at most twice.\n"
                 "kinds: " + kind_names(" ") + "\n",
                 {{"party", "P", "involves party P (also through its blocs); twice: the agreements between\n"
                                 "the two parties"},
                  {"sector", "S", "in sector S (e.g. energy, transport)"},
                  {"kind", "K", "of kind K (e.g. railway, visa_exemption, free_trade_agreement)"},
                  {"status", "S", "project (current), agreement or segment status S (agreements with\n"
                                  "--party: the status of the party's entry on --on or today)"},
                  {"country", "C", "located in country C"},
                  {"mechanism", "M", "of mechanism M"},
                  {"text", "T", "T in id, name or aliases"},
                  {"from", "DATE", "some date of the record falls on or after DATE (YYYY[-MM[-DD]]; with\n"
                                   "--party: that party's dates)"},
                  {"to", "DATE", "some date of the record falls on or before DATE"},
                  {"on", "DATE", "agreements in force on DATE (for --party, also through its blocs); with\n"
                                 "--party and --status or a second --party, their date (default: today)"},
                  days_opt,
                  certainty_opt,
                  scenario_opt,
                  {"format", "F", "table (default: id and name, with a header row), csv (every field) or\n"
                                  "json (an array of records)"},
                  data_opt}});
    c.push_back({"route", "--from NODE [OPTIONS]", {}, 0,
                 "NODE is a node id, name or alias (\"Xi'an\", \"duisburg\"). Without --to, routes to the last\n"
                 "node of every named corridor. Countries by id, ISO code or name. Exit code 1 when\n"
                 "there is no route. Customs unions come from the memberships in the data (the default\n"
                 "data holds them).\n",
                 {{"from", "NODE", "the start (required)"},
                  {"to", "NODE", "the end (default: the last node of every named corridor)"},
                  {"on", "DATE", "route on that date: segments by their dated status history, border\n"
                                 "regimes by the memberships and border rules of that date (default:\n"
                                 "segments as recorded, politics of today)"},
                  {"certainty", "C", "certain (default) or possible: also use segments and memberships that\n"
                                     "only possibly hold on the date (the route lists them)"},
                  {"avoid", "CC,..", "countries not to cross"},
                  {"avoid-border", "CC-CC,..", "borders not to cross"},
                  {"mode", "M,..", "allowed modes: rail, road, sea, ferry, air"},
                  {"weight", "W", "km (default), hours (running + border clearance + transshipment +\n"
                                  "ferry waiting) or border_crossings"},
                  {"max-crossings", "N", "at most N border crossings"},
                  {"via-scenario", "CORRIDOR,..", "open the segments of the named corridors (e.g. cku)"},
                  {"scenario", "FILE", "a scenario document (data/scenario.schema.json): segments, memberships,\n"
                                       "border rules, closed borders, agreements"},
                  {"k", "N", "N alternative routes; geojson and dot write them as one document"},
                  {"transshipment-hours", "H", "hours per gauge break (default 0)"},
                  {"customs-hours", "H", "clearance hours at a customs border where no border rule gives them\n"
                                         "(default 0: the data holds no such figures)"},
                  {"union-hours", "H", "clearance hours inside a customs union (default 0)"},
                  {"ferry-wait-hours", "H", "hours per ferry or sea leg (default 0)"},
                  {"format", "F", "text (default), geojson or dot"},
                  data_opt}});
    c.push_back({"diff", "A B", {"A", "B"}, 2,
                 "Lists records added, removed and changed (field by field) from A to B. Each is a data\n"
                 "source as --data takes it: a JSON file, a CSV folder, a GeoJSON network or embedded\n"
                 "dataset(s) joined with '+'. Exit code 1 when the datasets hold the same records.\n",
                 {}});
    const std::vector<option_doc> dated{on_opt, days_opt, role_opt, certainty_opt, scenario_opt, table_format_opt, data_opt};
    c.push_back({"members", "ORG[,ORG..] [OPTIONS]", {"ORG"}, 1,
                 "The members of ORG on the date in the role (default: full members; --role any:\n"
                 "every role held then, a member that changes role read as belonging throughout).\n"
                 "Columns: member, name, role, sure (certainly / possibly), and any_role (how sure\n"
                 "it belongs in some role) with --role any. Several organisations, comma-separated:\n"
                 "one table, with a first column organisation.\n"
                 "Parties by id, ISO code or name. Exit code 1 when nothing is found.\n",
                 dated});
    c.push_back({"memberships", "PARTY[,PARTY..] [OPTIONS]", {"PARTY"}, 1,
                 "The organisations PARTY belongs to on the date in the role (default: full members).\n"
                 "Columns: organisation, name, role, sure, and any_role with --role any. Several\n"
                 "parties, comma-separated: one table, with a first column party.\n"
                 "Parties by id, ISO code or name. Exit code 1 when nothing is found.\n",
                 dated});
    c.push_back({"shared", "A B [OPTIONS]", {"A", "B"}, 2,
                 "The organisations A and B both belong to on the date in the role (default: full\n"
                 "members). Columns: organisation, name, role_a, role_b, sure.\n"
                 "Parties by id, ISO code or name. Exit code 1 when nothing is found.\n",
                 dated});
    c.push_back({"dyads", "--from YEAR --to YEAR [OPTIONS]", {}, 0,
                 "The dyad-year table of joint membership: for each year and each pair of countries\n"
                 "sharing at least one organisation on a common day of the year, the count and the\n"
                 "organisations ('|'-joined; a JSON array in json). Columns: a, b, year, count,\n"
                 "organisations. --pairs all lists every other pair of countries too, with count 0:\n"
                 "the pairs that existed together in the year (a country's founded and dissolved\n"
                 "dates, else the state registry's; a country with no known dates: every year).\n"
                 "Countries by id, ISO code or name. Exit code 1 when no row is found.\n",
                 {{"from", "YEAR", "the first year (required)"},
                  {"to", "YEAR", "the last year (required)"},
                  {"pairs", "shared|all", "shared (default: the pairs sharing an organisation) or all (every\n"
                                          "pair of countries that existed together, count 0 where none is shared)"},
                  {"party", "CC,..", "only pairs of these countries (both in the list)"},
                  role_opt, certainty_opt, scenario_opt, table_format_opt, data_opt}});
    c.push_back({"timeline", "PARTY[,PARTY..] [PARTY..] [OPTIONS]", {"PARTY"}, 1,
                 "The dated history of each PARTY, in date order: its joining of organisations, role\n"
                 "changes, suspensions and leaving (an organisation: its founding, dissolution and its\n"
                 "members' joining and leaving), and the agreements, projects, events and observations\n"
                 "naming it. Columns: party, date, record, what, through (the organisation through\n"
                 "which the party is bound by the entry's agreement; empty: its own), order_note (why\n"
                 "the order against the previous entry is unknown: dates that overlap, undated).\n"
                 "--format svg draws the membership chart instead: one row per party and organisation\n"
                 "(an organisation: one per member), one bar per spell coloured by role, hatched where\n"
                 "the dates leave it open (partial dates, a start known only by a later date, unknown\n"
                 "status), an arrow where no end is known; founding, dissolution and independence\n"
                 "marked. Parties by id, ISO code or name, comma-separated or as several arguments.\n"
                 "Exit code 1 when nothing is found.\n",
                 {{"from", "DATE", "only entries that may fall on or after DATE (svg: the first year drawn;\n"
                                   "default: from the data)"},
                  {"to", "DATE", "only entries that may fall on or before DATE (svg: the last year drawn)"},
                  {"format", "F", "table (default: tab-separated with a header row), csv, json, or svg\n"
                                  "(the membership chart)"},
                  {"roles", "ROLE,..", "with --format svg: draw only spells in these roles (default: every role)"},
                  {"width", "N", "with --format svg: the picture's width in pixels (480..10000; default 960)"},
                  {"output", "FILE", "write to FILE instead of standard output"},
                  scenario_opt, data_opt}});
    return c;
  }();
  return all;
}

const command& command_named(std::string_view name) {
  for (const auto& c : commands())
    if (c.name == name) return c;
  throw std::logic_error("no command " + std::string(name));
}

// The --help text of a command, generated from its table.
std::string help_of(const command& c) {
  std::string out = "usage: regcoop " + std::string(c.name) + " " + std::string(c.synopsis) + "\n\n" + std::string(c.about);
  if (c.options.empty()) return out + "\n" + std::string(c.name) + " takes no options.\n";
  out += "\noptions:\n";
  constexpr std::size_t width = 26;
  for (const auto& o : c.options) {
    std::string head = "  --" + std::string(o.name) + " " + std::string(o.value);
    head += head.size() + 1 < width ? std::string(width - head.size(), ' ') : "\n" + std::string(width, ' ');
    out += head;
    for (const char ch : o.text) {
      out += ch;
      if (ch == '\n') out.append(width, ' ');
    }
    out += '\n';
  }
  return out;
}

// ---- arguments -------------------------------------------------------------------------

// Bad input on the command line: exits 2 with the message.
struct usage_error {
  std::string message;
};

[[noreturn]] void refuse(std::string message) { throw usage_error{std::move(message)}; }

// The problems of a library error without their code, for "--option: message": each with
// its record when it names one ("parties/SCO/aliases: ...").
std::string message_of(const rc::error& e) {
  std::string out;
  for (const auto& p : e.problems()) {
    out += out.empty() ? "" : "; ";
    // The one place format: "DIR/segments.csv:4:5 (length_km) (segments/ab)", "x.json#/a (r)", "r/field".
    if (const auto place = rc::place_of(p);
        !place.empty() && (!p.record.empty() || rc::is_place(p.field) || p.field.find('/') != std::string::npos))
      out += place + ": ";
    out += p.message;
  }
  return out;
}

// Runs f(); a library error becomes "LABEL: message" (LABEL: "--option" or "PARTY 'x'").
template <class F>
auto checked(const std::string& label, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const rc::error& e) {
    refuse(label + ": " + message_of(e));
  }
}

// Runs f(), which reads `file`; any failure becomes a usage error that names the file:
// "LABEL: message" with the file put in front when the message does not name it. With
// `whole`, the library's own text (codes, one problem a line) is kept, without a label.
template <class F>
auto reading(const std::string& label, const std::string& file, bool whole, F&& f) -> decltype(f()) {
  const auto named = [&](std::string m) { return m.find(file) == std::string::npos ? file + ": " + m : m; };
  try {
    return f();
  } catch (const usage_error&) {
    throw;
  } catch (const rc::error& e) {
    if (whole) refuse(named(e.what()));
    refuse(label + ": " + named(message_of(e)));
  } catch (const std::exception& e) {
    refuse((whole ? std::string() : label + ": ") + file + ": cannot read (" + e.what() + ")");
  }
}

// The label of positional argument `i` of command `c` with its value, for errors: "PARTY 'Atlantis'".
std::string positional_label(const command& c, std::size_t i, const std::string& value) {
  return std::string(i < c.positional.size() ? c.positional[i] : "argument") + " '" + value + "'";
}

// ASCII case-insensitive equality, for closed sets of words.
bool same_word(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

struct args {
  std::vector<std::string> positional;
  std::map<std::string, std::string, std::less<>> options;  // --name value
  std::map<std::string, std::vector<std::string>, std::less<>> again;  // the values of an option given again
  bool help = false;

  [[nodiscard]] std::optional<std::string> get(std::string_view name) const {
    const auto it = options.find(name);
    if (it == options.end()) return std::nullopt;
    return it->second;
  }
};

// Parses "--name value" and "--name=value" options and positionals; "--=x" and a lone "--"
// are refused; an option given again is kept in `again` (check_arguments refuses it).
args parse(int argc, char** argv) {
  args a;
  for (int i = 2; i < argc; ++i) {
    const std::string s = argv[i];
    if (s == "--help" || s == "-h") {
      a.help = true;
    } else if (s == "--") {
      refuse("'--' is no option: options are --NAME VALUE (or --NAME=VALUE), anywhere after the command");
    } else if (s.rfind("--", 0) == 0) {
      std::string name, value;
      if (const auto eq = s.find('='); eq != std::string::npos) {
        name = s.substr(2, eq - 2);
        value = s.substr(eq + 1);
        if (name.empty()) refuse("'" + s + "' names no option (--NAME=VALUE)");
      } else {
        if (i + 1 >= argc) refuse("option " + s + " needs a value");
        name = s.substr(2);
        value = argv[++i];
      }
      if (!a.options.emplace(name, value).second) a.again[name].push_back(value);  // see check_arguments
    } else {
      a.positional.push_back(s);
    }
  }
  return a;
}

// --help: prints the command's help and gives exit code 0. Otherwise refuses options the
// command does not take (listing those it takes) and too many or too few positionals
// (too few: with the command's help); nothing when the arguments fit.
std::optional<int> check_arguments(const args& a, const command& c) {
  if (a.help) {
    std::cout << help_of(c);
    return ok;
  }
  for (const auto& [k, v] : a.again)  // only query takes an option twice (--party A --party B)
    if (c.name != "query" || k != "party") {
      std::string values = "'" + a.options.at(k) + "'";
      for (const auto& x : v) values += ", then '" + x + "'";
      refuse("option --" + k + " is given twice (" + values + "); give it once");
    }
  for (const auto& [k, v] : a.options) {
    bool found = false;
    std::string list;
    for (const auto& o : c.options) {
      found = found || k == o.name;
      list += (list.empty() ? "--" : ", --") + std::string(o.name);
    }
    if (!found)
      refuse("unknown option --" + k + " (" + std::string(c.name) +
             (list.empty() ? " takes no options)" : " takes: " + list + ")"));
  }
  if (a.positional.size() > c.positional.size()) refuse("unexpected argument '" + a.positional[c.positional.size()] + "'");
  if (a.positional.size() < c.required) {
    std::string need;
    for (std::size_t i = 0; i < c.required; ++i) need += (i ? " " : "") + std::string(c.positional[i]);
    refuse(std::string(c.name) + " needs " + need + "\n\n" + help_of(c));
  }
  return std::nullopt;
}

// ---- data ------------------------------------------------------------------------------

// True when `part` names a JSON dataset file (not an embedded dataset, a folder or GeoJSON).
bool json_file(const std::string& part) {
  std::error_code ec;
  return !rc::data::builtin(part) && std::filesystem::exists(part, ec) && !std::filesystem::is_directory(part, ec) &&
         std::filesystem::path(part).extension() != ".geojson";
}

// The data sources of `spec`, several joined with '+' merged; errors name LABEL ("--data",
// "A 'x.json'"); with `whole`, the library's own text is kept (see `reading`). A JSON file
// after the first item extends what comes before it (`regcoop::extend`): its records need
// not be whole (`{"id": "SCO", "members": [...]}` adds a spell to SCO); the merged data is
// validated.
rc::dataset load_spec(const std::string& label, const std::string& spec, bool whole) {
  std::optional<rc::dataset> out;
  std::size_t start = 0;
  while (true) {
    const auto plus = spec.find('+', start);
    const std::string part = spec.substr(start, plus - start);
    if (part.empty()) refuse(label + ": empty item in '" + spec + "'");
    const rc::merge_names names{spec.substr(0, start ? start - 1 : 0), part};
    if (out && json_file(part)) {
      rc::dataset_extension ext;
      reading(label, part, whole, [&] { rc::read_json_records(part, [&](auto rows) { ext.add(std::move(rows)); }); });
      out = checked(label, [&] { return rc::extend(*out, ext, names); });
    } else {
      std::optional<rc::dataset> one = reading(label, part, whole, [&] { return rc::load_source(part); });
      out = out ? checked(label, [&] { return rc::merge(*out, *one, names); }) : std::move(one);
    }
    if (plus == std::string::npos) return std::move(*out);
    start = plus + 1;
  }
}

// --data SOURCE (default: both embedded datasets); several joined with '+' are merged.
rc::dataset load(const args& a) { return load_spec("--data", a.get("data").value_or(std::string(default_data)), false); }

// --scenario FILE, read against `ds`; nullopt without the option.
std::optional<rc::scenario> scenario_of(const args& a, const rc::dataset& ds) {
  const auto file = a.get("scenario");
  if (!file) return std::nullopt;
  return reading("--scenario", *file, false, [&] { return rc::load_scenario(*file, ds); });
}

// The data of a dated question: --data, with --scenario FILE applied (`regcoop::apply`).
rc::dataset load_dated(const args& a) {
  rc::dataset ds = load(a);
  if (const auto sc = scenario_of(a, ds)) return checked("--scenario", [&] { return rc::apply(ds, *sc); });
  return ds;
}

// ---- values ----------------------------------------------------------------------------

// Comma-separated values; an empty item ("a,,b", a trailing comma) is refused.
std::vector<std::string> split(std::string_view name, const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const auto comma = s.find(',', start);
    out.push_back(s.substr(start, comma - start));
    if (out.back().empty()) refuse("--" + std::string(name) + ": empty item in '" + s + "'");
    if (comma == std::string::npos) return out;
    start = comma + 1;
  }
}

// A whole number in [min, max].
int number(std::string_view name, const std::string& s, int min, int max) {
  int v = 0;
  const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (r.ec != std::errc() || r.ptr != s.data() + s.size() || v < min || v > max)
    refuse("--" + std::string(name) + ": '" + s + "' is not a whole number in " + std::to_string(min) + ".." +
           std::to_string(max));
  return v;
}

// A finite number of hours in [0, 10^6].
double hours(std::string_view name, const std::string& s) {
  double v = 0;
  const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (r.ec != std::errc() || r.ptr != s.data() + s.size() || !(v >= 0 && v <= 1e6))
    refuse("--" + std::string(name) + ": '" + s + "' is not a number of hours in 0..1000000");
  return v;
}

// One of a closed set of words, in any case; gives the word as listed.
std::string one_of(std::string_view name, const std::string& s, std::initializer_list<std::string_view> valid) {
  std::string list;
  for (const auto v : valid) {
    if (same_word(s, v)) return std::string(v);
    list += (list.empty() ? "" : ", ") + std::string(v);
  }
  refuse("--" + std::string(name) + ": '" + s + "' is not one of: " + list);
}

// An enumerator of E named in any case.
template <class E>
E enumerator(std::string_view name, const std::string& s) {
  if (const auto e = rc::try_enum_named<E>(s)) return *e;
  refuse("--" + std::string(name) + ": '" + s + "' is not one of: " + rc::enum_names<E>());
}

// The enumerator name of E that `s` names in any case, or `s` as given (the library then
// refuses it, listing the names).
template <class E>
std::string canonical(const std::string& s) {
  if (const auto e = rc::try_enum_named<E>(s)) return std::string(rc::to_string(*e));
  return s;
}

rc::party_id party(const rc::dataset& ds, const std::string& label, const std::string& s) {
  return checked(label, [&] { return rc::party_named(ds, s).id; });
}

rc::party_id country(const rc::dataset& ds, std::string_view name, const std::string& s) {
  const rc::party_id p = party(ds, "--" + std::string(name), s);
  if (ds.at(p).kind != rc::party_kind::country) refuse("--" + std::string(name) + ": '" + s + "' is not a country");
  return p;
}

rc::partial_date date(std::string_view name, const std::string& s) {
  return checked("--" + std::string(name), [&] { return rc::partial_date::parse(s); });
}

// --on DATE, or today.
rc::partial_date on_date(const args& a) {
  if (const auto v = a.get("on")) return date("on", *v);
  return rc::today();
}

// --on DATE (or today) read by --days some|every (default some); a date coarser than a day is
// said on stderr: "regcoop: 2020 read as some day of 2020 (--days every: every day of it)".
rc::query_date query_date_of(const args& a) {
  const rc::partial_date d = on_date(a);
  rc::day_rule rule = rc::day_rule::some_day;
  if (const auto v = a.get("days")) {
    if (same_word(*v, "every")) rule = rc::day_rule::every_day;
    else if (!same_word(*v, "some")) refuse("--days: '" + *v + "' is not one of: some, every");
  }
  const auto q = checked("--on", [&] { return rc::query_date(d, rule); });
  if (!q.is_day())
    std::cerr << "regcoop: " << d.to_string() << " read as " << q.to_string()
              << (rule == rc::day_rule::some_day ? " (--days every: every day of it)\n" : " (--days some: some day of it)\n");
  return q;
}

// --role ROLE or "any" (nullopt); full members when absent, in every command.
std::optional<rc::membership_role> role(const args& a) {
  const auto v = a.get("role");
  if (!v) return rc::membership_role::full_member;
  if (same_word(*v, "any")) return std::nullopt;
  if (const auto r = rc::try_enum_named<rc::membership_role>(*v)) return *r;
  refuse("--role: '" + *v + "' is not one of: any, " + rc::enum_names<rc::membership_role>());
}

rc::certainty certainty_of(const args& a) {
  return enumerator<rc::certainty>("certainty", a.get("certainty").value_or("certain"));
}

// Says on stderr how many answers the certainty policy `certain` left out, and how to see them.
void note_hidden(std::size_t hidden, std::string_view what) {
  if (hidden == 0) return;
  std::cerr << "regcoop: " << hidden << " more " << what << "possibly (partial dates or unknown status); --certainty possible lists "
            << (hidden == 1 ? "it" : "them") << '\n';
}

// Calls f(R{}) for the record kind named `kind` (in any case); refuses any other name.
template <class F>
void with_kind(const std::string& what, const std::string& kind, F&& f) {
  if (!rc::with_collection(kind, f, true))
    refuse(what + ": unknown kind '" + kind + "' (one of: " + rc::collection_names() + ")");
}

// ---- output ----------------------------------------------------------------------------

// A table: named columns and rows of cells (text, a whole number or a list of words).
using cell = std::variant<std::string, std::int64_t, std::vector<std::string>>;
struct table {
  std::vector<std::string_view> columns;
  std::vector<std::vector<cell>> rows;
};

std::string text_of(const cell& c) {
  if (const auto* s = std::get_if<std::string>(&c)) return *s;
  if (const auto* n = std::get_if<std::int64_t>(&c)) return std::to_string(*n);
  std::string out;
  for (const auto& w : std::get<std::vector<std::string>>(c)) out += (out.empty() ? "" : "|") + w;
  return out;
}

boost::json::value json_of(const cell& c) {
  if (const auto* s = std::get_if<std::string>(&c)) return boost::json::string(*s);
  if (const auto* n = std::get_if<std::int64_t>(&c)) return *n;
  boost::json::array out;
  for (const auto& w : std::get<std::vector<std::string>>(c)) out.emplace_back(boost::json::string(w));
  return out;
}

// The one printer of tabular answers: `table` (tab-separated, a header row), `csv` (RFC
// 4180: the column names, then the rows, CRLF line ends) or `json` (an array of objects
// keyed by the column names, one a line).
void print_table(const table& t, const std::string& fmt) {
  if (fmt == "json") {
    std::cout << '[';
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      boost::json::object o;
      for (std::size_t i = 0; i < t.columns.size(); ++i) o[t.columns[i]] = json_of(t.rows[r][i]);
      std::cout << (r ? ",\n  " : "\n  ") << boost::json::serialize(o);
    }
    std::cout << (t.rows.empty() ? "]\n" : "\n]\n");
    return;
  }
  if (fmt == "csv") {  // RFC 4180, quoted as the library's CSV writer quotes
    rc::detail::csv::write_row(std::cout, std::vector<std::string>(t.columns.begin(), t.columns.end()));
    for (const auto& row : t.rows) {
      std::vector<std::string> fields;
      fields.reserve(row.size());
      for (const auto& c : row) fields.push_back(text_of(c));
      rc::detail::csv::write_row(std::cout, fields);
    }
    return;
  }
  for (std::size_t i = 0; i < t.columns.size(); ++i) std::cout << (i ? "\t" : "") << t.columns[i];
  std::cout << '\n';
  for (const auto& row : t.rows) {
    for (std::size_t i = 0; i < row.size(); ++i) std::cout << (i ? "\t" : "") << text_of(row[i]);
    std::cout << '\n';
  }
}

std::string table_format(const args& a) { return one_of("format", a.get("format").value_or("table"), {"table", "csv", "json"}); }

// --output FILE, nullopt without it; an empty name is refused.
std::optional<std::string> output_of(const args& a) {
  auto file = a.get("output");
  if (file && file->empty()) refuse("--output: an empty name (give a file name)");
  return file;
}

// Writes text to --output FILE or standard output; a folder as FILE is refused.
int emit(const args& a, const std::string& text) {
  const auto file = output_of(a);
  if (!file) {
    std::cout << text;
    return ok;
  }
  if (std::error_code ec; std::filesystem::is_directory(*file, ec) || file->back() == '/')
    refuse("--output: '" + *file + "' is a folder; this output is one file: give a file name");
  std::ofstream out(*file, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out.flush()) refuse("--output: cannot write " + *file);
  return ok;
}

// "id<TAB>name" of a record (its title for sources).
template <class R>
void print_line(const R& r) {
  std::cout << r.id.value;
  if constexpr (requires { r.name; }) std::cout << '\t' << r.name;
  else if constexpr (requires { r.title; }) std::cout << '\t' << r.title;
  std::cout << '\n';
}

// ---- commands --------------------------------------------------------------------------

int show(const args& a) {
  const command& c = command_named("show");
  if (const auto code = check_arguments(a, c)) return *code;
  const rc::dataset ds = load(a);
  if (a.positional.empty()) {
    boost::mp11::mp_for_each<rc::record_types>([&](auto r) {
      using R = decltype(r);
      std::cout << rc::collection_name<R>() << '\t' << ds.all<R>().size() << '\n';
    });
    return ok;
  }
  int code = ok;
  with_kind(positional_label(c, 0, a.positional[0]), a.positional[0], [&](auto r) {
    using R = decltype(r);
    if (a.positional.size() == 1) {
      for (const auto& rec : ds.all<R>()) print_line(rec);
      if (ds.all<R>().empty()) {
        std::cerr << "regcoop: no " << rc::collection_name<R>() << " in the data\n";
        code = no_result;
      }
    } else if (const auto* rec = rc::find_record<R>(ds, a.positional[1])) {
      std::cout << rc::to_json(*rec) << '\n';
    } else {
      std::cerr << "regcoop: no such record: " << rc::collection_name<R>() << '/' << a.positional[1]
                << " (no id, name, alias" << (std::is_same_v<R, rc::party> ? " or ISO code" : "") << " matches)\n";
      code = no_result;
    }
  });
  return code;
}

int validate(const args& a) {
  if (const auto code = check_arguments(a, command_named("validate"))) return *code;
  const std::string& file = a.positional[0];
  const rc::dataset ds = reading("SOURCE", file, true, [&] { return rc::load_source(file); });
  std::cout << "ok: " << file << ": " << ds.size() << " records\n";
  // Valid, but worth a look: the integrity report, one note per line.
  for (const auto& f : rc::integrity_report(ds))
    std::cout << "note: " << f.record << (f.field.empty() ? "" : " (" + f.field + ")") << ": " << f.message << "\n";
  return ok;
}

int import_(const args& a) {
  // Any number of tables: the command's positional list grows to the arguments given.
  command c = command_named("import");
  c.positional.resize(std::max(c.positional.size(), a.positional.size()), "TABLE");
  if (const auto code = check_arguments(a, c)) return *code;
  if (!a.get("map")) refuse("import needs --map MAP.json\n\n" + help_of(c));
  const std::string map_file = *a.get("map");
  const rc::table_mapping map = reading("--map", map_file, true, [&] { return rc::load_mapping(map_file); });
  std::string kind;
  if (const auto k = a.get("kind")) {
    if (!map.find(*k)) {
      std::string kinds;
      for (const auto& t : map.tables) kinds += (kinds.empty() ? "" : ", ") + t.kind;
      refuse("--kind: the mapping has no rule for '" + *k + "' (it has: " + kinds + ")");
    }
    kind = *k;
  }
  std::vector<std::filesystem::path> tables;
  std::string names;
  for (const auto& t : a.positional) {
    if (t.empty()) refuse("TABLE: an empty file name");
    tables.emplace_back(t);
    names += (names.empty() ? "" : " ") + t;
  }
  const rc::import_result r = reading("TABLE", names, true, [&] { return rc::import_table_files(tables, map, kind); });
  const int code = emit(a, rc::to_json(r.data));
  std::cerr << r.summary.line() << "\n";
  return code;
}

int export_(const args& a) {
  if (const auto code = check_arguments(a, command_named("export"))) return *code;
  const auto f = a.get("format");
  if (!f) refuse("export needs --format json|schema|scenario-schema|mapping-schema|csv|geojson|dot");
  const std::string fmt = one_of("format", *f, {"json", "schema", "scenario-schema", "mapping-schema", "csv", "geojson", "dot"});
  if (a.get("kind") && fmt != "csv") refuse("--kind applies to --format csv only");
  if (a.get("mechanism") && fmt != "dot") refuse("--mechanism applies to --format dot only");
  if (fmt == "schema") return emit(a, rc::json_schema_text());
  if (fmt == "scenario-schema") return emit(a, rc::scenario_schema_text());
  if (fmt == "mapping-schema") return emit(a, rc::mapping_schema_text());
  const rc::dataset ds = load(a);
  if (fmt == "json") return emit(a, rc::to_json(ds));
  if (fmt == "geojson") return emit(a, rc::network_geojson(ds));
  if (fmt == "dot") {
    const auto m = a.get("mechanism");
    if (!m) return emit(a, rc::network_dot(ds));
    const rc::mechanism_id id = checked("--mechanism", [&] { return rc::record_named<rc::mechanism>(ds, *m).id; });
    return emit(a, rc::mechanism_dot(ds, id));
  }
  const auto k = a.get("kind");
  if (const auto out = output_of(a); out && (std::filesystem::is_directory(*out) || out->back() == '/')) {
    if (k) refuse("--kind: a folder (--output " + *out + ") gets one CSV file per kind; give a file name for one kind");
    checked("--output", [&] { rc::save_csv_folder(ds, *out); });
    return ok;
  }
  if (!k) refuse("--format csv needs --kind KIND, or --output FOLDER/ for every kind");
  if (same_word(*k, "memberships")) return emit(a, rc::memberships_to_csv(ds));
  std::string text;
  with_kind("--kind", *k, [&](auto r) { text = rc::to_csv<decltype(r)>(ds); });
  return emit(a, text);
}

// The enumeration of a record kind's kind (void when it has none or it is no enumeration).
template <class R>
struct kind_enum {
  using type = void;
};
template <class R>
  requires requires { R::kind; } && rc::described_enum<std::remove_cvref_t<decltype(R::kind)>>
struct kind_enum<R> {
  using type = std::remove_cvref_t<decltype(R::kind)>;
};

// The enumeration of a record kind's status (void when it has none).
template <class R>
struct status_enum {
  using type = void;
};
template <>
struct status_enum<rc::project> {
  using type = rc::project_status;
};
template <class R>
  requires requires { R::status; }
struct status_enum<R> {
  using type = std::remove_cvref_t<decltype(R::status)>;
};

// The command-line option of a `filter_spec` field, for make_filter's errors ("in_force_on"
// → "--on"); "query" for an error that names no field.
std::string option_of_field(const std::string& field) {
  static const std::map<std::string, std::string, std::less<>> options{
      {"party", "--party"},         {"through_blocs", "--party"}, {"in_sector", "--sector"}, {"kind", "--kind"},
      {"status", "--status"},       {"country", "--country"},     {"mechanism", "--mechanism"}, {"text", "--text"},
      {"dates", "--from/--to"},     {"in_force_on", "--on"},      {"sure", "--certainty"},
      {"other_party", "--party"},   {"on", "--on"}};
  if (const auto it = options.find(field); it != options.end()) return it->second;
  return "query";
}

// The records of a selection as `query` prints them: every field in csv and json, id and name
// (or title) as a table.
template <class Selection>
void print_records(const Selection& sel, const std::string& fmt) {
  using R = std::remove_cvref_t<decltype(*sel.begin())>;
  if (fmt == "csv") {
    rc::write_csv(std::cout, sel);
  } else if (fmt == "json") {
    std::cout << rc::to_json_array(sel) << '\n';
  } else {
    table tab;
    tab.columns.push_back("id");
    if constexpr (requires(const R& r) { r.name; }) tab.columns.push_back("name");
    else if constexpr (requires(const R& r) { r.title; }) tab.columns.push_back("title");
    for (const auto& r : sel) {
      std::vector<cell> row{r.id.value};
      if constexpr (requires { r.name; }) row.emplace_back(r.name);
      else if constexpr (requires { r.title; }) row.emplace_back(r.title);
      tab.rows.push_back(std::move(row));
    }
    print_table(tab, fmt);
  }
}

int query(const args& a) {
  const command& c = command_named("query");
  if (const auto code = check_arguments(a, c)) return *code;
  const std::string fmt = table_format(a);
  const rc::dataset ds = load_dated(a);
  rc::filter_spec spec;
  if (const auto v = a.get("party")) spec.party = party(ds, "--party", *v);
  if (const auto it = a.again.find("party"); it != a.again.end()) {
    if (it->second.size() > 1)
      refuse("--party is given " + std::to_string(it->second.size() + 1) +
             " times: query takes one party, or two for the agreements between them");
    spec.other_party = party(ds, "--party", it->second.front());
  }
  std::optional<rc::query_date> when;  // --on (or today) read by --days
  if (a.get("on") || spec.party) when = query_date_of(a);
  if (spec.party) spec.on = *when;
  if (const auto v = a.get("country")) spec.country = country(ds, "country", *v);
  if (const auto v = a.get("sector")) spec.in_sector = enumerator<rc::sector>("sector", *v);
  if (const auto v = a.get("mechanism"))
    spec.mechanism = checked("--mechanism", [&] { return rc::record_named<rc::mechanism>(ds, *v).id; });
  if (a.get("on")) spec.in_force_on = *when;
  spec.sure = certainty_of(a);
  spec.text = a.get("text");
  const auto from = a.get("from"), to = a.get("to");
  if (from && to && rc::certainly_before(date("to", *to), date("from", *from)))
    refuse("--to: " + *to + " ends before --from " + *from + " begins");
  if (from || to)
    spec.dates = rc::date_range{from ? std::optional(date("from", *from)) : std::nullopt,
                                to ? std::optional(date("to", *to)) : std::nullopt};
  std::size_t n = 0, hidden = 0;
  with_kind(positional_label(c, 0, a.positional[0]), a.positional[0], [&](auto t) {
    using R = decltype(t);
    // --kind and --status in any case, as the record kind's enumerator names; the library
    // checks them against the record kind.
    rc::filter_spec s = spec;
    // An agreement's status for a party, and the pair, are read on --on: not "in force" then too.
    if (std::is_same_v<R, rc::agreement> && s.party && (a.get("status") || s.other_party)) s.in_force_on.reset();
    if (const auto v = a.get("kind")) {
      if constexpr (!std::is_void_v<typename kind_enum<R>::type>) s.kind = canonical<typename kind_enum<R>::type>(*v);
      else
        s.kind = *v;
    }
    if (const auto v = a.get("status")) {
      if constexpr (!std::is_void_v<typename status_enum<R>::type>) s.status = canonical<typename status_enum<R>::type>(*v);
      else s.status = *v;
    }
    const auto filter_for = [&](const rc::filter_spec& fs) {
      try {
        return rc::make_filter<R>(ds, fs);
      } catch (const rc::error& e) {
        refuse(option_of_field(e.problems().front().field) + ": " + message_of(e));
      }
    };
    const auto sel = rc::select<R>(ds, filter_for(s));
    n = sel.count();
    if ((s.in_force_on || (std::is_same_v<R, rc::agreement> && s.party && (s.status || s.other_party))) &&
        s.sure == rc::certainty::certain) {
      rc::filter_spec maybe = s;
      maybe.sure = rc::certainty::possible;
      hidden = rc::select<R>(ds, filter_for(maybe)).count() - n;
    }
    print_records(sel, fmt);
  });
  if (n == 0) std::cerr << "regcoop: no " << a.positional[0] << " match\n";
  note_hidden(hidden, spec.party && (a.get("status") || spec.other_party) ? "" : "in force ");
  return n ? ok : no_result;
}

// Hours with one decimal.
std::string h1(double x) {
  std::ostringstream o;
  o.setf(std::ios::fixed);
  o.precision(1);
  o << x;
  return o.str();
}

void print_route(const rc::dataset& ds, const rc::route& r) {
  std::cout << ds.at(r.nodes.front()).name << " → " << ds.at(r.nodes.back()).name << ": " << r.km << " km, "
            << h1(r.hours) << " h\n  countries: ";
  for (std::size_t i = 0; i < r.countries.size(); ++i) std::cout << (i ? " → " : "") << r.countries[i].value;
  std::cout << "\n  via: ";
  for (std::size_t i = 0; i < r.nodes.size(); ++i) std::cout << (i ? ", " : "") << ds.at(r.nodes[i]).name;
  std::cout << "\n  hours: running " << h1(r.running_hours) << ", border clearance " << h1(r.border_hours)
            << ", transshipment " << h1(r.transshipment_hours) << ", ferry waiting " << h1(r.ferry_wait_hours);
  std::cout << "\n  border crossings: " << r.crossings.size();
  for (const auto& c : r.crossings) {
    std::cout << "\n    " << c.from.value << "→" << c.to.value << " (" << c.segment.value << "): ";
    switch (c.regime) {
      case rc::border_regime::customs_union: std::cout << "inside customs union " << c.basis << ", no customs clearance"; break;
      case rc::border_regime::customs_border: std::cout << "customs border"; break;
      case rc::border_regime::rule: std::cout << "border rule " << c.basis; break;
      case rc::border_regime::closed: std::cout << "closed by " << c.basis; break;
    }
    std::cout << ", " << h1(c.clearance_hours) << " h" << (c.sure == rc::truth::possibly ? " (possibly: partial dates)" : "");
  }
  std::cout << "\n  gauge breaks: " << r.gauge_breaks.size();
  for (const auto& g : r.gauge_breaks) std::cout << " [" << ds.at(g.at).name << " " << g.from_mm << "→" << g.to_mm << " mm]";
  std::cout << "\n  ferry legs: " << r.ferry_legs.size();
  for (const auto& f : r.ferry_legs) std::cout << " [" << f.value << "]";
  if (!r.possibly_open.empty()) {
    std::cout << "\n  possibly not open on the date:";
    for (const auto& sg : r.possibly_open) std::cout << " [" << sg.value << "]";
  }
  std::cout << '\n';
}

int route(const args& a) {
  if (const auto code = check_arguments(a, command_named("route"))) return *code;
  const rc::dataset ds = load(a);
  const auto from_name = a.get("from");
  if (!from_name) refuse("route needs --from NODE");
  const rc::node_id from = checked("--from", [&] { return rc::node_named(ds, *from_name).id; });
  std::vector<rc::node_id> targets;
  if (const auto to = a.get("to")) {
    targets.push_back(checked("--to", [&] { return rc::node_named(ds, *to).id; }));
  } else {
    for (const auto& c : ds.corridors()) {
      const rc::node_id last = rc::corridor_ends(ds, c.id).last;
      if (last != from && std::find(targets.begin(), targets.end(), last) == targets.end()) targets.push_back(last);
    }
  }
  rc::route_options opt;
  if (a.get("on")) opt.on = on_date(a);
  opt.certainty = certainty_of(a);
  if (const auto v = a.get("avoid"))
    for (const auto& c : split("avoid", *v)) opt.avoid_countries.push_back(country(ds, "avoid", c));
  if (const auto v = a.get("avoid-border"))
    for (const auto& pair : split("avoid-border", *v)) {
      const auto dash = pair.find('-');
      if (dash == std::string::npos) refuse("--avoid-border: '" + pair + "' is not a pair like KZ-RU");
      opt.avoid_borders.emplace_back(country(ds, "avoid-border", pair.substr(0, dash)),
                                     country(ds, "avoid-border", pair.substr(dash + 1)));
    }
  if (const auto v = a.get("mode"))
    for (const auto& m : split("mode", *v)) opt.modes.push_back(enumerator<rc::transport_mode>("mode", m));
  if (const auto v = a.get("weight")) opt.weight = enumerator<rc::route_weight>("weight", *v);
  if (const auto v = a.get("max-crossings")) opt.max_border_crossings = number("max-crossings", *v, 0, 1000);
  if (const auto v = a.get("transshipment-hours")) opt.transshipment_hours = hours("transshipment-hours", *v);
  if (const auto v = a.get("customs-hours")) opt.customs_border_hours = hours("customs-hours", *v);
  if (const auto v = a.get("union-hours")) opt.customs_union_hours = hours("union-hours", *v);
  if (const auto v = a.get("ferry-wait-hours")) opt.ferry_wait_hours = hours("ferry-wait-hours", *v);
  rc::scenario sc = scenario_of(a, ds).value_or(rc::scenario{});
  if (const auto v = a.get("via-scenario"))
    for (const auto& c : split("via-scenario", *v))
      sc.open(ds, checked("--via-scenario", [&] { return rc::corridor_named(ds, c).id; }));
  const auto k = static_cast<std::size_t>(number("k", a.get("k").value_or("1"), 1, 1000));
  const std::string fmt = one_of("format", a.get("format").value_or("text"), {"text", "geojson", "dot"});
  const rc::network net(ds);
  std::vector<rc::route> all;
  for (const auto& to : targets) {
    auto routes = checked("--scenario", [&] { return net.k_shortest_routes(from, to, k, opt, sc); });
    if (routes.empty())
      std::cerr << "regcoop: no route from '" << from.value << "' to '" << to.value << "' under the given constraints\n";
    for (auto& r : routes) {
      if (fmt == "text") print_route(ds, r);
      all.push_back(std::move(r));
    }
  }
  if (fmt == "geojson") std::cout << rc::routes_geojson(ds, all);
  else if (fmt == "dot") std::cout << rc::routes_dot(ds, all);
  return all.empty() ? no_result : ok;
}

// members, memberships and shared: one question about memberships on a date, answered as a
// table. The library answers under the chosen certainty; under `certain` it is asked again
// under `possible` to say how many answers only possibly hold.
enum class membership_question { members, memberships, shared };

int membership_command(const args& a, membership_question q) {
  const command& c = command_named(q == membership_question::members       ? "members"
                                   : q == membership_question::memberships ? "memberships"
                                                                           : "shared");
  if (const auto code = check_arguments(a, c)) return *code;
  const std::string fmt = table_format(a);
  const rc::dataset ds = load_dated(a);
  // members and memberships take several parties, comma-separated: one table, a first column
  // naming which.
  std::vector<std::vector<rc::party_id>> who;
  for (std::size_t i = 0; i < a.positional.size(); ++i) {
    who.emplace_back();
    const std::string& arg = a.positional[i];
    std::size_t at = 0;
    do {
      const std::size_t comma = q == membership_question::shared ? std::string::npos : arg.find(',', at);
      const std::string one = arg.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
      who.back().push_back(party(ds, positional_label(c, i, one), one));
      if (q == membership_question::members && ds.at(who.back().back()).kind == rc::party_kind::country)
        refuse(positional_label(c, i, one) + ": '" + one + "' is a country, not an organisation");
      at = comma == std::string::npos ? std::string::npos : comma + 1;
    } while (at != std::string::npos);
  }
  if (q == membership_question::shared && who[0][0] == who[1][0])
    refuse(positional_label(c, 1, a.positional[1]) + ": names the same party as " + positional_label(c, 0, a.positional[0]) +
           " (" + who[0][0].value + "): give two parties");
  const bool several = who[0].size() > 1;
  const rc::query_date d = query_date_of(a);
  const auto r = role(a);
  const rc::certainty sure = certainty_of(a);
  const auto name = [&](const rc::party_id& p) { return ds.at(p).name; };
  const auto str = [](auto e) { return std::string(rc::to_string(e)); };
  const auto answer = [&](rc::certainty cy) {
    table t;
    if (q == membership_question::members) t.columns = {"member", "name", "role", "sure"};
    else if (q == membership_question::memberships) t.columns = {"organisation", "name", "role", "sure"};
    else t.columns = {"organisation", "name", "role_a", "role_b", "sure"};
    if (several) t.columns.insert(t.columns.begin(), q == membership_question::members ? "organisation" : "party");
    if (!r && q != membership_question::shared) t.columns.push_back("any_role");
    for (const auto& p : who[0]) {
      const auto add = [&](std::vector<std::string> row) {
        if (several) row.insert(row.begin(), p.value);
        t.rows.emplace_back(row.begin(), row.end());
      };
      const auto any = [&](std::vector<std::string> row, rc::truth t_any) {
        if (!r) row.push_back(str(t_any));
        return row;
      };
      if (q == membership_question::members) {
        for (const auto& s : rc::members_of(ds, p, d, r, cy))
          add(any({s.member.value, name(s.member), str(s.role), str(s.sure)}, s.any_role));
      } else if (q == membership_question::memberships) {
        for (const auto& s : rc::memberships_of(ds, p, d, r, cy))
          add(any({s.organisation.value, name(s.organisation), str(s.role), str(s.sure)}, s.any_role));
      } else {
        for (const auto& s : rc::shared_memberships(ds, p, who[1][0], d, r, cy))
          add({s.organisation.value, name(s.organisation), str(s.role_a), str(s.role_b), str(s.sure)});
      }
    }
    return t;
  };
  const table t = answer(sure);
  print_table(t, fmt);
  if (t.rows.empty()) {
    std::string names;
    for (const auto& p : who[0]) names += (names.empty() ? "" : ",") + p.value;
    if (q == membership_question::members) std::cerr << "regcoop: no members of " << names << " match\n";
    else if (q == membership_question::memberships) std::cerr << "regcoop: " << names << " belongs to no organisation then\n";
    else std::cerr << "regcoop: " << names << " and " << who[1][0].value << " share no organisation then\n";
  }
  if (sure == rc::certainty::certain) note_hidden(answer(rc::certainty::possible).rows.size() - t.rows.size(), "");
  return t.rows.empty() ? no_result : ok;
}

// Parties named in comma-separated lists (each by id, ISO code or name); every name that
// names no party is refused at once: "LABEL: ...; ...". A party named twice counts once.
std::vector<rc::party_id> party_list(const rc::dataset& ds, const std::string& label, const std::vector<std::string>& lists) {
  std::vector<rc::party_id> out;
  std::string bad;
  for (const auto& list : lists)
    for (const auto& one : split(label.rfind("--", 0) == 0 ? label.substr(2) : label, list)) {
      try {
        const rc::party_id p = rc::party_named(ds, one).id;
        if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
      } catch (const rc::error& e) {
        bad += (bad.empty() ? "" : "; ") + message_of(e);
      }
    }
  if (!bad.empty()) refuse(label + ": " + bad);
  return out;
}

int dyads(const args& a) {
  if (const auto code = check_arguments(a, command_named("dyads"))) return *code;
  const auto from = a.get("from"), to = a.get("to");
  if (!from || !to) refuse("dyads needs --from YEAR and --to YEAR");
  const int first = number("from", *from, 1, 9999), last = number("to", *to, 1, 9999);
  if (last < first) refuse("--to: " + *to + " is before --from " + *from);
  const std::string fmt = table_format(a);
  rc::dyad_options o;
  o.all_pairs = one_of("pairs", a.get("pairs").value_or("shared"), {"shared", "all"}) == "all";
  o.role = role(a);
  o.sure = certainty_of(a);
  const rc::dataset ds = load_dated(a);
  if (const auto v = a.get("party")) o.parties = party_list(ds, "--party", {*v});
  const auto rows = checked("--party", [&] { return rc::dyad_years(ds, first, last, o); });
  table t{{"a", "b", "year", "count", "organisations"}, {}};
  std::size_t shown = 0;
  for (const auto& y : rows) {
    std::vector<std::string> orgs;
    for (const auto& org : y.organisations) orgs.push_back(org.value);
    t.rows.push_back({y.a.value, y.b.value, std::int64_t{y.year}, static_cast<std::int64_t>(y.count), std::move(orgs)});
    shown += y.count;
  }
  print_table(t, fmt);
  if (rows.empty())
    std::cerr << "regcoop: no two " << (o.parties.empty() ? "countries" : "of " + *a.get("party")) << " "
              << (o.all_pairs ? "existed together" : "share an organisation") << " in " << first << ".." << last << '\n';
  if (o.sure == rc::certainty::certain) {
    rc::dyad_options maybe = o;
    maybe.sure = rc::certainty::possible;
    std::size_t n = 0;
    for (const auto& y : rc::dyad_years(ds, first, last, maybe)) n += y.count;
    note_hidden(n - shown, "dyad-year memberships ");
  }
  return rows.empty() ? no_result : ok;
}

// `timeline --format svg`: the membership chart of the parties `who` (named `names`).
int timeline_chart(const args& a, const rc::dataset& ds, const std::vector<rc::party_id>& who, const std::string& names,
                   const std::optional<rc::partial_date>& from, const std::optional<rc::partial_date>& to) {
  rc::chart_options o;
  if (from) o.first_year = from->year;
  if (to) o.last_year = to->year;
  if (const auto v = a.get("roles"))
    for (const auto& r : split("roles", *v)) o.roles.push_back(enumerator<rc::membership_role>("roles", r));
  if (const auto v = a.get("width")) o.width = number("width", *v, 480, 10000);
  if (!from || !to) {
    // Years from the data: a chart with no spell names none.
    bool any = false;
    for (const auto& p : who)
      for (const auto& org : ds.parties()) any = any || rc::has_member(org, p) || (org.id == p && !org.members.empty());
    if (!any) {
      std::cerr << "regcoop: no membership spells of " << names << '\n';
      return no_result;
    }
  }
  const rc::membership_chart chart = checked("PARTY", [&] {
    try {
      return rc::make_membership_chart(ds, who, o);
    } catch (const rc::error& e) {
      if (e.problems().front().field != "first_year") throw;
      refuse("the spells of " + names + " in the roles asked for name no date to take the years from: give --from YEAR and --to YEAR");
    }
  });
  if (chart.bars() == 0) {
    std::cerr << "regcoop: no membership spells of " << names << " in " << chart.first_year << ".." << chart.last_year << '\n';
    return no_result;
  }
  return emit(a, rc::to_svg(chart));
}

// timeline: the entries of each party's `regcoop::timeline`, as one table, or their
// membership chart (--format svg).
int timeline(const args& a) {
  // Any number of parties: the command's positional list grows to the arguments given.
  command c = command_named("timeline");
  c.positional.resize(std::max(c.positional.size(), a.positional.size()), "PARTY");
  if (const auto code = check_arguments(a, c)) return *code;
  const std::string fmt = one_of("format", a.get("format").value_or("table"), {"table", "csv", "json", "svg"});
  if (fmt != "svg")
    for (const char* o : {"roles", "width"})
      if (a.get(o)) refuse("--" + std::string(o) + " applies to --format svg only");
  const auto from_text = a.get("from"), to_text = a.get("to");
  const std::optional<rc::partial_date> from = from_text ? std::optional(date("from", *from_text)) : std::nullopt;
  const std::optional<rc::partial_date> to = to_text ? std::optional(date("to", *to_text)) : std::nullopt;
  if (from && to && rc::certainly_before(*to, *from)) refuse("--to: " + *to_text + " ends before --from " + *from_text + " begins");
  const rc::dataset ds = load_dated(a);
  const std::vector<rc::party_id> who = party_list(ds, "PARTY", a.positional);
  std::string names;
  for (const auto& p : who) names += (names.empty() ? "" : ",") + p.value;
  const std::string window = from || to ? " in " + (from ? from->to_string() : "") + ".." + (to ? to->to_string() : "") : "";
  if (fmt == "svg") return timeline_chart(a, ds, who, names, from, to);
  table t{{"party", "date", "record", "what", "through", "order_note"}, {}};
  std::size_t undated = 0;
  for (const auto& p : who)
    for (const auto& e : rc::timeline(ds, p)) {
      if (from || to) {
        if (!e.date) {
          ++undated;
          continue;
        }
        if ((from && e.date->last_day() < from->first_day()) || (to && e.date->first_day() > to->last_day())) continue;
      }
      t.rows.push_back({p.value, e.date ? e.date->to_string() : std::string(), e.record, e.what,
                        e.through ? e.through->value : std::string(), e.order_note});
    }
  // The one table printer, into --output FILE or standard output.
  std::ostringstream text;
  {
    struct redirect {
      std::streambuf* old;
      ~redirect() { std::cout.rdbuf(old); }
    } r{std::cout.rdbuf(text.rdbuf())};
    print_table(t, fmt);
  }
  const int code = emit(a, text.str());
  if (undated)
    std::cerr << "regcoop: " << undated << " undated " << (undated == 1 ? "entry" : "entries")
              << " left out (without --from and --to they are listed last)\n";
  if (t.rows.empty()) {
    std::cerr << "regcoop: no timeline entries of " << names << window << '\n';
    return no_result;
  }
  return code;
}

int diff(const args& a) {
  const command& c = command_named("diff");
  if (const auto code = check_arguments(a, c)) return *code;
  const auto read = [&](std::size_t i) {
    return load_spec(std::string(c.positional[i]), a.positional[i], true);
  };
  const rc::dataset before = read(0), after = read(1);
  const auto d = rc::diff(before, after);
  for (const auto& x : d) {
    std::cout << rc::to_string(x.kind) << ' ' << x.record;
    if (!x.field.empty()) std::cout << ' ' << x.field << ": " << x.before << " -> " << x.after;
    std::cout << '\n';
  }
  return d.empty() ? no_result : ok;
}

int run(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << usage;
    return bad_input;
  }
  const std::string cmd = argv[1];
  if (cmd == "--help" || cmd == "-h" || cmd == "help") {
    // "help COMMAND": that command's help.
    // "help", "help --help", "help help": the general help.
    const std::string topic = argc == 3 ? argv[2] : "";
    if (argc == 2 || (argc == 3 && (topic == "--help" || topic == "-h" || topic == "help"))) {
      std::cout << usage;
      return ok;
    }
    if (argc == 3)
      for (const auto& c : commands())
        if (c.name == argv[2]) {
          std::cout << help_of(c);
          return ok;
        }
    std::cerr << "regcoop: " << cmd << ": " << (argc == 3 ? "unknown command '" + std::string(argv[2]) + "'" : "give one COMMAND")
              << " (regcoop help COMMAND)\n";
    return bad_input;
  }
  if (cmd == "--version") {
    if (argc > 2) {
      std::cerr << "regcoop: --version takes no arguments (unexpected '" << argv[2] << "')\n";
      return bad_input;
    }
    std::cout << "regcoop " << REGCOOP_VERSION_MAJOR << '.' << REGCOOP_VERSION_MINOR << '.' << REGCOOP_VERSION_PATCH << '\n';
    return ok;
  }
  try {
    const args a = parse(argc, argv);
    if (cmd == "show") return show(a);
    if (cmd == "validate") return validate(a);
    if (cmd == "export") return export_(a);
    if (cmd == "import") return import_(a);
    if (cmd == "query") return query(a);
    if (cmd == "route") return route(a);
    if (cmd == "diff") return diff(a);
    if (cmd == "members") return membership_command(a, membership_question::members);
    if (cmd == "memberships") return membership_command(a, membership_question::memberships);
    if (cmd == "shared") return membership_command(a, membership_question::shared);
    if (cmd == "dyads") return dyads(a);
    if (cmd == "timeline") return timeline(a);
  } catch (const usage_error& e) {
    std::cerr << "regcoop: " << e.message << '\n';
    return bad_input;
  } catch (const rc::error& e) {
    std::cerr << "regcoop: " << e.what() << '\n';
    return bad_input;
  }
  std::cerr << "regcoop: unknown command '" << cmd << "'\n\n" << usage;
  return bad_input;
}

}  // namespace

// No exception escapes: anything `run` does not turn into a message is reported here, exit 2.
// Standard output that could not be written (a full disk, a closed pipe) is an error too.
int main(int argc, char** argv) {
  try {
    const int code = run(argc, argv);
    if (!std::cout.flush()) {
      std::cerr << "regcoop: cannot write standard output\n";
      return bad_input;
    }
    return code;
  } catch (const std::exception& e) {
    std::cerr << "regcoop: " << e.what() << '\n';
  } catch (...) {
    std::cerr << "regcoop: unexpected failure\n";
  }
  return bad_input;
}
