#pragma once
/// @file regcoop/model/border.hpp
/// @brief Border rules: what a border crossing takes (clearance hours) or whether it is
/// closed, for one pair of countries or for every border inside an organisation. Everything
/// that follows from memberships (no customs clearance inside a customs union) is derived
/// when a route is asked for, not stored per border; a rule overrides it where a source says
/// otherwise.

#include "regcoop/model/corridor.hpp"
#include "regcoop/model/date.hpp"
#include "regcoop/model/id.hpp"
#include "regcoop/model/source.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <vector>

namespace regcoop {

/// What decided the time a border crossing takes.
BOOST_DEFINE_ENUM_CLASS(border_regime,
                        customs_border,  ///< the border between two customs territories: goods clear customs
                        customs_union,   ///< a border inside a customs union both countries fully belong to: no customs clearance
                        rule,            ///< a border rule record
                        closed)          ///< closed by a border rule (routes never cross it)

/// A rule for crossing a border, from a source: either for the border `between` two
/// countries (either direction) or for every border `within` an organisation (between two
/// of its full members on the route's date). It holds during `period`, for the `modes` it
/// names (all when empty). A pair rule overrides an organisation rule, which overrides what
/// memberships imply.
struct border_rule {
  border_rule_id id{};                    ///< e.g. "cn-kz-rail-2024"
  std::vector<party_id> between{};        ///< two countries, or empty when `within` is given
  std::optional<party_id> within{};       ///< an organisation, or empty when `between` is given
  std::vector<transport_mode> modes{};    ///< the modes it applies to; empty: every mode
  std::optional<double> clearance_hours{};  ///< hours a crossing takes, ≥ 0
  bool closed = false;                    ///< the border is closed (to `modes`)
  date_range period{};                    ///< when the rule holds
  std::string summary{};                  ///< what it says, in words
  std::vector<citation> citations{};      ///< where it can be checked

  /// Field-wise equality. O(size of the record).
  friend bool operator==(const border_rule&, const border_rule&) = default;
};
BOOST_DESCRIBE_STRUCT(border_rule, (), (id, between, within, modes, clearance_hours, closed, period, summary, citations))

}  // namespace regcoop
