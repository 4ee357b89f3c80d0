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
#include "regcoop/model/records.hpp"
#include "regcoop/network/scenario.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
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
[[nodiscard]] REGCOOP_DECL scenario scenario_from_json(std::string_view text, const dataset& ds, const std::string& where = "");

/// Reads a scenario file (see `scenario_from_json`); problems name the file.
/// @throws regcoop::error naming the file: `io_error` when it does not exist, is a folder or
/// cannot be read, `parse_error` when it is empty; otherwise as `scenario_from_json`.
[[nodiscard]] REGCOOP_DECL scenario load_scenario(const std::filesystem::path& file, const dataset& ds);

/// The JSON Schema (draft 2020-12) of scenario documents, as canonical text ending in a
/// newline (shipped as `data/scenario.schema.json`). It requires what `scenario_from_json`
/// requires of a document's form: a join's `from`, a leave's `last_day`, an ended
/// agreement's `on`, two countries per closed border, non-negative lengths and hours, a
/// border rule with `clearance_hours` or `closed`; references are the reader's business.
/// O(size of the model).
[[nodiscard]] REGCOOP_DECL std::string scenario_schema_text();

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/scenario_json.ipp"
#endif
