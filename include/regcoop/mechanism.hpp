#pragma once
/// @file regcoop/mechanism.hpp
/// @brief Moved to `regcoop/model/mechanism.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/model/mechanism.hpp"
