#pragma once
/// @file regcoop/scenario.hpp
/// @brief Moved to `regcoop/network/scenario.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/network/scenario.hpp"
