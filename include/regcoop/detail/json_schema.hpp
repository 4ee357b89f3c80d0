#pragma once
/// @file detail/json_schema.hpp
/// @brief The JSON Schema of a described type (`schema_of<T>`), with what the validator
/// enforces beyond each member's type (`refine<T>`): the pieces `json_schema()`, the mapping
/// schema and the scenario schema are made of.

#include "regcoop/config.hpp"
#include "regcoop/detail/json_write.hpp"
#include "regcoop/detail/walk.hpp"
#include "regcoop/model/records.hpp"
#include "regcoop/model/states.hpp"

#include <boost/describe/enumerators.hpp>
#include <boost/json.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>
#include <type_traits>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

namespace detail::json_io {

namespace json = boost::json;

// YYYY, YYYY-MM or YYYY-MM-DD with year 0001-9999, days within their month, and 29 February
// only in leap years (divisible by 4, centuries only when divisible by 400).
inline constexpr const char* date_pattern =
    "^(?!0000)[0-9]{4}(-(0[1-9]|1[0-2]))?$"
    "|^(?!0000)[0-9]{4}-((0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])|(0[13-9]|1[0-2])-(29|30)|(0[13578]|1[02])-31)$"
    "|^([0-9]{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)-02-29$";

// What JSON Schema can say of a record kind beyond each member's type: numeric ranges, list
// sizes, registry codes and conditional rules the validator enforces.
template <class T>
void refine(json::object& o, json::array& required) {
  auto& props = o.at("properties").as_object();
  const auto range = [&](const char* member, std::optional<double> lo, std::optional<double> hi) {
    auto& m = props.at(member).as_object();
    if (lo) m["minimum"] = *lo;
    if (hi) m["maximum"] = *hi;
  };
  if constexpr (std::is_same_v<T, node>) {
    range("lat", -90.0, 90.0);
    range("lon", -180.0, 180.0);
  } else if constexpr (std::is_same_v<T, segment>) {
    range("length_km", 0.0, std::nullopt);
    range("hours", 0.0, std::nullopt);
    range("gauge_mm", 600.0, 1700.0);
    // Only rail has a gauge (the mode defaults to rail when absent).
    o.emplace("if", json::object{{"required", json::array{"mode"}},
                                 {"properties", json::object{{"mode", json::object{{"not", json::object{{"const", "rail"}}}}}}}});
    // (A member a `required` names is also named in the same subschema's properties, as ajv's
    // strict mode asks: `true`, any value.)
    o.emplace("then", json::object{{"not", json::object{{"required", json::array{"gauge_mm"}}, {"properties", json::object{{"gauge_mm", true}}}}}});
  } else if constexpr (std::is_same_v<T, border_rule>) {
    range("clearance_hours", 0.0, std::nullopt);
  } else if constexpr (std::is_same_v<T, figure>) {
    range("price_year", 1.0, std::nullopt);
    // money needs a currency; an upper end only with bound "range", which needs one.
    o.emplace("allOf",
              json::array{
                  json::object{{"if", json::object{{"required", json::array{"unit"}},
                                                   {"properties", json::object{{"unit", json::object{{"const", "money"}}}}}}},
                               {"then", json::object{{"required", json::array{"currency"}},
                                                     {"properties", json::object{{"currency", json::object{{"type", "string"}, {"minLength", 1}}}}}}}},
                  json::object{{"if", json::object{{"required", json::array{"upper"}}, {"properties", json::object{{"upper", true}}}}},
                               {"then", json::object{{"required", json::array{"bound"}},
                                                     {"properties", json::object{{"bound", json::object{{"const", "range"}}}}}}}},
                  json::object{{"if", json::object{{"required", json::array{"bound"}},
                                                   {"properties", json::object{{"bound", json::object{{"const", "range"}}}}}}},
                               {"then", json::object{{"required", json::array{"upper"}}, {"properties", json::object{{"upper", true}}}}}}});
  } else if constexpr (std::is_same_v<T, citation>) {
    auto& q = props.at("quote").as_object();
    q["minLength"] = 1;
    q["maxLength"] = static_cast<std::uint64_t>(max_quote_length);  // in characters; the validator counts bytes
    required.emplace_back("quote");
  } else if constexpr (std::is_same_v<T, agreement>) {
    props.at("parties").as_object()["minItems"] = 2;
  } else if constexpr (std::is_same_v<T, party>) {
    // A country's code from the state registry (regcoop/model/states.hpp; other parties have none):
    // an ISO 3166-1 alpha-2 code (a former state's where only one had it, XK), or a former
    // state's ISO 3166-3 code; and a COW state number.
    json::array codes;
    for (const auto& st : all_states()) {
      if (!st.alpha2.empty() && find_state(st.alpha2, code_scheme::iso_alpha2) == &st) codes.emplace_back(st.alpha2);
      if (!st.iso3166_3.empty()) codes.emplace_back(st.iso3166_3);
    }
    props.at("iso_code").as_object() = json::object{{"enum", std::move(codes)}};
    json::array cow;
    for (const auto& m : cow_numbers())
      if (cow.empty() || cow.back().as_int64() != m.ccode) cow.emplace_back(static_cast<std::int64_t>(m.ccode));
    props.at("cow_code").as_object() = json::object{{"enum", std::move(cow)}};
  } else if constexpr (std::is_same_v<T, indicator>) {
    props.at("measure").as_object()["minLength"] = 1;
  }
}

template <class T>
json::object schema_of() {
  constexpr shape s = shape_of<T>;
  if constexpr (s == shape::optional) {
    return schema_of<typename T::value_type>();
  } else if constexpr (s == shape::list) {
    return {{"type", "array"}, {"items", schema_of<typename T::value_type>()}};
  } else if constexpr (s == shape::id) {
    return {{"type", "string"}, {"minLength", 1}};
  } else if constexpr (s == shape::date) {
    return {{"type", "string"}, {"pattern", date_pattern},
            {"description", "a date known to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD (year 0001-9999, "
                            "days within their month, 29 February only in leap years)"}};
  } else if constexpr (s == shape::text) {
    return {{"type", "string"}};
  } else if constexpr (s == shape::enumeration) {
    json::array names;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<T>>([&](auto d) { names.emplace_back(d.name); });
    return {{"enum", std::move(names)}};
  } else if constexpr (s == shape::boolean) {
    return {{"type", "boolean"}};
  } else if constexpr (s == shape::integer) {
    return {{"type", "integer"},
            {"minimum", static_cast<std::int64_t>(std::numeric_limits<T>::min())},
            {"maximum", static_cast<std::int64_t>(std::numeric_limits<T>::max())}};
  } else if constexpr (s == shape::real) {
    // Finite: a number too large for a double (1e400) is refused, as the validator does.
    return {{"type", "number"}, {"minimum", -std::numeric_limits<double>::max()}, {"maximum", std::numeric_limits<double>::max()}};
  } else {
    json::object props;
    json::array required;
    for_each_member<T>([&](auto d) {
      using M = member_type<T, decltype(d)>;
      json::object m = schema_of<M>();
      // A name the validator requires to be non-empty (any text member called "name").
      if constexpr (shape_of<M> == shape::text && (record<T> || std::is_same_v<T, body>)) {
        if (std::string_view(d.name) == "name") {
          m.emplace("minLength", 1);
          required.emplace_back(d.name);
        }
      }
      props.emplace(d.name, std::move(m));
      if constexpr (is_required_v<M>) required.emplace_back(d.name);
    });
    json::object o{{"type", "object"}, {"properties", std::move(props)}};
    refine<T>(o, required);
    if (!required.empty()) o.emplace("required", std::move(required));
    o.emplace("additionalProperties", false);
    return o;
  }
}

}  // namespace detail::json_io

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END
