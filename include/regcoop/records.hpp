#pragma once
/// @file regcoop/records.hpp
/// @brief Moved to `regcoop/model/records.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/model/records.hpp"
