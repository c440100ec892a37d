#!/usr/bin/env bash
# Every check the project has, in CI order: lint, typecheck, unit tests, production build,
# browser tests. Ends with one line "N passed, N failed" over all suites (lint, codegen freshness,
# typecheck and build count as one check each; unit and e2e count their tests).
set -uo pipefail
cd "$(dirname "$0")/.."
out=.test-results
rm -rf "$out" && mkdir -p "$out"
passed=0
failed=0
count() { passed=$((passed + $1)); failed=$((failed + $2)); }
check() {
  local name=$1
  shift
  echo "── $name"
  if "$@"; then count 1 0; else count 0 1; echo "✗ $name failed"; fi
}
json_counts() { # file, passed-expr, failed-expr
  node -e '
    const fs = require("fs");
    try { const r = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
      const f = new Function("r", "return [" + process.argv[2] + "," + process.argv[3] + "]");
      console.log(f(r).join(" ")); } catch { console.log("0 1"); }' "$@"
}

check lint npx eslint . --max-warnings=0
# Generated codecs are fresh: regenerating from proto/ must not change them.
check "generated codecs fresh" bash -c 'npm run -s proto && git diff --exit-code --stat -- lib/cosmos/proto/gen && test -z "$(git status --porcelain -- lib/cosmos/proto/gen)"'
check typecheck npx tsc --noEmit

echo "── unit tests"
npx vitest run --reporter=default --reporter=json --outputFile="$out/unit.json"
read -r p f < <(json_counts "$out/unit.json" "r.numPassedTests" "r.numFailedTests + (r.numTotalTestSuites && r.testResults.filter(t => t.status === 'failed' && !t.assertionResults.length).length)")
count "$p" "$f"

echo "── production build"
if npm run -s build; then
  count 1 0
  check "first-load JS budget" npx tsx scripts/first-load-js.ts
  check "worker JS budget" npx tsx scripts/worker-js.ts
  echo "── browser tests"
  if chromium_path=$(bash scripts/ensure-chromium.sh); then
    export PW_CHROMIUM_PATH="$chromium_path"
    PLAYWRIGHT_JSON_OUTPUT_NAME="$out/e2e.json" npx playwright test --reporter=list,json
    read -r p f < <(json_counts "$out/e2e.json" "r.stats.expected + r.stats.flaky" "r.stats.unexpected + (r.errors || []).length")
    count "$p" "$f"
  else
    echo "✗ no Chromium available for the browser tests"
    count 0 1
  fi
else
  count 0 1
  echo "✗ build failed; browser tests not run"
  count 0 1
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
