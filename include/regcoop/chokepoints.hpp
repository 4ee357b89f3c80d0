#pragma once
/// @file regcoop/chokepoints.hpp
/// @brief Moved to `regcoop/network/chokepoints.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/network/chokepoints.hpp"
