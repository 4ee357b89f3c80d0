#pragma once
/// @file regcoop/model/corridor.hpp
/// @brief The transport network: nodes, segments and named corridors.

#include "regcoop/model/date.hpp"
#include "regcoop/model/id.hpp"
#include "regcoop/model/source.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <vector>

namespace regcoop {

/// What a node of the network is.
BOOST_DEFINE_ENUM_CLASS(node_kind, city, port, border_crossing, dry_port, airport, junction)

/// A place in the network.
struct node {
  node_id id{};                        ///< e.g. "xian"
  std::string name{};                  ///< e.g. "Xi'an"
  std::vector<std::string> aliases{};  ///< other spellings
  node_kind kind = node_kind::city;  ///< what it is
  party_id country{};                  ///< the country it is in
  double lat = 0;                    ///< latitude, degrees north, −90..90
  double lon = 0;                    ///< longitude, degrees east, −180..180
  std::vector<citation> citations{};   ///< where it is mentioned / where the coordinates come from

  /// Field-wise equality. O(size of the record).
  friend bool operator==(const node&, const node&) = default;
};
BOOST_DESCRIBE_STRUCT(node, (), (id, name, aliases, kind, country, lat, lon, citations))

/// How a segment is travelled.
BOOST_DEFINE_ENUM_CLASS(transport_mode, rail, road, sea, ferry, air)

/// Whether a segment can be used.
BOOST_DEFINE_ENUM_CLASS(segment_status, operating, under_construction, planned, closed)

/// A segment entered a status. `since` is when; where the source does not say when, `since`
/// is empty and `reported` is a date by which the status held.
struct segment_status_change {
  segment_status status = segment_status::operating;  ///< the new status
  std::optional<partial_date> since{};     ///< when the segment entered it
  std::optional<partial_date> reported{};  ///< a date by which it held (when `since` is unknown)

  /// Field-wise equality. O(1).
  friend bool operator==(const segment_status_change&, const segment_status_change&) = default;
};
BOOST_DESCRIBE_STRUCT(segment_status_change, (), (status, since, reported))

/// A link between two nodes, usable in both directions. It crosses a border when its ends
/// lie in different countries.
///
/// `status` is the status now. `history`, when given, says what the status was when (in time
/// order; its last entry's status is `status`); routes asked for a date read it (see
/// `status_on` in network.hpp). Without a history, an operating segment with an `opened` date
/// is operating from that date, and any other segment has `status` on every date.
struct segment {
  segment_id id{};                                ///< e.g. "khorgos-altynkol"
  node_id from{};                                 ///< one end
  node_id to{};                                   ///< the other end
  transport_mode mode = transport_mode::rail;   ///< how it is travelled
  double length_km = 0;                         ///< length, ≥ 0
  std::optional<double> hours{};                  ///< typical travel time, ≥ 0
  std::optional<int> gauge_mm{};                ///< rail gauge in mm (1435, 1520, ...); absent when unknown and for other modes
  segment_status status = segment_status::operating;  ///< usable or not
  std::optional<partial_date> opened{};           ///< when it opened
  std::vector<segment_status_change> history{};   ///< dated statuses, in time order (may be empty)
  std::vector<citation> citations{};              ///< where it is mentioned / where the length comes from

  /// Field-wise equality. O(size of the record).
  friend bool operator==(const segment&, const segment&) = default;
};
BOOST_DESCRIBE_STRUCT(segment, (), (id, from, to, mode, length_km, hours, gauge_mm, status, opened, history, citations))

/// A named route: an ordered chain of segments, each sharing a node with the next.
struct corridor {
  corridor_id id{};                     ///< e.g. "trans-caspian"
  std::string name{};                   ///< e.g. "Trans-Caspian International Transport Route"
  std::vector<std::string> aliases{};   ///< e.g. "Middle Corridor"
  std::vector<segment_id> segments{};   ///< in travel order
  std::string summary{};                ///< what it is, in words
  std::vector<citation> citations{};    ///< where it is mentioned

  /// Field-wise equality. O(size of the record).
  friend bool operator==(const corridor&, const corridor&) = default;
};
BOOST_DESCRIBE_STRUCT(corridor, (), (id, name, aliases, segments, summary, citations))

}  // namespace regcoop
