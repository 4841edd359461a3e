#!/usr/bin/python3
"""Fixes the dev/test split of new corpus/real records, by the hash of their id.

Run it when records are added, before santun is run on them:
    scripts/real_split.py corpus/real/*.jsonl
A record without "split" gets SplitOf(id) (eval/corpus.h: FNV-1a of the id,
modulo 3: 0 -> "test", else "dev"); a record whose split disagrees with its id
is an error (records never move between splits). Exit 0 when every record is
consistent, 1 otherwise. With --check nothing is written.
"""
import json
import sys


def split_of(record_id: str) -> str:
    h = 2166136261
    for b in record_id.encode("utf-8"):
        h ^= b
        h = (h * 16777619) & 0xFFFFFFFF
    return "test" if h % 3 == 0 else "dev"


def main(argv):
    check = "--check" in argv
    paths = [a for a in argv if a != "--check"]
    bad = 0
    for path in paths:
        out = []
        changed = False
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                rec = json.loads(line)
                want = split_of(rec["id"])
                if "split" not in rec:
                    # Keep the key order readable: split right after labels.
                    ordered = {}
                    for k, v in rec.items():
                        ordered[k] = v
                        if k == "labels":
                            ordered["split"] = want
                    ordered.setdefault("split", want)
                    rec = ordered
                    changed = True
                elif rec["split"] != want:
                    print(f"{path}:{number}: split {rec['split']!r} but id {rec['id']!r} belongs to {want!r}",
                          file=sys.stderr)
                    bad += 1
                out.append(json.dumps(rec, ensure_ascii=False))
        if changed and not check:
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(out) + "\n")
        elif changed:
            print(f"{path}: records without a split", file=sys.stderr)
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
