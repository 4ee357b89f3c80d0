#pragma once
/// @file impl/mapping_schema.ipp
/// @brief The definition of `mapping_schema_text()` (declared in
/// `regcoop/io/mapping_schema.hpp`) and the schema pieces it is made of. Included by that
/// header in header-only mode and by `regcoop/src.hpp` under REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/io/mapping_schema.hpp"
#include "regcoop/detail/json_schema.hpp"
#include "regcoop/detail/mapping_fields.hpp"
#include "regcoop/io/json.hpp"
#include "regcoop/model/records.hpp"

#include <string>
#include <type_traits>

namespace regcoop {

namespace detail::table_in {

namespace json = boost::json;

inline json::object string_schema(bool non_empty) {
  json::object o{{"type", "string"}};
  if (non_empty) o.emplace("minLength", 1);
  return o;
}

inline json::object names_schema() {
  return json::object{{"type", "array"}, {"items", string_schema(true)}, {"minItems", 1}};
}

// A cell rule: exactly one origin, then the conversions.
inline json::object rule_schema() {
  const json::object text_or_null{{"type", json::array{"string", "null"}}};
  json::array schemes;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<code_scheme>>([&](auto d) { schemes.emplace_back(d.name); });
  const json::object lookup{{"type", "object"},
                            {"properties", json::object{{"table", string_schema(true)},
                                                        {"match", json::object{{"type", "object"}, {"minProperties", 1}, {"additionalProperties", string_schema(false)}}},
                                                        {"give", string_schema(true)},
                                                        {"else", string_schema(false)}}},
                            {"required", json::array{"table", "match", "give"}},
                            {"additionalProperties", false}};
  json::array one_of;
  for (const char* k : {"column", "value", "template", "lookup"})
    one_of.emplace_back(json::object{{"required", json::array{k}}, {"properties", json::object{{k, true}}}});
  return json::object{
      {"type", "object"},
      {"description", "How a field's text is made from a row: exactly one of column, value, template, lookup; then values (otherwise or keep_others), party or registry, year, date_format, split."},
      {"properties",
       json::object{{"column", string_schema(true)},
                    {"value", string_schema(false)},
                    {"template", string_schema(true)},
                    {"lookup", lookup},
                    {"values", json::object{{"type", "object"}, {"additionalProperties", text_or_null}}},
                    {"otherwise", text_or_null},
                    {"keep_others", json::object{{"type", "boolean"}}},
                    {"party", json::object{{"type", "boolean"}}},
                    {"registry", json::object{{"enum", std::move(schemes)}}},
                    {"year", json::object{{"type", "boolean"}}},
                    {"date_format", json::object{{"enum", json::array{"YYYY-MM-DD", "MM/DD/YYYY", "DD/MM/YYYY", "DD.MM.YYYY"}}}},
                    {"split", string_schema(true)}}},
      // Each branch names its member in its own properties too (`true`: any value), as ajv's
      // strict mode asks of a `required`.
      {"oneOf", std::move(one_of)},
      {"dependentRequired", json::object{{"otherwise", json::array{"values"}}, {"keep_others", json::array{"values"}}}},
      // At most one of party and registry, of otherwise and keep_others (the members named
      // in properties too, for ajv's strict mode).
      {"allOf", json::array{json::object{{"not", json::object{{"required", json::array{"party", "registry"}},
                                                              {"properties", json::object{{"party", true}, {"registry", true}}}}}},
                            json::object{{"not", json::object{{"required", json::array{"otherwise", "keep_others"}},
                                                              {"properties", json::object{{"otherwise", true}, {"keep_others", true}}}}}}}},
      {"additionalProperties", false}};
}

inline json::object items_schema(const field_info& f) {
  const json::object rule_ref{{"$ref", "#/$defs/rule"}};
  json::object sub;
  for (const auto& s : f.subfields) sub.emplace(s, rule_ref);
  return json::object{{"type", "array"},
                      {"items", json::object{{"type", "object"},
                                             {"properties", json::object{{"when", string_schema(true)},
                                                                         {"fields", json::object{{"type", "object"},
                                                                                                 {"properties", sub},
                                                                                                 {"additionalProperties", false}}}}},
                                             {"required", json::array{"fields"}},
                                             {"additionalProperties", false}}}};
}

inline json::object unpivot_schema() {
  return json::object{{"type", "object"},
                      {"properties", json::object{{"columns", names_schema()}, {"except", names_schema()}, {"name", string_schema(true)}, {"value", string_schema(true)}}},
                      {"oneOf", json::array{json::object{{"required", json::array{"columns"}}, {"properties", json::object{{"columns", true}}}},
                                            json::object{{"required", json::array{"except"}}, {"properties", json::object{{"except", true}}}}}},
                      {"additionalProperties", false}};
}

inline json::object members_schema() {
  const json::object rule_ref{{"$ref", "#/$defs/rule"}};
  return json::object{{"type", "object"},
                      {"properties", json::object{{"member", rule_ref}, {"role", rule_ref}, {"year", rule_ref},
                                                  {"open_at_end", json::object{{"type", "boolean"}}},
                                                  {"note", rule_ref},
                                                  {"note_before", json::object{{"type", "integer"}, {"minimum", 1}, {"maximum", 9999}}}}},
                      {"required", json::array{"member", "role", "year"}},
                      {"dependentRequired", json::object{{"note_before", json::array{"note"}}}},
                      {"additionalProperties", false}};
}

template <class R>
json::object kind_schema() {
  const json::object rule_ref{{"$ref", "#/$defs/rule"}};
  json::object fields;
  for (const auto& f : fields_of<R>()) fields.emplace(f.name, f.list_of_structures ? json::value(items_schema(f)) : json::value(rule_ref));
  json::object props{{"table", string_schema(true)},
                     {"fields", json::object{{"type", "object"}, {"properties", fields}, {"required", json::array{"id"}}, {"additionalProperties", false}}},
                     {"quote", json::object{{"type", "string"}}},
                     {"unpivot", unpivot_schema()},
                     {"group_by", string_schema(true)}};
  json::object table{{"type", "object"}, {"required", json::array{"fields"}}, {"additionalProperties", false}};
  if constexpr (std::is_same_v<R, party>) {
    props.emplace("members", members_schema());
    table.emplace("dependentRequired", json::object{{"members", json::array{"group_by"}}});
  }
  table.emplace("properties", std::move(props));
  return table;
}

}  // namespace detail::table_in

REGCOOP_DECL std::string mapping_schema_text() {
  namespace json = boost::json;
  using namespace detail::table_in;
  json::object kinds;
  boost::mp11::mp_for_each<record_types>([&](auto rt) {
    using R = decltype(rt);
    if constexpr (!std::is_same_v<R, source>) kinds.emplace(collection_name<R>(), kind_schema<R>());
  });
  json::object root{{"$schema", "https://json-schema.org/draft/2020-12/schema"},
                    {"$id", "https://regcoop.github.io/schema/mapping.schema.json"},
                    {"title", "regcoop table mapping"},
                    {"type", "object"},
                    {"required", json::array{"source"}},
                    {"minProperties", 2}};
  kinds.emplace("$schema", json::object{{"type", "string"}});
  kinds.emplace("$comment", json::object{{"type", "string"}});
  kinds.emplace("extends", string_schema(true));
  kinds.emplace("tables", json::object{{"type", "object"},
                                       {"minProperties", 1},
                                       {"additionalProperties", json::object{{"type", "object"},
                                                                             {"properties", json::object{{"columns", names_schema()}, {"optional", json::object{{"type", "boolean"}}}}},
                                                                             {"required", json::array{"columns"}},
                                                                             {"additionalProperties", false}}}});
  kinds.emplace("source", detail::json_io::schema_of<source>());
  root.emplace("properties", std::move(kinds));
  root.emplace("additionalProperties", false);
  root.emplace("$defs", json::object{{"rule", rule_schema()}});
  std::string out;
  detail::json_io::print(out, root, 0);
  out += '\n';
  return out;
}

}  // namespace regcoop
