#pragma once
/// @file regcoop/sector.hpp
/// @brief Moved to `regcoop/model/sector.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/model/sector.hpp"
