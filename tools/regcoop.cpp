// regcoop: the command-line program for researchers who do not write C++.
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
#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/diff.hpp>
#include <regcoop/dot.hpp>
#include <regcoop/geojson.hpp>
#include <regcoop/json.hpp>
#include <regcoop/network.hpp>
#include <regcoop/regcoop.hpp>
#include <regcoop/select.hpp>

#include <sstream>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <string>
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
  diff A B                what was added, removed and changed from dataset file A to B

options:
  --data FILE             use this JSON dataset instead of the embedded one
  --help                  this text, or a command's own help after the command

exit codes: 0 success, 1 no result, 2 bad input
)";

struct args {
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;  // --name value
  bool help = false;
};

// Parses "--name value" pairs and positionals; `flags` take no value.
std::optional<args> parse(int argc, char** argv, std::string& err) {
  args a;
  for (int i = 2; i < argc; ++i) {
    const std::string s = argv[i];
    if (s == "--help" || s == "-h") {
      a.help = true;
    } else if (s.rfind("--", 0) == 0) {
      if (i + 1 >= argc) {
        err = "option " + s + " needs a value";
        return std::nullopt;
      }
      a.options[s.substr(2)] = argv[++i];
    } else {
      a.positional.push_back(s);
    }
  }
  return a;
}

rc::dataset load(const args& a) {
  const auto it = a.options.find("data");
  return it == a.options.end() ? rc::data::china_central_asia() : rc::load_json(it->second);
}

bool unknown_options(const args& a, std::initializer_list<const char*> known) {
  for (const auto& [k, v] : a.options) {
    bool found = false;
    for (const char* n : known) found = found || k == n;
    if (!found) {
      std::cerr << "regcoop: unknown option --" << k << "\n";
      return true;
    }
  }
  return false;
}

// For a command called with --help or with the wrong arguments: prints `text` (to stdout
// for --help, else to stderr) and gives the exit code; otherwise nothing.
std::optional<int> usage_if(const args& a, bool wrong_arguments, const std::string& text) {
  if (!a.help && !wrong_arguments) return std::nullopt;
  (a.help ? std::cout : std::cerr) << text;
  return a.help ? ok : bad_input;
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
  if (unknown_options(a, {"data"})) return bad_input;
  const rc::dataset ds = load(a);
  if (a.positional.empty()) {
    boost::mp11::mp_for_each<rc::record_types>([&](auto r) {
      using R = decltype(r);
      std::cout << rc::collection_name<R>() << '\t' << ds.all<R>().size() << '\n';
    });
    return ok;
  }
  bool known_kind = false;
  int rc_code = no_result;
  boost::mp11::mp_for_each<rc::record_types>([&](auto r) {
    using R = decltype(r);
    if (a.positional[0] != rc::collection_name<R>()) return;
    known_kind = true;
    for (const auto& rec : ds.all<R>()) {
      if (a.positional.size() == 1) {
        std::cout << rec.id.value;
        if constexpr (requires { rec.name; }) std::cout << '\t' << rec.name;
        else if constexpr (requires { rec.title; }) std::cout << '\t' << rec.title;
        std::cout << '\n';
        rc_code = ok;
      } else if (rec.id.value == a.positional[1]) {
        std::string out;
        rc::detail::json_io::print(out, rc::detail::json_io::to_value(rec), 0);
        std::cout << out << '\n';
        rc_code = ok;
      }
    }
  });
  if (!known_kind) {
    std::cerr << "regcoop: unknown kind '" << a.positional[0] << "' (see regcoop show --help)\n";
    return bad_input;
  }
  if (rc_code == no_result) std::cerr << "regcoop: no such record\n";
  return rc_code;
}

int validate(const args& a) {
  if (const auto rc_usage = usage_if(a, a.positional.size() != 1,
                                     "usage: regcoop validate FILE\n\n"
                                     "Loads FILE as a regcoop JSON dataset and validates every record. Prints\n"
                                     "'ok' and the record count, or every problem with its JSON pointer.\n"))
    return *rc_usage;
  if (unknown_options(a, {})) return bad_input;
  const rc::dataset ds = rc::load_json(a.positional[0]);
  std::cout << "ok: " << a.positional[0] << ": " << ds.size() << " records\n";
  return ok;
}

// Writes text to --output FILE or standard output.
int emit(const args& a, const std::string& text) {
  const auto o = a.options.find("output");
  if (o == a.options.end()) {
    std::cout << text;
    return ok;
  }
  std::ofstream out(o->second, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out.flush()) {
    std::cerr << "regcoop: cannot write " << o->second << '\n';
    return bad_input;
  }
  return ok;
}

// Calls f.template operator()<R>() for the record kind named `kind`; false if none is.
template <class F>
bool with_kind(const std::string& kind, F&& f) {
  bool found = false;
  boost::mp11::mp_for_each<rc::record_types>([&](auto r) {
    using R = decltype(r);
    if (!found && kind == rc::collection_name<R>()) {
      found = true;
      f(r);
    }
  });
  return found;
}

const char* const kinds = "sources parties mechanisms events agreements projects nodes segments corridors indicators";

int export_(const args& a) {
  if (a.help) {
    std::cout << "usage: regcoop export --format json|schema|csv|geojson|dot [--kind KIND] [--mechanism ID]\n"
                 "                      [--output FILE] [--data FILE]\n\n"
                 "  json     the dataset, canonical JSON          schema   its JSON Schema\n"
                 "  csv      the records of --kind KIND            geojson  the corridor network\n"
                 "  dot      the corridor network, or the parties of --mechanism ID (Graphviz)\n";
    return ok;
  }
  if (unknown_options(a, {"format", "output", "data", "kind", "mechanism"})) return bad_input;
  const auto f = a.options.find("format");
  if (f == a.options.end()) {
    std::cerr << "regcoop: export needs --format json|schema|csv|geojson|dot\n";
    return bad_input;
  }
  const std::string& fmt = f->second;
  if (fmt == "schema") return emit(a, rc::json_schema_text());
  if (fmt != "json" && fmt != "csv" && fmt != "geojson" && fmt != "dot") {
    std::cerr << "regcoop: unknown format '" << fmt << "' (json, schema, csv, geojson, dot)\n";
    return bad_input;
  }
  const rc::dataset ds = load(a);
  if (fmt == "json") return emit(a, rc::to_json(ds));
  if (fmt == "geojson") return emit(a, rc::network_geojson(ds));
  if (fmt == "dot") {
    const auto m = a.options.find("mechanism");
    return emit(a, m == a.options.end() ? rc::network_dot(ds) : rc::mechanism_dot(ds, rc::mechanism_id{m->second}));
  }
  const auto k = a.options.find("kind");
  std::string text;
  if (k == a.options.end() || !with_kind(k->second, [&](auto r) { text = rc::to_csv<decltype(r)>(ds); })) {
    std::cerr << "regcoop: csv needs --kind, one of: " << kinds << '\n';
    return bad_input;
  }
  return emit(a, text);
}

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  for (std::string part; std::getline(ss, part, ',');)
    if (!part.empty()) out.push_back(part);
  return out;
}

int query(const args& a) {
  if (const auto rc_usage = usage_if(a, a.positional.size() != 1,
                                     std::string("usage: regcoop query KIND [--party P] [--sector S] [--kind K] [--status S] [--country C]\n"
           "                      [--mechanism M] [--text T] [--from DATE] [--to DATE]\n"
           "                      [--format table|csv|json] [--data FILE]\n\n"
           "Prints the records of KIND (") + kinds + ")\n"
           "matching every filter: --party P involves party P (also through its blocs); --sector S;\n"
           "--kind K (e.g. railway, visa_exemption); --status S (project, agreement or segment\n"
           "status); --country C located in C; --mechanism M; --text T in id, name or aliases;\n"
           "--from/--to a date range (YYYY[-MM[-DD]]) some date of the record may fall in.\n"
           "Exit code 1 when nothing matches.\n"))
    return *rc_usage;
  if (unknown_options(a, {"party", "sector", "kind", "status", "country", "mechanism", "text", "from", "to", "format", "data"}))
    return bad_input;
  const rc::dataset ds = load(a);
  const auto opt = [&](const char* k) -> std::optional<std::string> {
    const auto it = a.options.find(k);
    if (it == a.options.end()) return std::nullopt;
    return it->second;
  };
  const std::string fmt = opt("format").value_or("table");
  if (fmt != "table" && fmt != "csv" && fmt != "json") {
    std::cerr << "regcoop: unknown format '" << fmt << "' (table, csv, json)\n";
    return bad_input;
  }
  // Parse the filters once; each is checked against any record kind.
  const auto party = opt("party");
  if (party) (void)ds.at(rc::party_id{*party});
  const auto sector = opt("sector") ? std::optional<rc::sector>(rc::enum_from_string<rc::sector>(*opt("sector"))) : std::nullopt;
  const auto country = opt("country");
  if (country) (void)ds.at(rc::party_id{*country});
  std::optional<rc::date_range> range;
  if (opt("from") || opt("to"))
    range = rc::date_range{opt("from") ? std::optional(rc::partial_date::parse(*opt("from"))) : std::nullopt,
                           opt("to") ? std::optional(rc::partial_date::parse(*opt("to"))) : std::nullopt};
  const auto involves = party ? std::optional(rc::involves(ds, rc::party_id{*party})) : std::nullopt;
  const auto in_country = country ? std::optional(rc::in_country(ds, rc::party_id{*country})) : std::nullopt;
  const auto text = opt("text") ? std::optional(rc::matches_text(*opt("text"))) : std::nullopt;
  const auto kind = opt("kind"), status = opt("status"), mech = opt("mechanism");
  bool kind_known = false;
  const auto matches = [&](const auto& r) {
    if (involves && !(*involves)(r)) return false;
    if (sector && !rc::in_sector(*sector)(r)) return false;
    if (in_country && !(*in_country)(r)) return false;
    if (text && !(*text)(r)) return false;
    if (mech && !rc::in_mechanism(rc::mechanism_id{*mech})(r)) return false;
    if (range && !rc::dated_within(*range)(r)) return false;
    if (kind) {
      if constexpr (requires { r.kind; }) {
        if (rc::to_string(r.kind) != *kind) return false;
      } else {
        return false;
      }
    }
    if (status) {
      using R = std::remove_cvref_t<decltype(r)>;
      if constexpr (std::is_same_v<R, rc::project>) {
        if (!r.current_status() || rc::to_string(*r.current_status()) != *status) return false;
      } else if constexpr (requires { r.status; }) {
        if (rc::to_string(r.status) != *status) return false;
      } else {
        return false;
      }
    }
    return true;
  };
  std::size_t n = 0;
  kind_known = with_kind(a.positional[0], [&](auto t) {
    using R = decltype(t);
    const auto sel = rc::select<R>(ds, rc::make_filter(matches));
    n = sel.count();
    if (fmt == "csv") {
      rc::write_csv(std::cout, sel);
    } else {
      for (const auto& r : sel) {
        if (fmt == "json") {
          std::string line;
          rc::detail::csv::json_of(line, r);
          std::cout << line << '\n';
        } else {
          std::cout << r.id.value;
          if constexpr (requires { r.name; }) std::cout << '\t' << r.name;
          else if constexpr (requires { r.title; }) std::cout << '\t' << r.title;
          std::cout << '\n';
        }
      }
    }
  });
  if (!kind_known) {
    std::cerr << "regcoop: unknown kind '" << a.positional[0] << "' (" << kinds << ")\n";
    return bad_input;
  }
  if (n == 0) std::cerr << "regcoop: no " << a.positional[0] << " match\n";
  return n ? ok : no_result;
}

// A node named by id, name or alias (ASCII case-insensitive).
std::optional<rc::node_id> find_node(const rc::dataset& ds, const std::string& key) {
  if (ds.find(rc::node_id{key})) return rc::node_id{key};
  for (const auto& n : ds.nodes()) {
    if (rc::detail::iequals(n.name, key)) return n.id;
    for (const auto& al : n.aliases)
      if (rc::detail::iequals(al, key)) return n.id;
  }
  return std::nullopt;
}

void print_route(const rc::dataset& ds, const rc::route& r) {
  std::cout << ds.at(r.nodes.front()).name << " → " << ds.at(r.nodes.back()).name << ": " << r.km << " km\n  countries: ";
  for (std::size_t i = 0; i < r.countries.size(); ++i) std::cout << (i ? " → " : "") << r.countries[i].value;
  std::cout << "\n  via: ";
  for (std::size_t i = 0; i < r.nodes.size(); ++i) std::cout << (i ? ", " : "") << ds.at(r.nodes[i]).name;
  std::cout << "\n  border crossings: " << r.crossings.size();
  for (const auto& c : r.crossings) std::cout << " [" << c.from.value << "→" << c.to.value << "]";
  std::cout << "\n  gauge breaks: " << r.gauge_breaks.size();
  for (const auto& g : r.gauge_breaks) std::cout << " [" << ds.at(g.at).name << " " << g.from_mm << "→" << g.to_mm << " mm]";
  std::cout << "\n  ferry legs: " << r.ferry_legs.size();
  for (const auto& f : r.ferry_legs) std::cout << " [" << f.value << "]";
  std::cout << '\n';
}

int route(const args& a) {
  if (a.help) {
    std::cout << "usage: regcoop route --from NODE [--to NODE] [--avoid CC,..] [--avoid-border CC-CC,..]\n"
                 "                      [--mode rail,road,sea,ferry,air] [--weight km|hours|border_crossings]\n"
                 "                      [--max-crossings N] [--via-scenario CORRIDOR,..] [--k N]\n"
                 "                      [--format text|geojson|dot] [--data FILE]\n\n"
                 "NODE is a node id or name (\"Xi'an\", \"duisburg\"). Without --to, routes to the last node of\n"
                 "every named corridor. --via-scenario opens the segments of the named corridors (e.g. cku).\n"
                 "--k N lists N alternative routes. Exit code 1 when there is no route.\n";
    return ok;
  }
  if (unknown_options(a, {"from", "to", "avoid", "avoid-border", "mode", "weight", "max-crossings", "via-scenario", "k", "format", "data"}))
    return bad_input;
  const rc::dataset ds = load(a);
  const auto it = a.options.find("from");
  if (it == a.options.end()) {
    std::cerr << "regcoop: route needs --from NODE\n";
    return bad_input;
  }
  const auto from = find_node(ds, it->second);
  if (!from) {
    std::cerr << "regcoop: no node named '" << it->second << "'\n";
    return bad_input;
  }
  std::vector<rc::node_id> targets;
  if (const auto t = a.options.find("to"); t != a.options.end()) {
    const auto n = find_node(ds, t->second);
    if (!n) {
      std::cerr << "regcoop: no node named '" << t->second << "'\n";
      return bad_input;
    }
    targets.push_back(*n);
  } else {
    for (const auto& c : ds.corridors()) {
      // The corridor's far end: the end of its last segment not shared with the one before.
      const auto& last = ds.at(c.segments.back());
      rc::node_id term = last.to;
      if (c.segments.size() > 1) {
        const auto& prev = ds.at(c.segments[c.segments.size() - 2]);
        if (last.to == prev.from || last.to == prev.to) term = last.from;
      }
      if (term != *from && std::find(targets.begin(), targets.end(), term) == targets.end()) targets.push_back(term);
    }
  }
  rc::route_options opt;
  if (const auto o = a.options.find("avoid"); o != a.options.end())
    for (const auto& c : split(o->second)) opt.avoid_countries.push_back(rc::party_id{c});
  if (const auto o = a.options.find("avoid-border"); o != a.options.end())
    for (const auto& pair : split(o->second)) {
      const auto dash = pair.find('-');
      if (dash == std::string::npos) {
        std::cerr << "regcoop: --avoid-border wants pairs like KZ-RU\n";
        return bad_input;
      }
      opt.avoid_borders.push_back({rc::party_id{pair.substr(0, dash)}, rc::party_id{pair.substr(dash + 1)}});
    }
  if (const auto o = a.options.find("mode"); o != a.options.end())
    for (const auto& m : split(o->second)) opt.modes.push_back(rc::enum_from_string<rc::transport_mode>(m));
  if (const auto o = a.options.find("weight"); o != a.options.end()) opt.weight = rc::enum_from_string<rc::route_weight>(o->second);
  if (const auto o = a.options.find("max-crossings"); o != a.options.end()) opt.max_border_crossings = std::stoi(o->second);
  rc::scenario sc;
  if (const auto o = a.options.find("via-scenario"); o != a.options.end())
    for (const auto& c : split(o->second)) sc.open(ds, rc::corridor_id{c});
  std::size_t k = 1;
  if (const auto o = a.options.find("k"); o != a.options.end()) k = static_cast<std::size_t>(std::stoul(o->second));
  const std::string fmt = a.options.count("format") ? a.options.at("format") : "text";
  if (fmt != "text" && fmt != "geojson" && fmt != "dot") {
    std::cerr << "regcoop: unknown format '" << fmt << "' (text, geojson, dot)\n";
    return bad_input;
  }
  const rc::network net(ds);
  bool any = false;
  for (const auto& to : targets) {
    const auto routes = net.k_shortest_routes(*from, to, k, opt, sc);
    if (routes.empty()) {
      std::cerr << "regcoop: no route from '" << from->value << "' to '" << to.value << "' under the given constraints\n";
      continue;
    }
    any = true;
    for (const auto& r : routes) {
      if (fmt == "geojson") std::cout << rc::route_geojson(ds, r);
      else if (fmt == "dot") std::cout << rc::route_dot(ds, r);
      else print_route(ds, r);
    }
  }
  return any ? ok : no_result;
}

int diff(const args& a) {
  if (const auto rc_usage = usage_if(a, a.positional.size() != 2,
                                     "usage: regcoop diff A.json B.json\n\n"
                                     "Lists records added, removed and changed (field by field) from A to B.\n"
                                     "Exit code 1 when the datasets hold the same records.\n"))
    return *rc_usage;
  if (unknown_options(a, {})) return bad_input;
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
  std::string err;
  const auto a = parse(argc, argv, err);
  if (!a) {
    std::cerr << "regcoop: " << err << '\n';
    return bad_input;
  }
  try {
    if (cmd == "show") return show(*a);
    if (cmd == "validate") return validate(*a);
    if (cmd == "export") return export_(*a);
    if (cmd == "query") return query(*a);
    if (cmd == "route") return route(*a);
    if (cmd == "diff") return diff(*a);
  } catch (const rc::error& e) {
    std::cerr << "regcoop: " << e.what() << '\n';
    return bad_input;
  } catch (const std::logic_error& e) {  // std::stoi and friends on a bad number
    std::cerr << "regcoop: bad number: " << e.what() << '\n';
    return bad_input;
  }
  std::cerr << "regcoop: unknown command '" << cmd << "'\n\n" << usage;
  return bad_input;
}
