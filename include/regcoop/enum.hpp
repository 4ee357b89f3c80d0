#pragma once
/// @file regcoop/enum.hpp
/// @brief Moved to `regcoop/model/enum.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/model/enum.hpp"
