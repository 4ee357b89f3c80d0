#pragma once
/// @file regcoop/csv.hpp
/// @brief Moved to `regcoop/io/csv.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/io/csv.hpp"
