#!/usr/bin/env bash
# The federated shape against the single host: the six subgraphs behind Hive Gateway (scripts/federated.sh) and the
# single host, each on fresh demo data of the same day, with one signing key. Every sample operation as its persona
# gives the same data, error codes and paths both ways; the audit records of the plan requests are the same rows; a stopped
# subgraph's fields are null with a coded error naming it while the rest arrives, and it heals; the change feed through
# the gateway. Then the shape in Production (the Registry subgraph and the gateway, as an operator runs them): trusted
# documents only at the gateway, the gateway's credential at the subgraph, a rate limit per caller behind the gateway.
# Ends "N passed, N failed".
set -uo pipefail
source "$(dirname "$0")/lib/server.bash"
cd "$REPO_ROOT" || exit 1
random() { node -e "console.log(require('crypto').randomBytes(32).toString('base64'))"; }
key=$(random)
# The gateway's credential, one per shape; the compare restarts a subgraph with the first.
export JobMatch__Gateway__Secret=$(random) JOBMATCH_PRODUCTION_SECRET=$(random)
fed_data=$(mktemp -d "${TMPDIR:-/tmp}/jobmatch-federated.XXXXXX")
prod_data=$(mktemp -d "${TMPDIR:-/tmp}/jobmatch-federated-production.XXXXXX")
# Loopback ports that nothing else listens on: BASE+1..+6 for the subgraphs, BASE+10 for the gateway; the same from
# BASE+50 for the Production shape.
base=${JOBMATCH_FEDERATED_TEST_BASE:-$(node -e '
const net = require("net");
const free = (p) => new Promise((ok) => { const s = net.createServer().once("error", () => ok(false)).listen(p, "127.0.0.1", () => s.close(() => ok(true))); });
(async () => { for (let b = 5380; b < 9000; b += 100) { let all = true; for (let i = 1; i <= 10 && all; i++) all = await free(b + i) && await free(b + 50 + i); if (all) { console.log(b); return; } } process.exit(1); })();')}
prod_base=$((base + 50))
stop_all() {
  # Each file read on its own: a pid file without a final newline would run into the next file's first pid.
  for file in "$fed_data/federated.pids" "$fed_data/restarted.pid" "$prod_data/federated.pids"; do
    for pid in $(cat "$file" 2>/dev/null); do kill "$pid" 2>/dev/null; done
  done
  stop_server; rm -rf "$fed_data" "$prod_data"
}
# A cold subgraph's first request compiles its code paths: on a busy machine that can pass the 5 s execution limit, so
# both sides get the same longer one.
export JobMatch__Limits__ExecutionTimeoutSeconds=30
if ! start_server JobMatch__Auth__SigningKey="$key"; then echo "0 passed, 1 failed"; exit 1; fi
trap stop_all EXIT
if ! JobMatch__Auth__SigningKey="$key" JobMatch__DataDirectory="$fed_data" JOBMATCH_FEDERATED_BASE=$base \
  JOBMATCH_NO_BUILD=1 JOBMATCH_FEDERATED_DETACH=1 timeout 300 bash scripts/federated.sh; then
  echo "the federated shape did not start; logs:"; tail -n 20 "$fed_data"/logs/*.log; echo "0 passed, 1 failed"; exit 1
fi
# Production: demo data seeded so there is something to read, and 3 requests a minute per caller to see whose they are.
if ! ASPNETCORE_ENVIRONMENT=Production JobMatch__SeedDemoData=true JobMatch__Limits__RequestsPerMinute=3 \
  JobMatch__Gateway__Secret="$JOBMATCH_PRODUCTION_SECRET" JobMatch__Auth__SigningKey="$key" JobMatch__DataDirectory="$prod_data" \
  JOBMATCH_FEDERATED_BASE=$prod_base JOBMATCH_FEDERATED_ONLY=none JOBMATCH_NO_BUILD=1 JOBMATCH_FEDERATED_DETACH=1 timeout 300 bash scripts/federated.sh; then
  echo "the federated shape did not start in Production; logs:"; tail -n 20 "$prod_data"/logs/*.log; echo "0 passed, 1 failed"; exit 1
fi
JobMatch__Auth__SigningKey="$key" timeout 300 node tests/node/federation-compare.mjs \
  "$SERVER_URL" "http://127.0.0.1:$((base + 10))/graphql" "$SERVER_DATA/data" "$fed_data" $base $prod_base
