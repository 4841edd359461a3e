#!/usr/bin/env bash
# Fuzzes santun's parsers and the linter with libFuzzer (clang 14) under
# AddressSanitizer + UndefinedBehaviorSanitizer, starting from the seeds in
# tests/fuzz/seeds. Every build's ctest already replays those seeds
# (fuzz_replay.*); this script searches for new failures.
#
# usage: bash scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#        (defaults: 60 seconds; every target: fuzz_lint fuzz_normalize fuzz_pack fuzz_jsonl fuzz_lsp)
# Needs clang (apt-get install clang). Inputs that libFuzzer finds go to
# build/fuzz/corpus/TARGET, crashes to build/fuzz/artifacts/; the seeds in
# the source tree are not modified. Exit code 1 when a target fails.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_lint fuzz_normalize fuzz_pack fuzz_jsonl fuzz_lsp)
command -v clang++ >/dev/null || { echo "santun: fuzzing needs clang: apt-get install clang" >&2; exit 2; }

build="$root/build/fuzz"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DSANTUN_BUILD_FUZZ=ON -DSANTUN_BUILD_TESTS=OFF -DSANTUN_SANITIZE=address,undefined >/dev/null
ninja -C "$build" "${targets[@]}"

mkdir -p "$build/artifacts"
status=0
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  mkdir -p "$corpus"
  # Packs and santun.toml (one TOML reader), JSONL streams and LSP sessions
  # are files: 6000 nested '[' took 6 KB to overflow toml11's stack, past a
  # 4096-byte cap. Messages get room for long ones (quadratic steps hid there).
  case "$target" in
    fuzz_pack | fuzz_jsonl | fuzz_lsp) max_len=65536 ;;
    fuzz_lint) max_len=16384 ;;
    *) max_len=4096 ;;
  esac
  echo "== $target: ${seconds}s, -max_len=$max_len"
  if ! ASAN_OPTIONS=halt_on_error=1:detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
      "$build/tests/fuzz/$target" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 \
      -artifact_prefix="$build/artifacts/$target-" "$corpus" "$root/tests/fuzz/seeds/$target"; then
    echo "santun: $target failed; the input is in $build/artifacts/" >&2
    status=1
  fi
done
exit $status
