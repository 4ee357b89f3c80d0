#pragma once
/// @file regcoop/load.hpp
/// @brief Moved to `regcoop/io/load.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/io/load.hpp"
