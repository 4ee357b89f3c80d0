#pragma once
/// @file config.hpp
/// @brief The language check every public header makes first: regcoop needs C++20.
///
/// Included before anything else by the headers every other one starts from, so that a
/// translation unit compiled below C++20 stops with this message as its first error instead
/// of pages of errors from the code. MSVC reports `__cplusplus` as 199711L unless
/// `/Zc:__cplusplus` is given; `_MSVC_LANG` holds its real language level.

#if defined(_MSVC_LANG) && _MSVC_LANG > __cplusplus
#define REGCOOP_CPLUSPLUS _MSVC_LANG
#else
/// The language level the compiler implements (`__cplusplus`, or MSVC's `_MSVC_LANG`).
#define REGCOOP_CPLUSPLUS __cplusplus
#endif

#if REGCOOP_CPLUSPLUS < 202002L
#error "regcoop needs C++20: compile with -std=c++20 (MSVC: /std:c++20), or link the CMake target regcoop::regcoop, which asks for it"
#endif

/// @def REGCOOP_STRING_WARNINGS_BEGIN
/// @def REGCOOP_STRING_WARNINGS_END
/// Bracket the body of a header that builds messages with `std::string` concatenation.
/// g++ 12 at -O2/-O3 reports a false -Wrestrict inside libstdc++'s `operator+(const char*,
/// std::string&&)` once it is inlined into such code (a memcpy "accessing 9223372036854775810
/// or more bytes"), which stops users' `-Werror` Release builds. The warning is turned off
/// between the two marks for g++ 12 only; every other warning, and every other compiler,
/// sees the code as written.
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ == 12
#define REGCOOP_STRING_WARNINGS_BEGIN _Pragma("GCC diagnostic push") _Pragma("GCC diagnostic ignored \"-Wrestrict\"")
#define REGCOOP_STRING_WARNINGS_END _Pragma("GCC diagnostic pop")
#else
#define REGCOOP_STRING_WARNINGS_BEGIN
#define REGCOOP_STRING_WARNINGS_END
#endif

/// @def REGCOOP_SEPARATE_COMPILATION
/// Define it (for every translation unit of a program; the CMake target `regcoop::compiled`
/// does) to compile the heavy parts of regcoop once: the validator and index builders behind
/// `dataset_builder::build`, the embedded datasets, the JSON reader and writer and the
/// routing network. Headers then only declare them, and exactly one translation unit
/// includes `regcoop/src.hpp`, which defines them. Without it (the default) regcoop is
/// header-only.
///
/// @def REGCOOP_DECL
/// Marks a function whose definition lives in `regcoop/impl/*.ipp`: `inline` in header-only
/// mode (the header includes its `.ipp`), nothing in separate compilation (`src.hpp` holds
/// the one definition).
#if defined(REGCOOP_SEPARATE_COMPILATION)
#define REGCOOP_DECL
#else
#define REGCOOP_DECL inline
#endif
