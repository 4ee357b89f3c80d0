#pragma once
/// @file regcoop/border.hpp
/// @brief Moved to `regcoop/model/border.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/model/border.hpp"
