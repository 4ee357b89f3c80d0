#pragma once
/// @file impl/json.ipp
/// @brief Definitions of the JSON reader, writer and schema declared in `regcoop/io/json.hpp`.
/// Included by that header in header-only mode and by `regcoop/src.hpp` under
/// REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/detail/json_schema.hpp"
#include "regcoop/detail/text.hpp"
#include "regcoop/io/json.hpp"

#include <boost/json/basic_parser_impl.hpp>

#include <fstream>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop::detail::json_io {

REGCOOP_DECL void print(std::string& out, const json::value& v, int indent) {
  const auto nl = [&](int n) {
    out += '\n';
    out.append(static_cast<std::size_t>(n) * 2, ' ');
  };
  switch (v.kind()) {
    case json::kind::object: {
      const auto& o = v.get_object();
      if (o.empty()) {
        out += "{}";
        return;
      }
      out += '{';
      bool first = true;
      for (const auto& kv : o) {
        if (!first) out += ',';
        first = false;
        nl(indent + 1);
        out += json::serialize(json::string_view(kv.key()));
        out += ": ";
        print(out, kv.value(), indent + 1);
      }
      nl(indent);
      out += '}';
      return;
    }
    case json::kind::array: {
      const auto& a = v.get_array();
      if (a.empty()) {
        out += "[]";
        return;
      }
      out += '[';
      bool first = true;
      for (const auto& e : a) {
        if (!first) out += ',';
        first = false;
        nl(indent + 1);
        print(out, e, indent + 1);
      }
      nl(indent);
      out += ']';
      return;
    }
    case json::kind::double_: append_double(out, v.get_double()); return;
    default: out += json::serialize(v); return;
  }
}

// Boost.JSON's value-building handler, except that a number with a fraction or exponent is
// converted from its text with std::from_chars (exactly rounded), not Boost.JSON 1.81's own
// conversion, which can be one unit in the last place off and would break lossless round
// trips of shortest-form doubles (found by fuzz_geojson_read).
struct exact_handler {
  static constexpr std::size_t max_object_size = json::object::max_size();
  static constexpr std::size_t max_array_size = json::array::max_size();
  static constexpr std::size_t max_key_size = json::string::max_size();
  static constexpr std::size_t max_string_size = json::string::max_size();
  json::value_stack st;
  std::string number;  // the parts of a number split across buffers

  explicit exact_handler(json::storage_ptr sp) : st(std::move(sp)) {}
  bool on_document_begin(json::error_code&) { return true; }
  bool on_document_end(json::error_code&) { return true; }
  bool on_object_begin(json::error_code&) { return true; }
  bool on_object_end(std::size_t n, json::error_code&) {
    st.push_object(n);
    return true;
  }
  bool on_array_begin(json::error_code&) { return true; }
  bool on_array_end(std::size_t n, json::error_code&) {
    st.push_array(n);
    return true;
  }
  bool on_key_part(json::string_view s, std::size_t, json::error_code&) {
    st.push_chars(s);
    return true;
  }
  bool on_key(json::string_view s, std::size_t, json::error_code&) {
    st.push_key(s);
    return true;
  }
  bool on_string_part(json::string_view s, std::size_t, json::error_code&) {
    st.push_chars(s);
    return true;
  }
  bool on_string(json::string_view s, std::size_t, json::error_code&) {
    st.push_string(s);
    return true;
  }
  bool on_number_part(json::string_view s, json::error_code&) {
    number.append(s.data(), s.size());
    return true;
  }
  bool on_int64(std::int64_t i, json::string_view, json::error_code&) {
    number.clear();
    st.push_int64(i);
    return true;
  }
  bool on_uint64(std::uint64_t u, json::string_view, json::error_code&) {
    number.clear();
    st.push_uint64(u);
    return true;
  }
  bool on_double(double d, json::string_view s, json::error_code&) {
    number.append(s.data(), s.size());
    double exact = d;
    const auto r = std::from_chars(number.data(), number.data() + number.size(), exact);
    st.push_double(r.ec == std::errc() ? exact : d);  // out of range: Boost.JSON's ±inf
    number.clear();
    return true;
  }
  bool on_bool(bool b, json::error_code&) {
    st.push_bool(b);
    return true;
  }
  bool on_null(json::error_code&) {
    st.push_null();
    return true;
  }
  bool on_comment_part(json::string_view, json::error_code&) { return true; }
  bool on_comment(json::string_view, json::error_code&) { return true; }
};

REGCOOP_DECL json::value parse_text(std::string_view text, const json_read_options& opt, const std::string& where) {
  const auto fail = [&](errc c, std::string msg) -> json::value {
    throw error(c, "", where.empty() ? std::string("/") : where + "#/", std::move(msg));
  };
  text = without_bom(text);  // every document (dataset, scenario, mapping, GeoJSON) comes through here
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return fail(errc::parse_error, "the document is empty");
  json::parse_options po;
  po.max_depth = opt.max_depth;
  // The tree lives only while the dataset is read from it: a monotonic arena makes building
  // it and freeing it cheap (one release instead of one per node).
  json::basic_parser<exact_handler> p(po, json::storage_ptr());
  p.handler().st.reset(json::make_shared_resource<json::monotonic_resource>());
  boost::system::error_code ec;
  const std::size_t n = p.write_some(false, text.data(), text.size(), ec);
  if (!ec && n < text.size()) ec = json::error::extra_data;
  if (ec) {
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < std::min(n, text.size()); ++i) {
      if (text[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    return fail(errc::parse_error, "line " + std::to_string(line) + ", column " + std::to_string(col) + ": " + ec.message());
  }
  return p.handler().st.release();
}

// Turns a builder problem ("projects/cku", "status_history/0/since") into a JSON pointer.
inline void locate(problem& p, const json::object& root, const std::string& where) {
  const auto slash = p.record.find('/');
  if (slash == std::string::npos) return;
  const std::string kind = p.record.substr(0, slash), key = p.record.substr(slash + 1);
  const auto* arr = root.if_contains(kind);
  std::string ptr = "/" + kind;
  if (arr && arr->is_array()) {
    const auto& a = arr->get_array();
    std::size_t pos = a.size();
    for (std::size_t i = 0; i < a.size(); ++i) {
      const auto* id = a[i].is_object() ? a[i].get_object().if_contains("id") : nullptr;
      if (id && id->is_string() && id->get_string() == key) {
        pos = i;
        if (p.code != errc::duplicate_id) break;  // a duplicate is the last of its id
      }
    }
    // A record without a usable id is labelled "#<position>" (see record_label). An id may
    // itself start with '#', so this is only the fallback, and parsed without throwing.
    if (pos == a.size() && key.size() > 1 && key[0] == '#') {
      std::size_t n = 0;
      const auto r = std::from_chars(key.data() + 1, key.data() + key.size(), n);
      if (r.ec == std::errc() && r.ptr == key.data() + key.size()) pos = n;
    }
    if (pos < a.size()) ptr += "/" + std::to_string(pos);
  }
  if (!p.field.empty()) ptr += "/" + p.field;
  p.field = document_place(where, ptr);
}

inline dataset from_value(const json::value& root, const json_read_options& opt, const std::string& where) {
  reader r(opt);
  const auto prefix = [&](std::vector<problem>& ps) {
    if (!where.empty())
      for (auto& p : ps) p.field = document_place(where, p.field);
  };
  if (!root.is_object()) {
    std::vector<problem> ps{{errc::type_mismatch, "", "/", std::string("expected an object, found ") + reader::kind_name(root)}};
    prefix(ps);
    throw error(std::move(ps));
  }
  const auto& o = root.get_object();
  dataset_builder b;
  std::string ptr;
  boost::mp11::mp_for_each<record_types>([&](auto rt) {
    using R = decltype(rt);
    const std::string kind(collection_name<R>());
    const auto* arr = o.if_contains(kind);
    if (!arr) return;
    ptr = "/" + kind;
    if (!arr->is_array()) return r.mismatch(*arr, ptr, "an array");
    std::vector<R> rows(arr->get_array().size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const auto& j = arr->get_array()[i];
      const auto* id = j.is_object() ? j.get_object().if_contains("id") : nullptr;
      r.record = record_label<R>((id && id->is_string()) ? std::string(id->get_string()) : "#" + std::to_string(i));
      path_guard g(ptr, i);  // ptr is "/kind/i"
      r.read(j, rows[i], ptr);
    }
    r.record.clear();
    b.add(std::move(rows));
  });
  if (!opt.allow_unknown_fields) {
    for (const auto& kv : o) {
      bool known = false;
      boost::mp11::mp_for_each<record_types>([&](auto rt) { known = known || kv.key() == collection_name<decltype(rt)>(); });
      if (!known) r.fail(errc::unknown_field, "/" + detail::json_pointer_escape(kv.key()), "unknown collection '" + std::string(kv.key()) + "'");
    }
  }
  if (!r.problems.empty()) {
    // Every problem in one pass: what was read is still validated (references, ranges,
    // rules); a validation problem at the place of a read problem is left out.
    prefix(r.problems);
    for (auto& p : b.check()) {
      locate(p, o, where);
      const bool same_place = std::any_of(r.problems.begin(), r.problems.end(), [&](const problem& q) {
        return q.field == p.field || (p.field.size() > q.field.size() && p.field.compare(0, q.field.size(), q.field) == 0 &&
                                      p.field[q.field.size()] == '/');
      });
      if (!same_place) r.problems.push_back(std::move(p));
    }
    throw error(std::move(r.problems));
  }
  std::vector<problem> ps;
  auto ds = std::move(b).try_build(ps);
  if (!ds) {
    for (auto& p : ps) locate(p, o, where);
    throw error(std::move(ps));
  }
  return std::move(*ds);
}

}  // namespace regcoop::detail::json_io

namespace regcoop {

REGCOOP_DECL std::string to_json(const dataset& ds) {
  std::string out = "{";
  bool first = true;
  boost::mp11::mp_for_each<record_types>([&](auto rt) {
    using R = decltype(rt);
    const auto rows = ds.all<R>();
    if (rows.empty()) return;
    out += first ? "\n  " : ",\n  ";
    first = false;
    detail::append_json_string(out, collection_name<R>());
    out += ": [";
    for (std::size_t i = 0; i < rows.size(); ++i) {
      out += i ? ",\n    " : "\n    ";
      detail::append_json(out, rows[i], 2);
    }
    out += "\n  ]";
  });
  out += first ? "}\n" : "\n}\n";
  return out;
}

REGCOOP_DECL boost::json::value to_json_value(const dataset& ds) { return boost::json::parse(to_json(ds)); }

REGCOOP_DECL dataset from_json_value(const boost::json::value& v, const json_read_options& opt) {
  return detail::json_io::from_value(v, opt, "");
}

REGCOOP_DECL dataset from_json(std::string_view text, const json_read_options& opt) {
  return detail::json_io::from_value(detail::json_io::parse_text(text, opt, ""), opt, "");
}

REGCOOP_DECL dataset load_json(const std::filesystem::path& file, const json_read_options& opt) {
  const std::string text = detail::file_text(file);
  const std::string where = file.string();
  return detail::json_io::from_value(detail::json_io::parse_text(text, opt, where), opt, where);
}

REGCOOP_DECL void save_json(const dataset& ds, const std::filesystem::path& file) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  if (!out) throw error(errc::io_error, "", file.string(), "cannot open the file " + detail::quoted_path(file) + " for writing");
  out << to_json(ds);
  if (!out.flush()) throw error(errc::io_error, "", file.string(), "cannot write the file " + detail::quoted_path(file));
}

REGCOOP_DECL boost::json::value json_schema() {
  namespace json = boost::json;
  json::object props;
  boost::mp11::mp_for_each<record_types>([&](auto rt) {
    using R = decltype(rt);
    props.emplace(collection_name<R>(), json::object{{"type", "array"}, {"items", detail::json_io::schema_of<R>()}});
  });
  return json::object{{"$schema", "https://json-schema.org/draft/2020-12/schema"},
                      {"$id", "https://regcoop.github.io/schema/regcoop.schema.json"},
                      {"title", "regcoop dataset"},
                      {"description", "Parties, mechanisms, events, agreements, projects, corridors and indicators with "
                                      "their sources, as read and written by regcoop/io/json.hpp."},
                      {"type", "object"},
                      {"properties", std::move(props)},
                      {"additionalProperties", false}};
}

REGCOOP_DECL std::string json_schema_text() {
  std::string out;
  detail::json_io::print(out, json_schema(), 0);
  out += '\n';
  return out;
}

}  // namespace regcoop


REGCOOP_STRING_WARNINGS_END
