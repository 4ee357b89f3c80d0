// The Python module's native part, `regcoop._regcoop`: a thin shell over the public C++ API
// (docs/design.md, "Bindings"). Every answer is a table — column names as the command line
// and the CSV export print them, rows of cells — that `regcoop/__init__.py` turns into a
// pandas DataFrame (or a list of named tuples without pandas). The questions run without the
// GIL; only the conversion to Python objects holds it.

#include <regcoop/data/builtin.hpp>
#include <regcoop/query/dyads.hpp>
#include <regcoop/io/csv.hpp>
#include <regcoop/io/geojson.hpp>
#include <regcoop/network/network.hpp>
#include <regcoop/io/scenario_json.hpp>
#include <regcoop/io/table_import.hpp>
#include <regcoop/model/enum.hpp>
#include <regcoop/query/integrity.hpp>
#include <regcoop/io/json.hpp>
#include <regcoop/io/load.hpp>
#include <regcoop/dataset/lookup.hpp>
#include <regcoop/query/memberships.hpp>
#include <regcoop/query/select.hpp>
#include <regcoop/dataset/merge.hpp>
#include <regcoop/query/timeline.hpp>
#include <regcoop/version.hpp>

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <unordered_map>
#include <memory>
#include <optional>
#include <sstream>
#include <span>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace py = pybind11;
namespace rc = regcoop;

namespace {

// A cell: text, a whole number, a number, a list of words, or none (an undated entry's date).
using cell = std::variant<std::monostate, std::string, std::int64_t, double, std::vector<std::string>>;
struct answer {
  std::vector<std::string> columns;
  std::vector<std::vector<cell>> rows;
};

// The dataset a Python `Dataset` holds: immutable, shared by the objects made from it.
using shared = std::shared_ptr<const rc::dataset>;

std::string str(auto e) { return std::string(rc::to_string(e)); }

// "full_member", ..., or "any" (nullopt): as the command line's --role.
std::optional<rc::membership_role> role_of(const std::string& s) {
  if (s == "any") return std::nullopt;
  return rc::enum_from_string<rc::membership_role>(s);
}

rc::query_date date_of(const std::string& on, const std::string& days) {
  const rc::day_rule rule = days == "some"    ? rc::day_rule::some_day
                            : days == "every" ? rc::day_rule::every_day
                                              : throw py::value_error("days: '" + days + "' (one of: some, every)");
  return {rc::partial_date::parse(on), rule};
}

// The error of `problems`, the argument `what` the field of each that names none.
rc::error error_at(std::vector<rc::problem> problems, const char* what) {
  for (auto& p : problems)
    if (p.field.empty()) p.field = what;
  return rc::error(std::move(problems));
}

// `f()`, with the argument `what` as the field of every problem it throws that names none.
template <class F>
auto named(const char* what, F&& f) {
  try {
    return f();
  } catch (const rc::error& e) {
    throw error_at(e.problems(), what);
  }
}

// The parties `names` name (the argument `what`); every name that names none is one problem
// of the one error, its field the argument.
std::vector<rc::party_id> parties_named(const rc::dataset& ds, const std::vector<std::string>& names, const char* what) {
  std::vector<rc::party_id> out;
  std::vector<rc::problem> problems;
  out.reserve(names.size());
  for (const auto& n : names) try {
      out.push_back(rc::party_named(ds, n).id);
    } catch (const rc::error& e) {
      problems.insert(problems.end(), e.problems().begin(), e.problems().end());
    }
  if (!problems.empty()) throw error_at(std::move(problems), what);
  return out;
}

// One party: as `parties_named`.
rc::party_id party_named(const rc::dataset& ds, const std::string& name, const char* what) {
  return parties_named(ds, {name}, what).front();
}

// Refuses a party that is not an organisation or bloc where one is asked for.
void require_group(const rc::dataset& ds, const rc::party_id& p, const char* what) {
  if (ds.at(p).kind == rc::party_kind::country)
    throw py::value_error(std::string(what) + ": '" + p.value + "' is a country, not an organisation or bloc");
}

// The names of an enumeration's values, for the categories of a column.
template <class E>
std::vector<std::string> names_of() {
  std::vector<std::string> out;
  if constexpr (std::is_enum_v<E>)
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto e) { out.emplace_back(e.name); });
  return out;
}

// members / memberships: one table for one or several parties; a first column naming which
// when `several`, `any_role` when no role is asked for (as the command line prints them).
enum class side { members, memberships };

answer membership_answer(const rc::dataset& ds, side s, const std::vector<std::string>& names, bool several,
                         const std::string& on, const std::string& role, const std::string& sure, const std::string& days) {
  const auto q = date_of(on, days);
  const auto r = role_of(role);
  const auto c = rc::enum_from_string<rc::certainty>(sure);
  answer a;
  if (several) a.columns.emplace_back(s == side::members ? "organisation" : "party");
  for (const char* col : {s == side::members ? "member" : "organisation", "name", "role", "sure"}) a.columns.emplace_back(col);
  if (!r) a.columns.emplace_back("any_role");
  for (const auto& p : parties_named(ds, names, s == side::members ? "organisation" : "party")) {
    if (s == side::members) require_group(ds, p, "organisation");
    const auto states = s == side::members ? rc::members_of(ds, p, q, r, c) : rc::memberships_of(ds, p, q, r, c);
    for (const auto& st : states) {
      const rc::party_id& other = s == side::members ? st.member : st.organisation;
      std::vector<cell> row;
      if (several) row.emplace_back(p.value);
      row.insert(row.end(), {other.value, ds.at(other).name, str(st.role), str(st.sure)});
      if (!r) row.emplace_back(str(st.any_role));
      a.rows.push_back(std::move(row));
    }
  }
  return a;
}

answer shared_answer(const rc::dataset& ds, const std::string& x, const std::string& y, const std::string& on,
                     const std::string& role, const std::string& sure, const std::string& days) {
  const auto q = date_of(on, days);
  const auto c = rc::enum_from_string<rc::certainty>(sure);
  const auto ab = parties_named(ds, {x, y}, "a, b");
  const rc::party_id& a = ab[0];
  const rc::party_id& b = ab[1];
  if (a == b) throw py::value_error("b: '" + y + "' names the same party as a ('" + a.value + "'): give two parties");
  answer t{{"organisation", "name", "role_a", "role_b", "sure"}, {}};
  for (const auto& s : rc::shared_memberships(ds, a, b, q, role_of(role), c))
    t.rows.push_back({s.organisation.value, ds.at(s.organisation).name, str(s.role_a), str(s.role_b), str(s.sure)});
  return t;
}

std::vector<rc::dyad_year> dyads_rows(const rc::dataset& ds, int first, int last, bool all_pairs, const std::vector<std::string>& names,
                                      const std::string& role, const std::string& sure, bool organisations) {
  if (last < first) throw py::value_error("end: " + std::to_string(last) + " is before start " + std::to_string(first));
  rc::dyad_options o;
  o.all_pairs = all_pairs;
  o.role = role_of(role);
  o.sure = rc::enum_from_string<rc::certainty>(sure);
  o.parties = parties_named(ds, names, "parties");
  o.with_organisations = organisations;
  return rc::dyad_years(ds, first, last, o);
}

// The dyad-year table by columns: the countries (sorted ids: the categories of `a` and `b`),
// `a` and `b` as codes into them, `year`, `count` as arrays, and the organisations of each row
// as lists (or None), each id one Python string shared by every row that names it.
py::tuple dyads_columns(const std::vector<rc::dyad_year>& rows, bool organisations) {
  std::vector<std::string> countries;
  for (const auto& r : rows) {
    countries.push_back(r.a.value);
    countries.push_back(r.b.value);
  }
  std::sort(countries.begin(), countries.end());
  countries.erase(std::unique(countries.begin(), countries.end()), countries.end());
  std::unordered_map<std::string_view, std::int32_t> code;
  for (std::size_t i = 0; i < countries.size(); ++i) code.emplace(countries[i], static_cast<std::int32_t>(i));
  py::array_t<std::int32_t> a(static_cast<py::ssize_t>(rows.size())), b(static_cast<py::ssize_t>(rows.size())),
      year(static_cast<py::ssize_t>(rows.size()));
  py::array_t<std::int64_t> count(static_cast<py::ssize_t>(rows.size()));
  auto pa = a.mutable_unchecked<1>();
  auto pb = b.mutable_unchecked<1>();
  auto py_ = year.mutable_unchecked<1>();
  auto pc = count.mutable_unchecked<1>();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto k = static_cast<py::ssize_t>(i);
    pa(k) = code.at(rows[i].a.value);
    pb(k) = code.at(rows[i].b.value);
    py_(k) = rows[i].year;
    pc(k) = static_cast<std::int64_t>(rows[i].count);
  }
  py::object orgs = py::none();
  if (organisations) {
    std::unordered_map<std::string_view, py::str> names;
    py::list all(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
      py::list l(rows[i].organisations.size());
      for (std::size_t j = 0; j < rows[i].organisations.size(); ++j) {
        const std::string& id = rows[i].organisations[j].value;
        auto it = names.find(id);
        if (it == names.end()) it = names.emplace(id, py::str(id)).first;
        l[j] = it->second;
      }
      all[i] = std::move(l);
    }
    orgs = std::move(all);
  }
  return py::make_tuple(py::cast(countries), a, b, year, count, orgs);
}

answer timeline_answer(const rc::dataset& ds, const std::vector<std::string>& names) {
  answer t{{"party", "date", "record", "what", "through", "order_note"}, {}};
  for (const auto& p : parties_named(ds, names, "party"))
    for (const auto& e : rc::timeline(ds, p))
      t.rows.push_back({p.value, e.date ? cell(e.date->to_string()) : cell(), e.record, e.what,
                        e.through ? e.through->value : std::string(), e.order_note});
  return t;
}

answer integrity_answer(const rc::dataset& ds) {
  answer t{{"record", "field", "message"}, {}};
  for (const auto& f : rc::integrity_report(ds)) t.rows.push_back({f.record, f.field, f.message});
  return t;
}

// A route as Python reads it: its legs as a table (segment, from, to, mode, km, country_from,
// country_to) and its totals; the GeoJSON of the routes (`routes_geojson`) beside them.
struct route_options_py {
  std::optional<std::string> on;
  std::vector<std::string> avoid;
  std::vector<std::string> modes;
  std::string weight = "km";
  std::string certainty = "certain";
  std::size_t k = 1;
  double transshipment_hours = 0, customs_hours = 0, union_hours = 0, ferry_wait_hours = 0;
  std::optional<std::string> scenario_json;  // a scenario document's text
};

struct routes_answer {
  std::vector<answer> legs;
  std::vector<rc::route> routes;
  std::vector<std::string> geojson;  // one FeatureCollection per route
};

routes_answer route_answer(const rc::dataset& ds, const std::string& from_name, const std::string& to_name,
                           const route_options_py& o) {
  if (o.k < 1 || o.k > 1000) throw py::value_error("k: " + std::to_string(o.k) + " (1 to 1000)");
  for (const auto& [name, h] : {std::pair{"transshipment_hours", o.transshipment_hours}, {"customs_hours", o.customs_hours},
                                {"union_hours", o.union_hours}, {"ferry_wait_hours", o.ferry_wait_hours}})
    if (!(h >= 0) || h > 1e6) throw py::value_error(std::string(name) + ": " + std::to_string(h) + " (hours, 0 or more)");
  const rc::node_id from = rc::node_named(ds, from_name).id, to = rc::node_named(ds, to_name).id;
  rc::route_options opt;
  if (o.on) opt.on = rc::query_date(rc::partial_date::parse(*o.on)).date;
  opt.certainty = rc::enum_from_string<rc::certainty>(o.certainty);
  opt.weight = rc::enum_from_string<rc::route_weight>(o.weight);
  opt.avoid_countries = parties_named(ds, o.avoid, "avoid");
  for (const auto& m : o.modes) opt.modes.push_back(rc::enum_from_string<rc::transport_mode>(m));
  opt.transshipment_hours = o.transshipment_hours;
  opt.customs_border_hours = o.customs_hours;
  opt.customs_union_hours = o.union_hours;
  opt.ferry_wait_hours = o.ferry_wait_hours;
  const rc::scenario sc = o.scenario_json ? rc::scenario_from_json(*o.scenario_json, ds, "scenario") : rc::scenario{};
  const rc::network net(ds);
  routes_answer out;
  out.routes = net.k_shortest_routes(from, to, o.k, opt, sc);
  for (const auto& r : out.routes) {
    answer t{{"segment", "from", "to", "mode", "km", "country_from", "country_to"}, {}};
    for (std::size_t i = 0; i < r.segments.size(); ++i) {
      const auto& seg = ds.at(r.segments[i]);
      const auto& a = ds.at(r.nodes[i]);
      const auto& b = ds.at(r.nodes[i + 1]);
      t.rows.push_back({seg.id.value, a.id.value, b.id.value, str(seg.mode), seg.length_km,
                        a.country.value, b.country.value});
    }
    out.legs.push_back(std::move(t));
    out.geojson.push_back(rc::routes_geojson(ds, std::span<const rc::route>(&r, 1)));
  }
  return out;
}

py::object to_python(const cell& c) {
  return std::visit(
      [](const auto& v) -> py::object {
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, std::monostate>) return py::none();
        else return py::cast(v);
      },
      c);
}

// (columns, rows): the columns as a list of names, the rows as a list of tuples.
py::tuple to_python(const answer& a) {
  py::list rows;
  for (const auto& r : a.rows) {
    py::tuple t(r.size());
    for (std::size_t i = 0; i < r.size(); ++i) t[i] = to_python(r[i]);
    rows.append(std::move(t));
  }
  return py::make_tuple(py::cast(a.columns), std::move(rows));
}

// Runs `f` without the GIL and converts its answer with it.
template <class F>
py::tuple released(F&& f) {
  answer a;
  {
    py::gil_scoped_release nogil;
    a = f();
  }
  return to_python(a);
}

// query: the records of one collection that a `filter_spec` keeps (the library's filter of the
// command line's `query`), as CSV text with the CSV export's columns, which __init__.py reads.
struct query_py {
  std::optional<std::string> party, other_party, country, sector, kind, status, mechanism, text, start, end, in_force_on, on;
  std::string certainty = "certain";
  bool through_blocs = true;
};

rc::partial_date date_named(const char* what, const std::string& text) {
  return named(what, [&] { return rc::partial_date::parse(text); });
}

struct query_result {
  std::string csv;                    // the CSV export of the records kept
  std::vector<std::string> kinds;     // every kind of the collection (the `kind` column's categories)
  std::vector<std::string> statuses;  // every status (the `status` column's), if it has one
};

query_result query_answer(const rc::dataset& ds, const std::string& collection, const query_py& q) {
  rc::filter_spec s;
  if (q.party) s.party = party_named(ds, *q.party, "party");
  if (q.other_party) s.other_party = party_named(ds, *q.other_party, "other_party");
  if (q.country) s.country = party_named(ds, *q.country, "country");
  if (q.sector) s.in_sector = named("sector", [&] { return rc::enum_from_string<rc::sector>(*q.sector); });
  s.kind = q.kind;
  s.status = q.status;
  if (q.mechanism) s.mechanism = named("mechanism", [&] { return rc::record_named<rc::mechanism>(ds, *q.mechanism).id; });
  s.text = q.text;
  if (q.start || q.end) {
    s.dates = rc::date_range{q.start ? std::optional(date_named("start", *q.start)) : std::nullopt,
                             q.end ? std::optional(date_named("end", *q.end)) : std::nullopt};
    if (s.dates->from && s.dates->to && rc::certainly_before(*s.dates->to, *s.dates->from))
      throw py::value_error("end: " + *q.end + " ends before start " + *q.start + " begins");
  }
  if (q.in_force_on) s.in_force_on = rc::query_date{date_named("in_force_on", *q.in_force_on)};
  if (q.on) s.on = rc::query_date{date_named("on", *q.on)};
  s.sure = rc::enum_from_string<rc::certainty>(q.certainty);
  s.through_blocs = q.through_blocs;
  query_result out;
  const bool known = rc::with_collection(collection, [&](auto r) {
    using R = decltype(r);
    std::ostringstream os;
    rc::write_csv(os, rc::select<R>(ds, rc::make_filter<R>(ds, s)));
    out = query_result{os.str(), names_of<typename rc::detail::kind_of<R>::type>(),
                       names_of<typename rc::detail::status_of<R>::type>()};
  });
  if (!known)
    throw rc::error(rc::errc::invalid_value, "", "collection",
                    "'" + collection + "' is not a collection (one of: " + rc::collection_names() + ")");
  return out;
}

}  // namespace

PYBIND11_MODULE(_regcoop, m) {
  m.doc() = "regcoop's native part; use the package `regcoop`.";
  m.attr("__version__") = std::to_string(REGCOOP_VERSION_MAJOR) + "." + std::to_string(REGCOOP_VERSION_MINOR) + "." +
                          std::to_string(REGCOOP_VERSION_PATCH);
  std::vector<std::string> names(rc::data::builtin_names.begin(), rc::data::builtin_names.end());
  m.attr("builtin_names") = names;
  m.attr("roles") = names_of<rc::membership_role>();

  // regcoop.Error: a ValueError carrying the library's problems (code, place, record, field,
  // message each).
  static py::exception<rc::error> error_type(m, "Error", PyExc_ValueError);
  error_type.attr("__doc__") =
      "regcoop's error: a ValueError whose `problems` lists every problem found, each as (code, place, "
      "record, field, message) — the code (unknown_id, invalid_date, parse_error, ...), where (file:row:column, "
      "a JSON pointer or the argument), the record (kind/id) and field concerned, and a sentence; `code`, "
      "`place`, `record` and `field` are the first problem's.";
  error_type.attr("problems") = py::tuple();  // an Error made by hand has none
  for (const char* a : {"code", "place", "record", "field"}) error_type.attr(a) = py::none();
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const rc::error& e) {
      py::list problems;
      for (const auto& q : e.problems())
        problems.append(py::make_tuple(rc::detail::errc_name(q.code), rc::place_of(q), q.record, q.field, q.message));
      py::object instance = py::handle(error_type.ptr())(e.what());
      instance.attr("problems") = problems;
      // The first problem's parts as attributes, for `except regcoop.Error as e: e.code`.
      if (!e.problems().empty()) {
        const auto& q = e.problems().front();
        instance.attr("code") = rc::detail::errc_name(q.code);
        instance.attr("place") = rc::place_of(q);
        instance.attr("record") = q.record;
        instance.attr("field") = q.field;
      }
      PyErr_SetObject(error_type.ptr(), instance.ptr());
    }
  });

  py::class_<rc::dataset, std::shared_ptr<rc::dataset>>(m, "Dataset")
      .def("counts", [](const rc::dataset& ds) {
        py::dict out;
        boost::mp11::mp_for_each<rc::record_types>([&](auto r) {
          using R = decltype(r);
          out[py::str(std::string(rc::collection_name<R>()))] = ds.all<R>().size();
        });
        return out;
      })
      .def("members", [](const rc::dataset& ds, const std::vector<std::string>& orgs, bool several, const std::string& on,
                         const std::string& role, const std::string& sure, const std::string& days) {
        return released([&] { return membership_answer(ds, side::members, orgs, several, on, role, sure, days); });
      })
      .def("memberships", [](const rc::dataset& ds, const std::vector<std::string>& who, bool several, const std::string& on,
                             const std::string& role, const std::string& sure, const std::string& days) {
        return released([&] { return membership_answer(ds, side::memberships, who, several, on, role, sure, days); });
      })
      .def("shared", [](const rc::dataset& ds, const std::string& a, const std::string& b, const std::string& on,
                        const std::string& role, const std::string& sure, const std::string& days) {
        return released([&] { return shared_answer(ds, a, b, on, role, sure, days); });
      })
      .def("dyads", [](const rc::dataset& ds, int first, int last, bool all_pairs, const std::vector<std::string>& parties,
                       const std::string& role, const std::string& sure, bool organisations) {
        std::vector<rc::dyad_year> rows;
        {
          py::gil_scoped_release nogil;
          rows = dyads_rows(ds, first, last, all_pairs, parties, role, sure, organisations);
        }
        return dyads_columns(rows, organisations);
      })
      .def("timeline", [](const rc::dataset& ds, const std::vector<std::string>& who) {
        return released([&] { return timeline_answer(ds, who); });
      })
      .def("integrity", [](const rc::dataset& ds) { return released([&] { return integrity_answer(ds); }); })
      .def("route", [](const rc::dataset& ds, const std::string& from, const std::string& to, route_options_py o) {
        routes_answer a;
        {
          py::gil_scoped_release nogil;
          a = route_answer(ds, from, to, o);
        }
        py::list routes;
        for (std::size_t i = 0; i < a.routes.size(); ++i) {
          const auto& r = a.routes[i];
          py::dict d;
          d["legs"] = to_python(a.legs[i]);
          d["km"] = r.km;
          d["hours"] = r.hours;
          d["running_hours"] = r.running_hours;
          d["border_hours"] = r.border_hours;
          d["transshipment_hours"] = r.transshipment_hours;
          d["ferry_wait_hours"] = r.ferry_wait_hours;
          d["cost"] = r.cost;
          std::vector<std::string> countries, ferries, maybe;
          for (const auto& c : r.countries) countries.push_back(c.value);
          for (const auto& f : r.ferry_legs) ferries.push_back(f.value);
          for (const auto& f : r.possibly_open) maybe.push_back(f.value);
          d["countries"] = countries;
          d["ferry_legs"] = ferries;
          d["possibly_open"] = maybe;
          py::list crossings;
          for (const auto& c : r.crossings)
            crossings.append(py::make_tuple(c.segment.value, c.from.value, c.to.value, str(c.regime), c.basis,
                                            c.clearance_hours, str(c.sure)));
          d["crossings"] = crossings;
          py::list breaks;
          for (const auto& g : r.gauge_breaks) breaks.append(py::make_tuple(g.at.value, g.from_mm, g.to_mm));
          d["gauge_breaks"] = breaks;
          d["geojson"] = a.geojson[i];
          routes.append(d);
        }
        return routes;
      })
      .def("query", [](const rc::dataset& ds, const std::string& collection, const query_py& q) {
        query_result r;
        {
          py::gil_scoped_release nogil;
          r = query_answer(ds, collection, q);
        }
        return py::make_tuple(r.csv, r.kinds, r.statuses);
      })
      .def("party_id", [](const rc::dataset& ds, const std::string& key) { return party_named(ds, key, "name").value; })
      .def("to_json", [](const rc::dataset& ds) {
        std::string text;
        {
          py::gil_scoped_release nogil;
          text = rc::to_json(ds);
        }
        return text;
      })
      .def("merge", [](const rc::dataset& a, const rc::dataset& b) {
        py::gil_scoped_release nogil;
        return std::make_shared<rc::dataset>(rc::merge(a, b));
      });

  py::class_<route_options_py>(m, "RouteOptions")
      .def(py::init<>())
      .def_readwrite("on", &route_options_py::on)
      .def_readwrite("avoid", &route_options_py::avoid)
      .def_readwrite("modes", &route_options_py::modes)
      .def_readwrite("weight", &route_options_py::weight)
      .def_readwrite("certainty", &route_options_py::certainty)
      .def_readwrite("k", &route_options_py::k)
      .def_readwrite("transshipment_hours", &route_options_py::transshipment_hours)
      .def_readwrite("customs_hours", &route_options_py::customs_hours)
      .def_readwrite("union_hours", &route_options_py::union_hours)
      .def_readwrite("ferry_wait_hours", &route_options_py::ferry_wait_hours)
      .def_readwrite("scenario_json", &route_options_py::scenario_json);

  py::class_<query_py>(m, "QueryOptions")
      .def(py::init<>())
      .def_readwrite("party", &query_py::party)
      .def_readwrite("other_party", &query_py::other_party)
      .def_readwrite("country", &query_py::country)
      .def_readwrite("sector", &query_py::sector)
      .def_readwrite("kind", &query_py::kind)
      .def_readwrite("status", &query_py::status)
      .def_readwrite("mechanism", &query_py::mechanism)
      .def_readwrite("text", &query_py::text)
      .def_readwrite("start", &query_py::start)
      .def_readwrite("end", &query_py::end)
      .def_readwrite("in_force_on", &query_py::in_force_on)
      .def_readwrite("on", &query_py::on)
      .def_readwrite("certainty", &query_py::certainty)
      .def_readwrite("through_blocs", &query_py::through_blocs);

  m.def("load", [](const std::string& source) {
    py::gil_scoped_release nogil;
    return std::make_shared<rc::dataset>(rc::load_source(source));
  });
  m.def("import_table", [](const std::string& map_file, const std::vector<std::string>& tables, const std::string& kind) {
    py::gil_scoped_release nogil;
    const rc::table_mapping map = rc::load_mapping(map_file);
    const std::vector<std::filesystem::path> paths(tables.begin(), tables.end());
    rc::import_result r = rc::import_table_files(paths, map, kind);
    return std::make_pair(std::make_shared<rc::dataset>(std::move(r.data)), r.summary.line());
  });
  // For benchmarks/python: seconds per call of regcoop::members_of itself (party look-up
  // included, no Python), the C++ side of the binding's overhead ratio.
  m.def("_time_members", [](const rc::dataset& ds, const std::string& org, const std::string& on, std::size_t n) {
    py::gil_scoped_release nogil;
    const rc::query_date q{rc::partial_date::parse(on)};
    std::size_t rows = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < n; ++i) rows += rc::members_of(ds, rc::party_named(ds, org).id, q).size();
    const std::chrono::duration<double> dt = std::chrono::steady_clock::now() - t0;
    return std::make_pair(dt.count() / static_cast<double>(n ? n : 1), rows);
  });
  m.def("from_json", [](const std::string& text) {
    py::gil_scoped_release nogil;
    return std::make_shared<rc::dataset>(rc::from_json(text));
  });
}
