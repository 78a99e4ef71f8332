// Compares the federated shape (Hive Gateway over the subgraphs) with the single host; see federation.sh.
// Usage: node federation-compare.mjs SINGLE_URL GATEWAY_URL SINGLE_DATA FEDERATED_DATA BASE_PORT
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";

const [single, gateway, , fedData, base] = process.argv.slice(2);
const single_ = single.replace(/\/$/, "") + "/graphql";
const dll = "src/JobMatch.Graph/bin/Debug/net10.0/JobMatch.Graph.dll";
const mads = "c0000000-0000-4000-8000-000000000002";
let passed = 0, failed = 0;
const check = (ok, what, detail) => {
  if (ok) { passed++; console.log(`ok   ${what}`); }
  else { failed++; console.log(`FAIL ${what}${detail ? "\n     " + detail : ""}`); }
};

// Tokens as the token verb mints them (HS256 with the key both shapes were given), without a dotnet start per persona.
function token({ department, role, citizen, name }) {
  const display = name ?? `Demo ${department ?? ""} ${role}`.replace("  ", " ");
  const now = Math.floor(Date.now() / 1000);
  const claims = { aud: "jobmatch", iss: "jobmatch-local", exp: now + 3600, iat: now, nbf: now,
    sub: `local:${(department ?? "x").toLowerCase()}:${role.toLowerCase()}:${display.toLowerCase().replace(/[^a-z0-9]/g, "")}`,
    name: display, roles: [role], ...(department && role !== "Citizen" ? { department } : {}), ...(citizen ? { citizen_id: citizen } : {}) };
  const part = (o) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const unsigned = `${part({ alg: "HS256", typ: "JWT" })}.${part(claims)}`;
  const signature = createHmac("sha256", Buffer.from(process.env.JobMatch__Auth__SigningKey, "base64")).update(unsigned).digest("base64url");
  return `${unsigned}.${signature}`;
}

async function post(url, query, variables, bearer, purpose, note) {
  const headers = { "content-type": "application/json", accept: "application/graphql-response+json, application/json" };
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  if (purpose) headers["x-jobmatch-purpose"] = purpose;
  if (note) headers["x-jobmatch-purpose-note"] = note;
  const response = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  try { return JSON.parse(text); } catch { return { status: response.status, text }; }
}

const errorsOf = (r) => (r.errors ?? []).map((e) => `${e.extensions?.code ?? "NO_CODE"} at ${(e.path ?? []).join(".")}`).sort();
// The access log's own times, hashes and request ids are the log's, not the answer's: they differ on any two runs.
const volatile = new Set(["at", "hash", "requestId", "endCursor", "operationName"]);
const scrub = (value) => Array.isArray(value) ? value.map(scrub).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
  : value && typeof value === "object" ? Object.fromEntries(Object.entries(value).filter(([k]) => !volatile.has(k)).map(([k, v]) => [k, scrub(v)]))
  : value;

const manifest = JSON.parse(readFileSync("schema/operations/operations.json", "utf8"));
const tokens = new Map();
const tokenOf = (p) => { const key = JSON.stringify(p); if (!tokens.has(key)) tokens.set(key, token(p)); return tokens.get(key); };

// 1. Every sample operation as its persona, through both; the access-log readings last, after the reads they show.
const ordered = [...manifest.operations].sort((a, b) => /AccessLog/.test(a.file) - /AccessLog/.test(b.file));
let skipped = 0;
// A variable {"$ref": "File.graphql#path"} is that value of an earlier sample's response through the same shape:
// a change sends back the id and version its add returned there.
const done = { single: {}, gateway: {} };
const resolve = (value, responses) => Array.isArray(value) ? value.map((v) => resolve(v, responses))
  : value && typeof value === "object" && typeof value.$ref === "string"
    ? value.$ref.split("#")[1].split(".").reduce((node, step) => node?.[step], responses[value.$ref.split("#")[0]]?.data)
  : value && typeof value === "object" ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, responses)]))
  : value;
for (const op of ordered) {
  const query = readFileSync(`schema/operations/${op.file}`, "utf8");
  // The change feed is an event stream (GraphQL over SSE) that the gateway does not yet carry to the Registry
  // subgraph: it asks for it with GET, which the subgraph refuses. Counted as skipped until that is wired.
  if (/^\s*subscription/m.test(query)) {
    console.log(`skip ${op.file}: the change feed is not served through the gateway yet`);
    skipped++;
    continue;
  }
  const bearer = tokenOf({ department: op.department, role: op.role, citizen: op.citizen });
  const a = done.single[op.file] = await post(single_, query, resolve(op.variables, done.single), bearer, op.purpose);
  const b = done.gateway[op.file] = await post(gateway, query, resolve(op.variables, done.gateway), bearer, op.purpose);
  const log = /AccessLog/.test(op.file);
  // A write makes a new record whose ids (its own and a link's) are new each time, as is the moment it is recorded.
  const write = /^\s*mutation/m.test(query);
  const strip = (d) => write ? JSON.parse(JSON.stringify(d ?? null, (k, v) => (k === "id" || k.endsWith("Id") || k.endsWith("At") ? undefined : v))) : d;
  const sameData = write ? isDeepStrictEqual(strip(a.data), strip(b.data)) : log ? isDeepStrictEqual(scrub(a.data), scrub(b.data)) : isDeepStrictEqual(a.data, b.data);
  check(a.data !== undefined && sameData && isDeepStrictEqual(errorsOf(a), errorsOf(b)),
    `${op.file} as ${op.department ?? ""} ${op.role}: same data, error codes and paths through the gateway`,
    `single: ${JSON.stringify(a).slice(0, 400)}\n     gateway: ${JSON.stringify(b).slice(0, 400)}`);
}

// 2. The audit records of one request are the same set through the gateway as in the single host.
const plan = readFileSync("schema/operations/JobcenterCombinedPlan.graphql", "utf8");
const compare = tokenOf({ department: "BIF", role: "Caseworker", name: "Federation Compare" });
const auditor = tokenOf({ role: "Auditor" });
const note = `compare-${Date.now()}`;
await post(single_, plan, { citizenId: mads }, compare, "COORDINATED_PLAN", note);
await post(gateway, plan, { citizenId: mads }, compare, "COORDINATED_PLAN", note);
const log = `query { accessLog(first: 100) { nodes { subject citizenId category operation purpose allowed criterion outsideCaseload } } }`;
const logs = {};
const recordsOf = async (url) => (logs[url] = await post(url, log, {}, auditor)).data?.accessLog?.nodes
  ?.filter((r) => r.subject.includes("federationcompare")).map((r) => JSON.stringify({ ...r, subject: undefined })) ?? [];
const [fromSingle, fromGateway] = [new Set(await recordsOf(single_)), new Set(await recordsOf(gateway))];
check(fromSingle.size > 0 && isDeepStrictEqual([...fromSingle].sort(), [...fromGateway].sort()),
  `the audit records of a combined-plan request are the same set through the gateway (${fromSingle.size} records)`,
  fromSingle.size === 0 ? JSON.stringify(logs).slice(0, 400) : `single only: ${[...fromSingle].filter((r) => !fromGateway.has(r)).join(" ")}\n     gateway only: ${[...fromGateway].filter((r) => !fromSingle.has(r)).join(" ")}`);

// 3. A stopped subgraph: its fields are null with a coded error naming it, the rest arrives, and it heals.
const suf = tokenOf({ department: "SUF", role: "Caseworker" });
const health = `query ($id: ID!) { citizen(id: $id) { name health { episodes { kind title } } } }`;
const pids = readFileSync(`${fedData}/federated.pids`, "utf8").trim().split("\n").map(Number);
const before = await post(gateway, health, { id: mads }, suf);
check(before.data?.citizen?.health?.episodes?.length > 0, "with every subgraph up, SUF reads Mads' health through the gateway", JSON.stringify(before).slice(0, 300));
process.kill(pids[3]);
await new Promise((r) => setTimeout(r, 1500));
const down = await post(gateway, health, { id: mads }, suf);
const named = (down.errors ?? []).find((e) => e.path?.join(".") === "citizen.health");
check(down.data?.citizen?.name === "Mads Holm Nielsen" && down.data?.citizen?.health === null && named?.extensions?.code === "SOURCE_UNAVAILABLE"
    && named.extensions.subgraph === "Health" && !JSON.stringify(down).includes("representations"),
  "with the Health subgraph stopped, citizen.health is null with a coded error naming Health, and the name arrives", JSON.stringify(down).slice(0, 500));
const env = { ...process.env, ASPNETCORE_ENVIRONMENT: "Development", JobMatch__DataDirectory: fedData };
const restarted = spawn("dotnet", [dll, "--urls", `http://127.0.0.1:${Number(base) + 4}`, "--subgraph", "Health"], { env, stdio: "ignore", detached: true });
writeFileSync(`${fedData}/restarted.pid`, String(restarted.pid));
let healed;
for (let i = 0; i < 120 && !(healed?.data?.citizen?.health); i++) {
  await new Promise((r) => setTimeout(r, 500));
  healed = await post(gateway, health, { id: mads }, suf).catch(() => undefined);
}
check(isDeepStrictEqual(healed?.data, before.data) && !healed?.errors, "when the Health subgraph is back, the same request heals", JSON.stringify(healed).slice(0, 300));
restarted.unref();

// 4. Banana Cake Pop through the gateway: its page and assets from the Registry host, its config pointed at the gateway,
// and the introspection it starts with answered from the supergraph.
const origin = new URL(gateway).origin;
const page = await fetch(gateway, { headers: { accept: "text/html" }, redirect: "manual" });
const index = await fetch(`${origin}/graphql/`);
const config = await (await fetch(`${origin}/graphql/bcp-config.json`)).json().catch(() => ({}));
check(page.status === 302 && page.headers.get("location") === "/graphql/" && index.status === 200
    && (index.headers.get("content-security-policy") ?? "").includes("connect-src 'self'") && config.endpoint === gateway,
  "the IDE opens through the gateway, on its origin, pointed at it", `${page.status} ${page.headers.get("location")} ${index.status} ${JSON.stringify(config).slice(0, 200)}`);
const schema = await post(gateway, `{ __schema { queryType { name } types { name } } }`, {}, tokenOf({ department: "BIF", role: "Caseworker" }));
check(schema.data?.__schema?.types?.some((t) => t.name === "Citizen") && !schema.data.__schema.types.some((t) => t.name === "_Entity" || t.name.startsWith("join__")),
  "the gateway's introspection is the public API (no _entities, no join__ types)", JSON.stringify(schema).slice(0, 300));

console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
process.exit(failed ? 1 : 0);
