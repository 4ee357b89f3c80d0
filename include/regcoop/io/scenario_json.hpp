#pragma once
/// @file regcoop/io/scenario_json.hpp
/// @brief Scenarios as JSON documents (`regcoop route --scenario FILE`): segments opened,
/// closed or changed, memberships joined and left, border rules added or borders closed,
/// agreements added or ended. Needs Boost.JSON (target `regcoop::json`).
///
/// @code{.json}
/// {
///   "name": "CKU opens, Uzbekistan joins the EAEU",
///   "open_corridors": [{"corridor": "cku", "since": "2030"}],
///   "join": [{"organisation": "EAEU", "member": "UZ", "from": "2029-01-01"}],
///   "close_borders": [{"between": ["CN", "KZ"]}]
/// }
/// @endcode

#include "regcoop/config.hpp"
#include "regcoop/detail/file.hpp"
#include "regcoop/io/json.hpp"
#include "regcoop/dataset/lookup.hpp"
#include "regcoop/network/scenario.hpp"

#include <cmath>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

/// A change to one segment in a scenario document.
struct scenario_segment {
  segment_id segment{};                    ///< the segment
  std::optional<segment_status> status{};  ///< its new status
  std::optional<double> length_km{};       ///< its new length, ≥ 0
  std::optional<double> hours{};           ///< its new typical travel time, ≥ 0
  std::optional<partial_date> since{};     ///< the new status holds from this date
};
BOOST_DESCRIBE_STRUCT(scenario_segment, (), (segment, status, length_km, hours, since))

/// A corridor opened in a scenario document.
struct scenario_corridor {
  corridor_id corridor{};               ///< every segment of it opens
  std::optional<partial_date> since{};  ///< from this date (empty: on every date)
};
BOOST_DESCRIBE_STRUCT(scenario_corridor, (), (corridor, since))

/// A membership added in a scenario document.
struct scenario_join {
  party_id organisation{};                              ///< the organisation joined
  party_id member{};                                    ///< who joins
  membership_role role = membership_role::full_member;  ///< in which role
  std::optional<partial_date> from{};                   ///< from when (required)
};
BOOST_DESCRIBE_STRUCT(scenario_join, (), (organisation, member, role, from))

/// A border closed in a scenario document, for every mode on every date.
struct scenario_border {
  std::vector<party_id> between{};  ///< the two countries
};
BOOST_DESCRIBE_STRUCT(scenario_border, (), (between))

/// A scenario as a JSON document; every member is optional. `regcoop/scenario.schema.json`
/// is its schema.
struct scenario_document {
  std::string name{};                              ///< what the scenario is
  std::string summary{};                           ///< in words
  std::vector<scenario_segment> segments{};        ///< segment changes
  std::vector<scenario_corridor> open_corridors{}; ///< corridors opened
  std::vector<scenario_join> join{};               ///< memberships added
  std::vector<membership_end> leave{};             ///< memberships ended
  std::vector<border_rule> border_rules{};         ///< border rules added
  std::vector<scenario_border> close_borders{};    ///< borders closed
  std::vector<agreement> agreements{};             ///< agreements added
  std::vector<agreement_end> end_agreements{};     ///< agreements ended
};
BOOST_DESCRIBE_STRUCT(scenario_document, (),
                      (name, summary, segments, open_corridors, join, leave, border_rules, close_borders, agreements,
                       end_agreements))

/// Reads a scenario document and checks it against `ds`: every segment, corridor, party and
/// agreement it names must exist, dates must be valid and given where required, numbers
/// non-negative, borders between two countries, border rules saying something. Parties
/// (organisations, members, countries of borders and border rules, parties of agreements)
/// may be named as the CLI options take them: id, ISO 3166-1 code or name/alias in any case
/// (`find_party`); corridors by id, name or alias (`find_corridor`); segments and agreements
/// by id. Names are resolved to ids in the scenario returned. Every problem of the document
/// is reported in one pass: read problems (types, unknown members, bad dates) together with
/// reference and value problems; a place with a read problem is not checked again. A
/// document without such problems is then applied (`apply`) and the changed dataset
/// validated, so that every document the reader accepts, routes and `apply` accept too
/// (agreements and border rules it adds, a member joined to itself).
/// @throws regcoop::error listing every problem, each with its JSON pointer (prefixed by
/// `where#` when `where` names the file); a problem of the changed dataset outside the records
/// the document adds names its record. O(size of the document · parties + size of the dataset).
[[nodiscard]] inline scenario scenario_from_json(std::string_view text, const dataset& ds, const std::string& where = "") {
  const json_read_options opt{};
  const auto root = detail::json_io::parse_text(text, opt, where);
  detail::json_io::reader r(opt);
  scenario_document doc;
  std::string ptr;
  r.read(root, doc, ptr);
  // Pointers without the leading '/', as the reader's own (the prefix is added at the end).
  const auto at = [](const char* list, std::size_t i, const char* field) {
    return std::string(list) + "/" + std::to_string(i) + (*field ? "/" : "") + field;
  };
  const std::size_t read_problems = r.problems.size();
  // True when no read problem lies at `p` or inside it.
  const auto clean = [&](const std::string& p) {
    for (std::size_t k = 0; k < read_problems; ++k) {
      const auto& f = r.problems[k].field;
      if (f.compare(0, p.size(), p) == 0 && (f.size() == p.size() || f[p.size()] == '/')) return false;
    }
    return true;
  };
  const auto given = [&](const std::string& key, const std::string& p) {
    if (!key.empty()) return true;
    r.fail(errc::invalid_value, p, "an id or name is required");
    return false;
  };
  const auto party_ref = [&](party_id& key, const std::string& p) {
    if (!clean(p) || !given(key.value, p) || ds.find(key)) return;
    if (const auto* x = find_party(ds, key.value)) key = x->id;
    else r.fail(errc::unknown_id, p, "the dataset has no party with the id, ISO code, name or alias '" + key.value + "'");
  };
  const auto corridor_ref = [&](corridor_id& key, const std::string& p) {
    if (!clean(p) || !given(key.value, p) || ds.find(key)) return;
    if (const auto* x = find_corridor(ds, key.value)) key = x->id;
    else r.fail(errc::unknown_id, p, "the dataset has no corridor with the id, name or alias '" + key.value + "'");
  };
  // A segment or agreement: its id, else its id or name in any (ASCII) case.
  const auto record_ref = [&]<record R>(std::type_identity<R>, const char* kind, id_of<R>& key, const std::string& p) {
    if (!clean(p) || !given(key.value, p) || ds.find(key)) return;
    for (const R& x : ds.all<R>()) {
      bool named = detail::iequals(x.id.value, key.value);
      if constexpr (requires { x.name; }) named = named || detail::iequals(x.name, key.value);
      if (named) {
        key = x.id;
        return;
      }
    }
    r.fail(errc::unknown_id, p, "the dataset has no " + std::string(kind) + " with the id or name '" + key.value + "'");
  };
  const auto required_date = [&](const partial_date& d, const std::string& p, const char* member) {
    if (!clean(p)) return;
    if (d.year == 0) r.fail(errc::missing_field, p, std::string("required member '") + member + "' is missing");
    else if (!d.valid()) r.fail(errc::invalid_date, p, d.invalid_reason());
  };
  const auto non_negative = [&](const std::optional<double>& v, const std::string& p) {
    if (clean(p) && v && !(*v >= 0 && std::isfinite(*v))) r.fail(errc::invalid_value, p, "must be a finite number ≥ 0");
  };
  for (std::size_t i = 0; i < doc.segments.size(); ++i) {
    record_ref(std::type_identity<segment>{}, "segment", doc.segments[i].segment, at("segments", i, "segment"));
    non_negative(doc.segments[i].length_km, at("segments", i, "length_km"));
    non_negative(doc.segments[i].hours, at("segments", i, "hours"));
  }
  for (std::size_t i = 0; i < doc.open_corridors.size(); ++i) corridor_ref(doc.open_corridors[i].corridor, at("open_corridors", i, "corridor"));
  for (std::size_t i = 0; i < doc.join.size(); ++i) {
    party_ref(doc.join[i].organisation, at("join", i, "organisation"));
    party_ref(doc.join[i].member, at("join", i, "member"));
    required_date(doc.join[i].from.value_or(partial_date{}), at("join", i, "from"), "from");
  }
  for (std::size_t i = 0; i < doc.leave.size(); ++i) {
    party_ref(doc.leave[i].organisation, at("leave", i, "organisation"));
    party_ref(doc.leave[i].member, at("leave", i, "member"));
    required_date(doc.leave[i].last_day, at("leave", i, "last_day"), "last_day");
  }
  for (std::size_t i = 0; i < doc.close_borders.size(); ++i) {
    auto& b = doc.close_borders[i].between;
    const auto p = at("close_borders", i, "between");
    if (!clean(p)) continue;
    if (b.size() != 2) r.fail(errc::invalid_value, p, "a border is between two countries");
    for (std::size_t k = 0; k < b.size(); ++k) party_ref(b[k], p + "/" + std::to_string(k));
  }
  for (std::size_t i = 0; i < doc.border_rules.size(); ++i) {
    auto& b = doc.border_rules[i];
    for (std::size_t k = 0; k < b.between.size(); ++k) party_ref(b.between[k], at("border_rules", i, "between") + "/" + std::to_string(k));
    if (b.within) party_ref(*b.within, at("border_rules", i, "within"));
    non_negative(b.clearance_hours, at("border_rules", i, "clearance_hours"));
    if (clean(at("border_rules", i, "")) && !b.closed && !b.clearance_hours)
      r.fail(errc::invalid_value, at("border_rules", i, "clearance_hours"), "a border rule needs clearance_hours or closed");
  }
  for (std::size_t i = 0; i < doc.agreements.size(); ++i)
    for (std::size_t k = 0; k < doc.agreements[i].parties.size(); ++k)
      party_ref(doc.agreements[i].parties[k].party, at("agreements", i, "parties") + "/" + std::to_string(k) + "/party");
  for (std::size_t i = 0; i < doc.end_agreements.size(); ++i) {
    record_ref(std::type_identity<agreement>{}, "agreement", doc.end_agreements[i].agreement, at("end_agreements", i, "agreement"));
    required_date(doc.end_agreements[i].on, at("end_agreements", i, "on"), "on");
  }
  if (!r.problems.empty()) {
    for (auto& p : r.problems) {
      // A JSON pointer from the root, after the file's name. Built anew: inserting into the
      // string itself trips g++ 12's -Werror=restrict at -O3.
      std::string place = where.empty() ? std::string() : where + "#";
      if (p.field.empty() || p.field.front() != '/') place += '/';
      place += p.field;
      p.field = std::move(place);
    }
    throw error(std::move(r.problems));
  }
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
  // The dataset the scenario makes must validate, so that routes (which read the scenario)
  // and `apply` accept the same documents: the agreements and border rules it adds, members
  // joined to themselves or in a cycle. Problems in a record the document adds are placed at
  // its entry; others name the record of the changed dataset.
  try {
    (void)apply(ds, sc);
  } catch (const error& e) {
    std::vector<problem> probs;
    const std::size_t own_rules = doc.border_rules.size();
    for (problem p : e.problems()) {
      const auto slash = p.record.find('/');
      const std::string_view kind = std::string_view(p.record).substr(0, slash);
      const std::string rid = slash == std::string::npos ? std::string() : p.record.substr(slash + 1);
      std::string place;
      if (kind == "agreements") {
        for (std::size_t i = 0; i < sc.agreements().size() && place.empty(); ++i)
          if (sc.agreements()[i].id.value == rid) place = at("agreements", i, "");
      } else if (kind == "border_rules") {
        for (std::size_t i = 0; i < sc.border_rules().size() && place.empty(); ++i)
          if (sc.border_rules()[i].id.value == rid)
            place = i < own_rules ? at("border_rules", i, "") : at("close_borders", i - own_rules, "");
      }
      if (place.empty()) {
        p.message = "in the dataset the scenario " + (where.empty() ? std::string() : "'" + where + "' ") + "makes: " + p.message;
      } else {
        std::string field = where.empty() ? std::string() : where + "#";
        field += '/';
        field += place;
        if (!p.field.empty()) field += "/" + p.field;
        p.field = std::move(field);
        p.record.clear();
      }
      probs.push_back(std::move(p));
    }
    throw error(std::move(probs));
  }
  return sc;
}

/// Reads a scenario file (see `scenario_from_json`); problems name the file.
/// @throws regcoop::error naming the file: `io_error` when it does not exist, is a folder or
/// cannot be read, `parse_error` when it is empty; otherwise as `scenario_from_json`.
[[nodiscard]] inline scenario load_scenario(const std::filesystem::path& file, const dataset& ds) {
  return scenario_from_json(detail::file_text(file), ds, file.string());
}

/// The JSON Schema (draft 2020-12) of scenario documents, as canonical text ending in a
/// newline (shipped as `data/scenario.schema.json`). It requires what `scenario_from_json`
/// requires of a document's form: a join's `from`, a leave's `last_day`, an ended
/// agreement's `on`, two countries per closed border, non-negative lengths and hours, a
/// border rule with `clearance_hours` or `closed`; references are the reader's business.
/// O(size of the model).
[[nodiscard]] inline std::string scenario_schema_text() {
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
