#pragma once
/// @file regcoop/integrity.hpp
/// @brief Moved to `regcoop/query/integrity.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/query/integrity.hpp"
