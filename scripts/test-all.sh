#!/usr/bin/env bash
# `npm test`: the whole suite, in five processes that run side by side on a
# 2-core machine. The real-browser tests mostly wait on Chromium and Firefox,
# so they run as two mocha processes of about equal length — the suites that
# share one browser of each kind (extension, hostile pages) with the user's
# choices, and every other browser suite (layout, unlisted cost) — while
# every other test file, the type check and rules:check fill the cores. Run
# one after the other they took 151–165 s; a third browser process was
# slower again (2 cores). The CPU-bound runs are niced, so a browser that the
# longest run waits on is never starved. Each run keeps its own output,
# printed whole (the first browser run's as it runs, the others' after), then
# one summary line for all tests. The run fails if any of the five fails.
set -u
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
nice -n 15 npm run -s typecheck >"$logs/typecheck" 2>&1 &
typecheck=$!
nice -n 15 npm run -s rules:check >"$logs/rules-check" 2>&1 &
rules=$!
nice -n 15 npx mocha 'test/**/*.test.ts' 'test/**/*.test.tsx' --ignore 'test/browser/**' >"$logs/unit" 2>&1 &
unit=$!
shared=(test/browser/extension.browser.test.ts test/browser/hostile-pages.browser.test.ts test/browser/user-control.browser.test.ts)
# Every other browser test file, so a new one is never left out.
own=()
for file in test/browser/*.test.ts; do
  case " ${shared[*]} " in *" $file "*) ;; *) own+=("$file") ;; esac
done
npx mocha "${own[@]}" >"$logs/browser-own" 2>&1 &
own_pid=$!
npx mocha "${shared[@]}" 2>&1 | tee "$logs/browser-shared"
shared_status=${PIPESTATUS[0]}
wait "$own_pid"; own_status=$?
wait "$unit"; unit_status=$?
wait "$typecheck"; typecheck_status=$?
wait "$rules"; rules_status=$?
echo "--- other browser suites (exit $own_status)"; cat "$logs/browser-own"
echo "--- unit and tool tests (exit $unit_status)"; cat "$logs/unit"
echo "--- npm run typecheck (exit $typecheck_status)"; cat "$logs/typecheck"
echo "--- npm run rules:check (exit $rules_status)"; cat "$logs/rules-check"
runs=("$logs/browser-shared" "$logs/browser-own" "$logs/unit")
# One closing line for the three test runs, in the form CI reads: their summaries added up.
cat "${runs[@]}" | grep -E '^mocha: [0-9]+ passed' |
  awk '{ p += $2; f += $4; s += $6 } END { printf "mocha: %d passed, %d failed, %d skipped\n", p, f, s }'
# Each run must have printed its summary: a run that died before the end counts as failed.
for run in "${runs[@]}"; do
  grep -qE '^mocha: [0-9]+ passed' "$run" || { echo "a test run ended without its summary: $(basename "$run")" >&2; exit 1; }
done
[ "$shared_status" -eq 0 ] && [ "$own_status" -eq 0 ] && [ "$unit_status" -eq 0 ] && [ "$typecheck_status" -eq 0 ] && [ "$rules_status" -eq 0 ]
