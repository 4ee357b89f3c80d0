#pragma once
/// @file regcoop/relations.hpp
/// @brief Moved to `regcoop/query/relations.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/query/relations.hpp"
