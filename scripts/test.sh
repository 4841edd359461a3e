#!/usr/bin/env bash
# Quick start, step 2: the same set-up, then the whole test suite: the
# Release build's ctest (unit and CLI tests, the rule examples, the corpus
# evaluation floor, the include arrows of docs/architecture.md and the
# clang-format check), and the same suite again under AddressSanitizer +
# UndefinedBehaviorSanitizer, but for the tests labelled no-sanitize (no
# santun code, or external clients: tests/CMakeLists.txt).
# SANTUN_SKIP_SANITIZE=1 skips the sanitizer pass (local iteration only).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
santun_setup
jobs="$(nproc 2>/dev/null || echo 2)"

echo "== ctest (Release)"
ctest --test-dir "$SANTUN_BUILD" --output-on-failure -j "$jobs"

if [ "${SANTUN_SKIP_SANITIZE:-0}" != "1" ]; then
  echo "== ctest (address,undefined sanitizers)"
  santun_build "$SANTUN_BUILD/sanitize" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSANTUN_SANITIZE=address,undefined
  ASAN_OPTIONS=halt_on_error=1:detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ctest --test-dir "$SANTUN_BUILD/sanitize" --output-on-failure -j "$jobs" --label-exclude no-sanitize
fi
echo "== all tests passed"
