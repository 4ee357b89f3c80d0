#pragma once
/// @file regcoop/geodesic.hpp
/// @brief Moved to `regcoop/model/geodesic.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/model/geodesic.hpp"
