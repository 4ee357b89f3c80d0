// regcoop: the command-line program for researchers who do not write C++. Argument parsing
// over public library functions only (lookups by name, filters, JSON shapes and routes live
// in the library). Every value of every option is checked: a bad one exits 2 naming it.
//
//   regcoop show [KIND [ID]] [--data FILE]
//   regcoop query KIND [filters] [--format table|csv|json]
//   regcoop route --from NODE [--to NODE] [--avoid CC,..] [--via-scenario CORRIDOR,..] ...
//   regcoop export --format json|schema|csv|geojson|dot [--kind KIND] [--output FILE]
//   regcoop validate FILE
//   regcoop diff A B
//
// Exit codes: 0 success, 1 no result, 2 bad input (message on stderr).
#include <regcoop/csv.hpp>
#include <regcoop/csv_read.hpp>
#include <regcoop/as_of.hpp>
#include <regcoop/data/builtin.hpp>
#include <regcoop/diff.hpp>
#include <regcoop/dot.hpp>
#include <regcoop/geojson.hpp>
#include <regcoop/geojson_read.hpp>
#include <regcoop/json.hpp>
#include <regcoop/lookup.hpp>
#include <regcoop/merge.hpp>
#include <regcoop/network.hpp>
#include <regcoop/regcoop.hpp>
#include <regcoop/scenario_json.hpp>
#include <regcoop/select.hpp>
#include <regcoop/table_import.hpp>

#include <charconv>
#include <filesystem>
#include <chrono>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace rc = regcoop;

namespace {

constexpr int ok = 0, no_result = 1, bad_input = 2;

const char* const usage = R"(usage: regcoop COMMAND [OPTIONS]

Ask questions of regional-cooperation data: the embedded China–Central Asia dataset, or
your own JSON file (--data FILE).

commands:
  show [KIND [ID]]        counts of records; the ids and names of one KIND (parties,
                          projects, ...); or one record as JSON
  query KIND [FILTERS]    the records of KIND matching every filter (see query --help)
  route --from NODE       the shortest route under constraints (see route --help)
  export --format F       write the dataset as F: json (canonical), schema (JSON Schema),
                          csv (one --kind), geojson (network) or dot (network, or --mechanism M)
      [--output FILE]     to FILE instead of standard output
  validate FILE           load and validate a JSON dataset; print every problem
  import --map MAP FILE   read a foreign CSV table through a mapping; print canonical JSON
  diff A B                what was added, removed and changed from dataset file A to B

  members ORG             the members of an organisation on a date (--on DATE, --role ROLE)
  memberships PARTY       the organisations a party belongs to on a date, with roles
  shared A B              the organisations two parties both belong to on a date
  dyads --from Y --to Y   the dyad-year table of joint membership (--format csv)

options:
  --data SOURCE           a JSON file, a folder of per-kind CSV files (export --format csv
                          --output FOLDER/), a GeoJSON network (FILE.geojson) or an embedded dataset (china-central-asia, the
                          default; eurasian-organisations); several joined with '+' are merged
  --help                  this text, or a command's own help after the command

exit codes: 0 success, 1 no result, 2 bad input
)";

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
    if (!p.record.empty()) out += p.record + (p.field.empty() ? "" : "/" + p.field) + ": ";
    else if (p.field.find_first_of("/#") != std::string::npos) out += p.field + ": ";  // a file or JSON pointer
    out += p.message;
  }
  return out;
}

// Runs f(value); a library error becomes "--name: message".
template <class F>
auto checked(std::string_view name, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const rc::error& e) {
    refuse("--" + std::string(name) + ": " + message_of(e));
  }
}

struct args {
  std::vector<std::string> positional;
  std::map<std::string, std::string, std::less<>> options;  // --name value
  bool help = false;

  [[nodiscard]] std::optional<std::string> get(std::string_view name) const {
    const auto it = options.find(name);
    if (it == options.end()) return std::nullopt;
    return it->second;
  }
  // Refuses options the command does not know and more positionals than it takes.
  void allow(std::initializer_list<std::string_view> known, std::size_t max_positional) const {
    for (const auto& [k, v] : options) {
      bool found = false;
      for (const auto n : known) found = found || k == n;
      if (!found) refuse("unknown option --" + k);
    }
    if (positional.size() > max_positional) refuse("unexpected argument '" + positional[max_positional] + "'");
  }
};

// Parses "--name value" pairs and positionals; an option given twice is refused.
args parse(int argc, char** argv) {
  args a;
  for (int i = 2; i < argc; ++i) {
    const std::string s = argv[i];
    if (s == "--help" || s == "-h") {
      a.help = true;
    } else if (s.rfind("--", 0) == 0) {
      if (i + 1 >= argc) refuse("option " + s + " needs a value");
      if (!a.options.emplace(s.substr(2), argv[++i]).second) refuse("option " + s + " is given twice");
    } else {
      a.positional.push_back(s);
    }
  }
  return a;
}

// --data: a JSON file or the name of an embedded dataset; several joined with '+' are merged.
// One data source: a built-in dataset's name, a folder of CSV files, a GeoJSON network
// (.geojson) or a JSON dataset file.
rc::dataset load_source(const std::string& part) {
  if (auto builtin = rc::data::builtin(part)) return std::move(*builtin);
  if (std::filesystem::is_directory(part)) return rc::load_csv_folder(part);
  if (std::filesystem::path(part).extension() == ".geojson") return rc::load_geojson(part);
  return rc::load_json(part);
}

rc::dataset load(const args& a) {
  const auto spec = a.get("data");
  if (!spec) return rc::data::china_central_asia();
  std::optional<rc::dataset> out;
  std::size_t start = 0;
  while (true) {
    const auto plus = spec->find('+', start);
    const std::string part = spec->substr(start, plus - start);
    if (part.empty()) refuse("--data: empty item in '" + *spec + "'");
    std::optional<rc::dataset> one = checked("data", [&] { return load_source(part); });
    out = out ? checked("data", [&] { return rc::merge(*out, *one); }) : std::move(one);
    if (plus == std::string::npos) return std::move(*out);
    start = plus + 1;
  }
}

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

// One of a closed set of words.
std::string one_of(std::string_view name, const std::string& s, std::initializer_list<std::string_view> valid) {
  std::string list;
  for (const auto v : valid) {
    if (s == v) return s;
    list += (list.empty() ? "" : ", ") + std::string(v);
  }
  refuse("--" + std::string(name) + ": '" + s + "' is not one of: " + list);
}

template <class E>
E enumerator(std::string_view name, const std::string& s) {
  if (const auto e = rc::try_enum_from_string<E>(s)) return *e;
  refuse("--" + std::string(name) + ": '" + s + "' is not one of: " + rc::enum_names<E>());
}

rc::party_id party(const rc::dataset& ds, std::string_view name, const std::string& s) {
  return checked(name, [&] { return rc::party_named(ds, s).id; });
}

rc::party_id country(const rc::dataset& ds, std::string_view name, const std::string& s) {
  const rc::party_id p = party(ds, name, s);
  if (ds.at(p).kind != rc::party_kind::country) refuse("--" + std::string(name) + ": '" + s + "' is not a country");
  return p;
}

rc::partial_date date(std::string_view name, const std::string& s) {
  return checked(name, [&] { return rc::partial_date::parse(s); });
}

// --on DATE, or today.
rc::partial_date on_date(const args& a) {
  if (const auto v = a.get("on")) return date("on", *v);
  return rc::today();
}

// --role ROLE or "any" (nullopt); `fallback` when absent.
std::optional<rc::membership_role> role(const args& a, std::optional<rc::membership_role> fallback) {
  const auto v = a.get("role");
  if (!v) return fallback;
  if (*v == "any") return std::nullopt;
  if (const auto r = rc::try_enum_from_string<rc::membership_role>(*v)) return *r;
  refuse("--role: '" + *v + "' is not one of: any, " + rc::enum_names<rc::membership_role>());
}

rc::certainty certainty_of(const args& a) {
  return enumerator<rc::certainty>("certainty", a.get("certainty").value_or("certain"));
}

// Calls f(R{}) for the record kind named `kind`; refuses any other name.
template <class F>
void with_kind(std::string_view what, const std::string& kind, F&& f) {
  bool found = false;
  std::string list;
  boost::mp11::mp_for_each<rc::record_types>([&](auto r) {
    using R = decltype(r);
    list += (list.empty() ? "" : ", ") + std::string(rc::collection_name<R>());
    if (!found && kind == rc::collection_name<R>()) {
      found = true;
      f(r);
    }
  });
  if (!found) refuse(std::string(what) + ": unknown kind '" + kind + "' (one of: " + list + ")");
}

// Prints `text` (to stdout for --help, else to stderr) when asked for help or called
// wrongly, and gives the exit code; otherwise nothing.
std::optional<int> usage_if(const args& a, bool wrong_arguments, const std::string& text) {
  if (!a.help && !wrong_arguments) return std::nullopt;
  (a.help ? std::cout : std::cerr) << text;
  return a.help ? ok : bad_input;
}

// Writes text to --output FILE or standard output.
int emit(const args& a, const std::string& text) {
  const auto file = a.get("output");
  if (!file) {
    std::cout << text;
    return ok;
  }
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

int show(const args& a) {
  if (a.help) {
    std::cout << "usage: regcoop show [KIND [ID]] [--data FILE]\n\n"
                 "  no KIND: the number of records of each kind\n"
                 "  KIND:    the id and name of every record of that kind\n"
                 "  KIND ID: that record as JSON\n"
                 "kinds: sources parties mechanisms events agreements projects nodes segments corridors indicators\n";
    return ok;
  }
  a.allow({"data"}, 2);
  const rc::dataset ds = load(a);
  if (a.positional.empty()) {
    boost::mp11::mp_for_each<rc::record_types>([&](auto r) {
      using R = decltype(r);
      std::cout << rc::collection_name<R>() << '\t' << ds.all<R>().size() << '\n';
    });
    return ok;
  }
  int code = ok;
  with_kind("show", a.positional[0], [&](auto r) {
    using R = decltype(r);
    if (a.positional.size() == 1) {
      for (const auto& rec : ds.all<R>()) print_line(rec);
      code = ds.all<R>().empty() ? no_result : ok;
    } else if (const auto* rec = ds.find(rc::id_of<R>{a.positional[1]})) {
      std::cout << rc::to_json(*rec) << '\n';
    } else {
      std::cerr << "regcoop: no such record: " << a.positional[0] << '/' << a.positional[1] << '\n';
      code = no_result;
    }
  });
  return code;
}

int validate(const args& a) {
  if (const auto code = usage_if(a, a.positional.size() != 1,
                                 "usage: regcoop validate SOURCE\n\n"
                                 "Loads SOURCE (a JSON dataset file, a folder of CSV files or a GeoJSON network)\n"
                                 "and validates every record. Prints 'ok' and the record count, or every problem\n"
                                 "with its place (JSON pointer; file:row:column (column); feature and property).\n"))
    return *code;
  a.allow({}, 1);
  const rc::dataset ds = load_source(a.positional[0]);
  std::cout << "ok: " << a.positional[0] << ": " << ds.size() << " records\n";
  return ok;
}

int import_(const args& a) {
  if (const auto code = usage_if(a, a.positional.size() != 1 || !a.get("map"),
                                 "usage: regcoop import --map MAP.json [--kind KIND] [--output FILE] TABLE.csv\n\n"
                                 "Reads a CSV table in a foreign shape (AidData GCDF, COW IGO state-year, ...) through a\n"
                                 "mapping document (schema: regcoop export --format mapping-schema) and prints the\n"
                                 "records as a canonical JSON dataset: the mapping's source, the countries named, the\n"
                                 "records. --kind picks the rule when the mapping has several. Every problem is listed\n"
                                 "with its place (MAP.json#/pointer; TABLE.csv:row:column (column → field)).\n"
                                 "Shipped mappings: data/mappings/gcdf-3.json, data/mappings/cow-igo-3.json.\n"))
    return *code;
  a.allow({"map", "kind", "output"}, 1);
  const rc::table_mapping map = rc::load_mapping(*a.get("map"));
  std::string kind;
  if (const auto k = a.get("kind")) {
    if (!map.find(*k)) {
      std::string kinds;
      for (const auto& t : map.tables) kinds += (kinds.empty() ? "" : ", ") + t.kind;
      refuse("--kind: the mapping has no rule for '" + *k + "' (it has: " + kinds + ")");
    }
    kind = *k;
  }
  return emit(a, rc::to_json(rc::import_table_file(a.positional[0], map, kind)));
}

int export_(const args& a) {
  if (a.help) {
    std::cout << "usage: regcoop export --format json|schema|scenario-schema|mapping-schema|csv|geojson|dot [--kind KIND]\n"
                 "                      [--mechanism ID] [--output FILE] [--data FILE]\n\n"
                 "  json     the dataset, canonical JSON          schema   its JSON Schema\n"
                 "  scenario-schema  the JSON Schema of scenario documents (route --scenario FILE)\n"
                 "  mapping-schema   the JSON Schema of mapping documents (import --map FILE)\n"
                 "  csv      the records of --kind KIND, or with --output FOLDER/ one file per kind\n"
                 "           (<collection>.csv; read back with --data FOLDER)\n"
                 "  geojson  the corridor network\n"
                 "  dot      the corridor network, or the parties of --mechanism ID (Graphviz)\n";
    return ok;
  }
  a.allow({"format", "output", "data", "kind", "mechanism"}, 0);
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
    const rc::mechanism_id id{*m};
    checked("mechanism", [&] { return ds.at(id); });
    return emit(a, rc::mechanism_dot(ds, id));
  }
  const auto k = a.get("kind");
  if (const auto out = a.get("output"); out && (std::filesystem::is_directory(*out) || out->back() == '/')) {
    if (k) refuse("--kind: a folder (--output " + *out + ") gets one CSV file per kind; give a file name for one kind");
    checked("output", [&] { rc::save_csv_folder(ds, *out); });
    return ok;
  }
  if (!k) refuse("--format csv needs --kind KIND, or --output FOLDER/ for every kind");
  std::string text;
  with_kind("--kind", *k, [&](auto r) { text = rc::to_csv<decltype(r)>(ds); });
  return emit(a, text);
}

int query(const args& a) {
  if (const auto code = usage_if(a, a.positional.size() != 1,
                                 "usage: regcoop query KIND [--party P] [--sector S] [--kind K] [--status S] [--country C]\n"
                                 "                      [--mechanism M] [--text T] [--from DATE] [--to DATE]\n"
                                 "                      [--format table|csv|json] [--data FILE]\n\n"
                                 "Prints the records of KIND (sources parties mechanisms events agreements projects\n"
                                 "nodes segments corridors indicators) matching every filter: --party P involves party\n"
                                 "P (also through its blocs); --sector S; --kind K (e.g. railway, visa_exemption);\n"
                                 "--status S (project, agreement or segment status); --country C located in C;\n"
                                 "--mechanism M; --text T in id, name or aliases; --from/--to a date range\n"
                                 "(YYYY[-MM[-DD]]) some date of the record may fall in (with --party: that party's\n"
                                 "dates); --on DATE agreements in force then (for --party, also through its blocs;\n"
                                 "--certainty certain|possible). Parties and countries by id,\n"
                                 "ISO code or name. --format json prints a JSON array of records.\n"
                                 "Exit code 1 when nothing matches.\n"))
    return *code;
  a.allow({"party", "sector", "kind", "status", "country", "mechanism", "text", "from", "to", "on", "certainty", "format", "data"}, 1);
  const std::string fmt = one_of("format", a.get("format").value_or("table"), {"table", "csv", "json"});
  const rc::dataset ds = load(a);
  rc::filter_spec spec;
  if (const auto v = a.get("party")) spec.party = party(ds, "party", *v);
  if (const auto v = a.get("country")) spec.country = country(ds, "country", *v);
  if (const auto v = a.get("sector")) spec.in_sector = enumerator<rc::sector>("sector", *v);
  if (const auto v = a.get("mechanism")) {
    spec.mechanism = rc::mechanism_id{*v};
    checked("mechanism", [&] { return ds.at(*spec.mechanism); });
  }
  if (a.get("on")) spec.in_force_on = on_date(a);
  spec.sure = certainty_of(a);
  spec.kind = a.get("kind");
  spec.status = a.get("status");
  spec.text = a.get("text");
  const auto from = a.get("from"), to = a.get("to");
  if (from && to && rc::certainly_before(date("to", *to), date("from", *from)))
    refuse("--to: " + *to + " ends before --from " + *from + " begins");
  if (from || to)
    spec.dates = rc::date_range{from ? std::optional(date("from", *from)) : std::nullopt,
                                to ? std::optional(date("to", *to)) : std::nullopt};
  std::size_t n = 0;
  with_kind("query", a.positional[0], [&](auto t) {
    using R = decltype(t);
    // --kind and --status are checked against the record kind here.
    auto filter = [&] {
      try {
        return rc::make_filter<R>(ds, spec);
      } catch (const rc::error& e) {
        refuse("--" + e.problems().front().field + ": " + message_of(e));
      }
    }();
    const auto sel = rc::select<R>(ds, std::move(filter));
    n = sel.count();
    if (fmt == "csv") rc::write_csv(std::cout, sel);
    else if (fmt == "json") std::cout << rc::to_json_array(sel) << '\n';
    else
      for (const auto& r : sel) print_line(r);
  });
  if (n == 0) std::cerr << "regcoop: no " << a.positional[0] << " match\n";
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
  if (a.help) {
    std::cout << "usage: regcoop route --from NODE [--to NODE] [--on DATE] [--certainty certain|possible]\n"
                 "                      [--avoid CC,..] [--avoid-border CC-CC,..] [--mode rail,road,sea,ferry,air]\n"
                 "                      [--weight km|hours|border_crossings] [--max-crossings N]\n"
                 "                      [--via-scenario CORRIDOR,..] [--scenario FILE] [--k N]\n"
                 "                      [--transshipment-hours H] [--customs-hours H] [--union-hours H]\n"
                 "                      [--ferry-wait-hours H] [--format text|geojson|dot] [--data SOURCE]\n\n"
                 "NODE is a node id, name or alias (\"Xi'an\", \"duisburg\"). Without --to, routes to the last\n"
                 "node of every named corridor. Countries by id, ISO code or name.\n"
                 "--on DATE        route on that date: segments by their dated status history, border\n"
                 "                 regimes by the memberships and border rules of that date (default:\n"
                 "                 segments as recorded, politics of today)\n"
                 "--certainty C    certain (default) or possible: also use segments and memberships that\n"
                 "                 only possibly hold on the date (the route lists them)\n"
                 "--weight hours   minimise running + border clearance + transshipment + ferry waiting\n"
                 "--customs-hours H, --union-hours H\n"
                 "                 clearance hours at a customs border / inside a customs union where no\n"
                 "                 border rule gives them (default 0: the data holds no such figures)\n"
                 "--transshipment-hours H, --ferry-wait-hours H\n"
                 "                 hours per gauge break / per ferry or sea leg (default 0)\n"
                 "--via-scenario   opens the segments of the named corridors (e.g. cku)\n"
                 "--scenario FILE  a scenario document (data/scenario.schema.json): segments, memberships,\n"
                 "                 border rules, closed borders, agreements\n"
                 "--k N            N alternative routes; geojson and dot write them as one document\n"
                 "Without --data, route reads both built-in datasets (china-central-asia+eurasian-organisations),\n"
                 "so that customs unions are known. Exit code 1 when there is no route.\n";
    return ok;
  }
  a.allow({"from", "to", "on", "certainty", "avoid", "avoid-border", "mode", "weight", "max-crossings", "via-scenario",
           "scenario", "k", "transshipment-hours", "customs-hours", "union-hours", "ferry-wait-hours", "format", "data"},
          0);
  args with_politics = a;
  if (!a.get("data")) with_politics.options["data"] = "china-central-asia+eurasian-organisations";
  const rc::dataset ds = load(with_politics);
  const auto from_name = a.get("from");
  if (!from_name) refuse("route needs --from NODE");
  const rc::node_id from = checked("from", [&] { return rc::node_named(ds, *from_name).id; });
  std::vector<rc::node_id> targets;
  if (const auto to = a.get("to")) {
    targets.push_back(checked("to", [&] { return rc::node_named(ds, *to).id; }));
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
  rc::scenario sc;
  if (const auto v = a.get("scenario")) sc = checked("scenario", [&] { return rc::load_scenario(*v, ds); });
  if (const auto v = a.get("via-scenario"))
    for (const auto& c : split("via-scenario", *v))
      sc.open(ds, checked("via-scenario", [&] { return rc::corridor_named(ds, c).id; }));
  const auto k = static_cast<std::size_t>(number("k", a.get("k").value_or("1"), 1, 1000));
  const std::string fmt = one_of("format", a.get("format").value_or("text"), {"text", "geojson", "dot"});
  const rc::network net(ds);
  std::vector<rc::route> all;
  for (const auto& to : targets) {
    auto routes = checked("scenario", [&] { return net.k_shortest_routes(from, to, k, opt, sc); });
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

const char* const membership_options =
    "  --on DATE        the date (YYYY, YYYY-MM or YYYY-MM-DD; default: today)\n"
    "  --role ROLE      full_member, associate_member, observer, dialogue_partner, candidate,\n"
    "                   suspended, or any\n"
    "  --certainty C    certain (default: only what holds whatever the partial dates mean) or\n"
    "                   possible (also what may hold)\n"
    "  --data SOURCE    a JSON file, a CSV folder or embedded dataset(s), e.g. china-central-asia+eurasian-organisations\n"
    "Parties by id, ISO code or name. Exit code 1 when nothing is found.\n";

int members(const args& a) {
  if (const auto code = usage_if(a, a.positional.size() != 1,
                                 std::string("usage: regcoop members ORG [--on DATE] [--role ROLE] [--certainty C] [--data SOURCE]\n\n"
                                             "The members of ORG on the date in the role (default: full members):\n"
                                             "member, name, role and how sure (certainly / possibly).\n") + membership_options))
    return *code;
  a.allow({"on", "role", "certainty", "data"}, 1);
  const rc::dataset ds = load(a);
  const rc::party_id org = party(ds, "members", a.positional[0]);
  const auto rows = rc::members_of(ds, org, on_date(a), role(a, rc::membership_role::full_member), certainty_of(a));
  for (const auto& r : rows)
    std::cout << r.member.value << '\t' << ds.at(r.member).name << '\t' << rc::to_string(r.role) << '\t' << rc::to_string(r.sure) << '\n';
  if (rows.empty()) std::cerr << "regcoop: no members of " << org.value << " match\n";
  return rows.empty() ? no_result : ok;
}

int memberships(const args& a) {
  if (const auto code = usage_if(a, a.positional.size() != 1,
                                 std::string("usage: regcoop memberships PARTY [--on DATE] [--role ROLE] [--certainty C] [--data SOURCE]\n\n"
                                             "The organisations PARTY belongs to on the date in the role (default: any role):\n"
                                             "organisation, name, role and how sure.\n") + membership_options))
    return *code;
  a.allow({"on", "role", "certainty", "data"}, 1);
  const rc::dataset ds = load(a);
  const rc::party_id p = party(ds, "memberships", a.positional[0]);
  const auto rows = rc::memberships_of(ds, p, on_date(a), role(a, std::nullopt), certainty_of(a));
  for (const auto& r : rows)
    std::cout << r.organisation.value << '\t' << ds.at(r.organisation).name << '\t' << rc::to_string(r.role) << '\t'
              << rc::to_string(r.sure) << '\n';
  if (rows.empty()) std::cerr << "regcoop: " << p.value << " belongs to no organisation then\n";
  return rows.empty() ? no_result : ok;
}

int shared(const args& a) {
  if (const auto code = usage_if(a, a.positional.size() != 2,
                                 std::string("usage: regcoop shared A B [--on DATE] [--role ROLE] [--certainty C] [--data SOURCE]\n\n"
                                             "The organisations A and B both belong to on the date in the role (default: full\n"
                                             "members): organisation, name, A's role, B's role and how sure.\n") + membership_options))
    return *code;
  a.allow({"on", "role", "certainty", "data"}, 2);
  const rc::dataset ds = load(a);
  const rc::party_id x = party(ds, "shared", a.positional[0]), y = party(ds, "shared", a.positional[1]);
  const auto rows = rc::shared_memberships(ds, x, y, on_date(a), role(a, rc::membership_role::full_member), certainty_of(a));
  for (const auto& r : rows)
    std::cout << r.organisation.value << '\t' << ds.at(r.organisation).name << '\t' << rc::to_string(r.role_a) << '\t'
              << rc::to_string(r.role_b) << '\t' << rc::to_string(r.sure) << '\n';
  if (rows.empty()) std::cerr << "regcoop: " << x.value << " and " << y.value << " share no organisation then\n";
  return rows.empty() ? no_result : ok;
}

int dyads(const args& a) {
  if (a.help) {
    std::cout << "usage: regcoop dyads --from YEAR --to YEAR [--role ROLE] [--certainty C] [--format table|csv] [--data SOURCE]\n\n"
                 "The dyad-year table of joint membership: for each year and each pair of countries\n"
                 "sharing at least one organisation on a common day of the year, the count and the\n"
                 "organisations ('|'-joined). Columns: a, b, year, count, organisations.\n";
    return ok;
  }
  a.allow({"from", "to", "role", "certainty", "format", "data"}, 0);
  const auto from = a.get("from"), to = a.get("to");
  if (!from || !to) refuse("dyads needs --from YEAR and --to YEAR");
  const int first = number("from", *from, 1, 9999), last = number("to", *to, 1, 9999);
  if (last < first) refuse("--to: " + *to + " is before --from " + *from);
  const std::string fmt = one_of("format", a.get("format").value_or("table"), {"table", "csv"});
  const rc::dataset ds = load(a);
  const auto rows = rc::dyad_years(ds, first, last, role(a, rc::membership_role::full_member), certainty_of(a));
  const char sep = fmt == "csv" ? ',' : '\t';
  const char* eol = fmt == "csv" ? "\r\n" : "\n";
  std::cout << "a" << sep << "b" << sep << "year" << sep << "count" << sep << "organisations" << eol;
  for (const auto& r : rows) {
    std::cout << r.a.value << sep << r.b.value << sep << r.year << sep << r.count << sep;
    for (std::size_t i = 0; i < r.organisations.size(); ++i) std::cout << (i ? "|" : "") << r.organisations[i].value;
    std::cout << eol;
  }
  return rows.empty() ? no_result : ok;
}

int diff(const args& a) {
  if (const auto code = usage_if(a, a.positional.size() != 2,
                                 "usage: regcoop diff A.json B.json\n\n"
                                 "Lists records added, removed and changed (field by field) from A to B.\n"
                                 "Exit code 1 when the datasets hold the same records.\n"))
    return *code;
  a.allow({}, 2);
  const auto d = rc::diff(rc::load_json(a.positional[0]), rc::load_json(a.positional[1]));
  for (const auto& x : d) {
    std::cout << rc::to_string(x.kind) << ' ' << x.record;
    if (!x.field.empty()) std::cout << ' ' << x.field << ": " << x.before << " -> " << x.after;
    std::cout << '\n';
  }
  return d.empty() ? no_result : ok;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << usage;
    return bad_input;
  }
  const std::string cmd = argv[1];
  if (cmd == "--help" || cmd == "-h" || cmd == "help") {
    std::cout << usage;
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
    if (cmd == "members") return members(a);
    if (cmd == "memberships") return memberships(a);
    if (cmd == "shared") return shared(a);
    if (cmd == "dyads") return dyads(a);
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
