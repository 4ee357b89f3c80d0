#pragma once
/// @file regcoop/succession.hpp
/// @brief Moved to `regcoop/query/succession.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/query/succession.hpp"
