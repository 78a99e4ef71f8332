#!/usr/bin/env bash
# Adds a migration named $1 for the given sources (default: all) for every provider, as STYLE.md asks:
#   scripts/add-migration.sh AddConsentPurpose Registry
set -euo pipefail
name=${1:?migration name, e.g. AddConsentPurpose}; shift
sources=${*:-Registry Employment Social Health Youth Audit}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
providers=${JOBMATCH_MIGRATION_PROVIDERS:-Sqlite SqlServer PostgreSql}
for provider in $providers; do
  dotnet build "src/JobMatch.Data.$provider" -v q -nologo >/dev/null
  for source in $sources; do
    dotnet ef migrations add "$name" --no-build --project "src/JobMatch.Data.$provider" \
      --startup-project "src/JobMatch.Data.$provider" --context "${source}Context" --output-dir "Migrations/${source}Store"
  done
done
