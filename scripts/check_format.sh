#!/usr/bin/env bash
# Fails (exit 1) when a C++ file of src/, tests/, tools/ or bench/ differs
# from what clang-format makes of it with the repository's .clang-format,
# and prints each such file with clang-format's complaint. Exits 77 (ctest:
# skipped) when clang-format is not installed. Run by ctest as
# format.clang_format; fix with: clang-format -i FILE...
set -euo pipefail
root="$(cd "${1:-$(dirname "${BASH_SOURCE[0]}")/..}" && pwd)"
cd "$root"
clang_format="${CLANG_FORMAT:-clang-format}"
if ! command -v "$clang_format" >/dev/null 2>&1; then
  echo "check_format: $clang_format not found (Debian package clang-format)" >&2
  exit 77
fi
mapfile -t files < <(find src tests tools bench -type f \( -name '*.cc' -o -name '*.h' \) | LC_ALL=C sort)
bad=()
for f in "${files[@]}"; do
  if ! "$clang_format" --dry-run --Werror "$f" >/dev/null 2>&1; then
    bad+=("$f")
    "$clang_format" --dry-run --Werror "$f" 2>&1 | head -n 6 >&2 || true
  fi
done
if [ "${#bad[@]}" -gt 0 ]; then
  echo "check_format: ${#bad[@]} of ${#files[@]} files are not formatted: ${bad[*]}" >&2
  echo "check_format: run clang-format -i on them (.clang-format)" >&2
  exit 1
fi
echo "check_format: ${#files[@]} files formatted ($("$clang_format" --version | head -n 1))"
