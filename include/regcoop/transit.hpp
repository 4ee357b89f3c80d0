#pragma once
/// @file regcoop/transit.hpp
/// @brief Moved to `regcoop/network/transit.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/network/transit.hpp"
