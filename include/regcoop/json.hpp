#pragma once
/// @file regcoop/json.hpp
/// @brief Moved to `regcoop/io/json.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/io/json.hpp"
