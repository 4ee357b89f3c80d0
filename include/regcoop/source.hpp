#pragma once
/// @file regcoop/source.hpp
/// @brief Moved to `regcoop/model/source.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/model/source.hpp"
