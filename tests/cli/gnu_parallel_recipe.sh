#!/bin/bash
# The GNU parallel recipe of docs/scale-out.md, run for real: its two code
# blocks (santun-stage.sh and the recipe, marked "run by
# tests/cli/gnu_parallel_recipe.sh") are taken out of the document and run on
# 1.1 MB of generated messages. The run must use more than one job and give
# output byte-identical to one santun over the whole input; with malformed
# lines in it, the same except the "line" of the error records (counted
# within a block), and each error record on the output line of its input
# line. usage: gnu_parallel_recipe.sh SANTUN
set -u
santun=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
doc="$root/docs/scale-out.md"
parallel --version 2> /dev/null | grep -q "GNU parallel" || { echo "GNU parallel is not installed: skipped"; exit 77; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

# block NAME: the fenced code block after the line "<!-- NAME: run by ... -->".
block() {
  awk -v marker="<!-- $1: run by tests/cli/gnu_parallel_recipe.sh -->" '
    $0 == marker { found = 1; next }
    found == 1 && /^```/ { found = 2; next }
    found == 2 && /^```/ { exit }
    found == 2 { print }' "$doc"
}
block santun-stage.sh > "$dir/santun-stage.sh"
block recipe > "$dir/recipe.sh"
[ -s "$dir/santun-stage.sh" ] && [ -s "$dir/recipe.sh" ] ||
  { echo "docs/scale-out.md: the marked santun-stage.sh or recipe block is missing"; exit 1; }
grep -q -- "--pipe --keep-order --block" "$dir/recipe.sh" || { echo "the recipe no longer uses --pipe --keep-order --block"; exit 1; }
mkdir "$dir/bin"
ln -s "$santun" "$dir/bin/santun"

failed=0
# run NAME GEN-ARGS...: generate messages.jsonl, run the direct santun and the recipe.
run() {
  local name=$1
  shift
  mkdir -p "$dir/$name"
  cp "$dir/santun-stage.sh" "$dir/$name/"
  /usr/bin/python3 "$root/bench/gen_corpus.py" -n 2100 --seed 11 "$@" -o "$dir/$name/messages.jsonl" || exit 1
  (cd "$dir/$name" && "$santun" check --input jsonl --format jsonl --jobs 2 - < messages.jsonl > direct.jsonl 2> /dev/null)
  (cd "$dir/$name" && PATH="$dir/bin:$PATH" PARALLEL="--will-cite --joblog $dir/$name/jobs.log" bash ../recipe.sh 2> recipe.err)
  local status=$?
  size=$(stat -c %s "$dir/$name/messages.jsonl")
  jobs=$(($(wc -l < "$dir/$name/jobs.log") - 1))
  echo "$name: $size bytes, $(wc -l < "$dir/$name/messages.jsonl") records, $jobs jobs, recipe exit $status"
  [ "$status" -eq 0 ] || { echo "FAIL: the recipe exited $status"; failed=1; }
  [ "$size" -ge 1048576 ] || { echo "FAIL: the input is under 1 MiB"; failed=1; }
  [ "$jobs" -gt 1 ] || { echo "FAIL: the recipe ran $jobs job(s), not more than one"; failed=1; }
}

run clean
if cmp -s "$dir/clean/direct.jsonl" "$dir/clean/results.jsonl"; then
  echo "clean: output byte-identical to the direct run"
else
  echo "FAIL: the recipe's output differs from the direct run:"
  diff "$dir/clean/direct.jsonl" "$dir/clean/results.jsonl" | head -5 | cut -c1-200
  failed=1
fi

run malformed --malformed 5
strip_line() { sed -E 's/^(\{"id":[^,]*,"path":"-"),"line":[0-9]+,"error":"line [0-9]+: /\1,"error":"/' "$1"; }
if diff <(strip_line "$dir/malformed/direct.jsonl") <(strip_line "$dir/malformed/results.jsonl") > "$dir/diff"; then
  echo "malformed: output identical to the direct run but for the line of the error records"
else
  echo "FAIL: the recipe's output differs from the direct run:"
  head -5 "$dir/diff" | cut -c1-200
  failed=1
fi
# Error records: five, each on the output line of its input line (no blank lines here).
expected=$(grep -n '"line"' "$dir/malformed/direct.jsonl" | sed -E 's/^([0-9]+):.*"line":([0-9]+),.*/\1 \2/' |
  awk '$1 == $2 { n++ } END { print n + 0 }')
traced=$(grep -n '"error"' "$dir/malformed/results.jsonl" | cut -d: -f1 | tr '\n' ' ')
want=$(grep -n '"error"' "$dir/malformed/direct.jsonl" | cut -d: -f1 | tr '\n' ' ')
[ "$expected" -eq 5 ] && [ "$traced" = "$want" ] ||
  { echo "FAIL: error records at output lines '$traced', input lines '$want' ($expected of 5 in the direct run)"; failed=1; }
[ "$failed" -eq 0 ] && echo "GNU parallel recipe: more than one job, same output as the direct run"
exit $failed
