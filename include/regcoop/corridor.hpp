#pragma once
/// @file regcoop/corridor.hpp
/// @brief Moved to `regcoop/model/corridor.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/model/corridor.hpp"
