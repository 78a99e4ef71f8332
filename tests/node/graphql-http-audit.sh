#!/usr/bin/env bash
# The GraphQL-over-HTTP spec, checked from outside: graphql-http's auditServer against the real server.
# Prints every audit and ends with "N passed, N failed"; a warn (a SHOULD) counts as failed, since we mean
# to meet all of them.
set -uo pipefail
source "$(dirname "$0")/lib/server.bash"
start_server || { echo "0 passed, 1 failed"; exit 1; }
timeout 120 node tests/node/graphql-http-audit.mjs "$SERVER_URL/graphql"
rc=$?
[ "$rc" -eq 124 ] && echo "the audit did not finish within 120 s" && echo "0 passed, 1 failed"
exit "$rc"
