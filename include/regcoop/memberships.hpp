#pragma once
/// @file regcoop/memberships.hpp
/// @brief Moved to `regcoop/query/memberships.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/query/memberships.hpp"
