#!/usr/bin/env node
// Checks an exported corridor network against real borders: Natural Earth 1:10m country
// polygons as npm's `world-atlas` ships them (countries-10m.json, public domain), read with
// `topojson-client`.
//
//   node check_geography.mjs --cli REGCOOP --countries country_table.hpp [--data SOURCE]...
//                            [--tolerance-km 1] [--atlas countries-10m.json] [--network FILE]
//                            [--set NODE.FIELD=VALUE]...
//
// - Every node lies inside the polygon of its country (matched by ISO 3166-1 numeric: the
//   node's party has an `iso_code`, the library's country table gives its numeric code, a
//   world-atlas feature has that code as its `id`) or within the tolerance of its border.
// - Every land segment (rail, road) whose ends lie in different countries joins land
//   neighbours: countries whose polygons share a TopoJSON arc, or whose polygons are within
//   the tolerance of each other.
// The network is what `REGCOOP export --format json` prints (once per --data, or the default
// data when none is given), or a JSON file given with --network.
// Exit 0 when every check passes, 1 on a failure (each printed with the node or segment id,
// its country, the country the point is in and the distance to the border), 2 on bad usage or
// a CLI that fails, 77 when node's modules `world-atlas` or `topojson-client` are absent.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const SKIP = 77;
const R = 6371.0088;  // mean Earth radius, km
const rad = Math.PI / 180;

function usage(msg) {
  console.error(`check_geography: ${msg}`);
  console.error("usage: check_geography.mjs --cli REGCOOP --countries country_table.hpp [--data SOURCE]... " +
                "[--tolerance-km KM] [--atlas countries-10m.json] [--network FILE] [--set NODE.FIELD=VALUE]...");
  process.exit(2);
}

// ---- arguments ----
const opt = { data: [], tolerance: 1, cli: null, countries: null, atlas: null, network: null, set: [] };
{
  const a = process.argv.slice(2);
  for (let i = 0; i < a.length; ++i) {
    const next = () => { if (i + 1 >= a.length) usage(`${a[i]} needs a value`); return a[++i]; };
    switch (a[i]) {
      case "--cli": opt.cli = next(); break;
      case "--countries": opt.countries = next(); break;
      case "--data": opt.data.push(next()); break;
      case "--atlas": opt.atlas = next(); break;
      case "--network": opt.network = next(); break;
      case "--set": {
        const m = /^([^.=]+)\.(lat|lon|country)=(.+)$/.exec(next());
        if (!m) usage(`--set: expected NODE.lat=, NODE.lon= or NODE.country=, got '${a[i]}'`);
        opt.set.push({ node: m[1], field: m[2], value: m[2] === "country" ? m[3] : Number(m[3]) });
        break;
      }
      case "--tolerance-km": opt.tolerance = Number(next()); if (!(opt.tolerance >= 0)) usage("--tolerance-km: not a distance"); break;
      default: usage(`unknown argument '${a[i]}'`);
    }
  }
  if (!opt.countries) usage("--countries is required");
  if (!opt.cli && !opt.network) usage("--cli or --network is required");
}

// ---- world-atlas and topojson-client: given, or from npm's global root ----
function globalRoots() {
  const roots = [];
  if (process.env.REGCOOP_NODE_MODULES) roots.push(process.env.REGCOOP_NODE_MODULES);
  try {
    roots.push(execFileSync("npm", ["root", "-g"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
  } catch { /* no npm: fall back to the usual places */ }
  roots.push("/usr/lib/node_modules", "/usr/local/lib/node_modules");
  return roots.filter((r) => r && existsSync(r));
}
const roots = globalRoots();
const atlasPath = opt.atlas ?? roots.map((r) => path.join(r, "world-atlas", "countries-10m.json")).find(existsSync);
const topoDir = roots.map((r) => path.join(r, "topojson-client")).find(existsSync);
if (!atlasPath || !existsSync(atlasPath)) {
  console.log("SKIP: world-atlas (countries-10m.json) not found; install it with `npm install -g world-atlas@2`");
  process.exit(SKIP);
}
if (!topoDir) {
  console.log("SKIP: topojson-client not found; install it with `npm install -g topojson-client@3`");
  process.exit(SKIP);
}
const topojson = createRequire(import.meta.url)(topoDir);

// ---- the library's ISO 3166-1 table: alpha-2 -> numeric ----
const numericOf = new Map();
{
  const text = readFileSync(opt.countries, "utf8");
  for (const m of text.matchAll(/\{"([A-Z]{2})"sv, "([A-Z]{3})"sv, (\d+),/g)) numericOf.set(m[1], Number(m[3]));
  if (numericOf.size < 200) usage(`${opt.countries}: expected the ISO 3166-1 table, found ${numericOf.size} rows`);
}

// ---- the networks ----
function loadNetworks() {
  if (opt.network) return [{ label: opt.network, doc: JSON.parse(readFileSync(opt.network, "utf8")) }];
  const runs = opt.data.length ? opt.data.map((d) => ["--data", d]) : [[]];
  return runs.map((extra) => {
    const args = ["export", "--format", "json", ...extra];
    let out;
    try {
      out = execFileSync(opt.cli, args, { encoding: "utf8", maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "inherit"] });
    } catch (e) {
      console.error(`check_geography: '${opt.cli} ${args.join(" ")}' failed (${e.status ?? e.message})`);
      process.exit(2);
    }
    return { label: `export ${extra.join(" ") || "(default data)"}`, doc: JSON.parse(out) };
  });
}

// ---- geometry: rings in degrees, distances on a local tangent plane ----
const atlas = JSON.parse(readFileSync(atlasPath, "utf8"));
const geoms = atlas.objects.countries.geometries;
const features = geoms.map((g) => {
  const f = topojson.feature(atlas, g);
  const polys = f.geometry == null ? [] : f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const p of polys) for (const [x, y] of p[0]) {
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  return { id: g.id, name: g.properties?.name ?? "?", polys, bbox: [minX, minY, maxX, maxY] };
});
const byNumeric = new Map();
for (const f of features) if (f.id !== undefined) byNumeric.set(Number(f.id), f);
const neighbours = topojson.neighbors(geoms);  // indices of polygons sharing an arc

function ringContains(ring, lon, lat) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > lat) !== (yj > lat) && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
function contains(f, lon, lat) {
  const [x0, y0, x1, y1] = f.bbox;
  if (lon < x0 || lon > x1 || lat < y0 || lat > y1) return false;
  return f.polys.some((p) => ringContains(p[0], lon, lat) && !p.slice(1).some((h) => ringContains(h, lon, lat)));
}
// Distance in km from (lon, lat) to the nearest edge of f's rings: edges projected onto the
// plane tangent at the point (exact enough within a few hundred km, which is where it matters).
function borderKm(f, lon, lat) {
  const k = Math.cos(lat * rad);
  const px = (x) => (((x - lon + 540) % 360) - 180) * k * rad * R, py = (y) => (y - lat) * rad * R;
  let best = Infinity;
  for (const p of f.polys) for (const ring of p) {
    for (let i = 1; i < ring.length; ++i) {
      const ax = px(ring[i - 1][0]), ay = py(ring[i - 1][1]), bx = px(ring[i][0]), by = py(ring[i][1]);
      const dx = bx - ax, dy = by - ay, l2 = dx * dx + dy * dy;
      const t = l2 > 0 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / l2)) : 0;
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}
// Least distance between two countries' polygons, vertex to edge, km (only asked when they
// share no arc: islands and near-touching borders).
function polygonGapKm(a, b, m = 0.5) {  // m: degrees around b's box outside which vertices are skipped
  let best = Infinity;
  for (const p of a.polys) for (const ring of p) for (const [x, y] of ring) {
    const [bx0, by0, bx1, by1] = b.bbox;
    if (x < bx0 - m || x > bx1 + m || y < by0 - m || y > by1 + m) continue;
    best = Math.min(best, borderKm(b, x, y));
  }
  return best;
}
const where = (lon, lat) => features.filter((f) => contains(f, lon, lat));
const km = (d) => (Number.isFinite(d) ? d.toFixed(2) : "?");

// ---- the checks ----
let failures = 0, checkedNodes = 0, checkedSegments = 0;
const fail = (msg) => { ++failures; console.log(`FAIL ${msg}`); };

for (const { label, doc } of loadNetworks()) {
  for (const { node, field, value } of opt.set) {
    const n = (doc.nodes ?? []).find((x) => x.id === node);
    if (!n) usage(`--set: no node '${node}' in ${label}`);
    n[field] = value;
  }
  const parties = new Map((doc.parties ?? []).map((p) => [p.id, p]));
  const nodes = new Map();
  for (const n of doc.nodes ?? []) {
    ++checkedNodes;
    const party = parties.get(n.country);
    const alpha2 = party?.iso_code ?? n.country;
    const numeric = numericOf.get(alpha2);
    const f = numeric === undefined ? undefined : byNumeric.get(numeric);
    const inside = where(n.lon, n.lat);
    const insideText = inside.length ? inside.map((g) => `${g.name} (${g.id ?? "no id"})`).join(", ") : "no country (sea)";
    nodes.set(n.id, { ...n, numeric, feature: f });
    if (!f) {
      fail(`[${label}] node ${n.id}: country ${n.country} (ISO ${alpha2}/${numeric ?? "?"}) has no world-atlas polygon; ` +
           `the point is in ${insideText}`);
      continue;
    }
    if (contains(f, n.lon, n.lat)) continue;
    const d = borderKm(f, n.lon, n.lat);
    if (d <= opt.tolerance) {
      console.log(`note [${label}] node ${n.id}: ${d.toFixed(2)} km outside ${f.name}'s border (in ${insideText}), within ${opt.tolerance} km`);
      continue;
    }
    fail(`[${label}] node ${n.id} (${n.lat}, ${n.lon}): country ${n.country} (${f.name}, ${f.id}); the point is in ` +
         `${insideText}; ${km(d)} km from ${f.name}'s border`);
  }
  for (const s of doc.segments ?? []) {
    if (s.mode !== "rail" && s.mode !== "road") continue;
    const a = nodes.get(s.from), b = nodes.get(s.to);
    if (!a || !b || !a.feature || !b.feature || a.feature === b.feature) continue;
    ++checkedSegments;
    const ia = features.indexOf(a.feature), ib = features.indexOf(b.feature);
    if (neighbours[ia].includes(ib)) continue;
    let gap = Math.min(polygonGapKm(a.feature, b.feature), polygonGapKm(b.feature, a.feature));
    if (gap <= opt.tolerance) continue;
    if (!Number.isFinite(gap)) gap = polygonGapKm(a.feature, b.feature, Infinity);  // far apart: how far
    fail(`[${label}] segment ${s.id} (${s.mode}): ${s.from} in ${a.country} (${a.feature.name}) to ${s.to} in ${b.country} ` +
         `(${b.feature.name}): not land neighbours (no shared border; polygons ${km(gap)} km apart)`);
  }
}

console.log(`${checkedNodes} nodes and ${checkedSegments} cross-border land segments checked against ` +
            `Natural Earth 1:10m (${path.basename(atlasPath)}), tolerance ${opt.tolerance} km: ` +
            (failures ? `${failures} failure(s)` : "all pass"));
process.exit(failures ? 1 : 0);
