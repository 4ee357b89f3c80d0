#pragma once
/// @file regcoop/states.hpp
/// @brief Moved to `regcoop/model/states.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/model/states.hpp"
