#pragma once
/// @file regcoop/model/indicator.hpp
/// @brief Observations of named indicators (trade, investment stock, train counts, shares).

#include "regcoop/model/figure.hpp"
#include "regcoop/model/id.hpp"
#include "regcoop/model/sector.hpp"
#include "regcoop/model/source.hpp"

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <vector>

namespace regcoop {

/// Well-known indicator names, so that datasets agree on spelling.
namespace indicators {
inline constexpr const char* trade = "trade";                          ///< two-way trade in goods
inline constexpr const char* fdi_stock = "fdi_stock";                  ///< cumulative direct investment
inline constexpr const char* contracted_turnover = "contracted_project_turnover";  ///< contracted projects
inline constexpr const char* train_count = "train_count";              ///< freight trains operated
inline constexpr const char* train_share = "train_share";              ///< share of trains on a route
inline constexpr const char* flight_destinations = "flight_destinations";  ///< cities served by flights
}  // namespace indicators

/// One observation of an indicator about a subject: parties (`subjects`, optionally towards
/// `counterparts`, e.g. China's investment in the Central Asian states) or a corridor.
/// Quantitative observations carry a `value`; qualitative ones ("robust growth") carry only
/// a `note`. The builder requires one of the two.
struct indicator {
  indicator_id id{};                      ///< e.g. "trade-cn-c5-2024"
  std::string measure{};                  ///< the indicator's name, e.g. `indicators::trade`
  std::string name{};                     ///< a title for people
  std::vector<party_id> subjects{};       ///< the parties measured (e.g. China)
  std::vector<party_id> counterparts{};   ///< the other side of a dyad or group, if any
  std::optional<corridor_id> corridor{};  ///< the corridor measured, if any
  std::vector<sector> sectors{};          ///< fields it belongs to
  std::optional<figure> value{};          ///< the observation, when it is a number
  std::string note{};                     ///< the observation in words (e.g. "robust growth")
  std::vector<citation> citations{};      ///< where it is stated

  /// Field-wise equality. O(size of the record).
  friend bool operator==(const indicator&, const indicator&) = default;
};
BOOST_DESCRIBE_STRUCT(indicator, (), (id, measure, name, subjects, counterparts, corridor, sectors, value, note, citations))

}  // namespace regcoop
