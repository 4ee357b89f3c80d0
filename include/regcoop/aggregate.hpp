#pragma once
/// @file regcoop/aggregate.hpp
/// @brief Moved to `regcoop/query/aggregate.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/query/aggregate.hpp"
