// regcoop: the command-line program for researchers who do not write C++.
//
//   regcoop show [KIND [ID]] [--data FILE]
//   regcoop validate FILE
//   regcoop export --format json|schema [--output FILE] [--data FILE]
//
// Exit codes: 0 success, 1 no result, 2 bad input (message on stderr).
#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/json.hpp>
#include <regcoop/regcoop.hpp>

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
  validate FILE           load and validate a JSON dataset; print every problem
  export --format F       write the dataset as F: json (canonical) or schema (JSON Schema)
      [--output FILE]     to FILE instead of standard output

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
  if (a.help || a.positional.size() != 1) {
    (a.help ? std::cout : std::cerr) << "usage: regcoop validate FILE\n\n"
                                        "Loads FILE as a regcoop JSON dataset and validates every record. Prints\n"
                                        "'ok' and the record count, or every problem with its JSON pointer.\n";
    return a.help ? ok : bad_input;
  }
  if (unknown_options(a, {})) return bad_input;
  const rc::dataset ds = rc::load_json(a.positional[0]);
  std::cout << "ok: " << a.positional[0] << ": " << ds.size() << " records\n";
  return ok;
}

int export_(const args& a) {
  if (a.help) {
    std::cout << "usage: regcoop export --format json|schema [--output FILE] [--data FILE]\n";
    return ok;
  }
  if (unknown_options(a, {"format", "output", "data"})) return bad_input;
  const auto f = a.options.find("format");
  if (f == a.options.end()) {
    std::cerr << "regcoop: export needs --format json|schema\n";
    return bad_input;
  }
  std::string text;
  if (f->second == "json")
    text = rc::to_json(load(a));
  else if (f->second == "schema")
    text = rc::json_schema_text();
  else {
    std::cerr << "regcoop: unknown format '" << f->second << "' (json, schema)\n";
    return bad_input;
  }
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
  } catch (const rc::error& e) {
    std::cerr << "regcoop: " << e.what() << '\n';
    return bad_input;
  }
  std::cerr << "regcoop: unknown command '" << cmd << "'\n\n" << usage;
  return bad_input;
}
