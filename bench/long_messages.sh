#!/usr/bin/env bash
# The cost of one long message, in one run: 100 KB against 1 MB of each
# pathological shape (issue 13 item 5, issue 18 item 11). A linear engine
# gives a ratio near 10; the target is <= 12.
#   realistic  corpus messages (bench/gen_corpus.py) joined into one text
#   rupiah     'Rp 1.000.000 ' repeated
#   dates      'Bayar sebelum 15 Desember 2026. ' repeated
#   phones     'Hubungi 0812-3456-7890 sekarang. ' repeated
#   threats    a threat with an amount and a date, repeated (many hits with fixes)
#   unicode    a non-ASCII threat line without line breaks (UTF-16 columns)
# Usage: bench/long_messages.sh [SANTUN]   (prints one line per shape, then
# the worst ratio; exit 1 when a ratio exceeds 12)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
santun="$(realpath "${1:-$root/build/santun}")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

/usr/bin/python3 "$root/bench/gen_corpus.py" -n 8000 --seed 15 -o "$tmp/corpus.jsonl"
/usr/bin/python3 - "$tmp" <<'EOF'
import json, pathlib, sys
tmp = pathlib.Path(sys.argv[1])
texts = [json.loads(l)["text"] for l in (tmp / "corpus.jsonl").read_text(encoding="utf-8").splitlines()]
def realistic(size):
    out, n = [], 0
    for t in texts:
        if n >= size:
            break
        out.append(t)
        n += len(t.encode()) + 2
    return "\n\n".join(out)
shapes = {
    "rupiah": "Rp 1.000.000 ",
    "dates": "Bayar sebelum 15 Desember 2026. ",
    "phones": "Hubungi 0812-3456-7890 sekarang. ",
    "threats": "Bayar hari ini juga atau kami datang ke rumah Anda, Rp 1.000.000 jatuh tempo 15/12/2026. ",
    "unicode": "Tagihan Anda \u201cRp 1.000.000\u201d \u2014 bayar hari ini juga atau kami datang ke rumah! ",
}
for label, size in (("100k", 100_000), ("1m", 1_000_000)):
    (tmp / f"realistic-{label}.txt").write_text(realistic(size), encoding="utf-8")
    for name, unit in shapes.items():
        (tmp / f"{name}-{label}.txt").write_text(unit * (size // len(unit.encode())), encoding="utf-8")
EOF

# seconds FILE: wall time of `santun check --format json` on one file.
seconds() {
  local start end
  start=$(date +%s.%N)
  "$santun" check --format json --today 2026-12-01 "$1" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

printf '%-10s %10s %10s %7s\n' shape "100 KB s" "1 MB s" ratio
worst=0
for shape in realistic rupiah dates phones threats unicode; do
  small=$(seconds "$tmp/$shape-100k.txt")
  large=$(seconds "$tmp/$shape-1m.txt")
  ratio=$(echo "$large / $small" | bc -l)
  printf '%-10s %10.3f %10.3f %7.1f\n' "$shape" "$small" "$large" "$ratio"
  if (($(echo "$ratio > $worst" | bc -l))); then worst=$ratio; fi
done
printf 'worst ratio %.1f (target <= 12)\n' "$worst"
(($(echo "$worst <= 12" | bc -l)))
