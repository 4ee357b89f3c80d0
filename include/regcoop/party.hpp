#pragma once
/// @file regcoop/party.hpp
/// @brief Moved to `regcoop/model/party.hpp`. This path forwards there for the 0.1 series only
/// (CHANGELOG); include the new path.

#include "regcoop/model/party.hpp"
