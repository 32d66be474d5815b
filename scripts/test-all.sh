#!/usr/bin/env bash
# `npm test`: the whole suite, in four processes that run side by side on a
# 2-core machine — the real-browser tests (test/browser/, mostly waiting on
# Chromium and Firefox), every other test file (CPU-bound: jsdom, builds,
# the command-line tools), the type check and rules:check. Run one after the
# other they took 151–165 s; side by side the waits of the first overlap the
# work of the others. Each keeps its own output, printed whole (the browser
# tests' as they run, the others' after), then one summary line for all
# tests. The run fails if any of the four fails.
set -u
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
npm run -s typecheck >"$logs/typecheck" 2>&1 &
typecheck=$!
npm run -s rules:check >"$logs/rules-check" 2>&1 &
rules=$!
npx mocha 'test/**/*.test.ts' 'test/**/*.test.tsx' --ignore 'test/browser/**' >"$logs/unit" 2>&1 &
unit=$!
npx mocha 'test/browser/**/*.test.ts' 2>&1 | tee "$logs/browser"
browser_status=${PIPESTATUS[0]}
wait "$unit"; unit_status=$?
wait "$typecheck"; typecheck_status=$?
wait "$rules"; rules_status=$?
echo "--- unit and tool tests (exit $unit_status)"; cat "$logs/unit"
echo "--- npm run typecheck (exit $typecheck_status)"; cat "$logs/typecheck"
echo "--- npm run rules:check (exit $rules_status)"; cat "$logs/rules-check"
# One closing line for both test runs, in the form CI reads: their summaries added up.
cat "$logs/browser" "$logs/unit" | grep -E '^mocha: [0-9]+ passed' |
  awk '{ p += $2; f += $4; s += $6 } END { printf "mocha: %d passed, %d failed, %d skipped\n", p, f, s }'
# Each run must have printed its summary: a run that died before the end counts as failed.
[ "$(grep -c -E '^mocha: [0-9]+ passed' "$logs/browser" "$logs/unit" | grep -c ':1$')" -eq 2 ] || { echo "a test run ended without its summary" >&2; exit 1; }
[ "$browser_status" -eq 0 ] && [ "$unit_status" -eq 0 ] && [ "$typecheck_status" -eq 0 ] && [ "$rules_status" -eq 0 ]
