#pragma once
/// @file regcoop/timeline.hpp
/// @brief Moved to `regcoop/query/timeline.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/query/timeline.hpp"
