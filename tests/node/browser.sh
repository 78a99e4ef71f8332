#!/usr/bin/env bash
# The IDE as a developer meets it: Debian's Chromium, driven by playwright-core, opens /graphql on the real
# server, runs a query and sees the result. Ends with "N passed, N failed"; the screenshot goes to
# artifacts/browser/ide.png.
set -uo pipefail
source "$(dirname "$0")/lib/server.bash"
if [ ! -x /usr/bin/chromium ]; then
  echo "no /usr/bin/chromium: bash scripts/test.sh installs it (scripts/ci-packages.sh)"; echo "0 passed, 1 failed"; exit 1
fi
start_server || { echo "0 passed, 1 failed"; exit 1; }
timeout 180 node tests/node/browser.mjs "$SERVER_URL"
rc=$?
[ "$rc" -eq 124 ] && echo "the browser test did not finish within 180 s" && echo "0 passed, 1 failed"
exit "$rc"
