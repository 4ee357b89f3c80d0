#pragma once
/// @file regcoop/figure.hpp
/// @brief Moved to `regcoop/model/figure.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/model/figure.hpp"
