#!/usr/bin/env bash
# Start-up of `santun check` on one short message with all shipped rules
# (hyperfine median), and peak memory (/usr/bin/time -v). Usage:
#   bash bench/startup.sh [path/to/santun]
set -euo pipefail
santun="${1:-$(dirname "$0")/../build/santun}"
msg="$(mktemp)"
printf 'Dasar p3n1pu, bayar sekarang juga!\n' > "$msg"
echo "== start-up: santun check on one short message"
hyperfine --warmup 20 --runs 200 -N -i --export-json /tmp/santun-startup.json "$santun check $msg" >/dev/null
python3 - <<'PY'
import json
r = json.load(open("/tmp/santun-startup.json"))["results"][0]
print(f"median {r['median']*1000:.2f} ms, mean {r['mean']*1000:.2f} ms, min {r['min']*1000:.2f} ms over {len(r['times'])} runs")
PY
echo "== for scale: /bin/true"
hyperfine --warmup 20 --runs 200 -N --export-json /tmp/true-startup.json "/bin/true" >/dev/null
python3 -c "import json; r=json.load(open('/tmp/true-startup.json'))['results'][0]; print(f\"median {r['median']*1000:.2f} ms\")"
echo "== peak memory"
/usr/bin/time -v "$santun" check "$msg" 2>&1 >/dev/null | grep "Maximum resident" || true
rm -f "$msg"
