#!/usr/bin/env bash
# docs/rules/ is the rule reference that `santun explain --all --format
# markdown` generates from the built-in packs: fails when it is stale (a rule
# changed without regenerating it) and names the files that differ.
# Usage: rules_reference.sh SANTUN SOURCE_DIR
set -euo pipefail
santun="$1"
root="$2"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$santun" explain --all --format markdown -o "$out" 2>/dev/null
if ! diff -r -u "$root/docs/rules" "$out" >"$out.diff" 2>&1; then
  echo "docs/rules/ is stale; regenerate it with:"
  echo "  build/santun explain --all --format markdown -o docs/rules"
  head -40 "$out.diff"
  rm -f "$out.diff"
  exit 1
fi
rm -f "$out.diff"
echo "docs/rules/: $(ls "$root/docs/rules" | wc -l) pages, up to date"
