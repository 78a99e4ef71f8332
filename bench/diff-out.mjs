// Where the two sides' answers differ, after a run that found them unalike (bench/out/scenario-N-*.json):
//   node bench/diff-out.mjs 1 3        one line per differing path, baseline value first
import { readFileSync, existsSync } from "node:fs";

const show = (v) => (v === undefined ? "(absent)" : JSON.stringify(v).slice(0, 160));

function walk(a, b, path, out) {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path}: length baseline=${a.length} graphql=${b.length}`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) walk(a[i], b[i], `${path}[${i}]`, out);
  } else if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) walk(a[k], b[k], `${path}.${k}`, out);
    // JSON objects compare member by member in the benchmark, but a reader expects the selection's order.
    const common = (x, y) => Object.keys(x).filter((k) => k in y).join();
    if (common(a, b) !== common(b, a)) out.push(`${path}: member order differs`);
  } else if (JSON.stringify(a) !== JSON.stringify(b)) {
    out.push(`${path}: baseline=${show(a)} graphql=${show(b)}`);
  }
}

const keys = process.argv.slice(2);
for (const key of keys.length > 0 ? keys : ["1", "2", "3"]) {
  const file = (side) => `bench/out/scenario-${key}-${side}.json`;
  if (!existsSync(file("baseline")) || !existsSync(file("graphql"))) {
    console.log(`scenario ${key}: no answers in bench/out (the sides answered alike, or it did not run)`);
    continue;
  }
  const out = [];
  walk(JSON.parse(readFileSync(file("baseline"), "utf8")), JSON.parse(readFileSync(file("graphql"), "utf8")), "", out);
  console.log(`scenario ${key}: ${out.length} difference(s)`);
  for (const line of out.slice(0, 60)) console.log(`  ${line}`);
  if (out.length > 60) console.log(`  ... and ${out.length - 60} more`);
}
