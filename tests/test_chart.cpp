// The membership chart: rows and spells from the data, hatching for what the dates leave
// open, marks, options, and an SVG document that is well formed and the same every time.
#include "embedded.hpp"
#include "fixtures.hpp"

#include <regcoop/query/chart.hpp>
#include <regcoop/detail/spells.hpp>
#include <regcoop/data/builtin.hpp>
#include <regcoop/dataset/merge.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

using namespace regcoop;

namespace {
using fixtures::c5;
using fixtures::embedded;

std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

// The spell groups of an SVG chart, one after the other (without the legend).
std::string spells_text(const std::string& svg) {
  std::string out;
  for (auto at = svg.find("<g class=\"spell "); at != std::string::npos; at = svg.find("<g class=\"spell ", at + 1))
    out += svg.substr(at, svg.find("</g>", at) + 4 - at);
  return out;
}

// A small well-formedness check: every tag closed in order, attributes quoted, no stray '<'
// or '&' in text (the test of the committed picture parses it with an XML parser as well).
std::string xml_problem(const std::string& s) {
  std::vector<std::string> open;
  std::size_t i = 0;
  if (s.rfind("<?xml ", 0) == 0) i = s.find("?>") + 2;
  while (i < s.size()) {
    if (s[i] == '&') {
      const auto semi = s.find(';', i);
      const std::string ent = s.substr(i, semi == std::string::npos ? 0 : semi - i + 1);
      if (ent != "&amp;" && ent != "&lt;" && ent != "&gt;" && ent != "&quot;") return "bad entity at " + std::to_string(i);
      i = semi + 1;
      continue;
    }
    if (s[i] != '<') {
      if (s[i] == '>') return "stray '>' at " + std::to_string(i);
      ++i;
      continue;
    }
    const auto end = s.find('>', i);
    if (end == std::string::npos) return "unclosed tag at " + std::to_string(i);
    std::string tag = s.substr(i + 1, end - i - 1);
    if (tag.find('<') != std::string::npos) return "'<' inside a tag at " + std::to_string(i);
    if (occurrences(tag, "\"") % 2) return "unbalanced quotes in <" + tag + ">";
    if (tag[0] == '/') {
      if (open.empty() || open.back() != tag.substr(1)) return "</" + tag.substr(1) + "> closes " + (open.empty() ? "nothing" : open.back());
      open.pop_back();
    } else if (tag.back() != '/') {
      open.push_back(tag.substr(0, tag.find_first_of(" \n")));
    }
    i = end + 1;
  }
  if (!open.empty()) return "<" + open.back() + "> never closed";
  return "";
}

// The spells of `member` in organisations, or of members of `org`, that may hold in [first, last].
std::size_t spells_in(const dataset& ds, const std::vector<party_id>& who, int first, int last) {
  std::size_t n = 0;
  const auto a = partial_date::serial(first, 1, 1), b = partial_date::serial(last, 12, 31);
  for (const auto& p : who)
    for (const auto& org : ds.parties())
      for (const auto& m : org.members) {
        if (m.member != p && org.id != p) continue;
        const auto d = detail::days_of(m);
        n += d.possible_end >= a && d.possible_begin <= b;
      }
  return n;
}
}  // namespace

TEST_CASE("chart: the five Central Asian states, one bar per spell, valid SVG") {
  const auto& ds = embedded();
  const chart_options o{.first_year = 1991, .last_year = 2026};
  const auto chart = make_membership_chart(ds, c5, o);
  CHECK(chart.first_year == 1991);
  CHECK(chart.last_year == 2026);
  REQUIRE(chart.groups.size() == 5);
  CHECK(chart.groups[0].heading == "Kazakhstan (KZ)");
  CHECK(chart.bars() == spells_in(ds, c5, 1991, 2026));
  CHECK(chart.bars() > 40);
  // One row per organisation, each once, with the party as the member.
  for (const auto& g : chart.groups) {
    std::set<std::string> orgs;
    for (const auto& r : g.rows) {
      CHECK(r.member == g.party);
      CHECK(r.label == r.organisation.value);
      CHECK(orgs.insert(r.organisation.value).second);
      CHECK(!r.bars.empty());
    }
  }
  // Kazakhstan's independence, in the data (1991-12-16), marks its group.
  REQUIRE(chart.groups[0].marks.size() == 1);
  CHECK(chart.groups[0].marks[0].date == partial_date{1991, 12, 16});
  CHECK(chart.groups[0].marks[0].what == "Kazakhstan independent");
  // The SCO row carries the SCO's founding (2001-06-15).
  const auto& kz_rows = chart.groups[0].rows;
  const auto sco = std::find_if(kz_rows.begin(), kz_rows.end(), [](const chart_row& r) { return r.organisation.value == "SCO"; });
  REQUIRE(sco != kz_rows.end());
  REQUIRE(sco->marks.size() == 1);
  CHECK(sco->marks[0].what == "SCO founded");
  const std::string svg = to_svg(chart);
  CHECK(xml_problem(svg) == "");
  CHECK(occurrences(svg, "<g class=\"spell ") == chart.bars());
  CHECK(occurrences(svg, "<svg ") == 1);
  CHECK(svg.find("<title>Memberships of KZ, KG, TJ, TM, UZ, 1991–2026</title>") != std::string::npos);
  // Ticks every 5 years for 36 years: 1995 ... 2025 labelled.
  CHECK(occurrences(svg, "<text class=\"year\"") == 7);
  CHECK(svg.find(">1995</text>") != std::string::npos);
  CHECK(svg.find(">2025</text>") != std::string::npos);
  // The same bytes every time, and from the one-call form.
  CHECK(svg == membership_chart_svg(ds, c5, o));
  CHECK(svg.find("nan") == std::string::npos);
  CHECK(svg.find("e+") == std::string::npos);
}

TEST_CASE("chart: certain parts solid, possible parts hatched, open ends with an arrow") {
  using namespace fixtures;
  auto b = two_countries();
  b.add(party{.id = {"ORG"},
              .kind = party_kind::organisation,
              .name = "An organisation",
              .organisation = organisation_kind::intergovernmental_organisation,
              .founded = partial_date{2000},
              .members = {
                  {.member = {"KZ"}, .period = {.from = partial_date{2001, 5, 2}, .to = partial_date{2009, 12, 31}}},  // all certain
                  {.member = {"KZ"}, .role = membership_role::observer, .period = {.from = partial_date{2012}}},    // start a year, no end
                  {.member = {"CN"}, .period = {.to = partial_date{2005, 6, 30}}, .reported = partial_date{2003}},  // reported start
                  {.member = {"CN"}, .role = membership_role::observer, .period = {.from = partial_date{2006, 1, 1}, .to = partial_date{2008, 1, 1}},
                   .status_unknown = true},
              }});
  const dataset ds = b.build();
  const std::vector<party_id> org{{"ORG"}};
  const auto chart = make_membership_chart(ds, org, {.first_year = 2000, .last_year = 2015});
  REQUIRE(chart.groups.size() == 1);
  // An organisation: one row per member, labelled by the member.
  REQUIRE(chart.groups[0].rows.size() == 2);
  CHECK(chart.groups[0].rows[0].label == "CN");  // its first spell begins before KZ's (open start)
  CHECK(chart.groups[0].rows[1].label == "KZ");
  CHECK(chart.groups[0].marks.size() == 1);  // founded 2000
  const std::string svg = to_svg(chart);
  CHECK(xml_problem(svg) == "");
  CHECK(occurrences(svg, "<g class=\"spell ") == 4);
  CHECK(occurrences(svg, "<g class=\"spell observer\">") == 2);
  // Hatched: 2012 (the year the observer spell may begin), the reported start before 2003,
  // and the whole spell of unknown status. Solid: the full-member spells' certain days.
  const std::string spells = spells_text(svg);
  CHECK(occurrences(spells, "fill=\"url(#hatch-observer)\"") == 2);
  CHECK(occurrences(spells, "fill=\"url(#hatch-full_member)\"") == 1);
  // Solid: KZ's full membership (2001-05-02..2009-12-31), CN's from the end of 2003 (the
  // year it was reported by) to 2005-06-30, and KZ's observer spell after 2012.
  CHECK(occurrences(spells, "<rect ") == 6);
  CHECK(occurrences(spells, "height=\"11\" fill=\"#0072B2\"/>") == 2);
  CHECK(occurrences(spells, "height=\"11\" fill=\"#E69F00\"/>") == 1);
  CHECK(occurrences(spells, "class=\"open-end\"") == 1);
  CHECK(occurrences(spells, "class=\"open-start\"") == 1);
  // The legend lists the roles drawn.
  CHECK(svg.find(">full member</text>") != std::string::npos);
  CHECK(svg.find(">observer</text>") != std::string::npos);
  CHECK(svg.find(">suspended</text>") == std::string::npos);
}

TEST_CASE("chart: options — roles, years from the data, width; errors name every problem") {
  const auto& ds = embedded();
  const std::vector<party_id> tm{{"TM"}};
  const auto observers = make_membership_chart(ds, tm, {.first_year = 1991, .last_year = 2026, .roles = {membership_role::observer}});
  REQUIRE(observers.bars() > 0);
  for (const auto& r : observers.groups[0].rows)
    for (const auto& bar : r.bars) CHECK(bar.role == membership_role::observer);
  // Years from the data: the earliest and the latest date of the spells drawn.
  const auto from_data = make_membership_chart(ds, tm);
  CHECK(from_data.first_year <= 1992);
  CHECK(from_data.last_year >= 2021);
  CHECK(from_data.bars() == spells_in(ds, tm, from_data.first_year, from_data.last_year));
  // A window keeps the spells that may hold in it; a row without any is not drawn.
  const auto early = make_membership_chart(ds, tm, {.first_year = 1992, .last_year = 1995});
  for (const auto& r : early.groups[0].rows) CHECK(r.organisation.value != "OTS");
  CHECK(early.bars() == spells_in(ds, tm, 1992, 1995));
  // Width: the picture's.
  const auto wide = membership_chart_svg(ds, tm, {.first_year = 1991, .last_year = 2026, .width = 1200});
  CHECK(wide.find("width=\"1200\"") != std::string::npos);
  // Ticks: every year up to 10 years, every 10 beyond 40.
  CHECK(occurrences(membership_chart_svg(ds, tm, {.first_year = 2000, .last_year = 2005}), "<text class=\"year\"") == 7);
  CHECK(occurrences(membership_chart_svg(ds, tm, {.first_year = 1960, .last_year = 2026}), "<text class=\"year\"") == 7);
  try {
    const std::vector<party_id> bad{{"KZ"}, {"XX"}, {"YY"}};
    (void)make_membership_chart(ds, bad, {.first_year = 2020, .last_year = 2010, .width = 100});
    FAIL("no error");
  } catch (const error& e) {
    REQUIRE(e.problems().size() == 4);
    CHECK(e.problems()[0].record == "parties/XX");
    CHECK(e.problems()[1].record == "parties/YY");
    CHECK(e.problems()[2].field == "width");
    CHECK(e.problems()[3].message == "the last year 2010 is before the first 2020");
  }
}

TEST_CASE("chart: spells held at once get lanes of their own") {
  chart_row row;
  const auto span = [](int a, int b) {
    return detail::day_span{partial_date::serial(a, 1, 1), partial_date::serial(b, 12, 31), partial_date::serial(a, 1, 1),
                            partial_date::serial(b, 12, 31)};
  };
  row.bars = {{membership_role::observer, span(2022, 2030), 0, ""},
              {membership_role::candidate, span(2022, 2025), 0, ""},
              {membership_role::full_member, span(2031, 2040), 0, ""}};
  detail::assign_lanes(row);
  CHECK(row.lanes == 2);
  CHECK(row.bars[0].lane == 0);
  CHECK(row.bars[1].lane == 1);
  CHECK(row.bars[2].lane == 0);
}
