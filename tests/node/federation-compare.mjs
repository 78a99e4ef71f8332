// Compares the federated shape (Hive Gateway over the subgraphs) with the single host, and checks the federated shape
// in Production; see federation.sh.
// Usage: node federation-compare.mjs SINGLE_URL GATEWAY_URL SINGLE_DATA FEDERATED_DATA BASE_PORT PRODUCTION_BASE_PORT
// (JOBMATCH_PRODUCTION_SECRET: the Production shape's gateway credential).
import { spawn, spawnSync } from "node:child_process";
import { createHash, createHmac } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { isDeepStrictEqual } from "node:util";

const [single, gateway, singleData, fedData, base, productionBase] = process.argv.slice(2);
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

/**
 * A graphql-sse client, distinct connections: one POST answered as text/event-stream. next(ms) is the next `next`
 * event's payload, or undefined when none came within ms (a bound on a broken run, not a measurement).
 */
async function openStream(url, query, variables, bearer, purpose) {
  const headers = { "content-type": "application/json", accept: "text/event-stream" };
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  if (purpose) headers["x-jobmatch-purpose"] = purpose;
  const abort = new AbortController();
  const response = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables }), signal: abort.signal });
  const events = [];
  let wake = () => {}, ended = false;
  (async () => {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        for (let end; (end = buffer.indexOf("\n\n")) >= 0;) {
          const block = buffer.slice(0, end).split("\n");
          buffer = buffer.slice(end + 2);
          const event = block.find((l) => l.startsWith("event:"))?.slice(6).trim();
          const data = block.filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trim()).join("\n");
          if (event === "next") { events.push(JSON.parse(data)); wake(); }
        }
      }
    } catch { /* closed */ }
    ended = true;
    wake();
  })();
  return {
    status: response.status,
    type: response.headers.get("content-type") ?? "",
    async next(ms) {
      const until = Date.now() + ms;
      while (events.length === 0 && !ended && Date.now() < until)
        await new Promise((r) => { wake = r; setTimeout(r, Math.max(0, until - Date.now())); });
      return events.shift();
    },
    close() { abort.abort(); },
  };
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

// 1. Every sample operation as its persona, through both; the access-log readings last, after the reads they show;
// the streams after them (section 1b), since the writes that make their events add records nobody compares here.
const isStream = (op) => op.stream === true || /^\s*subscription/m.test(readFileSync(`schema/operations/${op.file}`, "utf8"));
const ordered = manifest.operations.filter((op) => !isStream(op)).sort((a, b) => /AccessLog/.test(a.file) - /AccessLog/.test(b.file));
// One unchecked request first: a cold subgraph compiles its queries on it, which on a busy machine can outlast the
// execution time limit; what is compared is the answers, not the first one's speed.
{
  const first = ordered.find((op) => !/^\s*mutation/m.test(readFileSync(`schema/operations/${op.file}`, "utf8")));
  const bearer = tokenOf({ department: first.department, role: first.role, citizen: first.citizen });
  const query = readFileSync(`schema/operations/${first.file}`, "utf8");
  await post(single_, query, first.variables, bearer, first.purpose);
  await post(gateway, query, first.variables, bearer, first.purpose);
}
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

// 1b. Every stream (the change feed) as its persona, over graphql-sse through both: each is opened, a write made the
// same way on each side (AddJobGoal as its persona, with a key of its own), and the first event compared, with the
// access log's records of its delivery, which the subgraph that serves the feed writes as the single host does.
const writer = manifest.operations.find((op) => op.file === "AddJobGoal.graphql");
const writeQuery = readFileSync(`schema/operations/${writer.file}`, "utf8");
const writeAs = tokenOf({ department: writer.department, role: writer.role, citizen: writer.citizen });
const eventOf = (r) => r && { errors: errorsOf(r), data: JSON.parse(JSON.stringify(r.data ?? null, (k, v) => (k === "at" ? undefined : k === "recordId" ? v !== null : v))) };
for (const op of manifest.operations.filter(isStream)) {
  const query = readFileSync(`schema/operations/${op.file}`, "utf8");
  const operationName = /^\s*subscription\s+(\w+)/m.exec(query)?.[1];
  const bearer = tokenOf({ department: op.department, role: op.role, citizen: op.citizen });
  const streams = [await openStream(single_, query, op.variables, bearer, op.purpose), await openStream(gateway, query, op.variables, bearer, op.purpose)];
  check(streams.every((s) => s.status === 200 && s.type.startsWith("text/event-stream")), `${op.file}: an event stream from the single host and through the gateway`,
    streams.map((s) => `${s.status} ${s.type}`).join(" / "));
  // The gateway opens its own stream to the subgraph after answering: a moment for both to listen, and a write again
  // (a few times at most) where none arrived, since the feed tells only what happens while it listens.
  await new Promise((r) => setTimeout(r, 1500));
  const events = [];
  for (const [i, url] of [single_, gateway].entries()) {
    for (let attempt = 0; attempt < 3 && !events[i]; attempt++) {
      const variables = { ...writer.variables, input: { ...writer.variables.input, idempotencyKey: `compare-feed-${i}-${attempt}-${Date.now()}` } };
      await post(url, writeQuery, variables, writeAs, writer.purpose);
      events[i] = await streams[i].next(10_000);
    }
  }
  streams.forEach((s) => s.close());
  check(events[0]?.data && isDeepStrictEqual(eventOf(events[0]), eventOf(events[1])),
    `${op.file} as ${op.department ?? ""} ${op.role}: the same event (but its time and record id) through the gateway`,
    `single: ${JSON.stringify(events[0]).slice(0, 300)}\n     gateway: ${JSON.stringify(events[1]).slice(0, 300)}`);
  const citizenId = events[0]?.data?.citizenChanged?.citizenId;
  const deliveries = `query ($id: ID) { accessLog(citizenId: $id, first: 100) { nodes { subject citizenId category operation purpose allowed operationName } } }`;
  const audited = async (url) => (await post(url, deliveries, { id: citizenId }, tokenOf({ role: "Auditor" }))).data?.accessLog?.nodes
    ?.filter((r) => r.operationName === operationName).map((r) => JSON.stringify(r)).sort() ?? [];
  const [fromSingle, fromGateway] = [await audited(single_), await audited(gateway)];
  check(fromSingle.length > 0 && fromSingle.some((r) => r.includes('"Involvement"')) && isDeepStrictEqual(fromSingle, fromGateway),
    `${op.file}: the delivery is in the access log through the gateway as in the single host (${fromSingle.length} records)`,
    `single: ${fromSingle.join(" ")}\n     gateway: ${fromGateway.join(" ")}`);
}

// 2. The audit records of these requests are the same rows through the gateway as in the single host: each decision
// recorded once per request, by whichever subgraph makes it, as the single host records it once.
const plan = readFileSync("schema/operations/JobcenterCombinedPlan.graphql", "utf8");
const compare = tokenOf({ department: "BIF", role: "Caseworker", name: "Federation Compare" });
const auditor = tokenOf({ role: "Auditor" });
const note = `compare-${Date.now()}`;
const since = new Date(Date.now() - 1000).toISOString();
await post(single_, plan, { citizenId: mads }, compare, "COORDINATED_PLAN", note);
await post(gateway, plan, { citizenId: mads }, compare, "COORDINATED_PLAN", note);
// A plan asked without the citizen's id (nor an entry's source): the gateway fetches the key itself, so the entries
// arrive as at the single host.
const withoutId = `query ($id: ID!) { citizen(id: $id) { combinedPlan { entries { kind title date department } departments { department visible hiddenBecause } unavailableSources } } }`;
const [bareSingle, bareGateway] = [await post(single_, withoutId, { id: mads }, compare, "COORDINATED_PLAN", note), await post(gateway, withoutId, { id: mads }, compare, "COORDINATED_PLAN", note)];
check(bareSingle.data?.citizen?.combinedPlan?.entries?.length > 0 && isDeepStrictEqual(bareSingle.data, bareGateway.data) && isDeepStrictEqual(errorsOf(bareSingle), errorsOf(bareGateway)),
  "a plan asked without the citizen's id has the same entries, departments and errors through the gateway",
  `single: ${JSON.stringify(bareSingle).slice(0, 300)}\n     gateway: ${JSON.stringify(bareGateway).slice(0, 300)}`);
// A page of plans: the gateway sends every citizen's parts to the Registry in one request, larger than a caller may send.
const plans25 = `{ citizens(first: 25) { nodes { name combinedPlan { entries { kind title department } departments { department visible } unavailableSources } } } }`;
const pager = tokenOf({ department: "BIF", role: "Caseworker", name: "Federation Page" });
const [pageSingle, pageGateway] = [await post(single_, plans25, {}, pager, "COORDINATED_PLAN"), await post(gateway, plans25, {}, pager, "COORDINATED_PLAN")];
check(pageSingle.data?.citizens?.nodes?.length === 25 && isDeepStrictEqual(pageSingle.data, pageGateway.data) && isDeepStrictEqual(errorsOf(pageSingle), errorsOf(pageGateway)),
  "a page of 25 citizens' plans is the same through the gateway", `single: ${JSON.stringify(pageSingle).slice(0, 200)}\n     gateway: ${JSON.stringify(pageGateway).slice(0, 300)}`);
// A goal link, written the same way in both, then the plan with its links: the link, its audit records and the
// departments' parts that carry it are the same both ways.
const linked = `query ($id: ID!) { citizen(id: $id) { id combinedPlan { entries { id kind links { direction department visible goalId description } } } } }`;
const goals = (await post(single_, linked, { id: mads }, compare, "COORDINATED_PLAN", note)).data?.citizen?.combinedPlan?.entries ?? [];
await post(gateway, linked, { id: mads }, compare, "COORDINATED_PLAN", note);
const [jobGoal, socialGoal] = ["JOB_GOAL", "SOCIAL_GOAL"].map((kind) => goals.find((e) => e.kind === kind)?.id);
const link = `mutation ($input: LinkGoalInput!) { linkJobGoal(input: $input) { goalLink { department goalId supportsDepartment supportsGoalId } errors { __typename } } }`;
const input = { citizenId: mads, goalId: jobGoal, supportsGoalId: socialGoal, idempotencyKey: note };
const [linkedSingle, linkedGateway] = [await post(single_, link, { input }, compare, "COORDINATED_PLAN", note), await post(gateway, link, { input }, compare, "COORDINATED_PLAN", note)];
const plans = {};
for (const [who, bearer] of [["BIF", compare], ["SUF", tokenOf({ department: "SUF", role: "Caseworker", name: "Federation Compare" })]])
  plans[who] = [await post(single_, linked, { id: mads }, bearer, "COORDINATED_PLAN", note), await post(gateway, linked, { id: mads }, bearer, "COORDINATED_PLAN", note)];
const linksOf = (r) => (r.data?.citizen?.combinedPlan?.entries ?? []).flatMap((e) => e.links ?? []);
check(jobGoal && socialGoal && linkedSingle.data?.linkJobGoal?.goalLink && isDeepStrictEqual(linkedSingle.data, linkedGateway.data)
    && linksOf(plans.BIF[0]).length === 2 && Object.values(plans).every(([a, b]) => isDeepStrictEqual(a.data, b.data) && isDeepStrictEqual(errorsOf(a), errorsOf(b))),
  "a goal link shows the same on the plan through the gateway, for BIF (both goals) and SUF (neither department's goal visible)",
  `link: ${JSON.stringify(linkedSingle).slice(0, 200)} | ${JSON.stringify(linkedGateway).slice(0, 200)}\n     BIF: ${JSON.stringify(linksOf(plans.BIF[0]))} | ${JSON.stringify(linksOf(plans.BIF[1]))}\n     SUF: ${JSON.stringify(plans.SUF.map(linksOf))}`);
const log = `query ($since: DateTime) { accessLog(from: $since, first: 100) { nodes { subject citizenId category operation purpose allowed criterion outsideCaseload } } }`;
const logs = {};
const recordsOf = async (url) => (logs[url] = await post(url, log, { since }, auditor)).data?.accessLog?.nodes
  ?.filter((r) => r.subject.includes("federationcompare")).map((r) => JSON.stringify({ ...r, subject: undefined })).sort() ?? [];
const [fromSingle, fromGateway] = [await recordsOf(single_), await recordsOf(gateway)];
const tally = (rows) => rows.reduce((m, r) => m.set(r, (m.get(r) ?? 0) + 1), new Map());
const differences = (a, b) => [...tally(a)].filter(([r, n]) => (tally(b).get(r) ?? 0) !== n).map(([r, n]) => `${n}x ${r}`);
check(fromSingle.length > 0 && fromSingle.length < 100 && isDeepStrictEqual(fromSingle, fromGateway),
  `the audit records of the combined-plan requests are the same rows, each as often, through the gateway (${fromSingle.length} records)`,
  fromSingle.length === 0 ? JSON.stringify(logs).slice(0, 400) : `single (${fromSingle.length}): ${differences(fromSingle, fromGateway).join(" ")}\n     gateway (${fromGateway.length}): ${differences(fromGateway, fromSingle).join(" ")}`);

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
// The plan with Health stopped, and the single host with its Health source down (its file moved away, as an outage
// looks to it): SUF's part is missing and named, the other departments' entries arrive, with the same error both ways.
const planDown = `query ($id: ID!) { citizen(id: $id) { combinedPlan { entries { department title } unavailableSources } } }`;
const planUp = await post(single_, planDown, { id: mads }, suf, "COORDINATED_PLAN");
const healthFiles = ["", "-wal", "-shm"].map((suffix) => `${singleData}/health.db${suffix}`).filter((f) => existsSync(f));
healthFiles.forEach((f) => renameSync(f, `${f}.away`));
let planSingle, planGateway;
try {
  [planSingle, planGateway] = [await post(single_, planDown, { id: mads }, suf, "COORDINATED_PLAN"), await post(gateway, planDown, { id: mads }, suf, "COORDINATED_PLAN")];
} finally {
  healthFiles.forEach((f) => renameSync(`${f}.away`, f));
}
const planError = (planGateway.errors ?? []).find((e) => e.path?.join(".") === "citizen.combinedPlan");
check(planUp.data?.citizen?.combinedPlan?.entries?.some((e) => e.department === "SUF") && healthFiles.length > 0
    && isDeepStrictEqual(planGateway.data?.citizen?.combinedPlan?.unavailableSources, ["Health"])
    && !planGateway.data.citizen.combinedPlan.entries.some((e) => e.department === "SUF")
    && isDeepStrictEqual(planGateway.data, planSingle.data) && isDeepStrictEqual(errorsOf(planGateway), errorsOf(planSingle))
    && planError?.extensions?.code === "SOURCE_UNAVAILABLE" && planError.extensions.subgraph === "Health" && !JSON.stringify(planGateway).includes("representations"),
  "with Health stopped, the combined plan arrives without SUF's entries, names Health unavailable, and has the single host's coded error at it, naming the subgraph",
  `single: ${JSON.stringify(planSingle).slice(0, 400)}\n     gateway: ${JSON.stringify(planGateway).slice(0, 400)}`);
const env = { ...process.env, ASPNETCORE_ENVIRONMENT: "Development", JobMatch__DataDirectory: fedData };
const restarted = spawn("dotnet", [dll, "--urls", `http://127.0.0.1:${Number(base) + 4}`, "--subgraph", "Health"], { env, stdio: "ignore", detached: true });
writeFileSync(`${fedData}/restarted.pid`, `${restarted.pid}\n`);
let healed;
for (let i = 0; i < 120 && !(healed?.data?.citizen?.health); i++) {
  await new Promise((r) => setTimeout(r, 500));
  healed = await post(gateway, health, { id: mads }, suf).catch(() => undefined);
}
check(isDeepStrictEqual(healed?.data, before.data) && !healed?.errors, "when the Health subgraph is back, the same request heals", JSON.stringify(healed).slice(0, 300));
const planHealed = await post(gateway, planDown, { id: mads }, suf, "COORDINATED_PLAN");
check(isDeepStrictEqual(planHealed.data, planUp.data) && !planHealed.errors, "when the Health subgraph is back, the plan has SUF's entries again and no error", JSON.stringify(planHealed).slice(0, 300));
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

// 5. The federated shape in Production (federation.sh starts the Registry subgraph and the gateway so): the gateway
// runs only the trusted documents, the subgraph runs another document only from the gateway, and behind the gateway
// each caller has a rate limit of its own (3 a minute there), which no caller can reset by naming another address.
if (productionBase) {
  const prodGateway = `http://127.0.0.1:${Number(productionBase) + 10}/graphql`;
  const registry = `http://127.0.0.1:${Number(productionBase) + 1}/graphql`;
  const credential = process.env.JOBMATCH_PRODUCTION_SECRET;
  const idOf = (file) => createHash("sha256").update(readFileSync(`schema/operations/${file}`, "utf8"), "utf8").digest("hex");
  // A request from a loopback address of the caller's choosing, with headers of its own.
  const send = (url, body, { from = "127.0.0.1", headers = {} } = {}) => new Promise((ok, fail) => {
    const data = JSON.stringify(body);
    const target = new URL(url);
    const req = httpRequest({ host: target.hostname, port: target.port, path: target.pathname, method: "POST", localAddress: from, agent: false,
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", "content-length": Buffer.byteLength(data), ...headers } }, (res) => {
      let text = "";
      res.on("data", (c) => (text += c));
      res.on("end", () => { let json; try { json = JSON.parse(text); } catch { json = { text }; } ok({ status: res.statusCode, ...json }); });
    });
    req.on("error", fail);
    req.end(data);
  });
  const codes = (r) => (r.errors ?? []).map((e) => e.extensions?.code);
  const bearer = (p) => ({ authorization: `Bearer ${tokenOf(p)}` });

  const ad = await send(prodGateway, { query: "{ departments { code } }" }, { headers: bearer({ department: "BIF", role: "Caseworker", name: "Production Gateway" }) });
  check(ad.status === 400 && isDeepStrictEqual(codes(ad), ["DOCUMENT_ID_MISSING"]) && ad.data == null,
    "Production: the gateway refuses a document that is not a trusted one (DOCUMENT_ID_MISSING)", JSON.stringify(ad).slice(0, 300));
  const unknown = await send(prodGateway, { documentId: `sha256:${"0".repeat(64)}` });
  check(isDeepStrictEqual(codes(unknown), ["DOCUMENT_NOT_FOUND"]), "Production: the gateway refuses an id that names no trusted document (DOCUMENT_NOT_FOUND)", JSON.stringify(unknown).slice(0, 300));
  const sample = manifest.operations.find((op) => op.file === "CitizenContactPersons.graphql");
  const persona = { department: sample.department, role: sample.role, name: "Production Persisted" };
  const expected = await post(single_, readFileSync(`schema/operations/${sample.file}`, "utf8"), sample.variables, tokenOf(persona));
  const byId = await send(prodGateway, { documentId: `sha256:${idOf(sample.file)}`, variables: sample.variables }, { headers: bearer(persona) });
  const byApollo = await send(prodGateway, { extensions: { persistedQuery: { version: 1, sha256Hash: idOf(sample.file) } }, variables: sample.variables }, { headers: bearer(persona) });
  check(expected.data?.citizen?.name && isDeepStrictEqual(byId.data, expected.data) && !byId.errors && isDeepStrictEqual(byApollo.data, expected.data),
    `Production: the gateway serves a trusted document by its id (${sample.file}, also as Apollo's persistedQuery), as the single host answers it`,
    `single: ${JSON.stringify(expected).slice(0, 200)}\n     gateway: ${JSON.stringify(byId).slice(0, 200)} ${JSON.stringify(byApollo).slice(0, 200)}`);

  const direct = bearer({ department: "BIF", role: "Caseworker", name: "Production Direct" });
  const without = await send(registry, { query: "{ departments { code } }" }, { headers: direct });
  const withIt = await send(registry, { query: "{ departments { code } }" }, { headers: { ...direct, "x-jobmatch-gateway": credential } });
  check(isDeepStrictEqual(codes(without), ["DOCUMENT_ID_MISSING"]) && without.data == null && withIt.data?.departments?.length === 4 && !withIt.errors,
    "Production: the Registry subgraph runs a document of the caller's own only with the gateway's credential", `${JSON.stringify(without).slice(0, 200)} / ${JSON.stringify(withIt).slice(0, 200)}`);
  const anonymous = await send(registry, { query: `query ($id: ID!) { citizen(id: $id) { name } }`, variables: { id: mads } }, { headers: { "x-jobmatch-gateway": credential } });
  check(anonymous.data?.citizen == null && codes(anonymous).includes("AUTH_NOT_AUTHENTICATED") && !JSON.stringify(anonymous).includes("Mads"),
    "Production: the gateway's credential without a caller's token gives no personal data", JSON.stringify(anonymous).slice(0, 300));
  const forged = await send(registry, { query: "{ departments { code } }" }, { headers: { ...direct, "x-jobmatch-gateway": "not-the-credential-not-the-credential!" } });
  check(forged.status === 401 && isDeepStrictEqual(codes(forged), ["GATEWAY_CREDENTIAL_INVALID"]), "Production: a wrong gateway credential is refused (401)", JSON.stringify(forged).slice(0, 300));

  // Rate limits: a stranger at 127.0.0.2 spends its own 3 through the gateway (whatever X-Forwarded-For it sends the
  // gateway), and one at 127.0.0.3 still has its own; straight at the subgraph, a stranger's X-Forwarded-For is ignored.
  const trustedQuery = { documentId: `sha256:${idOf(sample.file)}`, variables: sample.variables };
  const a = [];
  for (let i = 0; i < 4; i++) a.push(await send(prodGateway, trustedQuery, { from: "127.0.0.2", headers: { "x-forwarded-for": `198.51.100.${i}` } }));
  const b = await send(prodGateway, trustedQuery, { from: "127.0.0.3" });
  check(a.slice(0, 3).every((r) => !codes(r).includes("RATE_LIMITED")) && codes(a[3]).includes("RATE_LIMITED") && !codes(b).includes("RATE_LIMITED") && codes(b).includes("AUTH_NOT_AUTHENTICATED"),
    "Production: behind the gateway each stranger has a rate limit of its own, and the one it forwards is not the caller's to choose",
    [...a, b].map((r) => codes(r).join(",")).join(" | "));
  const spoof = [];
  for (let i = 0; i < 4; i++) spoof.push(await send(registry, trustedQuery, { from: "127.0.0.4", headers: { "x-forwarded-for": `203.0.113.${i}` } }));
  check(spoof.slice(0, 3).every((r) => r.status === 200) && spoof[3].status === 429 && isDeepStrictEqual(codes(spoof[3]), ["RATE_LIMITED"]),
    "Production: a caller straight at a subgraph gets no fresh budget by writing X-Forwarded-For", spoof.map((r) => `${r.status} ${codes(r).join(",")}`).join(" | "));

  // The gateway itself in Production without the credential does not start.
  const bare = spawnSync("node_modules/.bin/hive-gateway", ["supergraph", "-c", "gateway/gateway.config.mjs", "-h", "127.0.0.1", "-p", "0"],
    { env: { ...process.env, ASPNETCORE_ENVIRONMENT: "Production", JOBMATCH_GATEWAY_SECRET: "" }, encoding: "utf8", timeout: 60_000 });
  check(bare.status !== 0 && bare.status !== null && `${bare.stdout}${bare.stderr}`.includes("JOBMATCH_GATEWAY_SECRET"),
    "Production: the gateway does not start without the gateway credential", `${bare.status} ${`${bare.stdout}${bare.stderr}`.slice(-300)}`);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
