#!/usr/bin/env bash
# How throughput and p95 grow with the data set: bench/run.sh at each size on each provider (3 warm-up and 8 measured
# pairs of 3 s windows per scenario: a fresh process over a million citizens' files takes a few thousand requests to
# fault in the pages its connections read, which one warm-up pair did not cover; nothing written into BENCHMARKS.md),
# each run's medians appended to bench/out/growth.tsv, then the table made from the latest line of each provider, size
# and scenario. A size not seeded yet is seeded first (about
# 45 s per 100,000 citizens on PostgreSQL, 80 s on SQLite, on this 2-core machine when busy; 1,000,000 needs ~8 GB).
#   bash bench/growth.sh                                   10,000, 100,000 and 1,000,000 citizens on SQLite and PostgreSQL
#   bash bench/growth.sh --sizes 10000,100000 --providers sqlite      some of it; other options go to bench/run.sh
#   bash bench/growth.sh --table                           only print the table from what bench/out/growth.tsv holds
# PostgreSQL runs on the server JOBMATCH_TEST_POSTGRES names: eval "$(JOBMATCH_PG_DURABLE=1 bash scripts/postgres.sh start)"
# starts a throwaway one with PostgreSQL's durable defaults (commits synced, as SQLite's are).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=10000,100000,1000000
providers=sqlite,postgresql
table_only=0
pass=()
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --providers) providers=$2; shift 2 ;;
    --table) table_only=1; shift ;;
    *) pass+=("$1"); shift ;;
  esac
done
summary=bench/out/growth.tsv
mkdir -p bench/out

if [ "$table_only" = 0 ]; then
  for provider in ${providers//,/ }; do
    for citizens in ${sizes//,/ }; do
      log=bench/out/growth-$provider-$citizens.log
      echo "$(date -u +%H:%M) $provider, $citizens citizens: bash bench/run.sh --provider $provider --citizens $citizens --pairs 8 --warmup 3 --out - --summary $summary ${pass[*]:-} (log: $log)"
      bash bench/run.sh --provider "$provider" --citizens "$citizens" --pairs 8 --warmup 3 --out - --summary "$summary" "${pass[@]}" >"$log" 2>&1 || true
      tail -n 1 "$log"
    done
  done
fi

# The latest line per provider, size and scenario; p95 growth is against the smallest size measured on that provider.
[ -f "$summary" ] || { echo "no $summary yet"; exit 1; }
awk -F '\t' '
  { key = $2 SUBSEP $4 SUBSEP $3; row[key] = $0; if (!(($2 SUBSEP $4) in small) || $3 + 0 < small[$2 SUBSEP $4]) small[$2 SUBSEP $4] = $3 + 0 }
  END {
    print "| provider | scenario | citizens | GraphQL req/s | baseline req/s | throughput ratio | GraphQL p95 ms | baseline p95 ms | p95 ratio | p95 ÷ p95 at the smallest size, GraphQL / baseline | errors | measured (UTC), load average |"
    print "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
    n = 0
    for (key in row) keys[++n] = key
    # insertion sort: provider, scenario, then citizens as a number
    for (i = 2; i <= n; i++) { k = keys[i]; j = i - 1; while (j > 0 && later(keys[j], k)) { keys[j + 1] = keys[j]; j-- } keys[j + 1] = k }
    for (i = 1; i <= n; i++) {
      split(row[keys[i]], f, "\t")
      base = row[f[2] SUBSEP f[4] SUBSEP small[f[2] SUBSEP f[4]]]; split(base, b, "\t")
      printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %.2f / %.2f | %s | %s, %s |\n", f[2], f[4], f[3], f[5], f[6], f[9], f[7], f[8], f[10], f[7] / b[7], f[8] / b[8], f[11], f[1], f[12]
    }
  }
  function later(a, b,   x, y) {
    split(a, x, SUBSEP); split(b, y, SUBSEP)
    if (x[1] != y[1]) return x[1] > y[1]
    if (x[2] != y[2]) return x[2] > y[2]
    return x[3] + 0 > y[3] + 0
  }' "$summary"
