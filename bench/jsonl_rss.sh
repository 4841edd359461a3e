#!/bin/bash
# Streams generated JSONL through `santun check --input jsonl --format jsonl`
# and checks what docs/scale-out.md promises: every record comes out, in input
# order, and peak memory stays flat (under 100 MB) however long the input.
# Reports peak RSS (GNU time -v) and throughput.
#
# usage: bash bench/jsonl_rss.sh [SANTUN] [LINES] [JOBS]
#        (defaults: build/santun 200000 2)
set -u
santun=${1:-build/santun}
lines=${2:-200000}
jobs=${3:-2}
limit_kb=$((100 * 1024))
[ -x "$santun" ] || { echo "no santun binary at $santun (build it, or pass its path)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time is needed: apt-get install time" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Four kinds of message, each id unique; every 13th one is a long letter
# (about 4 KB) so that work per record is uneven.
generate() {
  seq 1 "$lines" | awk '{
    n = $1 % 4
    if (n == 0) t = "Dasar p3n1pu, bayar sekarang juga!"
    else if (n == 1) t = "Yth. Bapak Budi, tagihan Anda Rp 1.500.000 jatuh tempo 20 Desember 2026. Terima kasih."
    else if (n == 2) t = "Bayar hari ini!!! Kami akan datang ke kantor Anda."
    else t = "You are a thief. Pay now or we call the police."
    if ($1 % 13 == 0) for (k = 0; k < 90; k++) t = t " Mohon segera diselesaikan sesuai kesepakatan."
    printf "{\"id\":\"m%d\",\"text\":\"%s\"}\n", $1, t
  }'
}

# Every output line must carry the id of the same input line: m1, m2, ...
# (cut extracts the id cheaply: the checker must not slow the pipe down).
check_order() {
  tee >(wc -c > "$tmp/bytes") | cut -d'"' -f4 | awk -v out="$tmp/count" '
    $0 != "m" NR { bad++; if (bad <= 3) print "out of order at output line " NR ": id " $0 > "/dev/stderr" }
    END { print NR, bad + 0 > out }'
}

generate | /usr/bin/time -v -o "$tmp/time" "$santun" check --input jsonl --format jsonl --jobs "$jobs" - | check_order
status=("${PIPESTATUS[@]}")
wait  # for wc in the process substitution
read -r count bad < "$tmp/count"
bytes=$(cat "$tmp/bytes")
rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/time")
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$tmp/time")
cpu=$(awk -F': ' '/Percent of CPU/ { print $2 }' "$tmp/time")
seconds=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
rate=$(awk -v n="$lines" -v s="$seconds" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }')

echo "santun check --input jsonl --format jsonl --jobs $jobs: $lines records"
echo "  output:     $count lines, $((bytes / 1024 / 1024)) MiB, out of order: $bad"
echo "  wall time:  $wall ($cpu CPU)"
echo "  throughput: $rate messages/s"
echo "  peak RSS:   $((rss_kb / 1024)) MB ($rss_kb kB; limit $((limit_kb / 1024)) MB)"

failed=0
# santun exits 1: the generated messages have findings.
[ "${status[1]}" -eq 1 ] || { echo "FAIL: santun exited ${status[1]}, expected 1"; failed=1; }
[ "$count" -eq "$lines" ] || { echo "FAIL: $count output lines for $lines input lines"; failed=1; }
[ "$bad" -eq 0 ] || { echo "FAIL: $bad records out of order"; failed=1; }
[ "$rss_kb" -lt "$limit_kb" ] || { echo "FAIL: peak RSS over the limit"; failed=1; }
exit $failed
