#pragma once
/// @file scenario_json.hpp
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

#include "regcoop/detail/file.hpp"
#include "regcoop/json.hpp"
#include "regcoop/scenario.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

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
/// non-negative, borders between two countries. Border rules and agreements it adds are
/// checked when used (`apply` validates the whole changed dataset).
/// @throws regcoop::error listing every problem, each with its JSON pointer (prefixed by
/// `where#` when `where` names the file). O(size of the document).
[[nodiscard]] inline scenario scenario_from_json(std::string_view text, const dataset& ds, const std::string& where = "") {
  const json_read_options opt{};
  const auto root = detail::json_io::parse_text(text, opt, where);
  detail::json_io::reader r(opt);
  scenario_document doc;
  std::string ptr;
  r.read(root, doc, ptr);
  const auto at = [&](const char* list, std::size_t i, const char* field) {
    return "/" + std::string(list) + "/" + std::to_string(i) + (*field ? "/" : "") + field;
  };
  const auto known = [&](const auto& key, const std::string& p) {
    if (!key.empty() && !ds.find(key))
      r.fail(errc::unknown_id, p, "the dataset has no record with id '" + key.value + "'");
  };
  const auto valid_date = [&](const partial_date& d, const std::string& p) {
    if (!d.valid()) r.fail(errc::invalid_date, p, d.year == 0 ? "a date is required" : d.invalid_reason());
  };
  const auto non_negative = [&](const std::optional<double>& v, const std::string& p) {
    if (v && !(*v >= 0 && std::isfinite(*v))) r.fail(errc::invalid_value, p, "must be a finite number ≥ 0");
  };
  if (r.problems.empty()) {
    for (std::size_t i = 0; i < doc.segments.size(); ++i) {
      known(doc.segments[i].segment, at("segments", i, "segment"));
      non_negative(doc.segments[i].length_km, at("segments", i, "length_km"));
      non_negative(doc.segments[i].hours, at("segments", i, "hours"));
    }
    for (std::size_t i = 0; i < doc.open_corridors.size(); ++i) known(doc.open_corridors[i].corridor, at("open_corridors", i, "corridor"));
    for (std::size_t i = 0; i < doc.join.size(); ++i) {
      known(doc.join[i].organisation, at("join", i, "organisation"));
      known(doc.join[i].member, at("join", i, "member"));
      valid_date(doc.join[i].from.value_or(partial_date{}), at("join", i, "from"));
    }
    for (std::size_t i = 0; i < doc.leave.size(); ++i) {
      known(doc.leave[i].organisation, at("leave", i, "organisation"));
      known(doc.leave[i].member, at("leave", i, "member"));
      valid_date(doc.leave[i].last_day, at("leave", i, "last_day"));
    }
    for (std::size_t i = 0; i < doc.close_borders.size(); ++i) {
      const auto& b = doc.close_borders[i].between;
      if (b.size() != 2) r.fail(errc::invalid_value, at("close_borders", i, "between"), "a border is between two countries");
      for (std::size_t k = 0; k < b.size(); ++k) known(b[k], at("close_borders", i, "between") + "/" + std::to_string(k));
    }
    for (std::size_t i = 0; i < doc.border_rules.size(); ++i)
      for (std::size_t k = 0; k < doc.border_rules[i].between.size(); ++k)
        known(doc.border_rules[i].between[k], at("border_rules", i, "between") + "/" + std::to_string(k));
    for (std::size_t i = 0; i < doc.end_agreements.size(); ++i) {
      known(doc.end_agreements[i].agreement, at("end_agreements", i, "agreement"));
      valid_date(doc.end_agreements[i].on, at("end_agreements", i, "on"));
    }
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
  return sc;
}

/// Reads a scenario file (see `scenario_from_json`); problems name the file.
/// @throws regcoop::error (`io_error`) when the file cannot be read, else as `scenario_from_json`.
[[nodiscard]] inline scenario load_scenario(const std::filesystem::path& file, const dataset& ds) {
  return scenario_from_json(detail::file_text(file), ds, file.string());
}

/// The JSON Schema (draft 2020-12) of scenario documents, as canonical text ending in a
/// newline (shipped as `data/scenario.schema.json`). O(size of the model).
[[nodiscard]] inline std::string scenario_schema_text() {
  auto o = detail::json_io::schema_of<scenario_document>();
  o.emplace("$schema", "https://json-schema.org/draft/2020-12/schema");
  o.emplace("$id", "https://regcoop.github.io/schema/scenario.schema.json");
  o.emplace("title", "regcoop scenario");
  std::string out;
  detail::json_io::print(out, o, 0);
  out += '\n';
  return out;
}

}  // namespace regcoop
