#pragma once
/// @file impl/geojson_read.ipp
/// @brief Definitions of the GeoJSON network reader declared in `regcoop/io/geojson_read.hpp`.
/// Included by that header in header-only mode and by `regcoop/src.hpp` under
/// REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/io/geojson_read.hpp"

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop {

REGCOOP_DECL dataset network_from_geojson(std::string_view text, const std::string& where) {
  namespace json = boost::json;
  using detail::geojson_in::reader;
  const auto root = detail::json_io::parse_text(text, json_read_options{}, where);
  std::vector<problem> probs;
  reader r{probs, where};
  const auto* features = root.is_object() ? root.get_object().if_contains("features") : nullptr;
  if (!root.is_object() || !root.get_object().if_contains("type") || root.at("type") != "FeatureCollection" || !features ||
      !features->is_array()) {
    r.fail(errc::type_mismatch, "/", "expected a GeoJSON FeatureCollection with a 'features' array");
    throw error(std::move(probs));
  }
  // A described value (aliases, citations, history, a record) read at `ptr` with the JSON
  // reader, its problems named with this document's place.
  const json_read_options strict{};
  const auto read_value = [&](const json::value& v, auto& out, std::string ptr) {
    detail::json_io::reader jr(strict);
    jr.record = r.record;
    jr.read(v, out, ptr);
    for (auto& q : jr.problems) r.fail(q.code, q.field, std::move(q.message), q.record);
  };
  const auto optional_value = [&](const json::object& props, std::string_view key, auto& out, const std::string& base) {
    const auto* v = props.if_contains(key);
    if (v && !v->is_null()) read_value(*v, out, base + "/" + std::string(key));
  };
  // Where each record was read, for the builder's problems: its label, its JSON pointer
  // and, for a feature, its properties.
  struct place {
    std::string record, ptr;
    const json::object* props = nullptr;
  };
  std::vector<place> places;
  std::vector<node> nodes;
  std::vector<segment> segments;
  std::vector<party> parties;
  std::vector<corridor> corridors;
  std::vector<source> sources;
  struct line {
    std::size_t feature;
    std::vector<std::pair<double, double>> positions;
    std::optional<std::string> from, to;
  };
  std::vector<line> lines;
  const auto& fs = features->get_array();
  static const json::object no_props;
  for (std::size_t i = 0; i < fs.size(); ++i) {
    const std::string base = "/features/" + std::to_string(i);
    const auto& f = fs[i];
    const json::object* geometry = f.is_object() && f.get_object().if_contains("geometry") && f.at("geometry").is_object()
                                       ? &f.at("geometry").get_object()
                                       : nullptr;
    const auto* pv = f.is_object() ? f.get_object().if_contains("properties") : nullptr;
    const json::object& props = pv && pv->is_object() ? pv->get_object() : no_props;
    const std::string pbase = base + "/properties";
    // The feature's name in problems: its id property, else its RFC 7946 "id" member.
    const auto* idv = props.if_contains("id");
    const auto* fidv = f.is_object() ? f.get_object().if_contains("id") : nullptr;
    std::string fid = idv && idv->is_string() ? std::string(idv->get_string()) : std::string();
    if (fid.empty() && fidv && fidv->is_string()) fid = std::string(fidv->get_string());
    r.record = fid.empty() ? std::string() : "features/" + fid;
    if (!geometry || !geometry->if_contains("type") || !geometry->if_contains("coordinates")) {
      r.fail(errc::type_mismatch, base, "expected a Feature with a geometry (type and coordinates)");
      continue;
    }
    const auto& type = geometry->at("type");
    const auto* coords = &geometry->at("coordinates");
    std::string cbase = base + "/geometry/coordinates";
    if (type == "Point" || type == "MultiPoint") {
      node n;
      r.record = detail::record_label<node>(!fid.empty() ? fid : "#" + std::to_string(nodes.size()));
      if (type == "MultiPoint") {
        // One point in a MultiPoint (ogr2ogr -nlt PROMOTE_TO_MULTI) is that point.
        if (coords->is_array() && coords->get_array().size() > 1) {
          r.fail(errc::invalid_value, cbase, "a MultiPoint of " + std::to_string(coords->get_array().size()) + " points: a node is one point");
          continue;
        }
        if (coords->is_array() && coords->get_array().size() == 1) {
          coords = &coords->get_array()[0];
          cbase += "/0";
        }
      }
      const auto id = r.text(props, "id", pbase);
      if ((!id || id->empty()) && fid.empty()) r.fail(errc::missing_field, pbase + "/id", "a Point feature needs an 'id' property");
      n.id.value = id && !id->empty() ? *id : fid;
      n.name = r.text(props, "name", pbase).value_or(n.id.value);
      optional_value(props, "aliases", n.aliases, pbase);
      n.kind = r.enumerator(props, "kind", pbase, node_kind::city);
      if (const auto c = r.text(props, "country", pbase)) {
        if (const auto* info = find_country(*c)) {
          n.country.value = std::string(info->alpha2);
          if (std::none_of(parties.begin(), parties.end(), [&](const party& p) { return p.id == n.country; }))
            parties.push_back(party{.id = n.country, .name = std::string(info->display_name()), .iso_code = std::string(info->alpha2)});
        } else {
          r.fail(errc::unknown_country, pbase + "/country", "'" + *c + "' is not a country code or name the registry knows");
        }
      } else {
        r.fail(errc::missing_field, pbase + "/country", "a Point feature needs a 'country' property");
      }
      if (const auto p = r.position(*coords, cbase)) {
        n.lon = p->first;
        n.lat = p->second;
      }
      optional_value(props, "citations", n.citations, pbase);
      places.push_back({r.record, base, &props});
      nodes.push_back(std::move(n));
    } else if (type == "LineString" || type == "MultiLineString") {
      r.record = detail::record_label<segment>(!fid.empty() ? fid : "feature-" + std::to_string(i));
      if (type == "MultiLineString") {
        // One line in a MultiLineString (ogr2ogr -nlt PROMOTE_TO_MULTI) is that line.
        if (coords->is_array() && coords->get_array().size() > 1) {
          r.fail(errc::invalid_value, cbase, "a MultiLineString of " + std::to_string(coords->get_array().size()) +
                                                 " lines: a segment is one line (split it, e.g. ogr2ogr -explodecollections)");
          continue;
        }
        if (coords->is_array() && coords->get_array().size() == 1) {
          coords = &coords->get_array()[0];
          cbase += "/0";
        }
      }
      line l{i, {}, r.text(props, "from", pbase), r.text(props, "to", pbase)};
      if (!coords->is_array() || coords->get_array().size() < 2) {
        r.fail(errc::type_mismatch, cbase, "a line needs two or more positions");
        continue;
      }
      for (std::size_t k = 0; k < coords->get_array().size(); ++k)
        if (const auto p = r.position(coords->get_array()[k], cbase + "/" + std::to_string(k))) l.positions.push_back(*p);
      segment s;
      s.id.value = r.text(props, "id", pbase).value_or(!fid.empty() ? fid : "feature-" + std::to_string(i));
      s.mode = r.enumerator(props, "mode", pbase, transport_mode::rail);
      if (const auto g = r.number(props, "gauge_mm", pbase)) {
        if (*g != std::floor(*g) || std::fabs(*g) > 1e6) r.fail(errc::invalid_value, pbase + "/gauge_mm", "expected a whole number of millimetres");
        else s.gauge_mm = static_cast<int>(*g);
      }
      s.status = r.enumerator(props, "status", pbase, segment_status::operating);
      s.hours = r.number(props, "hours", pbase);
      const auto km = r.number(props, "length_km", pbase);
      if (km) {
        s.length_km = *km;
      } else if (l.positions.size() == coords->get_array().size()) {
        for (std::size_t k = 1; k < l.positions.size(); ++k)
          s.length_km += geodesic_km(l.positions[k - 1].second, l.positions[k - 1].first, l.positions[k].second, l.positions[k].first);
      }
      optional_value(props, "opened", s.opened, pbase);
      optional_value(props, "history", s.history, pbase);
      optional_value(props, "citations", s.citations, pbase);
      places.push_back({r.record, base, &props});
      segments.push_back(std::move(s));
      lines.push_back(std::move(l));
    } else {
      r.fail(errc::invalid_value, base + "/geometry/type", "only Point and LineString features (and MultiPoint and MultiLineString of one part) make a network");
    }
  }
  // The records features cannot carry, in the "regcoop" foreign member.
  if (const auto* m = root.get_object().if_contains(geojson_member)) {
    const std::string mbase = std::string("/") + geojson_member;
    r.record.clear();
    if (!m->is_object()) {
      r.fail(errc::type_mismatch, mbase, std::string("expected an object, found ") + detail::json_io::reader::kind_name(*m));
    } else {
      const auto collection = [&](const json::value& v, auto& rows, const std::string& ptr) {
        using R = typename std::remove_cvref_t<decltype(rows)>::value_type;
        if (!v.is_array()) return r.fail(errc::type_mismatch, ptr, std::string("expected an array, found ") + detail::json_io::reader::kind_name(v));
        std::vector<R> got(v.get_array().size());
        for (std::size_t k = 0; k < got.size(); ++k) {
          const auto& j = v.get_array()[k];
          const auto* id = j.is_object() ? j.get_object().if_contains("id") : nullptr;
          r.record = detail::record_label<R>(id && id->is_string() ? std::string(id->get_string()) : "#" + std::to_string(k));
          read_value(j, got[k], ptr + "/" + std::to_string(k));
          places.push_back({r.record, ptr + "/" + std::to_string(k), nullptr});
        }
        r.record.clear();
        rows = std::move(got);
      };
      std::vector<party> listed;
      for (const auto& kv : m->get_object()) {
        const std::string ptr = mbase + "/" + detail::json_pointer_escape(kv.key());
        if (kv.key() == "parties") collection(kv.value(), listed, ptr);
        else if (kv.key() == "corridors") collection(kv.value(), corridors, ptr);
        else if (kv.key() == "sources") collection(kv.value(), sources, ptr);
        else r.fail(errc::unknown_field, ptr, "unknown member '" + std::string(kv.key()) + "' (expected parties, corridors, sources)");
      }
      // The parties the file lists stand for the registry's of the same id.
      for (auto& p : parties)
        if (std::none_of(listed.begin(), listed.end(), [&](const party& q) { return q.id == p.id; })) listed.push_back(std::move(p));
      parties = std::move(listed);
    }
  }
  // Ends of lines without from/to: the node at the same position.
  const detail::geojson_in::point_index points(nodes);
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const auto& l = lines[k];
    auto& s = segments[k];
    r.record = detail::record_label<segment>(s.id.value);
    const std::string pbase = "/features/" + std::to_string(l.feature) + "/properties";
    const auto end = [&](const std::optional<std::string>& given, bool first, node_id& out, const char* key) {
      if (given) {
        out.value = *given;
        return;
      }
      if (l.positions.size() < 2) return;
      const node* n = points.at(first ? l.positions.front() : l.positions.back());
      if (n) out = n->id;
      else r.fail(errc::missing_field, pbase + "/" + key, std::string("no '") + key + "' property and no Point feature at the line's " +
                                                             (first ? "first" : "last") + " position");
    };
    end(l.from, true, s.from, "from");
    end(l.to, false, s.to, "to");
  }
  // A builder problem ("segments/s", "history/0/since") at the place its record was read.
  const auto locate = [&](problem& p) {
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
    p.field = where.empty() ? ptr : where + "#" + ptr;
  };
  dataset_builder b;
  b.add(std::move(sources));
  b.add(std::move(parties));
  b.add(std::move(nodes));
  b.add(std::move(segments));
  b.add(std::move(corridors));
  if (probs.empty()) {
    std::vector<problem> v;
    auto ds = std::move(b).try_build(v);
    if (ds) return std::move(*ds);
    for (auto& p : v) locate(p);
    probs = std::move(v);
  } else {
    // Validate what was read too, leaving out the records that already have a read problem.
    for (auto& p : b.check())
      if (std::none_of(probs.begin(), probs.end(), [&](const problem& q) { return q.record == p.record; })) {
        locate(p);
        probs.push_back(std::move(p));
      }
  }
  throw error(std::move(probs));
}

REGCOOP_DECL dataset load_geojson(const std::filesystem::path& file) {
  return network_from_geojson(detail::file_text(file), file.string());
}

}  // namespace regcoop


REGCOOP_STRING_WARNINGS_END
