#!/bin/bash
# The GNU parallel recipe of docs/scale-out.md, run for real: a few hundred
# generated JSONL records (one malformed) split into chunks across processes
# must give the same lines, in the same order, as one santun over the whole
# input. Error records carry the line number inside their chunk, so "line"
# is left out of the comparison. usage: gnu_parallel_recipe.sh SANTUN
set -u
santun=$1
parallel --version 2> /dev/null | grep -q "GNU parallel" || { echo "GNU parallel is not installed: skipped"; exit 77; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

seq 1 400 | awk '{
  n = $1 % 4
  if (n == 0) t = "Dasar p3n1pu, bayar sekarang juga!"
  else if (n == 1) t = "Yth. Bapak Budi, tagihan Anda Rp 1.500.000 jatuh tempo 20 Desember 2026."
  else if (n == 2) t = "Bayar hari ini!!! Kami akan lapor polisi."
  else t = "You are a thief. Pay now!"
  if ($1 == 250) printf "{\"id\": \"m%d\", \"text\": %d}\n", $1, $1
  else printf "{\"id\": \"m%d\", \"text\": \"%s (%d)\"}\n", $1, t, $1
}' > "$dir/in.jsonl"

"$santun" check --input jsonl --format jsonl --jobs 2 - < "$dir/in.jsonl" > "$dir/direct.jsonl" 2> /dev/null
status=$?
[ "$status" -eq 3 ] || { echo "direct run: exit $status, expected 3 (one malformed line)"; exit 1; }

# The recipe: chunks of 50 lines, 4 santun processes, output in input order.
parallel --will-cite --pipe --keep-order -N 50 -j 4 \
  "$santun" check --input jsonl --format jsonl --jobs 1 - < "$dir/in.jsonl" > "$dir/parallel.jsonl" 2> /dev/null

strip_line() { sed -E 's/,"line":[0-9]+//' "$1"; }
lines=$(wc -l < "$dir/parallel.jsonl")
[ "$lines" -eq 400 ] || { echo "parallel: $lines lines, expected 400"; exit 1; }
if ! diff <(strip_line "$dir/direct.jsonl") <(strip_line "$dir/parallel.jsonl") > "$dir/diff"; then
  echo "parallel output differs from the direct run:"
  head -20 "$dir/diff"
  exit 1
fi
grep -q '"id":"m250","path":"-","line":50,"error":"'"'"'text'"'"' must be a string"' "$dir/parallel.jsonl" ||
  { echo "the malformed record m250 is missing or misplaced"; exit 1; }
echo "GNU parallel recipe: 400 records, same order and content as the direct run"
