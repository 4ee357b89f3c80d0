#pragma once
/// @file regcoop/politics.hpp
/// @brief Moved to `regcoop/network/politics.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/network/politics.hpp"
