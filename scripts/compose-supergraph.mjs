// Composes the subgraphs' SDL (schema/subgraphs/*.graphql, as each subgraph prints it at _service { sdl }) into the
// supergraph Hive Gateway serves. Usage: node scripts/compose-supergraph.mjs [SUBGRAPH_DIR] [OUT]; with no OUT it prints.
// Each subgraph's routing URL comes from JOBMATCH_SUBGRAPH_<NAME>_URL, else the loopback port that scripts/federated.sh uses.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "graphql";
import { composeServices } from "@theguild/federation-composition";

export const ports = { Registry: 5181, Employment: 5182, Social: 5183, Health: 5184, Youth: 5185, Audit: 5186 };

export function compose(dir) {
  const services = Object.keys(ports).map((name) => ({
    name,
    url: process.env[`JOBMATCH_SUBGRAPH_${name.toUpperCase()}_URL`] ?? `http://127.0.0.1:${ports[name]}/graphql`,
    typeDefs: parse(readFileSync(join(dir, `${name}.graphql`), "utf8")),
  }));
  const result = composeServices(services);
  if (result.errors?.length) throw new Error("The subgraphs do not compose:\n" + result.errors.map((e) => "- " + e.message).join("\n"));
  return result.supergraphSdl.replace(/\r\n/g, "\n").trimEnd() + "\n";
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? "schema/subgraphs";
  const known = new Set(Object.keys(ports).map((n) => `${n}.graphql`));
  const extra = readdirSync(dir).filter((f) => f.endsWith(".graphql") && !known.has(f));
  if (extra.length) throw new Error(`Unknown subgraph files in ${dir}: ${extra.join(", ")}`);
  const sdl = compose(dir);
  if (process.argv[3]) writeFileSync(process.argv[3], sdl);
  else process.stdout.write(sdl);
}
