#pragma once
/// @file regcoop/model/sector.hpp
/// @brief Fields of cooperation.

#include "regcoop/config.hpp"

#include <boost/describe/enum.hpp>

namespace regcoop {

/// A field of cooperation. Agreements, projects, mechanisms, events and indicators list
/// the sectors they belong to.
BOOST_DEFINE_ENUM_CLASS(sector,
                        politics,             ///< political dialogue, strategic partnership
                        trade,                ///< trade in goods and services
                        investment,           ///< direct investment, contracted projects
                        agriculture,          ///< farming, farm products
                        infrastructure,       ///< building of infrastructure
                        transport,            ///< rail, road, air, sea, logistics
                        energy,               ///< oil, gas, hydropower, refining
                        green_energy,         ///< wind, solar, low-carbon energy
                        digital,              ///< digital technology and digital economy
                        finance,              ///< exchanges, banking, capital markets
                        security,             ///< traditional security, public security, intelligence
                        emergency_management, ///< disasters, emergency response
                        cybersecurity,        ///< cyber defence, equipment, training
                        people_to_people,     ///< visas, tourism, exchanges of people
                        education,            ///< schools, universities, vocational training
                        culture)              ///< archaeology, heritage, museums, festivals

}  // namespace regcoop
