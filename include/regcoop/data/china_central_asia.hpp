#pragma once
/// @file china_central_asia.hpp
/// @brief The embedded default dataset: every fact of the opinion piece "'C5+1' an inclusive,
/// mutually beneficial regional mechanism" (China Daily, June 2025), each with its quote,
/// plus the reference values (ISO codes, coordinates, gauges, approximate route lengths,
/// EU membership dates) needed to route between the places it names.

#include "regcoop/model/records.hpp"
#include "regcoop/config.hpp"
#include "regcoop/dataset/dataset.hpp"

namespace regcoop::data {

/// Id of the source text every fact of the embedded dataset is quoted from.
inline constexpr const char* opinion_source_id = "c5plus1-opinion";

/// The embedded China–Central Asia dataset: every fact of the source text with its quote,
/// plus marked reference values. Built and validated on first call (thread-safe), then
/// shared: later calls are O(1) and return a copy that shares storage.
/// @throws regcoop::error only if the embedded data were invalid (a test guards that).
[[nodiscard]] REGCOOP_DECL dataset china_central_asia();

}  // namespace regcoop::data

#if !defined(REGCOOP_SEPARATE_COMPILATION)
#include "regcoop/impl/china_central_asia.ipp"
#endif
