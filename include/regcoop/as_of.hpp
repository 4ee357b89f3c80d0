#pragma once
/// @file regcoop/as_of.hpp
/// @brief Moved to `regcoop/query/as_of.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/query/as_of.hpp"
