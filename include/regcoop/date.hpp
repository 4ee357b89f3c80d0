#pragma once
/// @file regcoop/date.hpp
/// @brief Moved to `regcoop/model/date.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/model/date.hpp"
