#!/usr/bin/env bash
# Prints md5 checksums of santun's output over the whole corpus, to show that
# a refactoring changes no byte of it: run it before and after, compare.
#   check-jsonl    every corpus record through `check --input jsonl --format jsonl`
#                  (id, text, lang, mode, channel, send_at), with --today fixed
#   check-jsonl-us the same with --profile us
#   check-jsonl-now the same without --today (date-dependent: compare on one day)
#   eval           `eval corpus/ --format json`
#   rules          `rules --format json`
#   rewrite-*      `rewrite` (human and json) over corpus/samples and over every
#                  corpus message (with the record's lang and profile)
#   check-fix      `check --diff --unsafe-fixes` and `check --fix` on stdin over the samples
#   check-msgs-*   every corpus message as a text file: human, json, sarif and github
#                  output, --diff (safe and unsafe), and --fix in place (output + files)
# Every line also records the exit code. Usage: scripts/corpus_checksum.sh [SANTUN]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
santun="$(realpath "${1:-$root/build/santun}")"
today=2026-12-01
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

sum() { md5sum | cut -d' ' -f1; }
# run NAME CMD...: prints "NAME md5 exit=N" of CMD's stdout+stderr.
run() {
  local name="$1" rc=0
  shift
  "$@" >"$tmp/out" 2>&1 || rc=$?
  # SARIF names the folder santun ran in (%SRCROOT%), a new temporary one each run.
  echo "$name $(sed "s|$tmp|TMP|g" "$tmp/out" | sum) exit=$rc"
}

/usr/bin/python3 - "$root/corpus" "$tmp" <<'EOF'
import json, pathlib, sys
corpus, tmp = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
keys = ("id", "text", "lang", "mode", "channel", "send_at")
with open(tmp / "input.jsonl", "w", encoding="utf-8") as out, \
     open(tmp / "rewrite.tsv", "w", encoding="utf-8") as rw:
    n = 0
    for f in sorted(corpus.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            out.write(json.dumps({k: r[k] for k in keys if k in r}, ensure_ascii=False) + "\n")
            msg = f"msg{n:04d}.txt"
            (tmp / msg).write_text(r["text"], encoding="utf-8")
            rw.write(f"{msg}\t{r.get('lang', 'auto')}\t{r.get('profile', 'auto')}\n")
            n += 1
EOF
# Paths in the output are relative to the temporary folder, which has no
# santun.toml above it: built-in settings only.
cd "$tmp"

run check-jsonl "$santun" check --input jsonl --format jsonl --jobs 1 --today "$today" input.jsonl
run check-jsonl-us "$santun" check --input jsonl --format jsonl --jobs 1 --today "$today" --profile us input.jsonl
run check-jsonl-now "$santun" check --input jsonl --format jsonl --jobs 1 input.jsonl
run eval "$santun" eval "$root/corpus" --format json --today "$today"
run eval-now "$santun" eval "$root/corpus" --format json
run rules "$santun" rules --format json

cp -r "$root/corpus/samples" samples
samples=(samples/*)
for format in human json; do
  for profile in auto id us generic; do
    run "rewrite-samples-$format-$profile" \
      bash -c 'for f in "${@:4}"; do "$1" rewrite --format "$2" --profile "$3" --today 2026-12-01 "$f"; echo "exit=$?"; done' \
      _ "$santun" "$format" "$profile" "${samples[@]}"
  done
  while IFS=$'\t' read -r msg lang profile; do
    "$santun" rewrite --format "$format" --lang "$lang" --profile "$profile" --today "$today" "$msg" 2>&1 || echo "exit=$?"
  done <"$tmp/rewrite.tsv" >"$tmp/rewrites-$format"
  echo "rewrite-corpus-$format $(sum <"$tmp/rewrites-$format")"
done

run check-samples-json "$santun" check --format json --today "$today" "${samples[@]}"
run check-diff "$santun" check --diff --unsafe-fixes --today "$today" "${samples[@]}"
run check-fix-stdin bash -c 'for f in "${@:2}"; do "$1" check --fix --unsafe-fixes --today 2026-12-01 - <"$f"; echo "exit=$?"; done' \
  _ "$santun" "${samples[@]}"

msgs=(msg*.txt)
for format in human json sarif github; do
  run "check-msgs-$format" "$santun" check --format "$format" --today "$today" "${msgs[@]}"
done
run check-msgs-diff "$santun" check --diff --today "$today" "${msgs[@]}"
run check-msgs-diff-unsafe "$santun" check --diff --unsafe-fixes --today "$today" "${msgs[@]}"
for mode in safe unsafe; do
  rm -rf "$tmp/fix" && mkdir "$tmp/fix" && cp "${msgs[@]}" "$tmp/fix/"
  flags=(--fix)
  [ "$mode" = unsafe ] && flags+=(--unsafe-fixes)
  (cd "$tmp/fix" && run "check-msgs-fix-$mode" "$santun" check "${flags[@]}" --today "$today" msg*.txt)
  echo "check-msgs-fix-$mode-files $(cd "$tmp/fix" && cat msg*.txt | sum)"
done
