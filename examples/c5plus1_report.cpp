// c5plus1_report: a readable report of the embedded China–Central Asia dataset.
//
//   cmake --workflow --preset demo
//
// Prints the cooperation formats, events, agreements, projects by sector and status, the
// key figures with their bounds and quotes, and the corridors.
#include <regcoop/data/china_central_asia.hpp>
#include <regcoop/regcoop.hpp>

#include <iostream>
#include <algorithm>
#include <map>
#include <string>

namespace rc = regcoop;

namespace {

std::string names(const rc::dataset& ds, const std::vector<rc::party_id>& ps) {
  std::string s;
  for (const auto& p : ps) s += (s.empty() ? "" : ", ") + ds.at(p).name;
  return s;
}

std::string date_or(const std::optional<rc::partial_date>& d, const char* none = "undated") {
  return d ? d->to_string() : none;
}

void heading(const char* title) { std::cout << '\n' << title << '\n' << std::string(std::string_view(title).size(), '=') << '\n'; }

}  // namespace

int main() {
  const rc::dataset ds = rc::data::china_central_asia();
  const auto& src = ds.at(rc::source_id{rc::data::opinion_source_id});
  std::cout << "regcoop report: " << src.title << "\n  " << src.publisher << ", " << date_or(src.date) << "\n  "
            << ds.size() << " records\n";

  heading("Cooperation formats");
  for (const auto& m : ds.mechanisms()) {
    std::cout << "* " << m.name << ": " << names(ds, m.core) << " + " << ds.at(m.partner).name << '\n';
    for (const auto& b : m.bodies)
      std::cout << "    - " << b.name << " (" << rc::to_string(b.kind) << ", " << date_or(b.established, "date not stated")
                << (b.seat ? ", seat: " + ds.at(*b.seat).name : "") << ")\n";
  }

  heading("Events");
  std::vector<const rc::event*> events;
  for (const auto& e : ds.events()) events.push_back(&e);
  std::stable_sort(events.begin(), events.end(), [](const rc::event* a, const rc::event* b) { return a->date < b->date; });
  for (const auto* e : events) {
    std::cout << "* " << date_or(e->date) << "  " << e->name << (e->place ? " (" + ds.at(*e->place).name + ")" : "") << '\n';
    for (const auto& o : e->outcomes) std::cout << "    -> " << o << '\n';
  }

  heading("Agreements");
  for (const auto& a : ds.agreements()) {
    std::cout << "* " << a.name << " [" << rc::to_string(a.kind) << ", " << rc::to_string(a.status) << "]\n    parties: ";
    std::string sep;
    for (const auto& p : a.parties) {
      std::cout << sep << ds.at(p.party).name;
      if (p.signed_on) std::cout << " signed " << p.signed_on->to_string();
      if (p.in_force_from) std::cout << " in force " << p.in_force_from->to_string();
      sep = "; ";
    }
    std::cout << '\n';
  }

  heading("Projects by sector and status");
  std::map<std::string, std::vector<const rc::project*>> by_sector;
  for (const auto& p : ds.projects())
    by_sector[p.sectors.empty() ? "(none)" : std::string(rc::to_string(p.sectors.front()))].push_back(&p);
  for (const auto& [sec, ps] : by_sector) {
    std::cout << sec << ":\n";
    for (const auto* p : ps) {
      const auto st = p->current_status();
      std::cout << "  * " << p->name << " — " << (st ? std::string(rc::to_string(*st)) : "status not stated");
      if (!p->hosts.empty()) std::cout << " — in " << names(ds, p->hosts);
      std::cout << '\n';
      for (const auto& f : p->figures) std::cout << "      " << rc::to_string(f) << '\n';
    }
  }

  heading("Key figures");
  for (const auto& i : ds.indicators()) {
    std::cout << "* " << i.name << ": " << (i.value ? rc::to_string(*i.value) : i.note);
    if (i.value && i.value->as_of) std::cout << " (as of " << i.value->as_of->to_string() << ")";
    std::cout << "\n    \"" << i.citations.front().quote << "\" [" << i.citations.front().source.value << "]\n";
  }

  heading("Corridors");
  for (const auto& c : ds.corridors()) {
    double km = 0;
    std::string countries;
    std::string last;
    for (const auto& sid : c.segments) {
      const auto& s = ds.at(sid);
      km += s.length_km;
      for (const auto* n : {&ds.at(s.from), &ds.at(s.to)})
        if (n->country.value != last) {
          countries += (countries.empty() ? "" : " → ") + n->country.value;
          last = n->country.value;
        }
    }
    std::cout << "* " << c.name << ": " << c.segments.size() << " segments, ~" << km << " km\n    " << countries << '\n';
  }
  std::cout << "\nSegment lengths, coordinates and gauges are public reference values (source 'ref-geography').\n";
}
