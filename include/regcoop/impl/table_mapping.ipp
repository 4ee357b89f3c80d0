#pragma once
/// @file impl/table_mapping.ipp
/// @brief Definitions of the mapping reader declared in `regcoop/io/table_mapping.hpp`.
/// Included by that header in header-only mode and by `regcoop/src.hpp` under
/// REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/io/table_mapping.hpp"

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop::detail::table_in {

REGCOOP_DECL json::value with_base(json::value root, const std::string& file, const std::optional<std::filesystem::path>& base_dir,
                             const json_read_options& opt) {
  if (!root.is_object()) return root;
  const auto* ext = root.as_object().if_contains("extends");
  if (!ext) return root;
  if (!ext->is_string()) throw error(errc::type_mismatch, "", file + "#/extends", "expected the file name of the base mapping");
  if (!base_dir) throw error(errc::invalid_value, "", file + "#/extends", "'extends' needs the mapping's folder (use load_mapping)");
  const auto base_path = *base_dir / std::string(ext->as_string());
  const std::string base_text = detail::file_text(base_path, file + "#/extends");
  auto base = detail::json_io::parse_text(base_text, opt, base_path.string());
  if (!base.is_object() || base.as_object().contains("extends"))
    throw error(errc::invalid_value, "", file + "#/extends", "the base mapping must be an object without 'extends' of its own");
  for (const auto& kv : root.as_object())
    if (kv.key() != "extends") base.as_object()[kv.key()] = kv.value();
  return base;
}

REGCOOP_DECL void read_source(const json::object& o, mapping_reader& mr, table_mapping& m, const json_read_options& opt) {
  const auto* s = o.if_contains("source");
  if (!s) return mr.fail(errc::missing_field, "/source", "a mapping names the source of its tables ('source': a source record)");
  detail::json_io::reader r(opt);
  std::string ptr = "/source";
  r.read(*s, m.source, ptr);
  for (auto& p : r.problems) {
    const bool rooted = !p.field.empty() && p.field.front() == '/';
    p.field = mr.file + (rooted ? "#" : "#/source/") + p.field;
    mr.probs.push_back(std::move(p));
  }
  if (r.problems.empty() && m.source.id.empty()) mr.fail(errc::empty_name, "/source/id", "the source needs an id");
}

REGCOOP_DECL void read_rules(const json::object& o, mapping_reader& mr, table_mapping& m) {
  for (const auto& kv : o) {
    const std::string key(kv.key());
    if (key == "source" || key == "$schema" || key == "$comment" || key == "tables") continue;
    bool known = false;
    std::string kinds;
    boost::mp11::mp_for_each<record_types>([&](auto rt) {
      using R = decltype(rt);
      if (!kinds.empty()) kinds += ", ";
      kinds += collection_name<R>();
      if (key != collection_name<R>()) return;
      known = true;
      if constexpr (!std::is_same_v<R, source>) m.tables.push_back(mr.table<R>(kv.value(), key, "/" + key));
    });
    if (!known) mr.fail(errc::unknown_field, "/" + detail::json_pointer_escape(key), "no record kind is called '" + key + "'; the kinds are: " + kinds);
    else if (key == "sources") mr.fail(errc::invalid_value, "/sources", "the source is the mapping's 'source'; tables of sources are not imported");
  }
}

}  // namespace regcoop::detail::table_in

namespace regcoop {

REGCOOP_DECL table_mapping mapping_from_json(std::string_view text, const std::string& file,
                                                     const std::optional<std::filesystem::path>& base_dir) {
  using namespace detail::table_in;
  const json_read_options opt{};
  const auto root = with_base(detail::json_io::parse_text(text, opt, file), file, base_dir, opt);
  std::vector<problem> probs;
  mapping_reader mr{probs, file};
  table_mapping m;
  m.file = file;
  const auto* o = mr.object(root, "");
  if (!o) throw error(std::move(probs));
  read_source(*o, mr, m, opt);
  if (const auto* t = o->if_contains("tables")) mr.declarations(*t);
  m.declared = mr.declared;
  read_rules(*o, mr, m);
  if (o->size() > 0 && m.tables.empty() && probs.empty()) mr.fail(errc::missing_field, "", "the mapping has no table rule (e.g. 'projects': {...})");
  if (!probs.empty()) throw error(std::move(probs));
  return m;
}

REGCOOP_DECL table_mapping load_mapping(const std::filesystem::path& path) {
  return mapping_from_json(detail::file_text(path), path.string(), path.parent_path());
}

}  // namespace regcoop


REGCOOP_STRING_WARNINGS_END
