#!/usr/bin/env bash
# The IDE's HTTP contract without a browser: what /graphql and /graphql/ answer to a browser and to GraphQL
# clients, the config the IDE reads, its licence, and the 503 that says how to install it when it is missing.
set -uo pipefail
source "$(dirname "$0")/lib/server.bash"
passed=0 failed=0
run() { # run MODE: checks the running server, adds its counts, prints its check lines
  local out line
  out=$(timeout 60 node tests/node/ide-http.mjs "$1" "$SERVER_URL" 2>&1)
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' <<<"$out" | tail -1)
  grep -vE '^[0-9]+ passed, [0-9]+ failed' <<<"$out"
  if [ -z "$line" ]; then failed=$((failed + 1)); echo "FAIL the $1 checks printed no summary"; return; fi
  passed=$((passed + ${line%% passed*})); failed=$((failed + $(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$line")))
}
if start_server; then run installed; else failed=$((failed + 1)); fi
stop_server
if start_server JobMatch__Ide__Path=/nonexistent/bananacakepop-graphql-ide; then run missing; else failed=$((failed + 1)); fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
