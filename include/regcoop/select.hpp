#pragma once
/// @file regcoop/select.hpp
/// @brief Moved to `regcoop/query/select.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/query/select.hpp"
