#!/usr/bin/env bash
# graphql-inspector: the sample operations validate against schema/schema.graphql, and the schema's changes
# since its previous version on this branch are reported (breaking ones named; the report is for the people
# who steer releases, so a breaking change is shown, not failed). Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
inspector=node_modules/.bin/graphql-inspector
passed=0 failed=0

if "$inspector" validate 'schema/operations/*.graphql' schema/schema.graphql; then
  passed=$((passed + 1)); echo "ok   the sample operations validate against the schema"
else
  failed=$((failed + 1)); echo "FAIL the sample operations do not validate against the schema"
fi

changed=$(git log -n 1 --format=%H -- schema/schema.graphql 2>/dev/null)
previous=$(mktemp --suffix=.graphql)
trap 'rm -f "$previous"' EXIT
if [ -n "$changed" ] && git show "$changed~1:schema/schema.graphql" > "$previous" 2>/dev/null; then
  echo "== schema changes since ${changed:0:8}~1 (the version before the last change)"
  report=$("$inspector" diff "$previous" schema/schema.graphql 2>&1); rc=$?
  echo "$report" | grep -v '^npm warn'
  # Exit 1 means breaking changes, unless the tool itself failed to load a schema.
  if [ $rc -le 1 ] && ! grep -v -E 'Detected [0-9]+ breaking change' <<<"$report" | grep -qE '^\s+at |\[error\]'; then
    passed=$((passed + 1)); [ $rc -eq 1 ] && echo "note: the last schema change is BREAKING for front ends (listed above)"
    echo "ok   the breaking-change report ran"
  else
    failed=$((failed + 1)); echo "FAIL graphql-inspector diff could not run (exit $rc)"
  fi
else
  passed=$((passed + 1)); echo "ok   no previous schema version to compare with"
fi
# The supergraph the gateway serves: the same operations validate against it, and its changes are reported too.
if "$inspector" validate 'schema/operations/*.graphql' schema/supergraph.graphql >/dev/null; then
  passed=$((passed + 1)); echo "ok   the sample operations validate against the supergraph"
else
  failed=$((failed + 1)); echo "FAIL the sample operations do not validate against schema/supergraph.graphql"
fi
super_changed=$(git log -n 1 --format=%H -- schema/supergraph.graphql 2>/dev/null)
if [ -n "$super_changed" ] && git show "$super_changed~1:schema/supergraph.graphql" > "$previous" 2>/dev/null; then
  echo "== supergraph changes since ${super_changed:0:8}~1"
  report=$("$inspector" diff "$previous" schema/supergraph.graphql 2>&1); rc=$?
  echo "$report" | grep -v '^npm warn'
  if [ $rc -le 1 ] && ! grep -v -E 'Detected [0-9]+ breaking change' <<<"$report" | grep -qE '^\s+at |\[error\]'; then
    passed=$((passed + 1)); echo "ok   the supergraph's change report ran"
  else
    failed=$((failed + 1)); echo "FAIL graphql-inspector diff of the supergraph could not run (exit $rc)"
  fi
else
  passed=$((passed + 1)); echo "ok   no previous supergraph version to compare with"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
