// Organisations and memberships: dated roles, as-of answers, dyad-years, partial
// ratification, involvement through organisations on dates. Fixture: tests/data/organisations.json
// (SCO, EAEU, ASEAN, the EU, a partial-ratification free-trade agreement, EU–Kazakhstan agreements).
#include <regcoop/query/as_of.hpp>
#include <regcoop/io/json.hpp>
#include <regcoop/query/relations.hpp>
#include <regcoop/query/select.hpp>
#include <regcoop/query/timeline.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace regcoop;

namespace {
const dataset& orgs() {
  static const dataset ds = load_json(REGCOOP_TEST_DATA_DIR "/organisations.json");
  return ds;
}
std::vector<std::string> ids(const std::vector<membership_state>& v) {
  std::vector<std::string> out;
  for (const auto& s : v) out.push_back(s.member.value);
  return out;
}
std::vector<std::string> org_ids(const std::vector<membership_state>& v) {
  std::vector<std::string> out;
  for (const auto& s : v) out.push_back(s.organisation.value);
  return out;
}
using strings = std::vector<std::string>;
}  // namespace

TEST_CASE("members of an organisation on a date, by role") {
  const auto& ds = orgs();
  const party_id sco{"SCO"};
  CHECK(ids(members_of(ds, sco, {2017, 7, 1})) == strings{"CN", "KZ", "KG", "RU", "TJ", "UZ", "IN", "PK"});
  CHECK(ids(members_of(ds, sco, {2017, 7, 1}, membership_role::observer)) == strings{"IR", "MN", "BY"});
  CHECK(ids(members_of(ds, sco, {2016, 1, 1})) == strings{"CN", "KZ", "KG", "RU", "TJ", "UZ"});
  CHECK(ids(members_of(ds, sco, {2000, 1, 1})).empty());  // before its founding
  // June 2017: India was an observer until the 8th and a member from the 9th: a member on some
  // day of June, not on every day of it.
  CHECK(ids(members_of(ds, sco, {2017, 6}, membership_role::full_member, certainty::certain)) ==
        strings{"CN", "KZ", "KG", "RU", "TJ", "UZ", "IN", "PK"});
  const query_date every_june{{2017, 6}, day_rule::every_day};
  CHECK(ids(members_of(ds, sco, every_june, membership_role::full_member, certainty::certain)) ==
        strings{"CN", "KZ", "KG", "RU", "TJ", "UZ"});
  const auto possible = members_of(ds, sco, every_june, membership_role::full_member, certainty::possible);
  CHECK(ids(possible) == strings{"CN", "KZ", "KG", "RU", "TJ", "UZ"});  // certainly not on 1 June
  CHECK(possible[0].sure == truth::certainly);
  // A dialogue partner known only from a report: certain after it, possible before.
  CHECK(ids(members_of(ds, sco, {2013}, membership_role::dialogue_partner)) == strings{"TR"});
  CHECK(ids(members_of(ds, sco, {2010}, membership_role::dialogue_partner)).empty());
  CHECK(ids(members_of(ds, sco, {2010}, membership_role::dialogue_partner, certainty::possible)) == strings{"TR"});
  // Any role.
  CHECK(members_of(ds, sco, {2017, 7, 1}, std::nullopt).size() == 8 + 3 + 1);
  CHECK_THROWS_AS((void)members_of(ds, party_id{"NATO"}, {2017}), error);
}

TEST_CASE("staggered accession to a customs union; an observer") {
  const auto& ds = orgs();
  const party_id eaeu{"EAEU"};
  CHECK(ids(members_of(ds, eaeu, {2015, 1, 1})) == strings{"RU", "BY", "KZ"});
  CHECK(ids(members_of(ds, eaeu, {2015, 1, 2})) == strings{"RU", "BY", "KZ", "AM"});
  CHECK(ids(members_of(ds, eaeu, {2015, 8, 6})) == strings{"RU", "BY", "KZ", "AM", "KG"});
  CHECK(ids(members_of(ds, eaeu, {2021}, membership_role::observer)) == strings{"MD", "UZ"});
  CHECK(ids(members_of(ds, eaeu, {2020, 12}, membership_role::observer)) == strings{"MD", "UZ"});  // UZ from the 11th
  const auto every_dec = ids(members_of(ds, eaeu, query_date{{2020, 12}, day_rule::every_day}, membership_role::observer));
  CHECK(std::find(every_dec.begin(), every_dec.end(), "UZ") == every_dec.end());  // not on 1 December
  CHECK(ds.at(eaeu).organisation == organisation_kind::customs_union);
  CHECK(ds.at(eaeu).established_by == agreement_id{"eaeu-treaty"});
}

TEST_CASE("memberships of a party and organisations two parties share") {
  const auto& ds = orgs();
  const auto kz = memberships_of(ds, party_id{"KZ"}, {2016, 1, 1});
  CHECK(org_ids(kz) == strings{"SCO", "EAEU"});
  CHECK(kz[0].role == membership_role::full_member);
  const auto in = memberships_of(ds, party_id{"IN"}, {2016, 1, 1}, std::nullopt);
  REQUIRE(in.size() == 1);
  CHECK(in[0].role == membership_role::observer);
  CHECK(memberships_of(ds, party_id{"IN"}, {2016, 1, 1}, membership_role::full_member).empty());
  const auto shared = shared_memberships(ds, party_id{"KZ"}, party_id{"KG"}, {2016, 1, 1});
  REQUIRE(shared.size() == 2);
  CHECK(shared[0].organisation.value == "SCO");
  CHECK(shared[1].organisation.value == "EAEU");
  CHECK(shared_memberships(ds, party_id{"KZ"}, party_id{"KG"}, {2015, 3, 1}).size() == 1);  // before KG joined the EAEU
  // Any role: Kazakhstan (member) and India (observer) share the SCO in 2016.
  const auto any = shared_memberships(ds, party_id{"KZ"}, party_id{"IN"}, {2016, 1, 1}, std::nullopt);
  REQUIRE(any.size() == 1);
  CHECK(any[0].role_b == membership_role::observer);
  CHECK(shared_memberships(ds, party_id{"KZ"}, party_id{"IN"}, {2016, 1, 1}).empty());
  // The snapshot answers the same.
  const snapshot s(ds, {2016, 1, 1});
  CHECK(s.memberships(party_id{"KZ"}) == kz);
  CHECK(s.shared(party_id{"KZ"}, party_id{"KG"}) == shared);
  CHECK(s.members(party_id{"EAEU"}) == members_of(ds, party_id{"EAEU"}, {2016, 1, 1}));
}

TEST_CASE("dyad-years of joint membership, day precision") {
  const auto& ds = orgs();
  const auto rows = dyad_years(ds, 2014, 2016);
  const auto find = [&](const char* a, const char* b, int y) -> const dyad_year* {
    for (const auto& r : rows)
      if (r.a.value == a && r.b.value == b && r.year == y) return &r;
    return nullptr;
  };
  REQUIRE(find("KG", "KZ", 2014));
  CHECK(find("KG", "KZ", 2014)->organisations == std::vector<party_id>{{"SCO"}});
  REQUIRE(find("KG", "KZ", 2015));
  CHECK(find("KG", "KZ", 2015)->count == 2);  // SCO, and the EAEU from 2015-08-06
  CHECK(find("AM", "KZ", 2014) == nullptr);   // nothing shared before 2015
  CHECK(find("AM", "KZ", 2015)->organisations == std::vector<party_id>{{"EAEU"}});
  CHECK(find("DE", "GB", 2016)->organisations == std::vector<party_id>{{"EU"}});
  CHECK(find("IN", "KZ", 2016) == nullptr);  // observer, not member
  for (const auto& r : rows) {
    CHECK(r.a < r.b);
    CHECK(r.count == r.organisations.size());
  }
  CHECK(std::is_sorted(rows.begin(), rows.end(), [](const dyad_year& x, const dyad_year& y) {
    return std::tie(x.year, x.a, x.b) < std::tie(y.year, y.a, y.b);
  }));
  // Observers count when any role is asked for.
  const auto any = dyad_years(ds, 2016, 2016, std::nullopt);
  CHECK(std::any_of(any.begin(), any.end(), [](const dyad_year& r) { return r.a.value == "IN" && r.b.value == "KZ"; }));
}

TEST_CASE("partial ratification: a signatory that never ratified is never in force") {
  const auto& ds = orgs();
  const agreement& fta = ds.at(agreement_id{"fta"});
  const auto state = [&](const char* p, partial_date d) {
    for (const auto& e : fta.parties)
      if (e.party.value == p) return state_on(fta, e, d);
    FAIL("no party");
    return agreement_state{};
  };
  CHECK(state("AM", {2020, 6, 1}).in_force == truth::certainly);
  CHECK(state("KG", {2020, 6, 1}).in_force == truth::no);
  CHECK(state("KG", {2020, 6, 1}).is_signed == truth::certainly);
  CHECK(state("AM", {2019, 12, 31}).in_force == truth::no);
  const snapshot s(ds, {2021, 1, 1}, certainty::possible);
  const auto kg = s.agreements_in_force_for(party_id{"KG"});
  CHECK(std::none_of(kg.begin(), kg.end(), [](const agreement_state& x) { return x.of->id.value == "fta"; }));
  const auto kz = s.agreements_in_force_for(party_id{"KZ"});
  CHECK(std::any_of(kz.begin(), kz.end(), [](const agreement_state& x) { return x.of->id.value == "fta"; }));

  // Ratified, with no entry-into-force date of its own while others have one: possibly in force.
  const agreement a{.id = {"x"}, .name = "X", .parties = {{.party = {"A"}, .signed_on = partial_date{2019}, .in_force_from = partial_date{2020, 1, 1}},
                                                          {.party = {"B"}, .signed_on = partial_date{2019}, .ratified_on = partial_date{2021, 3}}},
                    .status = agreement_status::in_force};
  CHECK(state_on(a, a.parties[1], {2022}).in_force == truth::possibly);
  CHECK(state_on(a, a.parties[1], {2020, 6}).in_force == truth::no);
  // No party has an entry-into-force date: in force from signature (memoranda).
  const agreement mou{.id = {"m"}, .name = "M", .parties = {{.party = {"A"}, .signed_on = partial_date{2019, 5, 1}}, {.party = {"B"}, .signed_on = partial_date{2019, 5, 1}}},
                      .status = agreement_status::concluded};
  CHECK(state_on(mou, mou.parties[1], {2020}).in_force == truth::certainly);
}

TEST_CASE("involvement through a bloc honours membership dates") {
  const auto& ds = orgs();
  const auto agreements_of = [&](const filter_spec& spec) {
    std::vector<std::string> out;
    for (const auto& a : select<agreement>(ds, make_filter<agreement>(ds, spec))) out.push_back(a.id.value);
    return out;
  };
  filter_spec gb;
  gb.party = party_id{"GB"};
  // Both agreements were signed while the United Kingdom was an EU member.
  CHECK(agreements_of(gb) == strings{"eu-kz-epca", "eu-kz-1999"});
  // From 2020-03-01 on: the EPCA entered into force after the UK left; nothing of the UK's.
  gb.dates = date_range{partial_date{2020, 3, 1}, std::nullopt};
  CHECK(agreements_of(gb).empty());
  filter_spec de = gb;
  de.party = party_id{"DE"};
  CHECK(agreements_of(de) == strings{"eu-kz-epca"});
  // A country that joined a bloc later is involved in the bloc's agreements that still apply
  // (new members accede to them), not in one that ended before it joined.
  auto parties = std::vector<party>(ds.parties().begin(), ds.parties().end());
  dataset_builder b2;
  for (auto& p : parties) {
    if (p.id.value == "EU") p.members.push_back({.member = {"HR"}, .period = {partial_date{2013, 7, 1}, std::nullopt}});
    b2.add(p);
  }
  b2.add(party{.id = {"HR"}, .name = "Croatia", .iso_code = "HR"});
  b2.add(std::vector<agreement>(ds.agreements().begin(), ds.agreements().end()));
  b2.add(agreement{.id = {"eu-kz-ended"}, .name = "Ended", .parties = {{.party = {"EU"}, .signed_on = partial_date{2000}, .ended_on = partial_date{2010}},
                                                                      {.party = {"KZ"}, .signed_on = partial_date{2000}, .ended_on = partial_date{2010}}},
                   .status = agreement_status::ended});
  b2.add(std::vector<source>(ds.sources().begin(), ds.sources().end()));
  const dataset with_hr = std::move(b2).build();
  std::vector<std::string> hr;
  for (const auto& a : select<agreement>(with_hr, involves(with_hr, party_id{"HR"}))) hr.push_back(a.id.value);
  CHECK(hr == strings{"eu-kz-epca", "eu-kz-1999"});
  std::vector<std::string> de_all;
  for (const auto& a : select<agreement>(with_hr, involves(with_hr, party_id{"DE"}))) de_all.push_back(a.id.value);
  CHECK(de_all == strings{"eu-kz-epca", "eu-kz-1999", "eu-kz-ended"});
}

TEST_CASE("role changes, withdrawal and rejoining, suspension, an organisation as member") {
  dataset_builder b;
  for (const char* c : {"KZ", "UZ", "DE", "FR"}) b.add(party{.id = {c}, .name = c, .iso_code = c});
  b.add(party{.id = {"EU"}, .kind = party_kind::bloc, .name = "EU", .members = {{.member = {"DE"}}, {.member = {"FR"}}}});
  b.add(party{.id = {"CSTO"}, .kind = party_kind::organisation, .name = "CSTO", .organisation = organisation_kind::security_organisation,
              .members = {{.member = {"KZ"}, .period = {partial_date{2002, 10, 7}, std::nullopt}},
                          {.member = {"UZ"}, .period = {partial_date{2002, 10, 7}, partial_date{2005}}},
                          {.member = {"UZ"}, .period = {partial_date{2006, 8}, partial_date{2012, 12, 18}}},
                          {.member = {"UZ"}, .role = membership_role::suspended, .period = {partial_date{2012, 12, 19}, std::nullopt}}}});
  b.add(party{.id = {"FORUM"}, .kind = party_kind::organisation, .name = "Forum", .organisation = organisation_kind::forum,
              .members = {{.member = {"EU"}, .period = {partial_date{2010}, std::nullopt}},
                          {.member = {"KZ"}, .role = membership_role::observer, .period = {partial_date{2010}, partial_date{2014}}},
                          {.member = {"KZ"}, .period = {partial_date{2015}, std::nullopt}}}});
  const dataset ds = std::move(b).build();
  const party_id csto{"CSTO"}, uz{"UZ"};
  CHECK(accepted(member_on(ds, csto, uz, {2004}), certainty::certain));
  CHECK(member_on(ds, csto, uz, {2006, 1}) == truth::no);      // left, not yet back
  CHECK(member_on(ds, csto, uz, {2006, 8}) == truth::certainly);  // rejoined some day of August
  CHECK(member_on(ds, csto, uz, query_date({2006, 8}, day_rule::every_day)) == truth::possibly);  // from which day?
  CHECK(member_on(ds, csto, uz, {2010}) == truth::certainly);
  CHECK(member_on(ds, csto, uz, {2013}) == truth::no);
  CHECK(member_on(ds, csto, uz, {2013}, membership_role::suspended) == truth::certainly);
  CHECK(memberships_of(ds, uz, {2013}).empty());  // full member: no longer
  CHECK(memberships_of(ds, uz, {2013}, std::nullopt).front().role == membership_role::suspended);
  CHECK(ids(members_of(ds, party_id{"FORUM"}, {2012}, membership_role::observer)) == strings{"KZ"});
  CHECK(ids(members_of(ds, party_id{"FORUM"}, {2016})) == strings{"EU", "KZ"});
  // The organisation member is listed as such; the bloc stands for its members in agreements.
  CHECK(parties_bound_by(ds, party_id{"EU"}, {2016}) == std::vector<party_id>{{"DE"}, {"FR"}});
  CHECK(memberships_of(ds, party_id{"EU"}, {2016}).size() == 1);
}

namespace {
// Naive reference: is the member in the role on some day the date may denote, checking
// every spell day by day (the widest reading of its partial dates)?
truth naive_member(const party& o, const party_id& m, const partial_date& d, std::optional<membership_role> role) {
  bool some = false;
  for (auto day = d.first_day(); day <= d.last_day(); ++day) {
    bool in = false;
    for (const auto& s : o.members) {
      if (s.member != m || (role && s.role != *role)) continue;
      // A day is in the spell for every reading of its partial dates (certain) or some (possible).
      const auto b = s.period.from ? s.period.from->first_day() : std::numeric_limits<std::int32_t>::min();
      const auto e = s.period.to ? s.period.to->last_day() : std::numeric_limits<std::int32_t>::max();
      in = in || (b <= day && day <= e);
    }
    some = some || in;
  }
  return some ? truth::possibly : truth::no;
}
// Naive three-valued reference for some day of `d`: certainly when one spell meets the date
// under every reading of its partial dates (a reading picks a first and a last day, the first
// not after the last), possibly when some spell may meet it, else no. A reading misses the
// date when it may end before it (first and last day both before) or begin after it.
truth naive_truth(const party& o, const party_id& m, const partial_date& d, std::optional<membership_role> role) {
  if (naive_member(o, m, d, role) == truth::no) return truth::no;
  constexpr auto lo = std::numeric_limits<std::int32_t>::min(), hi = std::numeric_limits<std::int32_t>::max();
  for (const auto& s : o.members) {
    if (s.member != m || (role && s.role != *role)) continue;
    const auto ff = s.period.from ? s.period.from->first_day() : lo, fl = s.period.from ? s.period.from->last_day() : lo;
    const auto tf = s.period.to ? s.period.to->first_day() : hi, tl = s.period.to ? s.period.to->last_day() : hi;
    const bool before = tf < d.first_day() && ff < d.first_day(), after = fl > d.last_day() && tl > d.last_day();
    if (!before && !after) return truth::certainly;
  }
  return truth::possibly;
}
}  // namespace

TEST_CASE("property: members_of / memberships_of / shared agree with naive scans (fixed seeds)") {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> year(1995, 2025), month(0, 12), coin(0, 3);
    const char* cs[] = {"KZ", "KG", "TJ", "UZ", "TM", "CN", "RU"};
    dataset_builder b;
    for (const char* c : cs) b.add(party{.id = {c}, .name = c, .iso_code = c});
    for (int o = 0; o < 4; ++o) {
      party org{.id = {"O" + std::to_string(o)}, .kind = party_kind::organisation, .name = "O", .organisation = organisation_kind::forum};
      for (const char* c : cs) {
        int y = year(rng);
        const int spells = coin(rng) % 3;
        for (int k = 0; k < spells && y < 2030; ++k) {
          membership m{.member = {c}, .role = coin(rng) == 0 ? membership_role::observer : membership_role::full_member};
          m.period.from = partial_date{y, month(rng), 0};
          const int len = 1 + coin(rng) * 4;
          if (coin(rng) != 0) m.period.to = partial_date{y + len, 0, 0};
          org.members.push_back(m);
          if (!m.period.to) break;
          y += len + 1;
        }
      }
      b.add(org);
    }
    const dataset ds = std::move(b).build();
    for (int q = 0; q < 30; ++q) {
      const partial_date d{year(rng), month(rng), 0};
      for (const auto& o : ds.parties()) {
        if (o.kind != party_kind::organisation) continue;
        for (const auto role : {membership_role::full_member, membership_role::observer}) {
          const auto got = members_of(ds, o.id, d, role, certainty::possible);
          for (const char* c : cs) {
            const bool expected = naive_member(o, party_id{c}, d, role) != truth::no;
            const bool listed = std::any_of(got.begin(), got.end(), [&](const membership_state& s) { return s.member.value == c; });
            CHECK(expected == listed);
          }
          // Under both policies: listed exactly when accepted, as sure as the naive answer;
          // the rows by position are the same answer.
          for (const auto cert : {certainty::possible, certainty::certain}) {
            const auto states = members_of(ds, o.id, d, role, cert);
            const auto rows = member_rows(ds, o.id, d, role, cert);
            REQUIRE(rows.size() == states.size());
            for (std::size_t i = 0; i < rows.size(); ++i) {
              CHECK(ds.parties()[rows[i].member].id == states[i].member);
              CHECK(ds.parties()[rows[i].organisation].id == o.id);
              CHECK(rows[i].sure == states[i].sure);
            }
            for (const char* c : cs) {
              const truth t = naive_truth(o, party_id{c}, d, role);
              const auto it = std::find_if(states.begin(), states.end(), [&](const membership_state& s) { return s.member.value == c; });
              CHECK((it != states.end()) == accepted(t, cert));
              if (it != states.end()) CHECK(it->sure == t);
            }
          }
        }
      }
      // memberships_of and shared are consistent with members_of.
      for (const char* c : cs) {
        const auto mine = memberships_of(ds, party_id{c}, d, membership_role::full_member, certainty::possible);
        const auto mine_rows = membership_rows(ds, party_id{c}, d, membership_role::full_member, certainty::possible);
        REQUIRE(mine_rows.size() == mine.size());
        for (std::size_t i = 0; i < mine.size(); ++i) {
          CHECK(ds.parties()[mine_rows[i].organisation].id == mine[i].organisation);
          CHECK(ds.parties()[mine_rows[i].member].id.value == c);
          CHECK(mine_rows[i].sure == naive_truth(ds.at(mine[i].organisation), party_id{c}, d, membership_role::full_member));
        }
        std::size_t expected = 0;
        for (const auto& o : ds.parties())
          if (o.kind == party_kind::organisation) expected += naive_member(o, party_id{c}, d, membership_role::full_member) != truth::no;
        CHECK(mine.size() == expected);
        for (const char* c2 : cs) {
          if (std::string(c) >= c2) continue;
          const auto sh = shared_memberships(ds, party_id{c}, party_id{c2}, d, membership_role::full_member, certainty::possible);
          std::size_t both = 0;
          for (const auto& o : ds.parties())
            if (o.kind == party_kind::organisation)
              both += naive_member(o, party_id{c}, d, membership_role::full_member) != truth::no &&
                      naive_member(o, party_id{c2}, d, membership_role::full_member) != truth::no;
          CHECK(sh.size() == both);
        }
      }
    }
    // Dyad-years against a naive day-by-day scan of each year (possible: some common day).
    const auto rows = dyad_years(ds, 2000, 2004, membership_role::full_member, certainty::possible);
    for (int y = 2000; y <= 2004; ++y)
      for (const char* c : cs)
        for (const char* c2 : cs) {
          if (std::string(c) >= c2) continue;
          std::size_t expected = 0;
          for (const auto& o : ds.parties()) {
            if (o.kind != party_kind::organisation) continue;
            bool common = false;
            for (auto day = partial_date::serial(y, 1, 1); day <= partial_date::serial(y, 12, 31) && !common; ++day) {
              const auto in = [&](const char* who) {
                for (const auto& s : o.members)
                  if (s.member.value == who && s.role == membership_role::full_member &&
                      (!s.period.from || s.period.from->first_day() <= day) && (!s.period.to || day <= s.period.to->last_day()))
                    return true;
                return false;
              };
              common = in(c) && in(c2);
            }
            expected += common;
          }
          const auto it = std::find_if(rows.begin(), rows.end(), [&](const dyad_year& r) {
            return r.year == y && r.a.value == c && r.b.value == c2;
          });
          CHECK((it == rows.end() ? 0 : it->count) == expected);
        }
  }
}

TEST_CASE("timelines show joining, role changes, suspension and leaving; links and partners count shared membership") {
  const auto& ds = orgs();
  const auto in = timeline(ds, party_id{"IN"});
  const auto has = [](const std::vector<timeline_entry>& v, const std::string& what) {
    return std::any_of(v.begin(), v.end(), [&](const timeline_entry& e) { return e.what == what; });
  };
  CHECK(has(in, "IN joins SCO as observer"));
  CHECK(has(in, "IN becomes full_member of SCO (was observer)"));
  CHECK_FALSE(has(in, "IN leaves SCO (last day as observer)"));  // a role change, not a departure
  const auto gb = timeline(ds, party_id{"GB"});
  CHECK(has(gb, "GB joins EU as full_member"));
  CHECK(has(gb, "GB leaves EU (last day as full_member)"));
  const auto tr = timeline(ds, party_id{"TR"});
  CHECK(has(tr, "TR joins SCO as dialogue_partner (reported by 2012-06; start unknown)"));
  const auto sco = timeline(ds, party_id{"SCO"});
  CHECK(sco.front().what == "Shanghai Cooperation Organisation founded");
  CHECK(has(sco, "IR becomes full_member of SCO (was observer)"));

  const auto l = links(ds, party_id{"KZ"}, party_id{"KG"});
  REQUIRE(l.organisations.size() == 2);
  CHECK(l.organisations[0]->id.value == "SCO");
  CHECK(l.organisations[1]->id.value == "EAEU");
  CHECK(links(ds, party_id{"KZ"}, party_id{"ID"}).organisations.empty());
  const auto ps = partners(ds, party_id{"KZ"});
  const auto kg = std::find_if(ps.begin(), ps.end(), [](const partner_count& c) { return c.party.value == "KG"; });
  REQUIRE(kg != ps.end());
  CHECK(kg->links >= 3);  // SCO, EAEU and the free-trade agreement
}
