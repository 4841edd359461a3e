#!/usr/bin/env python3
"""Fails when an #include of src/ crosses the layers that docs/architecture.md allows.

The rules are read from the fenced block under "## Allowed include arrows" in
docs/architecture.md, so the document and the check cannot drift apart:

    engine   -> fix, ruleset, extract, text, core
    <re2/    not in report
    "cli/config_resolver.h"   only in cli/session.cc, cli/config_resolver.cc

An arrow line says which other top-level folders of src/ a folder's files may
include ("x/..." with quotes; its own folder is always allowed; "-" for none).
Every folder of src/ must have one, and the arrows must not form a cycle.
A line starting with an include prefix limits where that include may appear
("only in" / "not in" folders or files of src/).

Usage: check_includes.py [ROOT]   (ROOT: the source tree, default: this script's parent folder)
Prints one line per violation ("src/engine/linter.cc:17: engine -> config is not an allowed arrow") and exits 1
when there is any, else prints a one-line summary and exits 0.
"""
import pathlib
import re
import sys

HEADING = "## Allowed include arrows"
INCLUDE = re.compile(r'^\s*#\s*include\s+([<"][^>"]+[>"])')


def read_rules(doc):
    """Returns ({folder: set of folders}, [(prefix, kind, places)]) from the block under HEADING."""
    lines = doc.read_text(encoding="utf-8").splitlines()
    try:
        start = lines.index(HEADING)
    except ValueError:
        sys.exit(f"{doc}: no '{HEADING}' section")
    block, inside = [], False
    for line in lines[start + 1:]:
        if line.startswith("```"):
            if inside:
                break
            inside = True
            continue
        if inside:
            block.append(line)
    arrows, limits = {}, []
    for n, line in enumerate(block, 1):
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if not line:
            continue
        if "->" in line:
            folder, targets = (part.strip() for part in line.split("->", 1))
            arrows[folder] = set() if targets == "-" else {t.strip() for t in targets.split(",")}
            continue
        m = re.match(r'^(\S+)\s+(only in|not in)\s+(.+)$', line)
        if not m:
            sys.exit(f"{doc}: cannot read rule line {n} of '{HEADING}': {line!r}")
        limits.append((m.group(1), m.group(2), [p.strip() for p in m.group(3).split(",")]))
    return arrows, limits


def find_cycle(arrows):
    """Returns a list of folders that form a cycle in the allowed arrows, or []."""
    state, path = {}, []

    def visit(node):
        state[node] = "open"
        path.append(node)
        for nxt in sorted(arrows.get(node, ())):
            if state.get(nxt) == "open":
                return path[path.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        state[node] = "done"
        path.pop()
        return []

    for node in sorted(arrows):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return []


def in_places(rel, places):
    """True when src-relative path `rel` ("engine/linter.cc") is one of `places` (folders or files)."""
    return any(rel == p or rel.startswith(p.rstrip("/") + "/") for p in places)


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent)
    doc = root / "docs" / "architecture.md"
    arrows, limits = read_rules(doc)
    src = root / "src"
    problems = []
    folders = sorted(p.name for p in src.iterdir() if p.is_dir())
    for folder in folders:
        if folder not in arrows:
            problems.append(f"src/{folder}/: no arrow line for this folder in {doc.relative_to(root)}")
    for folder in sorted(arrows):
        if folder not in folders:
            problems.append(f"{doc.relative_to(root)}: arrow line for '{folder}', which is not a folder of src/")
        for target in sorted(arrows[folder]):
            if target not in arrows:
                problems.append(f"{doc.relative_to(root)}: '{folder} -> {target}' names no folder with an arrow line")
    cycle = find_cycle(arrows)
    if cycle:
        problems.append(f"{doc.relative_to(root)}: the allowed arrows form a cycle: {' -> '.join(cycle)}")
    files = 0
    for path in sorted(src.rglob("*")):
        if path.suffix not in (".h", ".cc") or not path.is_file():
            continue
        files += 1
        rel = path.relative_to(src).as_posix()
        folder = rel.split("/", 1)[0]
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = INCLUDE.match(line)
            if not m:
                continue
            target = m.group(1)
            where = f"src/{rel}:{n}"
            if target.startswith('"') and "/" in target:
                to = target[1:].split("/", 1)[0]
                if to != folder and to not in arrows.get(folder, set()):
                    problems.append(f"{where}: {folder} -> {to} is not an allowed arrow ({target})")
            for prefix, kind, places in limits:
                if not target.startswith(prefix):
                    continue
                inside = in_places(rel, places)
                if kind == "only in" and not inside:
                    problems.append(f"{where}: {target} may be included only in {', '.join(places)}")
                elif kind == "not in" and inside:
                    problems.append(f"{where}: {target} must not be included in {', '.join(places)}")
    for p in problems:
        print(p)
    if problems:
        print(f"check_includes: {len(problems)} problems (rules: {doc.relative_to(root)}, '{HEADING}')")
        return 1
    print(f"check_includes: {files} files of src/ follow the {sum(map(len, arrows.values()))} allowed arrows "
          f"and {len(limits)} include limits")
    return 0


if __name__ == "__main__":
    sys.exit(main())
