#!/usr/bin/env bash
# A smoke run of the side-by-side benchmark (bench/run.sh): 300 citizens, one pair of 2-second windows per scenario,
# no thresholds. Passes a scenario when both sides answer alike and the load ran without an error. Ends with the line
# "N passed, N failed" that scripts/test.sh sums.
set -uo pipefail
cd "$(dirname "$0")/../.."
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
out=$(bash bench/run.sh --smoke --data "$data/citizens-300" 2>&1); rc=$?
echo "$out"
if ! grep -qE '^[0-9]+ passed, [0-9]+ failed$' <<<"$out"; then
  echo "the benchmark stopped before it could report (exit $rc)"
  echo "0 passed, 1 failed"
  exit 1
fi
exit "$rc"
