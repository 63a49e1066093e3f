#!/usr/bin/env bash
# Runs every test suite against what scripts/build.mjs just built: C++ unit tests (also under ASan + UBSan), fuzzing
# for a bounded time, hostile inputs through every layer, Node tests over the real wasm,
# browser tests in real headless Chromium, the npm package as installed elsewhere, then the slow corpus evaluations
# with their floors when the gold is there. All suites run; the exit code says whether any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
failed=()
suite() {
  local name=$1; shift
  echo "== $name"
  "$@" || failed+=("$name")
}
suite "core (ctest)" ctest --preset native --output-on-failure
suite "core under ASan + UBSan (ctest, asan preset)" \
  bash -c 'cmake --preset asan --log-level=WARNING && cmake --build --preset asan -j 2 && ctest --preset asan'
suite "fuzz (libFuzzer, ASan + UBSan: analyze 60 s, JSON-lines reader 20 s)" node scripts/fuzz.mjs 60
suite "hostile input (core through both CLIs, wasm)" node --test tests/hostile/
suite "js (node --test, real wasm)" node --test tests/js/
suite "browser (Chromium)" node --test --test-concurrency=1 tests/browser/
suite "extension (Chromium, unpacked)" node --test --test-concurrency=1 tests/extension/
suite "package (npm pack, installed offline: Node, bin, esbuild page and workers in Chromium, types)" node --test tests/package/
# Only the corpus floors need the gold, found as scripts/eval.mjs finds it: NEWSMARK_GOLD, else ../shared/gold.
gold=$(realpath -m "${NEWSMARK_GOLD:-../shared/gold}")
if [ -d "$gold/dev" ]; then
  suite "eval (corpus floors)" node --test tests/eval/
else
  echo "eval (corpus floors): skipped, no gold at $gold; set NEWSMARK_GOLD=/path/to/gold to run it"
fi
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED suites: ${failed[*]}"
  exit 1
fi
echo "all suites passed"
