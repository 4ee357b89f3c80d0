#pragma once
/// @file regcoop/id.hpp
/// @brief Moved to `regcoop/model/id.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/model/id.hpp"
