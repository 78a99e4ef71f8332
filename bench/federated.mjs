// Times the same requests through the single host and through Hive Gateway (bench/federated.sh starts both), and the
// parts the gateway asks of the subgraphs, straight: where a gateway request's time goes.
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";

const [single, gateway, base, rounds] = process.argv.slice(2);
const subgraph = (offset) => `http://127.0.0.1:${Number(base) + offset}/graphql`;
const mads = "c0000000-0000-4000-8000-000000000002";
function token(department, role) {
  const now = Math.floor(Date.now() / 1000);
  const claims = { aud: "jobmatch", iss: "jobmatch-local", exp: now + 3600, iat: now, nbf: now, sub: `local:${department.toLowerCase()}:${role.toLowerCase()}:bench`, name: "Bench", roles: [role], department };
  const part = (o) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const unsigned = `${part({ alg: "HS256", typ: "JWT" })}.${part(claims)}`;
  return `${unsigned}.${createHmac("sha256", Buffer.from(process.env.JobMatch__Auth__SigningKey, "base64")).update(unsigned).digest("base64url")}`;
}
const op = (file) => readFileSync(`schema/operations/${file}`, "utf8");
const scenarios = [
  { name: "combined plan (JobcenterCombinedPlan, BIF)", query: op("JobcenterCombinedPlan.graphql"), variables: { citizenId: mads }, bearer: token("BIF", "Caseworker"), purpose: "COORDINATED_PLAN",
    parts: [[1, `query ($id: ID!) { citizen(id: $id) { id name district combinedPlan { entries { id } } } }`, { id: mads }],
      [2, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { employmentStatus { situation } employment { targetGroup { from } } } } }`, { r: [{ __typename: "Citizen", id: mads }] }]] },
  { name: "20 citizens' employment status (SocialServicesEmploymentStatus, SOF)", query: op("SocialServicesEmploymentStatus.graphql"), variables: { first: 20 }, bearer: token("SOF", "Caseworker") },
  { name: "look-up by CPR (CitizenLookupByCpr, SUF)", query: op("CitizenLookupByCpr.graphql"), variables: { cpr: "3001792875" }, bearer: token("SUF", "Caseworker"), purpose: "CITIZEN_LOOKUP" },
];
async function time(url, query, variables, bearer, purpose) {
  const headers = { "content-type": "application/json", accept: "application/json", authorization: `Bearer ${bearer}` };
  if (purpose) headers["x-jobmatch-purpose"] = purpose;
  const started = process.hrtime.bigint();
  const response = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (!body.data) throw new Error(`${url}: ${JSON.stringify(body).slice(0, 300)}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
console.log("| scenario | single host p50 / p95 ms | gateway p50 / p95 ms | gateway ÷ single (p50) | subgraph parts straight, p50 ms |");
console.log("|---|---|---|---|---|");
for (const s of scenarios) {
  const sides = { single: [], gateway: [] };
  for (let i = 0; i < 3; i++) { await time(single, s.query, s.variables, s.bearer, s.purpose); await time(gateway, s.query, s.variables, s.bearer, s.purpose); }
  for (let round = 0; round < Number(rounds); round++)
    for (const [side, url] of round % 2 ? [["gateway", gateway], ["single", single]] : [["single", single], ["gateway", gateway]])
      for (let i = 0; i < 10; i++) sides[side].push(await time(url, s.query, s.variables, s.bearer, s.purpose));
  const parts = [];
  for (const [offset, query, variables] of s.parts ?? []) {
    const xs = [];
    for (let i = 0; i < 30; i++) xs.push(await time(subgraph(offset), query, variables, s.bearer, s.purpose));
    parts.push(`${["", "Registry", "Employment"][offset]} ${pct(xs, 0.5).toFixed(1)}`);
  }
  const [a, b] = [sides.single, sides.gateway];
  console.log(`| ${s.name} | ${pct(a, 0.5).toFixed(1)} / ${pct(a, 0.95).toFixed(1)} | ${pct(b, 0.5).toFixed(1)} / ${pct(b, 0.95).toFixed(1)} | ${(pct(b, 0.5) / pct(a, 0.5)).toFixed(2)} | ${parts.join(", ") || "–"} |`);
}
