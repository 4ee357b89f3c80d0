#pragma once
/// @file regcoop/indicator.hpp
/// @brief Moved to `regcoop/model/indicator.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/model/indicator.hpp"
