#pragma once
/// @file regcoop/dyads.hpp
/// @brief Moved to `regcoop/query/dyads.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/query/dyads.hpp"
