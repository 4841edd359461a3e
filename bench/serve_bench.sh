#!/usr/bin/env bash
# santun serve over loopback against one `santun check` process per message.
# Starts `santun serve --workers W` for W = 1 and 2, runs
# santun_serve_load (CLIENTS keep-alive clients x REQUESTS single-message
# POST /v1/check each), then times RUNS `santun check -` processes on the
# same message. The load generator shares the machine's cores with the
# server: on 2 cores the numbers are a floor.
# Usage: bench/serve_bench.sh [BUILD] [CLIENTS] [REQUESTS] [RUNS]
#   (BUILD must have been configured with -DSANTUN_BUILD_BENCH=ON)
set -euo pipefail
build="${1:-build}"
clients="${2:-4}"
requests="${3:-2500}"
runs="${4:-300}"
santun="$build/santun"
load="$build/bench/santun_serve_load"
msg='Dasar maling, bayar sekarang juga!'

for workers in 1 2; do
  log="$(mktemp)"
  "$santun" serve --port 0 --workers "$workers" --no-access-log 2>"$log" &
  pid=$!
  for _ in $(seq 100); do grep -q 'listening on' "$log" && break; sleep 0.05; done
  port="$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$log")"
  "$load" "$port" "$clients" 50 >/dev/null  # warm-up
  echo "serve workers=$workers clients=$clients: $("$load" "$port" "$clients" "$requests")"
  kill "$pid"
  wait "$pid" || true
  rm -f "$log"
done

times="$(mktemp)"
for _ in $(seq "$runs"); do
  t0=$(date +%s%N)
  printf '%s\n' "$msg" | "$santun" check --format json - >/dev/null || true
  t1=$(date +%s%N)
  echo $(((t1 - t0) / 1000)) >>"$times"
done
sort -n "$times" | awk -v runs="$runs" '{a[NR]=$1; s+=$1} END {
  i50 = int(NR*0.5)+1; i99 = int(NR*0.99)+1; if (i99 > NR) i99 = NR
  printf "check process per message: runs=%d messages_per_s=%.0f p50_ms=%.3f p99_ms=%.3f\n",
    runs, runs / (s / 1e6), a[i50]/1000, a[i99]/1000 }'
rm -f "$times"
