#pragma once
/// @file regcoop/query_date.hpp
/// @brief Moved to `regcoop/query/query_date.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/query/query_date.hpp"
