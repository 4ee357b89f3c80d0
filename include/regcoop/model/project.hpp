#pragma once
/// @file regcoop/model/project.hpp
/// @brief Projects: hosts, participants with roles, a dated status history, figures.

#include "regcoop/model/date.hpp"
#include "regcoop/model/figure.hpp"
#include "regcoop/model/id.hpp"
#include "regcoop/model/sector.hpp"
#include "regcoop/model/source.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <vector>

namespace regcoop {

/// What is being built or run.
BOOST_DEFINE_ENUM_CLASS(project_kind, railway, tunnel, road, pipeline, port, dry_port, airport, hydropower, wind,
                        solar, oil_refinery, rolling_stock, education_platform, programme, other)

/// The life-cycle stage of a project.
BOOST_DEFINE_ENUM_CLASS(project_status, announced, planned, under_construction, operating, completed, suspended,
                        cancelled)

/// What a participant does in a project.
BOOST_DEFINE_ENUM_CLASS(participant_role, sponsor, financier, contractor, operating_company, supplier, partner)

/// A party taking part in a project.
struct participant {
  party_id party{};                                   ///< who
  participant_role role = participant_role::partner;  ///< in what role

  /// Field-wise equality. O(size of the record).
  friend bool operator==(const participant&, const participant&) = default;
};
BOOST_DESCRIBE_STRUCT(participant, (), (party, role))

/// A project entered a status. `since` is when; where the source does not say when, `since`
/// is empty and `reported` is the date by which the status was reported to hold.
struct status_change {
  project_status status = project_status::announced;  ///< the new status
  std::optional<partial_date> since{};     ///< when the project entered it
  std::optional<partial_date> reported{};  ///< a date by which it held (when `since` is unknown)

  /// Field-wise equality. O(size of the record).
  friend bool operator==(const status_change&, const status_change&) = default;
};
BOOST_DESCRIBE_STRUCT(status_change, (), (status, since, reported))

/// A project: a railway, a power plant, a refinery modernization, an education platform.
struct project {
  project_id id{};                           ///< e.g. "cku-railway"
  std::string name{};                        ///< e.g. "China–Kyrgyzstan–Uzbekistan Railway"
  std::vector<std::string> aliases{};        ///< e.g. "CKU railway"
  project_kind kind = project_kind::other; ///< what it is
  std::vector<sector> sectors{};             ///< fields it belongs to
  std::vector<party_id> hosts{};             ///< countries where it is
  std::vector<participant> participants{};   ///< who takes part, in which role
  std::vector<status_change> status_history{};  ///< in time order
  std::vector<figure> figures{};             ///< numbers about it
  std::optional<project_id> parent{};        ///< the project it is part of
  std::vector<corridor_id> corridors{};      ///< corridors it belongs to
  std::optional<mechanism_id> mechanism{};   ///< the mechanism it is reported under
  std::string summary{};                     ///< what it is, in words
  std::vector<citation> citations{};         ///< where it is mentioned

  /// The latest status in the history, if any. O(1).
  [[nodiscard]] std::optional<project_status> current_status() const noexcept {
    if (status_history.empty()) return std::nullopt;
    return status_history.back().status;
  }

  /// Field-wise equality. O(size of the record).
  friend bool operator==(const project&, const project&) = default;
};
BOOST_DESCRIBE_STRUCT(project, (),
                      (id, name, aliases, kind, sectors, hosts, participants, status_history, figures, parent,
                       corridors, mechanism, summary, citations))

}  // namespace regcoop
