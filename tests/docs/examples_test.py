#!/usr/bin/env python3
"""Runs the command examples of README.md and docs/*.md against the built santun.

A user copies these examples first; an example that errors, or prints something
other than what the text shows, is a bug (issue 16 item 8). Which fences count:

- ```console blocks (or bare ``` blocks whose first line starts with "$ "): a
  transcript. Each "$ " line is run with bash (a line ending in "\\" continues;
  a here-document's lines belong to its command); the lines up to the next
  "$ " are the expected stdout+stderr. A line "..." matches any number of
  lines. Trailing spaces and trailing blank lines are ignored.
- ```sh / ```bash blocks: a script. Each command runs in turn, in the same
  shell; one that exits with 2 or more (usage, configuration or read errors)
  fails the example. `santun serve &` is waited for (its /healthz), a
  foreground `santun serve` must still be up after two seconds, and
  `santun lsp` reads an empty stdin.
- ```toml blocks marked <!-- doctest: santun.toml --> are written as santun.toml
  and must be accepted by `santun config --show`; blocks marked
  <!-- doctest: rule-pack --> are written to a pack folder and must pass
  `santun test-rules`.

An HTML comment on the line before a fence changes that:
  <!-- doctest: skip: REASON -->   not run (needs a cluster, GitHub, a build);
                                    the reason is required and printed
  <!-- doctest: exit=N -->          every command of the block exits with N
  <!-- NAME: run by PATH -->        run by another test (PATH must exist)

Every example runs in a fresh copy of tests/docs/fixture/ (message.txt,
templates/, in.jsonl, ...) with `santun` first on PATH, NO_COLOR set, and the
repository's corpus/ and scripts/ linked in. A santun-bearing sh/console block
that is neither run nor skipped with a reason cannot exist: every one is one
or the other, and the summary counts both.

usage: examples_test.py SANTUN SOURCE_DIR
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

DOCS = ["README.md", "docs/*.md", "corpus/README.md", "corpus/real/README.md"]
FENCE = re.compile(r"^```\s*([\w.-]*)\s*$")
DIRECTIVE = re.compile(r"^<!--\s*doctest:\s*(.*?)\s*-->\s*$")
RUN_ELSEWHERE = re.compile(r"^<!--\s*[\w.-]+:\s*run by (\S+)\s*-->\s*$")
SCRIPT_LANGS = {"sh", "bash", "shell"}
TIMEOUT_S = 120


class Block:
    def __init__(self, path, line, lang, lines, directive):
        self.path, self.line, self.lang, self.lines, self.directive = path, line, lang, lines, directive

    def where(self):
        return f"{self.path}:{self.line}"


def doc_files(root):
    import glob

    files = []
    for pattern in DOCS:
        files.extend(sorted(glob.glob(os.path.join(root, pattern))))
    return files


def blocks_of(root, file):
    rel = os.path.relpath(file, root)
    with open(file, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out, i = [], 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        start, lang = i, m.group(1)
        j = i + 1
        while j < len(lines) and not lines[j].startswith("```"):
            j += 1
        directive = None
        k = start - 1
        while k >= 0 and lines[k].strip() == "":
            k -= 1
        if k >= 0:
            d = DIRECTIVE.match(lines[k].strip())
            elsewhere = RUN_ELSEWHERE.match(lines[k].strip())
            if d:
                directive = d.group(1)
            elif elsewhere:
                directive = "run-by " + elsewhere.group(1)
        out.append(Block(rel, start + 1, lang, lines[start + 1 : j], directive))
        i = j + 1
    return out


def kind_of(block):
    if block.lang == "console" or (block.lang == "" and block.lines and block.lines[0].startswith("$ ")):
        return "console"
    if block.lang in SCRIPT_LANGS:
        return "script"
    if block.lang == "toml" and block.directive in ("santun.toml", "rule-pack"):
        return block.directive
    return None


def mentions_santun(block):
    return any(re.search(r"\bsantun\b", line) for line in block.lines)


def logical_lines(lines):
    """Joins backslash continuations and here-documents; yields (offset, text)."""
    i = 0
    while i < len(lines):
        start, text = i, lines[i]
        while text.endswith("\\") and i + 1 < len(lines):
            i += 1
            text = text[:-1] + "\n" + lines[i]
        heredoc = re.search(r"<<-?\s*'?(\w+)'?", text)
        if heredoc:
            end = heredoc.group(1)
            while i + 1 < len(lines):
                i += 1
                text += "\n" + lines[i]
                if lines[i].strip() == end:
                    break
        yield start, text
        i += 1


def fresh_workspace(root, santun):
    work = tempfile.mkdtemp(prefix="santun-doctest-")
    shutil.copytree(os.path.join(root, "tests/docs/fixture"), work, dirs_exist_ok=True)
    for linked in ("corpus", "scripts"):
        os.symlink(os.path.join(root, linked), os.path.join(work, linked))
    bindir = os.path.join(work, ".bin")
    os.mkdir(bindir)
    os.symlink(os.path.abspath(santun), os.path.join(bindir, "santun"))
    env = dict(os.environ)
    env.update(
        PATH=bindir + os.pathsep + env.get("PATH", ""),
        NO_COLOR="1",
        HOME=work,
        MSG="Dasar maling, bayar sekarang juga!",
    )
    env.pop("SANTUN_CONFIG", None)
    return work, env


def run(cmd, work, env, stdin=subprocess.DEVNULL, timeout=TIMEOUT_S):
    return subprocess.run(
        ["bash", "-c", cmd], cwd=work, env=env, stdin=stdin, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, timeout=timeout, text=True, errors="replace",
    )


def expected_exit(block):
    if block.directive and block.directive.startswith("exit="):
        return {int(block.directive[len("exit=") :])}
    return {0, 1}


def matches(expected, actual):
    """Line-wise comparison where a line '...' stands for any number of lines."""
    if not expected:
        return not actual
    head = expected[0]
    if head.strip() == "...":
        return any(matches(expected[1:], actual[k:]) for k in range(len(actual) + 1))
    return bool(actual) and actual[0] == head and matches(expected[1:], actual[1:])


def tidy(text):
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and lines[-1] == "":
        lines.pop()
    return lines


def run_console(block, work, env):
    errors = []
    steps, current = [], None
    for offset, text in logical_lines(block.lines):
        if text.startswith("$ "):
            current = [offset, text[2:], []]
            steps.append(current)
        elif current is not None:
            current[2].extend(text.split("\n"))
        else:
            errors.append(f"{block.where()}: text before the first '$ ' line")
    for offset, cmd, expected in steps:
        proc = run(cmd, work, env)
        where = f"{block.path}:{block.line + 1 + offset}"
        if proc.returncode not in expected_exit(block):
            errors.append(f"{where}: `{cmd}` exited {proc.returncode}\n{proc.stdout}")
            continue
        want, got = tidy("\n".join(expected)), tidy(proc.stdout)
        if not matches(want, got):
            errors.append(
                f"{where}: `{cmd}` printed something else.\n--- the text shows\n"
                + "\n".join(want) + "\n--- santun printed\n" + "\n".join(got)
            )
    return errors


PRELUDE = r"""
__wait_healthz() {
  for _ in $(seq 150); do
    curl -sf http://127.0.0.1:8080/healthz >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "doctest: line $1: santun serve did not answer /healthz" >&2
  exit 100
}
__serve_briefly() {  # a foreground `santun serve` of an example: up, then stopped
  local line=$1; shift
  "$@" >/dev/null 2>&1 &
  local pid=$!
  __wait_healthz "$line"
  kill "$pid"; wait "$pid" 2>/dev/null
  return 0
}
trap 'trap - ERR; __jobs=$(jobs -p); [ -z "$__jobs" ] || kill $__jobs 2>/dev/null; wait 2>/dev/null' EXIT
trap '__rc=$?; if [ $__rc -gt 1 ]; then echo "doctest: line $LINENO exited $__rc" >&2; exit 100; fi' ERR
"""


def script_of(block):
    """The block as one bash script (one shell, so variables and jobs carry
    over), its line numbers kept, with servers waited for."""
    out = []
    for number, line in enumerate(block.lines, start=1):
        stripped = line.strip()
        if re.match(r"^santun serve\b.*&$", stripped):
            line = f"{stripped[:-1]} >/dev/null 2>&1 & __wait_healthz {number}"
        elif re.match(r"^santun serve\b", stripped):
            line = f"__serve_briefly {number} {stripped}"
        out.append(line)
    return "\n".join(out) + "\n"


def run_script(block, work, env):
    with open(os.path.join(work, ".doctest-prelude.sh"), "w") as f:
        f.write(PRELUDE)
    with open(os.path.join(work, ".doctest.sh"), "w") as f:
        f.write(script_of(block))
    proc = run("source .doctest-prelude.sh; source .doctest.sh", work, env)
    if proc.returncode == 0 or proc.returncode == 1 and "doctest: line" not in proc.stdout:
        return []
    m = re.search(r"doctest: line (\d+)", proc.stdout)
    where = f"{block.path}:{block.line + int(m.group(1))}" if m else block.where()
    return [f"{where}: the example fails (exit {proc.returncode})\n{proc.stdout[-3000:]}"]


def run_toml(block, work, env):
    text = "\n".join(block.lines) + "\n"
    if block.directive == "santun.toml":
        with open(os.path.join(work, "santun.toml"), "w", encoding="utf-8") as f:
            f.write(text)
        proc = run("santun config --show message.txt", work, env)
        ok = proc.returncode == 0
    else:
        pack = os.path.join(work, "doc-pack")
        os.makedirs(pack, exist_ok=True)
        with open(os.path.join(pack, "doc.id.toml"), "w", encoding="utf-8") as f:
            f.write(text)
        proc = run("santun test-rules doc-pack", work, env)
        ok = proc.returncode == 0
    return [] if ok else [f"{block.where()}: the {block.directive} example is refused\n{proc.stdout}"]


def main():
    santun, root = sys.argv[1], os.path.abspath(sys.argv[2])
    runners = {"console": run_console, "script": run_script, "santun.toml": run_toml, "rule-pack": run_toml}
    errors, ran, skipped, elsewhere = [], 0, [], []
    for file in doc_files(root):
        for block in blocks_of(root, file):
            kind = kind_of(block)
            if block.directive and block.directive.startswith("run-by "):
                runner = block.directive[len("run-by ") :]
                if not os.path.isfile(os.path.join(root, runner)):
                    errors.append(f"{block.where()}: the test that runs it, {runner}, does not exist")
                elsewhere.append(f"{block.where()}: run by {runner}")
                continue
            if block.directive and block.directive.startswith("skip"):
                reason = block.directive.partition(":")[2].strip()
                if not reason:
                    errors.append(f"{block.where()}: 'doctest: skip' needs a reason")
                skipped.append(f"{block.where()}: {reason}")
                continue
            if kind is None:
                continue
            if kind in ("console", "script") and not mentions_santun(block):
                continue
            work, env = fresh_workspace(root, santun)
            try:
                errors.extend(runners[kind](block, work, env))
            except subprocess.TimeoutExpired as e:
                errors.append(f"{block.where()}: timed out after {e.timeout} s: {e.cmd}")
            finally:
                shutil.rmtree(work, ignore_errors=True)
            ran += 1
    for line in elsewhere:
        print(f"elsewhere {line}")
    for line in skipped:
        print(f"skipped {line}")
    print(f"{ran} examples run here, {len(elsewhere)} by other tests, {len(skipped)} skipped, {len(errors)} failed")
    for error in errors:
        print(f"\nFAIL {error}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
