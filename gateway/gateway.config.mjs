// Hive Gateway in front of JobMatch's subgraphs (scripts/federated.sh starts it). Each subgraph is its own guard, so
// the gateway only routes: it forwards the caller's token, purpose and correlation id, masks unexpected errors, and
// caches no responses (an answer depends on who asks, and every read must reach the subgraphs that log it).
// Outside Development it runs only the trusted documents (schema/operations, by id) and sends the gateway's credential
// with every subgraph request, which is what lets a subgraph run the queries the gateway plans from them.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defineConfig } from "@graphql-hive/gateway";
import { GraphQLError, responsePathAsArray } from "graphql";

const registry = process.env.JOBMATCH_IDE_ORIGIN ?? "http://127.0.0.1:5181";
const forwarded = ["authorization", "x-jobmatch-purpose", "x-jobmatch-purpose-note", "x-correlation-id", "traceparent"];

// The same environment variable as the hosts': anything but Development is run as production, so a gateway started
// without it is safe.
const development = (process.env.ASPNETCORE_ENVIRONMENT ?? process.env.DOTNET_ENVIRONMENT) === "Development";

// The subgraphs' JobMatch__Gateway__Secret. Outside Development the gateway does not start without it: its subgraph
// queries would all be refused as untrusted documents.
const secret = process.env.JOBMATCH_GATEWAY_SECRET || undefined;
if (secret !== undefined && secret.trim().length < 32)
  throw new Error("JOBMATCH_GATEWAY_SECRET is shorter than 32 characters: use a long random value (openssl rand -base64 32), the same as the subgraphs' JobMatch__Gateway__Secret.");
if (!development && secret === undefined)
  throw new Error("Outside Development the gateway needs JOBMATCH_GATEWAY_SECRET, the subgraphs' JobMatch__Gateway__Secret: without it they run none of its queries.");

/**
 * The trusted documents, as the hosts know them: every *.graphql in the folder (schema/operations, or
 * JOBMATCH_TRUSTED_DOCUMENTS), by the SHA-256 of its text. Whatever the folder holds when the gateway starts is the list.
 */
const documentsFolder = process.env.JOBMATCH_TRUSTED_DOCUMENTS ?? "schema/operations";
const trusted = new Map(readdirSync(documentsFolder).filter((f) => f.endsWith(".graphql")).map((f) => {
  const text = readFileSync(join(documentsFolder, f), "utf8");
  return [createHash("sha256").update(text, "utf8").digest("hex"), text];
}));

/** The id a caller sent: JobMatch's `documentId: "sha256:<hex>"` (as the hosts take it), or Apollo's persistedQuery extension. */
function documentIdOf(params) {
  if (typeof params.documentId === "string") {
    const [prefix, hash] = params.documentId.includes(":") ? params.documentId.split(/:(.*)/s) : [null, params.documentId];
    return prefix === "sha256" ? hash : `unknown:${params.documentId}`;
  }
  const apollo = params.extensions?.persistedQuery;
  return apollo?.version === 1 && typeof apollo.sha256Hash === "string" ? apollo.sha256Hash : null;
}

/** The caller's address as this gateway's socket sees it, IPv4 written plainly. */
function clientAddress(context) {
  const address = context?.req?.socket?.remoteAddress;
  return typeof address === "string" ? address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1") : undefined;
}

/** Banana Cake Pop is the Registry host's: the gateway serves it from there on its own origin, pointed at itself. */
function ideFromRegistry() {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const page = request.method === "GET" && url.pathname === "/graphql" && !url.searchParams.has("query")
        && (request.headers.get("accept") ?? "").includes("text/html");
      if (!(request.method === "GET" && url.pathname.startsWith("/graphql/")) && !page) return;
      const headers = {};
      for (const name of ["accept", "cookie"]) if (request.headers.get(name)) headers[name] = request.headers.get(name);
      const upstream = await fetchAPI.fetch(`${registry}${url.pathname}${url.search}`, { headers, redirect: "manual" });
      const out = new fetchAPI.Headers();
      for (const name of ["content-type", "cache-control", "content-security-policy", "x-content-type-options", "location", "set-cookie"])
        if (upstream.headers.get(name)) out.set(name, upstream.headers.get(name));
      let body = await upstream.arrayBuffer();
      if (url.pathname === "/graphql/bcp-config.json" && upstream.ok) {
        const config = JSON.parse(new TextDecoder().decode(body));
        config.endpoint = `${url.origin}/graphql`;
        body = JSON.stringify(config);
      }
      endResponse(new fetchAPI.Response(body, { status: upstream.status, headers: out }));
    },
  };
}

/**
 * The host behind each graph of the supergraph: the Registry's combined plan is composed as a graph of its own
 * (scripts/compose-supergraph.mjs), served by the Registry host.
 */
const hostOf = (graph) => (graph === "RegistryPlan" ? "Registry" : graph);

/**
 * A subgraph's own errors (AUTH_NOT_AUTHORIZED, SOURCE_UNAVAILABLE, ...) pass as the subgraph wrote them. A subgraph
 * that cannot be reached is SOURCE_UNAVAILABLE naming it, as a source that is down is in the single host; anything
 * else unexpected is masked. The gateway's own extensions (the subrequest it sent, with its representations) never
 * reach the caller.
 */
function maskError(error) {
  const path = error?.path;
  const service = hostOf(error?.extensions?.serviceName);
  if (error?.extensions?.code === "SUBREQUEST_HTTP_ERROR" && service)
    return new GraphQLError(`The ${service} subgraph is unavailable right now, so fields from it are null; the other subgraphs answered. Try again shortly.`,
      { path, extensions: { code: "SOURCE_UNAVAILABLE", subgraph: service } });
  if (error instanceof GraphQLError && !(error.originalError && !(error.originalError instanceof GraphQLError))) {
    const { request, serviceName, ...extensions } = error.extensions ?? {};
    return new GraphQLError(error.message, { path, nodes: error.nodes, extensions });
  }
  return new GraphQLError("Unexpected error.", { path, extensions: { code: "INTERNAL_SERVER_ERROR" } });
}

/**
 * The plan's own errors beside its data. The Registry answers a plan whose department's part did not arrive with the
 * plan and a SOURCE_UNAVAILABLE error at it, naming the department's subgraph, as the single host does. Hive Gateway
 * (@graphql-tools/delegate: mergeDataAndErrors, resolveExternalValue) keeps a subgraph's error only where the data
 * under its path is null, and carries the others along unreported; the plan is not null, so that error would be
 * dropped. This puts the plan graph's errors that arrived with a citizen's plan at the plan's path in the response:
 * each tagged with the citizen whose representation it answered (_entities batches several citizens into one request),
 * taken off the unreported list so nothing reports it again, and given to the caller as the Registry wrote it.
 */
function planErrors() {
  const plan = "RegistryPlan";
  const unreported = Symbol.for("subschemaErrors"); // @graphql-tools/delegate's UNPATHED_ERRORS_SYMBOL
  const answered = Symbol("answered"); // [citizen id, response key] of the representation and field the error is at
  const found = new WeakMap();
  const wrapped = new WeakSet();
  const take = (context, citizen, key, value, path, parent) => {
    if (value == null || value instanceof Error || typeof value !== "object") return value;
    for (const holder of [parent, value]) {
      const errors = holder?.[unreported];
      if (!Array.isArray(errors)) continue;
      for (let i = errors.length - 1; i >= 0; i--) {
        const error = errors[i];
        if (error?.extensions?.serviceName !== plan) continue;
        const [forCitizen, forKey] = error.extensions[answered] ?? [];
        // Another citizen's plan in the same batch, or another plan of this citizen's (an alias with other arguments).
        if ((forCitizen !== undefined && forCitizen !== citizen) || (forKey !== undefined && forKey !== key && forKey in parent)) continue;
        errors.splice(i, 1);
        const list = found.get(context) ?? [];
        if (!list.some((e) => e.original === error)) list.push({ original: error, path });
        found.set(context, list);
      }
    }
    return value;
  };
  return {
    onSchemaChange({ schema }) {
      const field = schema.getType("Citizen")?.getFields?.().combinedPlan;
      if (!field?.resolve || wrapped.has(field)) return;
      const resolve = field.resolve;
      field.resolve = (parent, args, context, info) => {
        const value = resolve(parent, args, context, info);
        const path = responsePathAsArray(info.path);
        const key = info.fieldNodes[0]?.alias?.value ?? info.fieldName;
        return typeof value?.then === "function"
          ? value.then((v) => take(context, parent?.id, key, v, path, parent))
          : take(context, parent?.id, key, value, path, parent);
      };
      wrapped.add(field);
    },
    onSubgraphExecute({ subgraphName, executionRequest }) {
      if (subgraphName !== plan) return;
      return ({ result }) => {
        for (const error of result?.errors ?? []) {
          const [root, index, key] = error.path ?? [];
          const citizen = root === "_entities" && typeof index === "number" ? executionRequest.variables?.representations?.[index]?.id : undefined;
          if (citizen !== undefined && error.extensions) error.extensions[answered] = [citizen, typeof key === "string" ? key : undefined];
        }
      };
    },
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          const list = found.get(args.contextValue);
          if (!list?.length || !result || typeof result[Symbol.asyncIterator] === "function") return;
          found.delete(args.contextValue);
          const added = list.map(({ original, path }) => {
            const { request, serviceName, ...extensions } = original.extensions ?? {};
            return new GraphQLError(original.message, { path, extensions });
          });
          setResult({ ...result, errors: [...(result.errors ?? []), ...added] });
        },
      };
    },
  };
}

export const gatewayConfig = defineConfig({
  supergraph: process.env.JOBMATCH_SUPERGRAPH ?? "schema/supergraph.graphql",
  graphqlEndpoint: "/graphql",
  landingPage: false,
  graphiql: false,
  maskedErrors: { maskError },
  // No response cache: an answer depends on who asks, and every read must reach the subgraphs that log it.
  responseCaching: undefined,
  // Outside Development only the trusted documents, with the hosts' error codes; in Development the IDE sends its own.
  persistedDocuments: {
    allowArbitraryDocuments: development,
    extractPersistedOperationId: documentIdOf,
    getPersistedOperation: (id) => trusted.get(id) ?? null,
    customErrors: {
      notFound: { message: "The documentId parameter does not correspond to a persisted document.", extensions: { code: "DOCUMENT_NOT_FOUND", http: { status: 400 } } },
      keyNotFound: { message: "The request must have a documentId parameter.", extensions: { code: "DOCUMENT_ID_MISSING", http: { status: 400 } } },
      persistedQueryOnly: { message: "The request must have a documentId parameter: only the trusted documents (schema/operations) run here.", extensions: { code: "DOCUMENT_ID_MISSING", http: { status: 400 } } },
    },
  },
  propagateHeaders: {
    // The caller's own headers of these names only: a caller's X-JobMatch-Gateway or X-Forwarded-For never passes.
    // The gateway writes the caller's address itself, so behind it each caller has its own rate limit at the subgraphs,
    // which believe the address only next to the credential.
    fromClientToSubgraphs({ request, context }) {
      const headers = Object.fromEntries(forwarded.map((name) => [name, request.headers.get(name)]).filter(([, value]) => value));
      if (secret !== undefined) headers["x-jobmatch-gateway"] = secret;
      const address = clientAddress(context);
      if (address) headers["x-forwarded-for"] = address;
      return headers;
    },
  },
  plugins: () => [ideFromRegistry(), planErrors()],
});
