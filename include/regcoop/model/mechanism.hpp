#pragma once
/// @file regcoop/model/mechanism.hpp
/// @brief Cooperation mechanisms ("C5+1" formats), their bodies, and events such as summits.

#include "regcoop/model/date.hpp"
#include "regcoop/model/id.hpp"
#include "regcoop/model/sector.hpp"
#include "regcoop/model/source.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <vector>

namespace regcoop {

/// What a body of a mechanism is.
BOOST_DEFINE_ENUM_CLASS(body_kind,
                        summit,               ///< meetings of heads of state
                        secretariat,          ///< a permanent secretariat
                        ministerial_meeting,  ///< a ministers' meeting mechanism (a "track")
                        working_group,        ///< a working group
                        alliance,             ///< an alliance of institutions
                        cooperation_system,   ///< a standing system of cooperation
                        other)

/// A standing body of a mechanism: a secretariat, a ministerial track, a working group.
struct body {
  std::string name{};                       ///< e.g. "Permanent secretariat"
  body_kind kind = body_kind::other;      ///< what the body is
  std::vector<sector> sectors{};            ///< the fields it works in
  std::optional<party_id> seat{};           ///< the country that hosts it
  std::optional<partial_date> established{};  ///< when it was set up
  std::optional<event_id> established_at{};   ///< the event that set it up
  std::vector<citation> citations{};        ///< where it is mentioned

  /// Field-wise equality. O(size of the record).
  friend bool operator==(const body&, const body&) = default;
};
BOOST_DESCRIBE_STRUCT(body, (), (name, kind, sectors, seat, established, established_at, citations))

/// A cooperation format: a core group of parties (e.g. the five Central Asian states) plus
/// a partner (e.g. China), with its bodies.
struct mechanism {
  mechanism_id id{};                    ///< e.g. "china-central-asia"
  std::string name{};                   ///< e.g. "China–Central Asia mechanism"
  std::vector<std::string> aliases{};   ///< e.g. "C5+China"
  std::vector<party_id> core{};         ///< the core group
  party_id partner{};                   ///< the "+1"
  std::optional<partial_date> founded{};  ///< when the format began
  std::vector<sector> sectors{};        ///< its fields of cooperation
  std::vector<body> bodies{};           ///< its standing bodies
  std::vector<citation> citations{};    ///< where it is mentioned

  /// Field-wise equality. O(size of the record).
  friend bool operator==(const mechanism&, const mechanism&) = default;
};
BOOST_DESCRIBE_STRUCT(mechanism, (), (id, name, aliases, core, partner, founded, sectors, bodies, citations))

/// What kind of event.
BOOST_DEFINE_ENUM_CLASS(event_kind, summit, ministerial_meeting, conference, working_group_meeting, signing, launch,
                        other)

/// A dated meeting or happening, usually of a mechanism.
struct event {
  event_id id{};                           ///< e.g. "summit-2023-xian"
  std::string name{};                      ///< e.g. "First China–Central Asia Summit"
  event_kind kind = event_kind::other;   ///< what it was
  std::optional<mechanism_id> mechanism{}; ///< the mechanism it belongs to
  int ordinal = 0;                       ///< 1 for "first", 2 for "second"; 0 if unnumbered
  std::optional<partial_date> date{};      ///< when it took place
  std::optional<node_id> place{};          ///< where (a node of the network)
  std::vector<sector> sectors{};           ///< the fields it dealt with
  std::vector<std::string> outcomes{};     ///< what it produced, in words
  std::vector<citation> citations{};       ///< where it is mentioned

  /// Field-wise equality. O(size of the record).
  friend bool operator==(const event&, const event&) = default;
};
BOOST_DESCRIBE_STRUCT(event, (), (id, name, kind, mechanism, ordinal, date, place, sectors, outcomes, citations))

}  // namespace regcoop
