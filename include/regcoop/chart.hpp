#pragma once
/// @file regcoop/chart.hpp
/// @brief Moved to `regcoop/query/chart.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/query/chart.hpp"
