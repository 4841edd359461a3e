#!/bin/bash
# Scaling of scripts/santun-dask.py on this machine against one santun
# process: a generated corpus (bench/gen_corpus.py, seeded) screened by
#   1. santun check --input jsonl --format jsonl --jobs JOBS   (one process)
#   2. santun-dask.py on a LocalCluster of 1 worker, then of 2 workers
# with wall time and messages/s for each, and the count check: as many
# output lines as input lines, the same ids in the same order, and the Dask
# output byte-identical to the direct one. Outputs are deleted after the
# check (1 M messages give about 0.8 GB of results per run).
#
# usage: bash bench/dask_scaling.sh [SANTUN] [MESSAGES] [JOBS] [BLOCKSIZE]
#        (defaults: build/santun 1000000 2 8MiB; data under build/dask-bench)
set -u
here=$(cd "$(dirname "$0")" && pwd)
santun=$(realpath "${1:-$here/../build/santun}")
count=${2:-1000000}
jobs=${3:-2}
blocksize=${4:-8MiB}
python=/usr/bin/python3   # Debian's python3-dask is installed for this one
work="$here/../build/dask-bench"
mkdir -p "$work"
work=$(realpath "$work")
input="$work/corpus-$count.jsonl"

[ -x "$santun" ] || { echo "no santun binary at $santun" >&2; exit 2; }
if [ ! -s "$input" ]; then
  echo "== generating $count messages (bench/gen_corpus.py --seed 15)"
  "$python" "$here/gen_corpus.py" -n "$count" --seed 15 -o "$input.tmp" && mv "$input.tmp" "$input"
fi
lines=$(wc -l < "$input")
bytes=$(stat -c %s "$input")
cut -d'"' -f4 "$input" > "$work/ids.in"
echo "input: $input, $lines lines, $((bytes / 1024 / 1024)) MiB; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

failed=0
rate() { awk -v n="$lines" -v s="$1" 'BEGIN { printf "%.0f", n / s }'; }
# timed NAME COMMAND...: runs it under GNU time; sets wall (s) and cpu (user + sys, s, children included).
timed() {
  local name=$1
  shift
  /usr/bin/time -f "%e %U %S" -o "$work/$name.time" "$@"
  status=$?
  read -r wall user sys < <(tail -n 1 "$work/$name.time")  # after "Command exited with ..."
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
}

# check NAME FILE...: the count and id check of one run's output.
check() {
  local name=$1
  shift
  local out_lines
  out_lines=$(cat "$@" | wc -l)
  cat "$@" | cut -d'"' -f4 > "$work/ids.out"
  if [ "$out_lines" -ne "$lines" ]; then
    echo "  FAIL $name: $out_lines output lines for $lines input lines"; failed=1
  elif ! cmp -s "$work/ids.in" "$work/ids.out"; then
    echo "  FAIL $name: ids differ from the input's"; failed=1
  else
    echo "  count check: $out_lines lines in, $out_lines out, ids identical and in order"
  fi
}

echo "== santun check --jobs 1 (one process, one thread)"
timed direct-1 "$santun" check --input jsonl --format jsonl --jobs 1 "$input" > "$work/direct.jsonl"
echo "  exit $status, $wall s, $(rate "$wall") messages/s, CPU $cpu s"
check direct-1 "$work/direct.jsonl"

echo "== santun check --jobs $jobs (one process)"
timed direct "$santun" check --input jsonl --format jsonl --jobs "$jobs" "$input" > "$work/direct.jsonl"
direct_s=$wall
direct_cpu=$cpu
echo "  exit $status, $wall s, $(rate "$wall") messages/s, CPU $cpu s, output $(($(stat -c %s "$work/direct.jsonl") / 1024 / 1024)) MiB"
check direct "$work/direct.jsonl"

for workers in 1 2; do
  echo "== santun-dask.py, LocalCluster of $workers worker(s), --blocksize $blocksize"
  rm -rf "$work/dask-$workers"
  timed "dask-$workers" "$python" "$here/../scripts/santun-dask.py" --no-progress --workers "$workers" \
    --blocksize "$blocksize" --santun "$santun" --isolated -o "$work/dask-$workers" "$input" \
    > "$work/dask-$workers.summary.txt" 2> "$work/dask-$workers.err"
  inner=$("$python" -c "import json,sys; s=json.load(open(sys.argv[1])); print(f\"{s['seconds']:.1f} s from submit to done, {s['partitions']} partitions\")" "$work/dask-$workers/summary.json")
  echo "  exit $status, $wall s with cluster start-up and shut-down ($inner), $(rate "$wall") messages/s, CPU $cpu s"
  echo "  against santun --jobs $jobs: $(awk -v a="$direct_s" -v b="$wall" 'BEGIN { printf "%+.0f %%", (b / a - 1) * 100 }') wall time," \
       "$(awk -v a="$direct_cpu" -v b="$cpu" 'BEGIN { printf "%+.0f %%", (b / a - 1) * 100 }') CPU time"
  check "dask-$workers" "$work/dask-$workers"/part-*.jsonl
  if cat "$work/dask-$workers"/part-*.jsonl | cmp -s - "$work/direct.jsonl"; then
    echo "  output byte-identical to the direct run"
  else
    echo "  FAIL: output differs from the direct run"; failed=1
  fi
  rm -rf "$work/dask-$workers"
done
rm -f "$work/direct.jsonl" "$work/ids.in" "$work/ids.out"
exit $failed
