#!/usr/bin/env bash
# Runs JobMatch in its federated shape on loopback: one host per subgraph (Registry, Employment, Social, Health, Youth,
# Audit), each its own guard, behind Hive Gateway, on the demo data. The gateway and the IDE: http://127.0.0.1:5190/graphql
# Ctrl-C stops everything it started. Settings: JOBMATCH_FEDERATED_BASE (default 5180: subgraphs on BASE+1..BASE+6,
# the gateway on BASE+10), JobMatch__DataDirectory (default src/JobMatch.Graph/data-federated), JOBMATCH_NO_BUILD=1,
# JOBMATCH_FEDERATED_ONLY (below).
# With JOBMATCH_FEDERATED_DETACH=1 it returns once all are ready and writes their pids to $DATA/federated.pids.
# The gateway's credential (JobMatch__Gateway__Secret for the subgraphs, JOBMATCH_GATEWAY_SECRET for the gateway) is
# the one given in either, or made for this run; with ASPNETCORE_ENVIRONMENT=Production everything runs as production
# (trusted documents only at the gateway; the hosts then need a signing key or Entra ID, as a single host does).
set -euo pipefail
cd "$(dirname "$0")/.."
base=${JOBMATCH_FEDERATED_BASE:-5180}
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
secret=${JobMatch__Gateway__Secret:-${JOBMATCH_GATEWAY_SECRET:-}}
[ -n "$secret" ] || secret=$(node -e "console.log(require('crypto').randomBytes(32).toString('base64'))")
export JobMatch__Gateway__Secret="$secret" JOBMATCH_GATEWAY_SECRET="$secret"
export JobMatch__DataDirectory=${JobMatch__DataDirectory:-$PWD/src/JobMatch.Graph/data-federated}
subgraphs=(Registry Employment Social Health Youth Audit)
mkdir -p "$JobMatch__DataDirectory"
logs="$JobMatch__DataDirectory/logs"; mkdir -p "$logs"
pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
[ "${JOBMATCH_FEDERATED_DETACH:-}" = 1 ] || trap stop EXIT

[ -d node_modules/@graphql-hive/gateway ] || npm ci --no-audit --no-fund --loglevel=error
[ "${JOBMATCH_NO_BUILD:-}" = 1 ] || dotnet build src/JobMatch.Graph -v q -nologo >/dev/null
dll=src/JobMatch.Graph/bin/Debug/net10.0/JobMatch.Graph.dll

wait_ready() { # url name
  for _ in $(seq 1 240); do curl -fs -o /dev/null "$1" && return 0; sleep 0.5; done
  echo "$2 did not become ready at $1; its log: $logs/$2.log" >&2; exit 1
}
start() { # name port
  dotnet "$dll" --urls "http://127.0.0.1:$2" --subgraph "$1" >"$logs/$1.log" 2>&1 &
  pids+=($!)
}
# The Registry host migrates and seeds the shared demo sources first; the others then find them ready.
start Registry $((base + 1)); wait_ready "http://127.0.0.1:$((base + 1))/health/ready" Registry
# JOBMATCH_FEDERATED_ONLY="Employment Social" starts the Registry and those only (the others' fields are then unavailable).
wanted() { [ -z "${JOBMATCH_FEDERATED_ONLY:-}" ] || [[ " $JOBMATCH_FEDERATED_ONLY " == *" $1 "* ]]; }
for i in 1 2 3 4 5; do if wanted "${subgraphs[$i]}"; then start "${subgraphs[$i]}" $((base + 1 + i)); fi; done
for i in 1 2 3 4 5; do if wanted "${subgraphs[$i]}"; then wait_ready "http://127.0.0.1:$((base + 1 + i))/health/ready" "${subgraphs[$i]}"; fi; done

supergraph=schema/supergraph.graphql
if [ "$base" != 5180 ]; then
  supergraph="$JobMatch__DataDirectory/supergraph.graphql"
  for i in "${!subgraphs[@]}"; do export "JOBMATCH_SUBGRAPH_$(tr a-z A-Z <<<"${subgraphs[$i]}")_URL=http://127.0.0.1:$((base + 1 + i))/graphql"; done
  node scripts/compose-supergraph.mjs schema/subgraphs "$supergraph"
fi
JOBMATCH_SUPERGRAPH="$supergraph" JOBMATCH_IDE_ORIGIN="http://127.0.0.1:$((base + 1))" \
  node_modules/.bin/hive-gateway supergraph -c gateway/gateway.config.mjs -h 127.0.0.1 -p $((base + 10)) >"$logs/gateway.log" 2>&1 &
pids+=($!)
wait_ready "http://127.0.0.1:$((base + 10))/healthcheck" gateway
echo "JobMatch, federated: the gateway and the IDE at http://127.0.0.1:$((base + 10))/graphql"
echo "subgraphs on 127.0.0.1:$((base + 1))-$((base + 6)) (${subgraphs[*]}); logs in $logs"
if [ "${JOBMATCH_FEDERATED_DETACH:-}" = 1 ]; then
  printf '%s\n' "${pids[@]}" >"$JobMatch__DataDirectory/federated.pids"; exit 0
fi
echo "Ctrl-C stops them all."
wait
