// Hive Gateway in front of JobMatch's subgraphs (scripts/federated.sh starts it). Each subgraph is its own guard, so
// the gateway only routes: it forwards the caller's token, purpose and correlation id, masks unexpected errors, and
// caches no responses (an answer depends on who asks, and every read must reach the subgraphs that log it).
import { defineConfig } from "@graphql-hive/gateway";
import { GraphQLError } from "graphql";

const registry = process.env.JOBMATCH_IDE_ORIGIN ?? "http://127.0.0.1:5181";
const forwarded = ["authorization", "x-jobmatch-purpose", "x-jobmatch-purpose-note", "x-correlation-id", "traceparent"];

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
 * A subgraph's own errors (AUTH_NOT_AUTHORIZED, SOURCE_UNAVAILABLE, ...) pass as the subgraph wrote them. A subgraph
 * that cannot be reached is SOURCE_UNAVAILABLE naming it, as a source that is down is in the single host; anything
 * else unexpected is masked. The gateway's own extensions (the subrequest it sent, with its representations) never
 * reach the caller.
 */
function maskError(error) {
  const path = error?.path;
  const service = error?.extensions?.serviceName;
  if (error?.extensions?.code === "SUBREQUEST_HTTP_ERROR" && service)
    return new GraphQLError(`The ${service} subgraph is unavailable right now, so fields from it are null; the other subgraphs answered. Try again shortly.`,
      { path, extensions: { code: "SOURCE_UNAVAILABLE", subgraph: service } });
  if (error instanceof GraphQLError && !(error.originalError && !(error.originalError instanceof GraphQLError))) {
    const { request, serviceName, ...extensions } = error.extensions ?? {};
    return new GraphQLError(error.message, { path, nodes: error.nodes, extensions });
  }
  return new GraphQLError("Unexpected error.", { path, extensions: { code: "INTERNAL_SERVER_ERROR" } });
}

export const gatewayConfig = defineConfig({
  supergraph: process.env.JOBMATCH_SUPERGRAPH ?? "schema/supergraph.graphql",
  graphqlEndpoint: "/graphql",
  landingPage: false,
  graphiql: false,
  maskedErrors: { maskError },
  // No response cache: an answer depends on who asks, and every read must reach the subgraphs that log it.
  responseCaching: undefined,
  propagateHeaders: {
    fromClientToSubgraphs({ request }) {
      return Object.fromEntries(forwarded.map((name) => [name, request.headers.get(name)]).filter(([, value]) => value));
    },
  },
  plugins: () => [ideFromRegistry()],
});
