#!/usr/bin/env bash
# The federated shape against the single host on the demo data (300 citizens): starts both as tests/node/federation.sh
# does, then bench/federated.mjs times the same requests through each, alternating, one connection, and prints a table.
#   bash bench/federated.sh [ROUNDS]     (default 8 rounds of 10 requests per scenario and side)
set -uo pipefail
source "$(dirname "$0")/../tests/node/lib/server.bash"
cd "$REPO_ROOT" || exit 1
key=$(node -e "console.log(require('crypto').randomBytes(32).toString('base64'))")
fed_data=$(mktemp -d "${TMPDIR:-/tmp}/jobmatch-federated.XXXXXX")
base=${JOBMATCH_FEDERATED_TEST_BASE:-5480}
stop_all() { for pid in $(cat "$fed_data/federated.pids" 2>/dev/null); do kill "$pid" 2>/dev/null; done; stop_server; rm -rf "$fed_data"; }
start_server JobMatch__Auth__SigningKey="$key" || exit 1
trap stop_all EXIT
JobMatch__Auth__SigningKey="$key" JobMatch__DataDirectory="$fed_data" JOBMATCH_FEDERATED_BASE=$base \
  JOBMATCH_NO_BUILD=1 JOBMATCH_FEDERATED_DETACH=1 timeout 300 bash scripts/federated.sh || exit 1
JobMatch__Auth__SigningKey="$key" node bench/federated.mjs "$SERVER_URL/graphql" "http://127.0.0.1:$((base + 10))/graphql" $base "${1:-8}"
