#pragma once
/// @file regcoop/country.hpp
/// @brief Moved to `regcoop/model/country.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/model/country.hpp"
