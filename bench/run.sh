#!/usr/bin/env bash
# The side-by-side benchmark: builds Release, seeds bench/data/citizens-N once (reused after), starts the
# JobMatch host with the hand-written baseline beside it on 127.0.0.1, loads both from autocannon in alternating
# windows and writes the table into BENCHMARKS.md. About six minutes on 2 cores.
#   bash bench/run.sh                     the full run: 100,000 citizens, 10 pairs of 3 s windows, 8 connections
#   bash bench/run.sh --only 1,3 --pairs 4 --out -    a quick look at some scenarios, nothing written
#   bash bench/run.sh --provider postgresql             the same on PostgreSQL (the server JOBMATCH_TEST_POSTGRES names)
#   bash bench/run.sh --provider postgresql --instances 2    one instance against two on the same databases
# Options: --citizens N --pairs N --warmup N --window S --connections N --page N --counted N --out FILE|- --only KEYS --smoke
#          --provider sqlite|postgresql --postgres CONNECTION --databases PREFIX --instances 1|2 --summary FILE
# bench/growth.sh runs it at several sizes on both providers.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
[ -d bench/node_modules/autocannon ] || npm ci --prefix bench --no-audit --no-fund >/dev/null
dotnet build bench/JobMatch.Bench -c Release -nologo -v q -clp:ErrorsOnly

dotnet bench/JobMatch.Bench/bin/Release/net10.0/JobMatch.Bench.dll "$@" &
pid=$!
# The benchmark stops its host and its load generators itself; this only makes sure nothing outlives an interrupt.
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' INT TERM EXIT
status=0
wait "$pid" || status=$?
trap - INT TERM EXIT
exit "$status"
