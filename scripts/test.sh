#!/usr/bin/env bash
# Runs every test suite JobMatch has and ends with one line: "N passed, N failed[, N skipped]".
# Exits non-zero if anything failed or a suite could not run.
set -uo pipefail
cd "$(dirname "$0")/.."
results=$(mktemp -d)
passed=0 failed=0 skipped=0 status=0
# A throwaway PostgreSQL for the tests that run on it too; if it cannot start, they fail (JOBMATCH_TEST_POSTGRES unset).
source scripts/postgres.sh && { postgres_start || echo "PostgreSQL did not start: the PostgreSQL tests will fail"; }; trap postgres_stop EXIT

add_trx() { # sums the counters of every .trx file under $1
  local file
  for file in $(find "$1" -name '*.trx'); do
    local counters
    counters=$(grep -o '<Counters [^>]*>' "$file")
    local p f n
    p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
    f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
    n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${n:-0}))
  done
}

# What the suites need and a fresh machine may lack is installed here, so this command and CI (.ci/run) are one
# path; each install says in one line what it brings and why.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "== preparing"
dotnet tool restore >/dev/null || { echo "dotnet tool restore failed (dotnet-ef, for the migration checks)"; echo "0 passed, 1 failed"; exit 1; }
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "installing the npm packages (npm ci): the IDE, graphql-http's spec audit, graphql-inspector, playwright-core"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null || { echo "npm ci failed"; echo "0 passed, 1 failed"; exit 1; }
fi
bash scripts/ci-packages.sh || { echo "installing Debian packages failed"; echo "0 passed, 1 failed"; exit 1; }

echo "== dotnet test"
dotnet test JobMatch.sln --logger "trx" --logger "console;verbosity=normal" --results-directory "$results/dotnet" || status=1
if ! ls "$results"/dotnet/*.trx >/dev/null 2>&1; then
  echo "dotnet test produced no results (build failure?)"; failed=$((failed + 1)); status=1
fi
add_trx "$results/dotnet"

echo "== dotnet format --verify-no-changes"
if dotnet format --verify-no-changes >/dev/null 2>&1; then passed=$((passed + 1)); echo "ok   the code is formatted as .editorconfig says"
else failed=$((failed + 1)); status=1; echo "FAIL dotnet format would change files: run 'dotnet format'"; fi

for suite in tests/node/*.sh; do
  [ -e "$suite" ] || continue
  echo "== $suite"
  out=$(bash "$suite" 2>&1); rc=$?
  echo "$out"
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' <<<"$out" | tail -1)
  if [ -z "$line" ]; then failed=$((failed + 1)); status=1; echo "$suite printed no summary"; continue; fi
  p=$(sed -E 's/^([0-9]+) passed.*/\1/' <<<"$line"); f=$(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$line")
  s=$(grep -oE '[0-9]+ skipped' <<<"$line" | grep -oE '[0-9]+' || echo 0)
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  [ "$rc" -eq 0 ] || status=1
done

rm -rf "$results"
[ "$failed" -eq 0 ] || status=1
if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
exit $status
