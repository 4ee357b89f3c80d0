#pragma once
/// @file regcoop/error.hpp
/// @brief Moved to `regcoop/model/error.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/model/error.hpp"
