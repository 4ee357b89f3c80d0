#pragma once
/// @file impl/chart.ipp
/// @brief Definitions of the membership charts declared in `regcoop/query/chart.hpp`. Included by
/// that header in header-only mode and by `regcoop/src.hpp` under REGCOOP_SEPARATE_COMPILATION.

#include "regcoop/query/chart.hpp"
#include "regcoop/detail/spells.hpp"
#include "regcoop/model/records.hpp"

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

REGCOOP_STRING_WARNINGS_BEGIN

namespace regcoop::detail {

REGCOOP_DECL std::string spell_note(const membership& m, const party_id& org) {
  std::string s = m.member.value + " in " + org.value + ": " + std::string(to_string(m.role));
  if (m.period.from) s += " from " + m.period.from->to_string();
  else if (m.reported) s += " (reported by " + m.reported->to_string() + "; start unknown)";
  if (m.period.to) s += (m.period.from || m.reported ? " to " : " until ") + m.period.to->to_string();
  if (m.status_unknown) s += " (status unknown)";
  return s;
}

REGCOOP_DECL bool role_drawn(membership_role r, const std::vector<membership_role>& roles) noexcept {
  return roles.empty() || std::find(roles.begin(), roles.end(), r) != roles.end();
}

REGCOOP_DECL chart_row chart_row_of(const party& org, const party& member, bool label_org, const chart_options& o) {
  chart_row row{org.id, member.id, label_org ? org.id.value : member.id.value, label_org ? org.name : member.name, 1, {}, {}};
  for (const auto& m : org.members)
    if (m.member == member.id && role_drawn(m.role, o.roles)) row.bars.push_back({m.role, days_of(m), 0, spell_note(m, org.id)});
  return row;
}

REGCOOP_DECL void assign_lanes(chart_row& row) {
  std::stable_sort(row.bars.begin(), row.bars.end(),
                   [](const chart_bar& a, const chart_bar& b) { return a.days.possible_begin < b.days.possible_begin; });
  std::vector<std::int32_t> lane_end;
  for (auto& b : row.bars) {
    std::size_t l = 0;
    while (l < lane_end.size() && lane_end[l] >= b.days.possible_begin) ++l;
    if (l == lane_end.size()) lane_end.push_back(b.days.possible_end);
    else lane_end[l] = b.days.possible_end;
    b.lane = l;
  }
  row.lanes = std::max<std::size_t>(1, lane_end.size());
}

REGCOOP_DECL void add_mark(std::vector<chart_mark>& out, const std::optional<partial_date>& d, std::string what) {
  if (d) out.push_back({*d, std::move(what)});
}

}  // namespace regcoop::detail

namespace regcoop {

REGCOOP_DECL membership_chart make_membership_chart(const dataset& ds, std::span<const party_id> parties,
                                                    const chart_options& o) {
  std::vector<problem> bad;
  for (const auto& p : parties) {
    if (ds.position(p)) continue;
    try {
      (void)ds.at(p);
    } catch (const error& e) {
      bad.insert(bad.end(), e.problems().begin(), e.problems().end());
    }
  }
  const auto check = [&](bool ok, const char* field, std::string message) {
    if (!ok) bad.push_back({errc::invalid_value, "", field, std::move(message)});
  };
  check(o.width >= 480 && o.width <= 10000, "width", "a chart is 480..10000 pixels wide, not " + std::to_string(o.width));
  if (o.first_year) check(*o.first_year >= 1 && *o.first_year <= 9999, "first_year", "year " + std::to_string(*o.first_year) + " out of range 1..9999");
  if (o.last_year) check(*o.last_year >= 1 && *o.last_year <= 9999, "last_year", "year " + std::to_string(*o.last_year) + " out of range 1..9999");
  if (o.first_year && o.last_year)
    check(*o.first_year <= *o.last_year, "last_year",
          "the last year " + std::to_string(*o.last_year) + " is before the first " + std::to_string(*o.first_year));
  if (!bad.empty()) throw error(std::move(bad));

  membership_chart chart{0, 0, o.width, {}};
  for (const auto& id : parties) {
    const party& self = ds.at(id);
    chart_group g{id, self.name + " (" + id.value + ")", {}, {}};
    const bool country = self.kind == party_kind::country;
    detail::add_mark(g.marks, self.founded, self.name + (country ? " independent" : " founded"));
    detail::add_mark(g.marks, self.dissolved, self.name + (country ? " ended" : " dissolved"));
    for (const auto& org : ds.parties())
      if (has_member(org, id)) g.rows.push_back(detail::chart_row_of(org, self, true, o));
    std::vector<party_id> seen;
    for (const auto& m : self.members) {
      if (std::find(seen.begin(), seen.end(), m.member) != seen.end()) continue;
      seen.push_back(m.member);
      if (const party* member = ds.find(m.member)) g.rows.push_back(detail::chart_row_of(self, *member, false, o));
    }
    for (auto& r : g.rows) {
      const party& org = ds.at(r.organisation);
      detail::add_mark(r.marks, org.founded, org.id.value + " founded");
      detail::add_mark(r.marks, org.dissolved, org.id.value + " dissolved");
    }
    chart.groups.push_back(std::move(g));
  }
  // The years: as given, else from the dates of the spells.
  constexpr auto lo = std::numeric_limits<std::int32_t>::min(), hi = std::numeric_limits<std::int32_t>::max();
  std::int32_t earliest = hi, latest = lo;
  bool open_end = false;
  for (const auto& g : chart.groups)
    for (const auto& r : g.rows)
      for (const auto& b : r.bars) {
        open_end = open_end || b.days.possible_end == hi;
        for (const auto d : {b.days.possible_begin, b.days.certain_begin, b.days.certain_end, b.days.possible_end})
          if (d != lo && d != hi) {
            earliest = std::min(earliest, d);
            latest = std::max(latest, d);
          }
      }
  if (o.first_year) chart.first_year = *o.first_year;
  else if (earliest != hi) chart.first_year = std::min(detail::year_of_day(earliest), o.last_year.value_or(9999));
  else if (o.last_year) chart.first_year = *o.last_year;
  if (o.last_year) chart.last_year = *o.last_year;
  else if (latest != lo) chart.last_year = std::max(std::min(detail::year_of_day(latest) + (open_end ? 1 : 0), 9999), chart.first_year);
  else chart.last_year = chart.first_year;
  if (chart.first_year == 0)
    throw error(errc::invalid_value, "", "first_year", "the spells name no date to take the years from: give first_year and last_year");
  // Keep what falls in the years.
  const std::int32_t first = partial_date::serial(chart.first_year, 1, 1), last = partial_date::serial(chart.last_year, 12, 31);
  const auto in_years = [&](const partial_date& d) { return d.last_day() >= first && d.first_day() <= last; };
  for (auto& g : chart.groups) {
    std::erase_if(g.marks, [&](const chart_mark& m) { return !in_years(m.date); });
    for (auto& r : g.rows) {
      std::erase_if(r.bars, [&](const chart_bar& b) { return b.days.possible_end < first || b.days.possible_begin > last; });
      std::erase_if(r.marks, [&](const chart_mark& m) { return !in_years(m.date); });
      detail::assign_lanes(r);
    }
    std::erase_if(g.rows, [](const chart_row& r) { return r.bars.empty(); });
    std::stable_sort(g.rows.begin(), g.rows.end(), [](const chart_row& a, const chart_row& b) {
      return a.bars.front().days.possible_begin < b.bars.front().days.possible_begin;
    });
  }
  return chart;
}

}  // namespace regcoop

namespace regcoop::detail {

REGCOOP_DECL std::string px(double v) {
  char buf[32];
  const double r = static_cast<double>(static_cast<long long>(v * 10.0 + (v < 0 ? -0.5 : 0.5))) / 10.0;
  if (r == static_cast<double>(static_cast<long long>(r))) std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(r));
  else std::snprintf(buf, sizeof buf, "%.1f", r);
  return buf;
}

REGCOOP_DECL std::string xml_escaped(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  return out;
}

REGCOOP_DECL std::size_t glyphs(std::string_view s) noexcept {
  std::size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

REGCOOP_DECL std::string_view role_colour(membership_role r) noexcept {
  switch (r) {
    case membership_role::full_member: return "#0072B2";
    case membership_role::associate_member: return "#56B4E9";
    case membership_role::observer: return "#E69F00";
    case membership_role::dialogue_partner: return "#009E73";
    case membership_role::candidate: return "#CC79A7";
    case membership_role::suspended: return "#D55E00";
    case membership_role::bound_non_member: return "#7F7F7F";
  }
  return "#000000";
}

REGCOOP_DECL std::string role_words(membership_role r) {
  std::string s(to_string(r));
  std::replace(s.begin(), s.end(), '_', ' ');
  return s;
}

}  // namespace regcoop::detail

namespace regcoop {

REGCOOP_DECL std::string to_svg(const membership_chart& c) {
  using detail::px;
  using detail::xml_escaped;
  constexpr int margin = 12, heading_h = 34, group_h = 22, lane_h = 14, row_pad = 4, axis_h = 30;
  const double char_w = 7.2;
  // Roles drawn, in enumeration order.
  std::vector<membership_role> roles;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<membership_role>>([&](auto e) {
    for (const auto& g : c.groups)
      for (const auto& r : g.rows)
        for (const auto& b : r.bars)
          if (b.role == e.value && std::find(roles.begin(), roles.end(), e.value) == roles.end()) roles.push_back(e.value);
  });
  std::size_t label_chars = 4;
  for (const auto& g : c.groups)
    for (const auto& r : g.rows) label_chars = std::max(label_chars, detail::glyphs(r.label));
  const double x0 = margin + 16 + static_cast<double>(label_chars) * char_w + 10, x1 = c.width - margin - 12;
  const std::int32_t d0 = partial_date::serial(c.first_year, 1, 1), d1 = partial_date::serial(c.last_year + 1, 1, 1);
  const auto x_of = [&](std::int32_t d) {
    d = std::clamp(d, d0, d1);
    return x0 + (x1 - x0) * static_cast<double>(d - d0) / static_cast<double>(d1 - d0);
  };
  // The legend: items laid out left to right, wrapped at the width.
  struct item {
    std::string kind, text;
    membership_role role;
  };
  std::vector<item> legend;
  for (const auto r : roles) legend.push_back({"role", detail::role_words(r), r});
  legend.push_back({"possible", "possibly (partial dates, start known only by a later date, status unknown)", membership_role::full_member});
  legend.push_back({"open", "no end known", membership_role::full_member});
  legend.push_back({"mark", "organisation founded or dissolved", membership_role::full_member});
  legend.push_back({"own", "party independent, founded or ended", membership_role::full_member});
  std::string legend_svg;
  double lx = margin, ly = heading_h + 8;
  for (const auto& it : legend) {
    const double w = 22 + static_cast<double>(detail::glyphs(it.text)) * 7.0 + 16;
    if (lx + w > c.width - margin && lx > margin) {
      lx = margin;
      ly += 20;
    }
    legend_svg += "<g class=\"legend\">";
    if (it.kind == "role")
      legend_svg += "<rect x=\"" + px(lx) + "\" y=\"" + px(ly) + "\" width=\"16\" height=\"12\" fill=\"" +
                    std::string(detail::role_colour(it.role)) + "\"/>";
    else if (it.kind == "possible")
      legend_svg += "<rect x=\"" + px(lx) + "\" y=\"" + px(ly) + "\" width=\"16\" height=\"12\" fill=\"url(#hatch-" +
                    std::string(to_string(roles.empty() ? membership_role::full_member : roles.front())) + ")\" stroke=\"" +
                    std::string(detail::role_colour(roles.empty() ? membership_role::full_member : roles.front())) +
                    "\" stroke-width=\"0.5\"/>";
    else if (it.kind == "open")
      legend_svg += "<path d=\"M" + px(lx) + " " + px(ly + 6) + "h10v-5l6 5l-6 5v-5z\" fill=\"#0072B2\"/>";
    else if (it.kind == "mark")
      legend_svg += "<line x1=\"" + px(lx + 8) + "\" y1=\"" + px(ly - 1) + "\" x2=\"" + px(lx + 8) + "\" y2=\"" + px(ly + 13) +
                    "\" stroke=\"#222222\" stroke-width=\"2\"/>";
    else
      legend_svg += "<line x1=\"" + px(lx + 8) + "\" y1=\"" + px(ly - 1) + "\" x2=\"" + px(lx + 8) + "\" y2=\"" + px(ly + 13) +
                    "\" stroke=\"#AA0000\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>";
    legend_svg += "<text x=\"" + px(lx + 22) + "\" y=\"" + px(ly + 10) + "\">" + xml_escaped(it.text) + "</text></g>\n";
    lx += w;
  }
  const double plot_top = ly + 12 + 14;
  // The groups.
  std::string body;
  double y = plot_top;
  const auto mark_svg = [&](const chart_mark& m, double top, double bottom, bool own) {
    const double a = x_of(m.date.first_day()), b = x_of(m.date.last_day() + 1);
    std::string s = std::string("<g class=\"mark ") + (own ? "own" : "organisation") + "\"><title>" + xml_escaped(m.what) + " " +
                    m.date.to_string() + "</title>";
    if (!m.date.is_full())
      s += "<rect x=\"" + px(a) + "\" y=\"" + px(top) + "\" width=\"" + px(std::max(b - a, 0.5)) + "\" height=\"" +
           px(bottom - top) + "\" fill=\"" + (own ? "#AA0000" : "#222222") + "\" fill-opacity=\"0.15\"/>";
    const double mid = m.date.is_full() ? a : (a + b) / 2;
    s += "<line x1=\"" + px(mid) + "\" y1=\"" + px(top) + "\" x2=\"" + px(mid) + "\" y2=\"" + px(bottom) + "\"" +
         (own ? " stroke=\"#AA0000\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"" : " stroke=\"#222222\" stroke-width=\"2\"") +
         "/></g>\n";
    return s;
  };
  for (const auto& g : c.groups) {
    body += "<g class=\"group\">\n<text class=\"heading\" x=\"" + px(margin) + "\" y=\"" + px(y + 15) +
            "\" font-weight=\"bold\">" + xml_escaped(g.heading) + "</text>\n";
    y += group_h;
    const double group_top = y;
    if (g.rows.empty()) {
      body += "<text x=\"" + px(margin + 16) + "\" y=\"" + px(y + 12) + "\" fill=\"#555555\">no spells in " +
              std::to_string(c.first_year) + "–" + std::to_string(c.last_year) + "</text>\n";
      y += lane_h + row_pad;
    }
    for (const auto& r : g.rows) {
      const double h = static_cast<double>(r.lanes) * lane_h + row_pad;
      body += "<g class=\"row\"><text x=\"" + px(margin + 16) + "\" y=\"" + px(y + h / 2 + 4) + "\"><title>" +
              xml_escaped(r.title) + "</title>" + xml_escaped(r.label) + "</text>\n";
      for (const auto& b : r.bars) {
        const std::string role(to_string(b.role)), colour(detail::role_colour(b.role));
        const double top = y + row_pad / 2.0 + static_cast<double>(b.lane) * lane_h, bh = lane_h - 3;
        constexpr auto lo = std::numeric_limits<std::int32_t>::min(), hi = std::numeric_limits<std::int32_t>::max();
        body += "<g class=\"spell " + role + "\"><title>" + xml_escaped(b.note) + "</title>";
        const auto rect = [&](std::int32_t from, std::int32_t to_excl, bool certain) {
          const double a = x_of(from), e = x_of(to_excl);
          if (e <= a) return;
          body += "<rect x=\"" + px(a) + "\" y=\"" + px(top) + "\" width=\"" + px(e - a) + "\" height=\"" + px(bh) + "\" fill=\"" +
                  (certain ? colour : "url(#hatch-" + role + ")") + "\"" +
                  (certain ? std::string() : " stroke=\"" + colour + "\" stroke-width=\"0.5\"") + "/>";
        };
        const auto& d = b.days;
        const auto next = [&](std::int32_t v) { return v == hi ? hi : v + 1; };
        if (d.certain_begin <= d.certain_end) {
          rect(d.possible_begin, d.certain_begin, false);
          rect(d.certain_begin, next(d.certain_end), true);
          rect(next(d.certain_end), next(d.possible_end), false);
        } else {
          rect(d.possible_begin, next(d.possible_end), false);
        }
        if (d.possible_end == hi)  // no end known: an arrow at the edge
          body += "<path class=\"open-end\" d=\"M" + px(x1) + " " + px(top - 1) + "l7 " + px(bh / 2 + 1) + "l-7 " +
                  px(bh / 2 + 1) + "z\" fill=\"" + colour + "\"/>";
        if (d.possible_begin == lo)
          body += "<path class=\"open-start\" d=\"M" + px(x0) + " " + px(top - 1) + "l-7 " + px(bh / 2 + 1) + "l7 " +
                  px(bh / 2 + 1) + "z\" fill=\"" + colour + "\"/>";
        body += "</g>\n";
      }
      for (const auto& m : r.marks) body += mark_svg(m, y, y + h, false);
      body += "</g>\n";
      y += h;
    }
    for (const auto& m : g.marks) body += mark_svg(m, group_top - 4, y, true);
    body += "</g>\n";
    y += 6;
  }
  const double plot_bottom = y;
  // The grid and the years.
  const int span = c.last_year - c.first_year + 1;
  const int step = span <= 10 ? 1 : span <= 40 ? 5 : 10;
  std::string grid;
  for (int yr = c.first_year; yr <= c.last_year + 1; ++yr) {
    const double x = x_of(partial_date::serial(yr, 1, 1));
    const bool major = yr % step == 0;
    grid += "<line x1=\"" + px(x) + "\" y1=\"" + px(major ? plot_top : plot_bottom) + "\" x2=\"" + px(x) + "\" y2=\"" +
            px(plot_bottom + (major ? 5 : 3)) + "\" stroke=\"" + (major ? "#CCCCCC" : "#888888") + "\" stroke-width=\"" +
            (major ? "1" : "0.5") + "\"/>\n";
    if (major)
      grid += "<text class=\"year\" x=\"" + px(x) + "\" y=\"" + px(plot_bottom + 18) + "\" text-anchor=\"middle\">" +
              std::to_string(yr) + "</text>\n";
  }
  grid += "<line x1=\"" + px(x0) + "\" y1=\"" + px(plot_bottom) + "\" x2=\"" + px(x1) + "\" y2=\"" + px(plot_bottom) +
          "\" stroke=\"#888888\" stroke-width=\"1\"/>\n";
  const double height = plot_bottom + axis_h + margin;
  // The document.
  std::string names;
  for (const auto& g : c.groups) {
    if (!names.empty()) names += ", ";
    names += g.party.value;
  }
  const std::string title = "Memberships of " + names + ", " + std::to_string(c.first_year) + "–" + std::to_string(c.last_year);
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" +
                    std::to_string(c.width) + "\" height=\"" + px(height) + "\" viewBox=\"0 0 " + std::to_string(c.width) + " " +
                    px(height) + "\" font-family=\"DejaVu Sans, Verdana, sans-serif\" font-size=\"12\" role=\"img\">\n<title>" +
                    xml_escaped(title) + "</title>\n<defs>\n";
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<membership_role>>([&](auto e) {
    out += "<pattern id=\"hatch-" + std::string(e.name) +
           "\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\">"
           "<rect width=\"6\" height=\"6\" fill=\"#FFFFFF\"/><rect width=\"3\" height=\"6\" fill=\"" +
           std::string(detail::role_colour(e.value)) + "\"/></pattern>\n";
  });
  out += "</defs>\n<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n<text x=\"" + px(margin) + "\" y=\"24\" font-size=\"16\" font-weight=\"bold\">" +
         xml_escaped(title) + "</text>\n" + legend_svg + grid + body + "</svg>\n";
  return out;
}

REGCOOP_DECL std::string membership_chart_svg(const dataset& ds, std::span<const party_id> parties,
                                              const chart_options& o) {
  return to_svg(make_membership_chart(ds, parties, o));
}

}  // namespace regcoop

REGCOOP_STRING_WARNINGS_END
