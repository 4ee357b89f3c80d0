#pragma once
/// @file regcoop/scenario_json.hpp
/// @brief Moved to `regcoop/io/scenario_json.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/io/scenario_json.hpp"
