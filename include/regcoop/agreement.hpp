#pragma once
/// @file regcoop/agreement.hpp
/// @brief Moved to `regcoop/model/agreement.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/model/agreement.hpp"
