// Composes the subgraphs' SDL (schema/subgraphs/*.graphql, as each subgraph prints it at _service { sdl }) into the
// supergraph Hive Gateway serves. Usage: node scripts/compose-supergraph.mjs [SUBGRAPH_DIR] [OUT]; with no OUT it prints.
// Each subgraph's routing URL comes from JOBMATCH_SUBGRAPH_<NAME>_URL, else the loopback port that scripts/federated.sh uses.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Kind, parse } from "graphql";
import { composeServices } from "@theguild/federation-composition";

export const ports = { Registry: 5181, Employment: 5182, Social: 5183, Health: 5184, Youth: 5185, Audit: 5186 };

/** The graph name under which the Registry host's combined plan is composed (see splitPlan). */
export const planGraph = "RegistryPlan";

const namedType = (type) => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));
const directive = (node, name) => node.directives?.find((d) => d.name.value === name);
const stringArgument = (node, name) => node?.arguments?.find((a) => a.name.value === name)?.value.value;

/**
 * The types of a subgraph's SDL that its kept roots and the entity reach (with every implementation of an interface it
 * reaches, and what its directives take); the rest is left out.
 */
function reachable(document, roots) {
  const byName = new Map(document.definitions.filter((d) => d.name).map((d) => [d.name.value, d]));
  const implementations = new Map();
  for (const d of document.definitions)
    for (const i of d.interfaces ?? []) implementations.set(i.name.value, [...(implementations.get(i.name.value) ?? []), d.name.value]);
  const keep = new Set();
  const visit = (name) => {
    if (keep.has(name) || !byName.has(name)) return;
    keep.add(name);
    const d = byName.get(name);
    for (const f of d.fields ?? []) { visit(namedType(f.type)); for (const a of f.arguments ?? []) visit(namedType(a.type)); }
    for (const t of d.types ?? []) visit(t.name.value);
    for (const i of d.interfaces ?? []) visit(i.name.value);
    for (const t of implementations.get(name) ?? []) visit(t);
  };
  for (const d of document.definitions) if (d.kind === Kind.DIRECTIVE_DEFINITION) for (const a of d.arguments ?? []) visit(namedType(a.type));
  roots.forEach(visit);
  return { ...document, definitions: document.definitions.filter((d) => !d.name || d.kind === Kind.DIRECTIVE_DEFINITION || keep.has(d.name.value)) };
}

/**
 * The Registry host's SDL as two graphs at its one URL: the Registry without the combined plan, and the plan with the
 * citizen's key and the parts it requires (the graph "RegistryPlan", served by the same host). Hive Gateway plans a
 * field with @requires (a "computed" field) in a subschema of its own, which should be reached only through _entities;
 * but that subschema keeps every root field whose type the plan's result reaches, and the plan reaches the citizen
 * (PlanEntry.source is a Node, and Citizen is a Node). So composed as one graph, the Registry's `citizen(id:)` would
 * be planned in that subschema, and asked for the plan there too, before the parts arrive: the Registry would answer
 * and audit the plan twice. In a graph without root fields the plan is only ever asked through _entities, with the
 * parts and the key.
 */
export function splitPlan(document) {
  const citizen = document.definitions.find((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && directive(d, "key") && d.fields.some((f) => directive(f, "requires")));
  if (!citizen) return [document, null];
  const key = stringArgument(directive(citizen, "key"), "fields").split(/\s+/);
  const plan = citizen.fields.filter((f) => directive(f, "requires"));
  const required = new Set(plan.flatMap((f) => stringArgument(directive(f, "requires"), "fields").split(/\s+/)));
  const isPlan = (f) => plan.includes(f) || required.has(f.name.value);
  const withFields = (fields) => ({ ...citizen, fields });
  const roots = new Set(["Query", "Mutation", "Subscription"]);
  const registry = reachable({
    ...document,
    definitions: document.definitions.map((d) => (d === citizen ? withFields(citizen.fields.filter((f) => !isPlan(f))) : d)),
  }, [...roots, citizen.name.value, "_Service", "_Entity"]);
  const planOnly = reachable({
    ...document,
    definitions: document.definitions.flatMap((d) => {
      if (d === citizen) return [withFields(citizen.fields.filter((f) => isPlan(f) || key.includes(f.name.value)))];
      // Only the federation's own query fields: no root field here reaches the citizen.
      if (d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === "Query") return [{ ...d, fields: d.fields.filter((f) => f.name.value.startsWith("_")) }];
      if (d.kind === Kind.OBJECT_TYPE_DEFINITION && roots.has(d.name.value)) return [];
      if (d.kind === Kind.SCHEMA_DEFINITION) return [{ ...d, operationTypes: d.operationTypes.filter((o) => o.operation === "query") }];
      return [d];
    }),
  }, ["Query", citizen.name.value, "_Service", "_Entity"]);
  return [registry, planOnly];
}

export function compose(dir) {
  const url = (name) => process.env[`JOBMATCH_SUBGRAPH_${name.toUpperCase()}_URL`] ?? `http://127.0.0.1:${ports[name]}/graphql`;
  const services = Object.keys(ports).flatMap((name) => {
    const typeDefs = parse(readFileSync(join(dir, `${name}.graphql`), "utf8"));
    if (name !== "Registry") return [{ name, url: url(name), typeDefs }];
    const [registry, plan] = splitPlan(typeDefs);
    return [{ name, url: url(name), typeDefs: registry }, ...(plan ? [{ name: planGraph, url: url(name), typeDefs: plan }] : [])];
  });
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
