#pragma once
/// @file regcoop/network.hpp
/// @brief Moved to `regcoop/network/network.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/network/network.hpp"
