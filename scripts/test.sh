#!/usr/bin/env bash
# Runs every test suite against what scripts/build.mjs just built: C++ unit tests, Node tests over the real wasm,
# browser tests in real headless Chromium, then the slow corpus evaluations with their floors. All suites run; the
# exit code says whether any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
failed=()
suite() {
  local name=$1; shift
  echo "== $name"
  "$@" || failed+=("$name")
}
suite "core (ctest)" ctest --preset native --output-on-failure
suite "js (node --test, real wasm)" node --test tests/js/
suite "browser (Chromium)" node --test --test-concurrency=1 tests/browser/
suite "extension (Chromium, unpacked)" node --test --test-concurrency=1 tests/extension/
if compgen -G "tests/eval/*.test.mjs" >/dev/null; then
  suite "eval (corpus floors)" node --test tests/eval/
fi
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED suites: ${failed[*]}"
  exit 1
fi
echo "all suites passed"
