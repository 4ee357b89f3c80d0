#pragma once
/// @file impl/scenario_json.ipp
/// @brief Definitions of the scenario document reader and schema declared in
/// `regcoop/io/scenario_json.hpp`. Included by that header in header-only mode and by
/// `regcoop/src.hpp` under REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/io/scenario_json.hpp"
#include "regcoop/dataset/lookup.hpp"
#include "regcoop/detail/file.hpp"
#include "regcoop/detail/json_schema.hpp"
#include "regcoop/detail/text.hpp"
#include "regcoop/io/json.hpp"

#include <cmath>
#include <string>
#include <type_traits>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

namespace detail::scenario_in {

// A place in a scenario document as the JSON reader names it, without the leading '/' (added
// at the end): entry `i` of `list`, and its `field` when not empty ("join/0/from").
inline std::string entry_at(const char* list, std::size_t i, const char* field) {
  return std::string(list) + "/" + std::to_string(i) + (*field ? "/" : "") + field;
}

// Checks what a scenario document names, its dates and its numbers against the dataset `ds`,
// resolving names to ids in the document; problems go to the JSON reader `r`. A place with one
// of the reader's own problems (the first `read_problems`) is not checked again.
struct document_checker {
  json_io::reader& r;
  const dataset& ds;
  std::size_t read_problems;

  // Every entry, list by list in the order of the document's members.
  void check(scenario_document& doc) {
    check_network_changes(doc);
    check_memberships(doc);
    check_borders(doc);
    check_agreements(doc);
  }

  void check_network_changes(scenario_document& doc) {
    for (std::size_t i = 0; i < doc.segments.size(); ++i) {
      record_ref<segment>("segment", doc.segments[i].segment, entry_at("segments", i, "segment"));
      non_negative(doc.segments[i].length_km, entry_at("segments", i, "length_km"));
      non_negative(doc.segments[i].hours, entry_at("segments", i, "hours"));
    }
    for (std::size_t i = 0; i < doc.open_corridors.size(); ++i)
      corridor_ref(doc.open_corridors[i].corridor, entry_at("open_corridors", i, "corridor"));
  }

  void check_memberships(scenario_document& doc) {
    for (std::size_t i = 0; i < doc.join.size(); ++i) {
      party_ref(doc.join[i].organisation, entry_at("join", i, "organisation"));
      party_ref(doc.join[i].member, entry_at("join", i, "member"));
      required_date(doc.join[i].from.value_or(partial_date{}), entry_at("join", i, "from"), "from");
    }
    for (std::size_t i = 0; i < doc.leave.size(); ++i) {
      party_ref(doc.leave[i].organisation, entry_at("leave", i, "organisation"));
      party_ref(doc.leave[i].member, entry_at("leave", i, "member"));
      required_date(doc.leave[i].last_day, entry_at("leave", i, "last_day"), "last_day");
    }
  }

  void check_borders(scenario_document& doc) {
    for (std::size_t i = 0; i < doc.close_borders.size(); ++i) {
      auto& b = doc.close_borders[i].between;
      const auto p = entry_at("close_borders", i, "between");
      if (!clean(p)) continue;
      if (b.size() != 2) r.fail(errc::invalid_value, p, "a border is between two countries");
      for (std::size_t k = 0; k < b.size(); ++k) party_ref(b[k], p + "/" + std::to_string(k));
    }
    for (std::size_t i = 0; i < doc.border_rules.size(); ++i) {
      auto& b = doc.border_rules[i];
      for (std::size_t k = 0; k < b.between.size(); ++k)
        party_ref(b.between[k], entry_at("border_rules", i, "between") + "/" + std::to_string(k));
      if (b.within) party_ref(*b.within, entry_at("border_rules", i, "within"));
      non_negative(b.clearance_hours, entry_at("border_rules", i, "clearance_hours"));
      if (clean(entry_at("border_rules", i, "")) && !b.closed && !b.clearance_hours)
        r.fail(errc::invalid_value, entry_at("border_rules", i, "clearance_hours"), "a border rule needs clearance_hours or closed");
    }
  }

  void check_agreements(scenario_document& doc) {
    for (std::size_t i = 0; i < doc.agreements.size(); ++i)
      for (std::size_t k = 0; k < doc.agreements[i].parties.size(); ++k)
        party_ref(doc.agreements[i].parties[k].party, entry_at("agreements", i, "parties") + "/" + std::to_string(k) + "/party");
    for (std::size_t i = 0; i < doc.end_agreements.size(); ++i) {
      record_ref<agreement>("agreement", doc.end_agreements[i].agreement, entry_at("end_agreements", i, "agreement"));
      required_date(doc.end_agreements[i].on, entry_at("end_agreements", i, "on"), "on");
    }
  }

  // True when no read problem lies at `p` or inside it.
  [[nodiscard]] bool clean(const std::string& p) const {
    for (std::size_t k = 0; k < read_problems; ++k) {
      const auto& f = r.problems[k].field;
      if (f.compare(0, p.size(), p) == 0 && (f.size() == p.size() || f[p.size()] == '/')) return false;
    }
    return true;
  }

  // True when the id or name `key` at `p` is not empty; else a problem.
  bool given(const std::string& key, const std::string& p) {
    if (!key.empty()) return true;
    r.fail(errc::invalid_value, p, "an id or name is required");
    return false;
  }

  void party_ref(party_id& key, const std::string& p) {
    if (!clean(p) || !given(key.value, p) || ds.find(key)) return;
    if (const auto* x = find_party(ds, key.value)) key = x->id;
    else r.fail(errc::unknown_id, p, "the dataset has no party with the id, ISO code, name or alias '" + key.value + "'");
  }

  void corridor_ref(corridor_id& key, const std::string& p) {
    if (!clean(p) || !given(key.value, p) || ds.find(key)) return;
    if (const auto* x = find_corridor(ds, key.value)) key = x->id;
    else r.fail(errc::unknown_id, p, "the dataset has no corridor with the id, name or alias '" + key.value + "'");
  }

  // A segment or agreement: its id, else its id or name in any (ASCII) case.
  template <record R>
  void record_ref(const char* kind, id_of<R>& key, const std::string& p) {
    if (!clean(p) || !given(key.value, p) || ds.find(key)) return;
    for (const R& x : ds.all<R>()) {
      bool named = iequals(x.id.value, key.value);
      if constexpr (requires { x.name; }) named = named || iequals(x.name, key.value);
      if (named) {
        key = x.id;
        return;
      }
    }
    r.fail(errc::unknown_id, p, "the dataset has no " + std::string(kind) + " with the id or name '" + key.value + "'");
  }

  void required_date(const partial_date& d, const std::string& p, const char* member) {
    if (!clean(p)) return;
    if (d.year == 0) r.fail(errc::missing_field, p, std::string("required member '") + member + "' is missing");
    else if (!d.valid()) r.fail(errc::invalid_date, p, d.invalid_reason());
  }

  void non_negative(const std::optional<double>& v, const std::string& p) {
    if (clean(p) && v && !(*v >= 0 && std::isfinite(*v))) r.fail(errc::invalid_value, p, "must be a finite number ≥ 0");
  }
};

// Throws the document's problems, each field made a JSON pointer from the root (after `where#`
// when `where` names the file).
[[noreturn]] inline void throw_document_problems(std::vector<problem>& problems, const std::string& where) {
  for (auto& p : problems) p.field = document_place(where, p.field);
  throw error(std::move(problems));
}

// The scenario a checked document describes (its border rules and agreements moved into it).
inline scenario scenario_of(scenario_document& doc, const dataset& ds) {
  scenario sc;
  for (const auto& c : doc.segments)
    sc.change(c.segment, {.status = c.status, .length_km = c.length_km, .hours = c.hours, .since = c.since});
  for (const auto& c : doc.open_corridors) sc.open(ds, c.corridor, c.since);
  for (const auto& j : doc.join) sc.join(j.organisation, j.member, *j.from, j.role);
  for (const auto& l : doc.leave) sc.leave(l.organisation, l.member, l.last_day);
  for (auto& b : doc.border_rules) sc.add(std::move(b));
  for (const auto& b : doc.close_borders) sc.close_border(b.between[0], b.between[1]);
  for (auto& a : doc.agreements) sc.add(std::move(a));
  for (const auto& e : doc.end_agreements) sc.end(e.agreement, e.on);
  return sc;
}

// The entry of the document that adds the record of problem `p` of the changed dataset, as
// entry_at names it: an agreement, or a border rule (the document's `own_rules` border_rules,
// then its close_borders); empty for another record.
inline std::string entry_adding(const problem& p, const scenario& sc, std::size_t own_rules) {
  const auto slash = p.record.find('/');
  const std::string_view kind = std::string_view(p.record).substr(0, slash);
  const std::string rid = slash == std::string::npos ? std::string() : p.record.substr(slash + 1);
  std::string place;
  if (kind == "agreements") {
    for (std::size_t i = 0; i < sc.agreements().size() && place.empty(); ++i)
      if (sc.agreements()[i].id.value == rid) place = entry_at("agreements", i, "");
  } else if (kind == "border_rules") {
    for (std::size_t i = 0; i < sc.border_rules().size() && place.empty(); ++i)
      if (sc.border_rules()[i].id.value == rid)
        place = i < own_rules ? entry_at("border_rules", i, "") : entry_at("close_borders", i - own_rules, "");
  }
  return place;
}

// The dataset the scenario makes must validate, so that routes (which read the scenario) and
// `apply` accept the same documents: the agreements and border rules it adds, members joined to
// themselves or in a cycle. Throws its problems: one in a record the document adds is placed at
// its entry; others name the record of the changed dataset.
inline void check_applied(const scenario& sc, const dataset& ds, std::size_t own_rules, const std::string& where) {
  try {
    (void)apply(ds, sc);
  } catch (const error& e) {
    std::vector<problem> probs;
    for (problem p : e.problems()) {
      const std::string place = entry_adding(p, sc, own_rules);
      if (place.empty()) {
        p.message = "in the dataset the scenario " + (where.empty() ? std::string() : "'" + where + "' ") + "makes: " + p.message;
      } else {
        std::string pointer = place;  // the entry, then the field in it
        if (!p.field.empty()) pointer += "/" + p.field;
        p.field = document_place(where, pointer);
        p.record.clear();
      }
      probs.push_back(std::move(p));
    }
    throw error(std::move(probs));
  }
}

}  // namespace detail::scenario_in

REGCOOP_DECL scenario scenario_from_json(std::string_view text, const dataset& ds, const std::string& where) {
  namespace in = detail::scenario_in;
  const json_read_options opt{};
  const auto root = detail::json_io::parse_text(text, opt, where);
  detail::json_io::reader r(opt);
  scenario_document doc;
  std::string ptr;
  r.read(root, doc, ptr);
  in::document_checker{r, ds, r.problems.size()}.check(doc);
  if (!r.problems.empty()) in::throw_document_problems(r.problems, where);
  scenario sc = in::scenario_of(doc, ds);
  in::check_applied(sc, ds, doc.border_rules.size(), where);
  return sc;
}

REGCOOP_DECL scenario load_scenario(const std::filesystem::path& file, const dataset& ds) {
  return scenario_from_json(detail::file_text(file), ds, file.string());
}

REGCOOP_DECL std::string scenario_schema_text() {
  namespace json = boost::json;
  auto o = detail::json_io::schema_of<scenario_document>();
  auto& props = o.at("properties").as_object();
  const auto items = [&](const char* list) -> json::object& { return props.at(list).as_object().at("items").as_object(); };
  const auto require = [&](const char* list, const char* member) {
    auto& it = items(list);
    if (!it.contains("required")) it.emplace("required", json::array{});
    it.at("required").as_array().emplace_back(member);
  };
  require("join", "from");
  require("leave", "last_day");
  require("end_agreements", "on");
  require("close_borders", "between");
  auto& between = items("close_borders").at("properties").as_object().at("between").as_object();
  between.emplace("minItems", 2);
  between.emplace("maxItems", 2);
  for (const char* m : {"length_km", "hours"}) items("segments").at("properties").as_object().at(m).as_object()["minimum"] = 0.0;
  items("border_rules")
      .emplace("anyOf", json::array{json::object{{"required", json::array{"clearance_hours"}},
                                                 {"properties", json::object{{"clearance_hours", true}}}},
                                    json::object{{"required", json::array{"closed"}},
                                                 {"properties", json::object{{"closed", json::object{{"const", true}}}}}}});
  o.emplace("$schema", "https://json-schema.org/draft/2020-12/schema");
  o.emplace("$id", "https://regcoop.github.io/schema/scenario.schema.json");
  o.emplace("title", "regcoop scenario");
  std::string out;
  detail::json_io::print(out, o, 0);
  out += '\n';
  return out;
}

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END
