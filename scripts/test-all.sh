#!/usr/bin/env bash
# `npm test`: the type check and rules:check run beside the unit and browser
# tests rather than before them. Each needs a core for a few seconds, while
# the browser tests mostly wait on the browsers, so the whole run is shorter
# on a 2-core machine. Their output is printed after the tests, then the
# tests' summary again; the run fails if any of the three fails.
set -u
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
npm run -s typecheck >"$logs/typecheck" 2>&1 &
typecheck=$!
npm run -s rules:check >"$logs/rules-check" 2>&1 &
rules=$!
npm run -s test:unit 2>&1 | tee "$logs/unit"
unit=${PIPESTATUS[0]}
wait "$typecheck"; typecheck_status=$?
wait "$rules"; rules_status=$?
echo "--- npm run typecheck (exit $typecheck_status)"; cat "$logs/typecheck"
echo "--- npm run rules:check (exit $rules_status)"; cat "$logs/rules-check"
# The tests' own closing line, last, where a reader (or CI) looks for it.
grep -E '^mocha: [0-9]+ passed' "$logs/unit" | tail -n 1
[ "$unit" -eq 0 ] && [ "$typecheck_status" -eq 0 ] && [ "$rules_status" -eq 0 ]
