#pragma once
/// @file impl/geojson_read.ipp
/// @brief Definitions of the GeoJSON network reader declared in `regcoop/io/geojson_read.hpp`.
/// Included by that header in header-only mode and by `regcoop/src.hpp` under
/// REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/io/geojson_read.hpp"
#include "regcoop/model/country.hpp"
#include "regcoop/detail/text.hpp"  // document_place

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

namespace detail::geojson_in {
// Where each record was read, for the builder's problems: its label, its JSON pointer
// and, for a feature, its properties.
struct place {
  std::string record, ptr;
  const json::object* props = nullptr;
};

// A line feature's positions and the ends it names, for finding the nodes at its ends.
struct line {
  std::size_t feature;
  std::vector<std::pair<double, double>> positions;
  std::optional<std::string> from, to;
};

// A feature with a geometry, as it is being read: its index, its JSON pointers, its id (its
// id property, else its "id" member; empty without), its properties and its coordinates
// (those of the one part of a Multi* geometry once taken).
struct feature_view {
  std::size_t index;
  std::string base, pbase, cbase;
  std::string fid;
  const json::object& props;
  const json::value* coords;

  // The number of parts of a Multi* geometry (0 when its coordinates are not an array).
  [[nodiscard]] std::size_t parts() const { return coords->is_array() ? coords->get_array().size() : 0; }
  // A Multi* geometry of one part (ogr2ogr -nlt PROMOTE_TO_MULTI) is that part.
  void take_single_part() {
    if (parts() != 1) return;
    coords = &coords->get_array()[0];
    cbase += "/0";
  }
};

// The records of a GeoJSON document as they are read, and where each was read; problems go
// to the reader `r`.
struct network_reader {
  reader& r;
  const json_read_options strict{};
  std::vector<place> places{};
  std::vector<node> nodes{};
  std::vector<segment> segments{};
  std::vector<party> parties{};
  std::vector<corridor> corridors{};
  std::vector<source> sources{};
  std::vector<line> lines{};

  // A described value (aliases, citations, history, a record) read at `ptr` with the JSON
  // reader, its problems named with this document's place.
  void read_value(const json::value& v, auto& out, std::string ptr) {
    json_io::reader jr(strict);
    jr.record = r.record;
    jr.read(v, out, ptr);
    for (auto& q : jr.problems) r.fail(q.code, q.field, std::move(q.message), q.record);
  }

  // The property `key` read into `out` when present and not null.
  void optional_value(const json::object& props, std::string_view key, auto& out, const std::string& base) {
    const auto* v = props.if_contains(key);
    if (v && !v->is_null()) read_value(*v, out, base + "/" + std::string(key));
  }

  // Feature `i` of the collection: a node, a segment, or a problem.
  void read_feature(const json::value& f, std::size_t i) {
    static const json::object no_props;
    const std::string base = "/features/" + std::to_string(i);
    const json::object* geometry = f.is_object() && f.get_object().if_contains("geometry") && f.at("geometry").is_object()
                                       ? &f.at("geometry").get_object()
                                       : nullptr;
    const auto* pv = f.is_object() ? f.get_object().if_contains("properties") : nullptr;
    const json::object& props = pv && pv->is_object() ? pv->get_object() : no_props;
    // The feature's name in problems: its id property, else its RFC 7946 "id" member.
    const auto* idv = props.if_contains("id");
    const auto* fidv = f.is_object() ? f.get_object().if_contains("id") : nullptr;
    std::string fid = idv && idv->is_string() ? std::string(idv->get_string()) : std::string();
    if (fid.empty() && fidv && fidv->is_string()) fid = std::string(fidv->get_string());
    r.record = fid.empty() ? std::string() : "features/" + fid;
    if (!geometry || !geometry->if_contains("type") || !geometry->if_contains("coordinates")) {
      r.fail(errc::type_mismatch, base, "expected a Feature with a geometry (type and coordinates)");
      return;
    }
    const auto& type = geometry->at("type");
    feature_view fv{i, base, base + "/properties", base + "/geometry/coordinates", std::move(fid), props, &geometry->at("coordinates")};
    if (type == "Point" || type == "MultiPoint") {
      read_point(fv, type == "MultiPoint");
    } else if (type == "LineString" || type == "MultiLineString") {
      read_line(fv, type == "MultiLineString");
    } else {
      r.fail(errc::invalid_value, base + "/geometry/type", "only Point and LineString features (and MultiPoint and MultiLineString of one part) make a network");
    }
  }

  // A Point (or a MultiPoint of one point) feature: a node.
  void read_point(feature_view& f, bool multi) {
    node n;
    r.record = record_label<node>(!f.fid.empty() ? f.fid : "#" + std::to_string(nodes.size()));
    if (multi) {
      if (f.parts() > 1) {
        r.fail(errc::invalid_value, f.cbase, "a MultiPoint of " + std::to_string(f.parts()) + " points: a node is one point");
        return;
      }
      f.take_single_part();
    }
    const auto id = r.text(f.props, "id", f.pbase);
    if ((!id || id->empty()) && f.fid.empty()) r.fail(errc::missing_field, f.pbase + "/id", "a Point feature needs an 'id' property");
    n.id.value = id && !id->empty() ? *id : f.fid;
    n.name = r.text(f.props, "name", f.pbase).value_or(n.id.value);
    optional_value(f.props, "aliases", n.aliases, f.pbase);
    n.kind = r.enumerator(f.props, "kind", f.pbase, node_kind::city);
    read_country(f, n);
    if (const auto p = r.position(*f.coords, f.cbase)) {
      n.lon = p->first;
      n.lat = p->second;
    }
    optional_value(f.props, "citations", n.citations, f.pbase);
    places.push_back({r.record, f.base, &f.props});
    nodes.push_back(std::move(n));
  }

  // A node's country property, a code or name the registry knows; the country party is added
  // once.
  void read_country(const feature_view& f, node& n) {
    const auto c = r.text(f.props, "country", f.pbase);
    if (!c) {
      r.fail(errc::missing_field, f.pbase + "/country", "a Point feature needs a 'country' property");
      return;
    }
    const auto* info = find_country(*c);
    if (!info) {
      r.fail(errc::unknown_country, f.pbase + "/country", "'" + *c + "' is not a country code or name the registry knows");
      return;
    }
    n.country.value = std::string(info->alpha2);
    if (std::none_of(parties.begin(), parties.end(), [&](const party& p) { return p.id == n.country; }))
      parties.push_back(party{.id = n.country, .name = std::string(info->display_name()), .iso_code = std::string(info->alpha2)});
  }

  // A LineString (or a MultiLineString of one line) feature: a segment, and its line for
  // finding the nodes at its ends.
  void read_line(feature_view& f, bool multi) {
    const std::string fallback_id = !f.fid.empty() ? f.fid : "feature-" + std::to_string(f.index);
    r.record = record_label<segment>(fallback_id);
    if (multi) {
      if (f.parts() > 1) {
        r.fail(errc::invalid_value, f.cbase, "a MultiLineString of " + std::to_string(f.parts()) +
                                                 " lines: a segment is one line (split it, e.g. ogr2ogr -explodecollections)");
        return;
      }
      f.take_single_part();
    }
    line l{f.index, {}, r.text(f.props, "from", f.pbase), r.text(f.props, "to", f.pbase)};
    if (!f.coords->is_array() || f.coords->get_array().size() < 2) {
      r.fail(errc::type_mismatch, f.cbase, "a line needs two or more positions");
      return;
    }
    const auto& coords = f.coords->get_array();
    for (std::size_t k = 0; k < coords.size(); ++k)
      if (const auto p = r.position(coords[k], f.cbase + "/" + std::to_string(k))) l.positions.push_back(*p);
    segment s;
    s.id.value = r.text(f.props, "id", f.pbase).value_or(fallback_id);
    s.mode = r.enumerator(f.props, "mode", f.pbase, transport_mode::rail);
    if (const auto g = r.number(f.props, "gauge_mm", f.pbase)) {
      if (*g != std::floor(*g) || std::fabs(*g) > 1e6) r.fail(errc::invalid_value, f.pbase + "/gauge_mm", "expected a whole number of millimetres");
      else s.gauge_mm = static_cast<int>(*g);
    }
    s.status = r.enumerator(f.props, "status", f.pbase, segment_status::operating);
    s.hours = r.number(f.props, "hours", f.pbase);
    const auto km = r.number(f.props, "length_km", f.pbase);
    if (km) s.length_km = *km;
    else if (l.positions.size() == coords.size()) s.length_km = geodesic_length_km(l.positions);
    optional_value(f.props, "opened", s.opened, f.pbase);
    optional_value(f.props, "history", s.history, f.pbase);
    optional_value(f.props, "citations", s.citations, f.pbase);
    places.push_back({r.record, f.base, &f.props});
    segments.push_back(std::move(s));
    lines.push_back(std::move(l));
  }

  // The length of a line on WGS 84, position by position.
  static double geodesic_length_km(const std::vector<std::pair<double, double>>& positions) {
    double km = 0;
    for (std::size_t k = 1; k < positions.size(); ++k)
      km += geodesic_km(positions[k - 1].second, positions[k - 1].first, positions[k].second, positions[k].first);
    return km;
  }

  // The records features cannot carry, in the "regcoop" foreign member `m`; a party it lists
  // stands for the registry's of the same id.
  void read_regcoop_member(const json::value& m) {
    const std::string mbase = std::string("/") + geojson_member;
    r.record.clear();
    if (!m.is_object()) {
      r.fail(errc::type_mismatch, mbase, std::string("expected an object, found ") + json_io::reader::kind_name(m));
      return;
    }
    std::vector<party> listed;
    for (const auto& kv : m.get_object()) {
      const std::string ptr = mbase + "/" + json_pointer_escape(kv.key());
      if (kv.key() == "parties") read_collection(kv.value(), listed, ptr);
      else if (kv.key() == "corridors") read_collection(kv.value(), corridors, ptr);
      else if (kv.key() == "sources") read_collection(kv.value(), sources, ptr);
      else r.fail(errc::unknown_field, ptr, "unknown member '" + std::string(kv.key()) + "' (expected parties, corridors, sources)");
    }
    for (auto& p : parties)
      if (std::none_of(listed.begin(), listed.end(), [&](const party& q) { return q.id == p.id; })) listed.push_back(std::move(p));
    parties = std::move(listed);
  }

  // An array of records of the JSON format at `ptr`, read into `rows`.
  template <class R>
  void read_collection(const json::value& v, std::vector<R>& rows, const std::string& ptr) {
    if (!v.is_array()) return r.fail(errc::type_mismatch, ptr, std::string("expected an array, found ") + json_io::reader::kind_name(v));
    std::vector<R> got(v.get_array().size());
    for (std::size_t k = 0; k < got.size(); ++k) {
      const auto& j = v.get_array()[k];
      const auto* id = j.is_object() ? j.get_object().if_contains("id") : nullptr;
      r.record = record_label<R>(id && id->is_string() ? std::string(id->get_string()) : "#" + std::to_string(k));
      read_value(j, got[k], ptr + "/" + std::to_string(k));
      places.push_back({r.record, ptr + "/" + std::to_string(k), nullptr});
    }
    r.record.clear();
    rows = std::move(got);
  }

  // Ends of lines without from/to: the node at the same position.
  void find_line_ends() {
    const point_index points(nodes);
    for (std::size_t k = 0; k < lines.size(); ++k) {
      const auto& l = lines[k];
      auto& s = segments[k];
      r.record = record_label<segment>(s.id.value);
      const std::string pbase = "/features/" + std::to_string(l.feature) + "/properties";
      find_line_end(l, points, pbase, l.from, true, s.from, "from");
      find_line_end(l, points, pbase, l.to, false, s.to, "to");
    }
  }

  // One end of line `l` (the first position's when `first`): the node it names, else the node
  // at that position; a problem at property `key` when there is none.
  void find_line_end(const line& l, const point_index& points, const std::string& pbase, const std::optional<std::string>& given,
                     bool first, node_id& out, const char* key) {
    if (given) {
      out.value = *given;
      return;
    }
    if (l.positions.size() < 2) return;
    const node* n = points.at(first ? l.positions.front() : l.positions.back());
    if (n) out = n->id;
    else r.fail(errc::missing_field, pbase + "/" + key, std::string("no '") + key + "' property and no Point feature at the line's " +
                                                          (first ? "first" : "last") + " position");
  }
};

// A builder problem ("segments/s", "history/0/since") moved to the place its record was read.
inline void locate(problem& p, const std::vector<place>& places, const std::string& where) {
  const place* at = nullptr;
  for (const auto& pl : places)
    if (pl.record == p.record) {
      at = &pl;
      if (p.code != errc::duplicate_id) break;  // a duplicate is the last of its id
    }
  if (!at) return;
  std::string ptr = at->ptr;
  if (at->props) {
    const std::string head = p.field.substr(0, p.field.find('/'));
    if (head == "lat" || head == "lon") ptr += "/geometry/coordinates";
    else if (!head.empty() && at->props->if_contains(head)) ptr += "/properties/" + p.field;
  } else if (!p.field.empty()) {
    ptr += "/" + p.field;
  }
  p.field = document_place(where, ptr);
}

// The dataset of what `nr` read when neither reading (`probs`) nor validation found a
// problem; else throws them all, validation problems at their places. A record that already
// has a read problem is not validated again.
inline dataset build_network(network_reader& nr, std::vector<problem>& probs, const std::string& where) {
  dataset_builder b;
  b.add(std::move(nr.sources));
  b.add(std::move(nr.parties));
  b.add(std::move(nr.nodes));
  b.add(std::move(nr.segments));
  b.add(std::move(nr.corridors));
  if (probs.empty()) {
    std::vector<problem> v;
    auto ds = std::move(b).try_build(v);
    if (ds) return std::move(*ds);
    for (auto& p : v) locate(p, nr.places, where);
    probs = std::move(v);
  } else {
    for (auto& p : b.check())
      if (std::none_of(probs.begin(), probs.end(), [&](const problem& q) { return q.record == p.record; })) {
        locate(p, nr.places, where);
        probs.push_back(std::move(p));
      }
  }
  throw error(std::move(probs));
}
}  // namespace detail::geojson_in

REGCOOP_DECL dataset network_from_geojson(std::string_view text, const std::string& where) {
  namespace in = detail::geojson_in;
  const auto root = detail::json_io::parse_text(text, json_read_options{}, where);
  std::vector<problem> probs;
  in::reader r{probs, where};
  const auto* features = root.is_object() ? root.get_object().if_contains("features") : nullptr;
  if (!root.is_object() || !root.get_object().if_contains("type") || root.at("type") != "FeatureCollection" || !features ||
      !features->is_array()) {
    r.fail(errc::type_mismatch, "/", "expected a GeoJSON FeatureCollection with a 'features' array");
    throw error(std::move(probs));
  }
  in::network_reader nr{r};
  const auto& fs = features->get_array();
  for (std::size_t i = 0; i < fs.size(); ++i) nr.read_feature(fs[i], i);
  if (const auto* m = root.get_object().if_contains(geojson_member)) nr.read_regcoop_member(*m);
  nr.find_line_ends();
  return in::build_network(nr, probs, where);
}

REGCOOP_DECL dataset load_geojson(const std::filesystem::path& file) {
  return network_from_geojson(detail::file_text(file), file.string());
}

}  // namespace regcoop


REGCOOP_STRING_WARNINGS_END
