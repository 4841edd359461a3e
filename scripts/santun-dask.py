#!/usr/bin/python3
"""santun-dask: screen JSONL messages with santun as a stage of a Dask cluster.

    santun-dask.py [options] -o OUTDIR INPUT... [-- SANTUN-CHECK-OPTIONS]

Each INPUT is a JSONL file or a quoted glob ("archive/2026-*/*.jsonl"). The
files are cut into partitions of about --blocksize bytes at line boundaries;
every partition is piped through

    santun check --input jsonl --format jsonl --jobs 1 --stdin-filename FILE -

on a worker (a dask.bag map_partitions stage), and its results are written to
OUTDIR/part-NNNNN.jsonl, one line per non-blank input line, in input order.
Partitions are numbered in input order, so `cat OUTDIR/part-*.jsonl` is what
one santun over all the inputs would have printed (error records carry the
input file and its line, as a direct run does). OUTDIR/summary.json holds
the summary: messages, findings per category, severity and rule, malformed
lines with their file and line, failed partitions.

Faults: a partition is written to a temporary file and renamed when santun
has finished and the output has been checked against the input (one record
per non-blank line, the same ids in the same order), so a worker that dies
mid-partition leaves nothing behind and Dask runs the partition again on
another worker. santun's exit code 1 (findings) and 3 (malformed lines, in
the output as error records) are results; 2 (usage, configuration or rule
error) is reported for the partition; a crash is retried (--retries).

Cluster: a LocalCluster with --workers processes of one thread each (the
default), or an existing scheduler (--scheduler tcp://HOST:PORT). The input
and OUTDIR must be readable and writable at the same paths on the workers
(one machine, or a shared file system). santun is taken from the workers'
PATH (or --santun PATH); --ship sends the binary, the santun.toml and the
rule folders to every worker instead (also to workers that join later).

Exit code: 0 no findings, 1 findings, 3 some line malformed (as santun), 2
usage errors or a partition that failed (no output for it; see the summary).

Runs on Debian's python3-dask and python3-distributed (2022.12); use
/usr/bin/python3 if another python3 comes first on PATH.
"""

import argparse
import collections
import contextlib
import glob
import hashlib
import io
import json
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import threading
import time
import uuid

try:
    import dask
    import dask.bag as db
    from distributed import Client, LocalCluster, get_worker, progress, wait
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError as e:  # pragma: no cover - depends on the machine
    sys.stderr.write(f"santun-dask: {e}\n  Debian: apt-get install python3-dask python3-distributed"
                     " (and run this script with /usr/bin/python3)\n")
    sys.exit(2)

SHIP_PLUGIN = "santun-ship"
STDERR_KEEP = 16 * 1024
MALFORMED_KEEP = 10000

# ---------------------------------------------------------------------------
# Worker side. These functions live in __main__ and reach the workers by
# value (cloudpickle), so the workers need Dask but not this script.


def _line_start(f, size, pos):
    """Offset of the first line that starts at or after pos."""
    if pos <= 0:
        return 0
    if pos >= size:
        return size
    f.seek(pos - 1)
    while True:  # to the end of the line that holds byte pos-1, in bounded reads
        chunk = f.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return min(f.tell(), size)


def _block_span(f, part):
    """[start, end) of the lines that start in the partition's byte range."""
    size, bs, k = part["size"], part["blocksize"], part["block"]
    return _line_start(f, size, k * bs), _line_start(f, size, (k + 1) * bs)


def _count_lines(data):
    return data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)


def count_partition(parts):
    """Stage 1: lines per partition (so that stage 2 can number them in their file)."""
    out = []
    for part in parts:
        with open(part["path"], "rb") as f:
            start, end = _block_span(f, part)
            f.seek(start)
            lines, left, last = 0, end - start, b""
            while left > 0:
                chunk = f.read(min(left, 1 << 22))
                if not chunk:
                    break
                lines += chunk.count(b"\n")
                left -= len(chunk)
                last = chunk[-1:]
            if end > start and last != b"\n":
                lines += 1
        out.append({"part": part["part"], "start": start, "end": end, "lines": lines})
    return out


class SantunCrashed(RuntimeError):
    """santun died or printed what it never prints: Dask retries the partition."""


class _ShipSantun(WorkerPlugin):
    """Unpacks the shipped santun (binary, santun.toml, rule folders) on each worker."""

    name = SHIP_PLUGIN

    def __init__(self, digest, data):
        self.digest = digest
        self.data = data

    def setup(self, worker):
        root = os.path.join(worker.local_directory, "santun-" + self.digest)
        if os.path.isdir(root):
            return
        tmp = f"{root}.tmp-{uuid.uuid4().hex}"
        with tarfile.open(fileobj=io.BytesIO(self.data), mode="r:gz") as tar:
            tar.extractall(tmp)
        try:
            os.rename(tmp, root)
        except OSError:  # another thread unpacked it first
            shutil.rmtree(tmp, ignore_errors=True)


# One output record starts {"id":ID,"path":PATH,"lang": (a result) or
# {"id":ID,"path":PATH,"line":N (an error record); a diagnostic starts
# {"rule":R,"category":C,"severity":S; a result without findings ends
# "diagnostics":[]}. Inside JSON strings a quote is always escaped and a
# newline never appears raw, so these patterns only match the keys
# themselves. The output is checked a chunk of whole lines at a time, with
# "\n" put before it, so that the work per record stays in the regex engine
# (a literal "\n{" prefix is searched fast; "^" with re.M is not).
_STR = rb'(?:"[^"\\]*"|"(?:[^"\\]|\\.)*")'
_NUM = rb'-?[0-9][0-9.eE+-]*'  # a numeric id comes back as a number
_RECORD_HEAD = re.compile(rb'\n\{"id":(null|' + _STR + rb'|' + _NUM + rb'),"path":' + _STR + rb',"(lang|line)":')
_ERROR_RECORD = re.compile(rb'(\n\{"id":(?:null|' + _STR + rb'|' + _NUM + rb'),"path":' + _STR +
                           rb',"line":)([0-9]+)([^\n]*)')
_ERROR_TEXT_LINE = re.compile(rb'^(,"error":"line )[0-9]+: ')
_DIAGNOSTIC = re.compile(rb'"rule":"([^"\\]*)","category":"([^"\\]*)","severity":"([a-z]+)"')
_NO_FINDINGS = b'"diagnostics":[]}\n'
_INPUT_ID = re.compile(rb'[ \t]*\{[ \t]*"id"[ \t]*:[ \t]*("(?:[^"\\]|\\.)*")[ \t]*[,}]')
CHUNK = 1 << 20


def _input_id(line, full=False):
    """The string id santun will echo for this record, or None (no id, a number, not JSON).

    Fast path: a line that starts with {"id":"..."; full=True parses the whole
    line (as santun does: the last of repeated keys counts)."""
    m = None if full else _INPUT_ID.match(line)
    try:
        if m:
            text = m.group(1)
            value = json.loads(text) if b"\\" in text else text[1:-1].decode()
        else:
            record = json.loads(line)
            value = record.get("id") if isinstance(record, dict) else None
        if isinstance(value, str):
            value.encode()  # a lone surrogate (\ud800) is echoed with a replacement
            return value
    except ValueError:  # not JSON, invalid UTF-8 (echoed with replacements), a surrogate
        pass
    return None  # numbers are echoed as santun prints them: not compared


def _output_id(text):
    if text == b"null":
        return None
    if not text.startswith(b'"'):
        return json.loads(text)  # a number
    return json.loads(text) if b"\\" in text else text[1:-1].decode("utf-8", "replace")


class _OutputCheck:
    """Checks santun's output against the partition's input and counts what it holds."""

    def __init__(self, lines, offset, display, report):
        self.lines, self.offset, self.display, self.report = lines, offset, display, report
        self.expected = [_input_id(line) for line in lines]
        self.count = 0  # records seen
        self.bad = None  # what was wrong, when something was
        self.findings = collections.Counter()

    def feed(self, chunk):
        """chunk: whole lines. Returns them with error records numbered in the input file."""
        buf = b"\n" + chunk
        heads = _RECORD_HEAD.findall(buf)
        if len(heads) != chunk.count(b"\n"):
            for k, line in enumerate(chunk.split(b"\n")[:-1]):
                if not _RECORD_HEAD.match(b"\n" + line):
                    self.fail(f"unexpected output line {self.count + k + 1}: {line[:120]!r}")
                    break
            return chunk
        ids = [_output_id(idtext) for idtext, _ in heads]
        want = self.expected[self.count:self.count + len(ids)]
        if ids != want:
            for k, (got, exp) in enumerate(zip(ids, want)):
                if exp is not None and got != exp:
                    exp = _input_id(self.lines[self.count + k], full=True)
                    if exp is not None and got != exp:
                        self.fail(f"output record {self.count + k + 1} has id {got!r}, input record has {exp!r}")
                        break
        self.count += len(heads)
        errors = [kind for _, kind in heads].count(b"line")
        if errors:
            chunk = _ERROR_RECORD.sub(self._renumber, buf)[1:]
        results = len(heads) - errors
        self.report["results"] += results
        self.report["with_findings"] += results - chunk.count(_NO_FINDINGS)
        self.findings.update(_DIAGNOSTIC.findall(chunk))
        return chunk

    def _renumber(self, m):
        file_line = int(m.group(2)) + self.offset
        # The error text names the line as well: "line N: what".
        rest = _ERROR_TEXT_LINE.sub(b'\\g<1>' + str(file_line).encode() + b': ', m.group(3), count=1)
        line = m.group(1) + str(file_line).encode() + rest
        record = json.loads(line[1:])
        self.report["malformed_count"] += 1
        if len(self.report["malformed"]) < MALFORMED_KEEP:
            self.report["malformed"].append({"path": self.display, "line": file_line,
                                             "id": record.get("id"), "error": record.get("error")})
        return line

    def fail(self, what):
        self.bad = self.bad or what


def _santun_command(cfg):
    """The santun binary and the options for config and rules, as seen on this worker."""
    if cfg["ship"]:
        root = os.path.join(get_worker().local_directory, "santun-" + cfg["ship"])
        if not os.path.isdir(root):
            raise SantunCrashed(f"the shipped santun is missing on this worker ({root})")
        binary = os.path.join(root, "bin", "santun")
        config = [os.path.join(root, p) for p in cfg["config_args"]]
        rules = [os.path.join(root, p) for p in cfg["rules"]]
    else:
        binary = cfg["santun"]
        if os.sep not in binary:
            found = shutil.which(binary)
            if not found:
                raise FileNotFoundError(f"'{binary}' is not on the PATH of worker {_worker_name()}:"
                                        " install santun there, give --santun PATH, or use --ship")
            binary = found
        config, rules = list(cfg["config_args"]), list(cfg["rules"])
    args = [binary, "check", "--input", "jsonl", "--format", "jsonl", "--jobs", str(cfg["jobs"])]
    if cfg["config_mode"] == "file":
        args += ["--config", config[0]]
    else:
        args.append("--isolated")
    for r in rules:
        args += ["--rules", r]
    return args + list(cfg["santun_args"])


def _worker_name():
    try:
        return get_worker().address
    except ValueError:
        return "(no worker)"


def _write_all(pipe, data):
    try:
        pipe.write(data)
    except (BrokenPipeError, OSError):
        pass  # santun stopped reading: its exit status tells why
    finally:
        with contextlib.suppress(OSError):
            pipe.close()


def _read_tail(pipe, keep, sink):
    tail = b""
    for chunk in iter(lambda: pipe.read(65536), b""):
        tail = (tail + chunk)[-keep:]
    sink.append(tail)


def screen_partition(parts, cfg):
    """Stage 2: one santun per partition; returns one report per partition."""
    return [_screen(part, cfg) for part in parts]


def _screen(part, cfg):
    t0 = time.monotonic()
    index = part["part"]
    final = os.path.join(cfg["output"], f"part-{index:05d}.jsonl")
    report = {"part": index, "path": part["display"], "first_line": part["first_line"],
              "lines": part["lines"], "records": 0, "results": 0, "with_findings": 0,
              "findings": {}, "malformed": [], "malformed_count": 0, "exit": None, "error": None,
              "worker": _worker_name(), "pid": os.getpid()}
    with open(part["path"], "rb") as f:
        start, end = _block_span(f, part)
        f.seek(start)
        data = f.read(end - start)
    if (start, end) != (part["start"], part["end"]) or _count_lines(data) != part["lines"]:
        raise RuntimeError(f"{part['display']} changed while it was being screened")
    lines = [line for line in data.split(b"\n") if line.strip(b" \t\r")]  # santun skips blank lines
    report["records"] = len(lines)
    tmp = f"{final}.{uuid.uuid4().hex}.tmp"
    if not lines:  # only blank lines: nothing for santun to do
        open(tmp, "wb").close()
        os.replace(tmp, final)
        report["exit"] = 0
        report["seconds"] = time.monotonic() - t0
        return report

    cmd = _santun_command(cfg) + ["--stdin-filename", part["display"], "-"]
    env = dict(os.environ, NO_COLOR="1", SANTUN_DASK_PARTITION=str(index))
    cwd = cfg["cwd"] if os.path.isdir(cfg["cwd"]) else None
    try:
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, cwd=cwd, env=env)
    except OSError as e:
        raise SantunCrashed(f"cannot start {cmd[0]}: {e}") from e
    err_tail = []
    feeder = threading.Thread(target=_write_all, args=(proc.stdin, data), daemon=True)
    drain = threading.Thread(target=_read_tail, args=(proc.stderr, STDERR_KEEP, err_tail), daemon=True)
    feeder.start()
    drain.start()
    check = _OutputCheck(lines, part["first_line"] - 1, part["display"], report)
    try:
        with open(tmp, "wb") as out:
            pending, size, need = [], 0, CHUNK
            while True:
                piece = proc.stdout.read1(CHUNK)
                if piece:
                    pending.append(piece)
                    size += len(piece)
                if pending and (size >= need or not piece):
                    buf = b"".join(pending)
                    cut = buf.rfind(b"\n") + 1
                    if cut:
                        out.write(check.feed(buf[:cut]))
                    rest = buf[cut:]
                    pending, size = ([rest], len(rest)) if rest else ([], 0)
                    need = max(CHUNK, 2 * size)  # a record longer than CHUNK: wait for its end
                if not piece:
                    break
            if pending:
                check.fail("the output ends inside a record")
        status = proc.wait()
    except BaseException:
        proc.kill()
        proc.wait()
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    finally:
        feeder.join()
        drain.join()
    stderr = err_tail[0].decode("utf-8", "replace") if err_tail else ""
    report["exit"] = status
    report["seconds"] = time.monotonic() - t0
    if status == 2:  # usage, configuration or rule error: the same on any worker
        os.unlink(tmp)
        report["error"] = stderr.strip() or "santun exited 2"
        return report
    if status not in (0, 1, 3):
        os.unlink(tmp)
        how = f"signal {-status}" if status < 0 else f"exit code {status}"
        raise SantunCrashed(f"partition {index} ({part['display']}:{part['first_line']}): santun"
                            f" ended with {how}: {stderr.strip()[-2000:]}")
    if check.count != len(lines):
        check.fail(f"{check.count} output records for {len(lines)} input records")
    if check.bad is not None:
        os.unlink(tmp)
        raise SantunCrashed(f"partition {index} ({part['display']}:{part['first_line']}): {check.bad}")
    os.replace(tmp, final)
    report["findings"] = {"\t".join(k.decode() for k in key): n for key, n in check.findings.items()}
    return report


# ---------------------------------------------------------------------------
# Client side.


def _parse_size(text):
    m = re.fullmatch(r"\s*([0-9]+(?:\.[0-9]+)?)\s*([kmg]?)(i?b?)\s*", text.lower())
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 4MiB, 512k, 1000000)")
    factor = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[m.group(2)]
    value = int(float(m.group(1)) * factor)
    if value < 1:
        raise argparse.ArgumentTypeError("the block size must be at least one byte")
    return value


def _parse_args(argv):
    santun_args = []
    if "--" in argv:
        i = argv.index("--")
        argv, santun_args = argv[:i], argv[i + 1:]
    ap = argparse.ArgumentParser(
        prog="santun-dask.py", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Screen JSONL messages with `santun check` as a stage of a Dask cluster.",
        epilog="Options after -- go to every `santun check` (e.g. -- --profile us --select threat).\n"
               "Exit code: 0 no findings, 1 findings, 3 malformed lines, 2 usage error or a failed partition.\n"
               "See docs/scale-out.md.")
    ap.add_argument("inputs", nargs="+", metavar="INPUT", help="JSONL files or quoted globs")
    ap.add_argument("-o", "--output", required=True, metavar="DIR",
                    help="folder for part-NNNNN.jsonl and summary.json (shared with the workers)")
    ap.add_argument("--overwrite", action="store_true", help="replace the results of an earlier run in DIR")
    ap.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="use this Dask scheduler (default: a LocalCluster)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, metavar="N",
                    help="LocalCluster worker processes (default: one per core)")
    ap.add_argument("--threads-per-worker", type=int, default=1, metavar="N",
                    help="LocalCluster threads per worker: santun processes at once per worker (default: 1)")
    ap.add_argument("--blocksize", type=_parse_size, default=_parse_size("8MiB"), metavar="SIZE",
                    help="bytes of input per partition, cut at line ends (default: 8MiB)")
    ap.add_argument("--santun", default="santun", metavar="PATH",
                    help="santun on the workers (default: santun on their PATH)")
    ap.add_argument("--ship", action="store_true",
                    help="send the santun binary (from --santun or the PATH here), the santun.toml and the"
                         " rule folders to the workers")
    ap.add_argument("--config", metavar="FILE", help="santun.toml (default: the nearest one above the current folder)")
    ap.add_argument("--isolated", action="store_true", help="ignore every santun.toml")
    ap.add_argument("--rules", action="append", default=[], metavar="DIR", help="extra rule packs (repeatable)")
    ap.add_argument("--jobs", type=int, default=1, metavar="N", help="santun --jobs per partition (default: 1)")
    ap.add_argument("--retries", type=int, default=2, metavar="N",
                    help="how many times to run again a partition whose santun crashed (default: 2; a worker"
                         " that dies is replaced by Dask itself)")
    bar = ap.add_mutually_exclusive_group()
    bar.add_argument("--progress", dest="progress", action="store_true", default=None,
                     help="show Dask's progress bar on stderr (default: when stderr is a terminal)")
    bar.add_argument("--no-progress", dest="progress", action="store_false")
    ap.add_argument("--summary", metavar="FILE", help="also write the summary JSON here")
    ap.add_argument("-q", "--quiet", action="store_true", help="print no summary on stdout")
    args = ap.parse_args(argv)
    args.santun_args = santun_args
    if args.config and args.isolated:
        ap.error("--config and --isolated exclude each other")
    for opt in ("--config", "--isolated", "--rules", "--jobs", "-j", "--input", "--format", "--stdin-filename",
                "--fix", "--diff"):
        if any(a == opt or a.startswith(opt + "=") for a in santun_args):
            ap.error(f"give {opt} to santun-dask.py, not after -- (it is set for every partition)"
                     if opt in ("--config", "--isolated", "--rules", "--jobs", "-j")
                     else f"{opt} cannot be used in a screening stage")
    if args.workers < 1 or args.threads_per_worker < 1 or args.jobs < 1 or args.retries < 0:
        ap.error("--workers, --threads-per-worker and --jobs must be at least 1, --retries at least 0")
    return args


def _expand_inputs(patterns):
    files, missing = [], []
    for pattern in patterns:
        if glob.has_magic(pattern):
            found = sorted(p for p in glob.glob(pattern, recursive=True) if os.path.isfile(p))
            if not found:
                missing.append(f"{pattern}: no file matches")
            files += found
        elif os.path.isfile(pattern):
            files.append(pattern)
        else:
            missing.append(f"{pattern}: no such file")
    return files, missing


def _find_config(start):
    d = os.path.abspath(start)
    while True:
        candidate = os.path.join(d, "santun.toml")
        if os.path.isfile(candidate):
            return candidate
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def _config_rule_dirs(config):
    """The rule folders a santun.toml names, as santun resolves them (relative to the file)."""
    import tomllib
    try:
        with open(config, "rb") as f:
            doc = tomllib.load(f)
    except (OSError, ValueError):
        return []  # santun reports the problem itself, with its line
    dirs = doc.get("rules", [])
    if not isinstance(dirs, list):
        return []
    base = os.path.dirname(config)
    return [os.path.normpath(os.path.join(base, d)) for d in dirs if isinstance(d, str)]


def _ship_archive(binary, config, rules):
    """A tar.gz of bin/santun and the config and rule folders under tree/, their layout kept."""
    trees = ([config] + _config_rule_dirs(config) if config else []) + rules
    common = os.path.commonpath([os.path.dirname(t) for t in trees]) if trees else "/"
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz", compresslevel=6) as tar:
        tar.add(binary, arcname="bin/santun")
        for path in trees:
            if os.path.exists(path):
                tar.add(path, arcname=os.path.join("tree", os.path.relpath(path, common)))
    data = buf.getvalue()

    def shipped(path):
        return os.path.join("tree", os.path.relpath(path, common))

    return (hashlib.sha256(data).hexdigest()[:16], data,
            [shipped(config)] if config else [], [shipped(r) for r in rules])


def _plan(files, blocksize):
    parts, inputs = [], []
    for display in files:
        path = os.path.abspath(display)
        size = os.path.getsize(path)
        inputs.append({"path": display, "bytes": size})
        for k in range((size + blocksize - 1) // blocksize):
            parts.append({"part": len(parts), "path": path, "display": display, "size": size,
                          "blocksize": blocksize, "block": k})
    return parts, inputs


def _run_stage(client, bag, retries, show_progress, what):
    """Computes each partition of the bag as its own future; returns (results, failures)."""
    futures = client.compute(bag.to_delayed(), retries=retries)
    if show_progress:
        sys.stderr.write(f"santun-dask: {what}\n")
        with contextlib.redirect_stdout(sys.stderr):
            progress(futures)
    wait(futures)
    results, failures = [], []
    for i, fut in enumerate(futures):
        if fut.status == "finished":
            results.extend(fut.result())
        else:
            exc = fut.exception() if fut.status == "error" else None
            failures.append((i, f"{type(exc).__name__}: {exc}" if exc else fut.status))
    return results, failures


def _human_summary(s):
    out = [f"santun-dask: {s['messages']} messages in {s['partitions']} partitions of {len(s['inputs'])} file(s),"
           f" {s['seconds']:.1f} s ({s['messages_per_second']:.0f} messages/s) on {s['workers']} worker(s)"]
    f = s["findings"]
    out.append(f"  findings: {f['total']} in {s['messages_with_findings']} messages"
               + ("" if not f["total"] else ": " + ", ".join(f"{n} {k}" for k, n in f["by_severity"].items())))
    for cat, n in f["by_category"].items():
        sev = ", ".join(f"{m} {k}" for k, m in f["by_category_severity"][cat].items())
        out.append(f"    {cat:<10} {n:>8}  ({sev})")
    if s["malformed_count"]:
        out.append(f"  malformed lines: {s['malformed_count']}")
        for m in s["malformed"][:20]:
            out.append(f"    {m['path']}:{m['line']}: {m['error']}" + (f" (id {m['id']})" if m["id"] else ""))
        if s["malformed_count"] > 20:
            out.append(f"    ... {s['malformed_count'] - 20} more in summary.json")
    failed = collections.defaultdict(list)  # the same error on every partition is said once
    for p in s["failed_partitions"]:
        failed[p["error"]].append(p)
    for error, parts in failed.items():
        where = ", ".join(f"{p['part']} ({p['path']}" + (f":{p['first_line']}, {p['lines']} lines)"
                                                         if p.get("first_line") else ")") for p in parts[:3])
        more = f" and {len(parts) - 3} more" if len(parts) > 3 else ""
        out.append(f"  FAILED partition{'s' if len(parts) > 1 else ''} {where}{more}: {error}")
    out.append(f"  results: {s['output']}/part-*.jsonl ({s['results']} results, {s['malformed_count']} error records)")
    return "\n".join(out)


def _summarize(reports, failed, inputs, nparts, seconds, workers, scheduler, output):
    by_rule, by_cat, by_sev, by_cat_sev = (collections.Counter(), collections.Counter(),
                                           collections.Counter(), collections.defaultdict(collections.Counter))
    malformed, exits = [], collections.Counter()
    total = {"messages": 0, "results": 0, "with_findings": 0, "malformed_count": 0}
    for r in sorted(reports, key=lambda r: r["part"]):
        exits[str(r["exit"])] += 1
        if r["exit"] == 2:
            failed.append({"part": r["part"], "path": r["path"], "first_line": r["first_line"],
                           "lines": r["lines"], "exit": 2, "error": r["error"]})
            continue
        total["messages"] += r["records"]
        total["results"] += r["results"]
        total["with_findings"] += r["with_findings"]
        total["malformed_count"] += r["malformed_count"]
        malformed.extend(r["malformed"])
        for key, n in r["findings"].items():
            rule, cat, sev = key.split("\t")
            by_rule[rule] += n
            by_cat[cat] += n
            by_sev[sev] += n
            by_cat_sev[cat][sev] += n
    order = {"error": 0, "warning": 1, "info": 2}
    sevs = lambda c: dict(sorted(c.items(), key=lambda kv: (order.get(kv[0], 9), kv[0])))
    return {
        "inputs": inputs, "output": output, "partitions": nparts,
        "messages": total["messages"], "results": total["results"],
        "messages_with_findings": total["with_findings"],
        "findings": {"total": sum(by_sev.values()), "by_severity": sevs(by_sev),
                     "by_category": dict(by_cat.most_common()),
                     "by_category_severity": {c: sevs(by_cat_sev[c]) for c, _ in by_cat.most_common()},
                     "by_rule": dict(by_rule.most_common())},
        "malformed_count": total["malformed_count"], "malformed": malformed[:MALFORMED_KEEP],
        "failed_partitions": sorted(failed, key=lambda p: p["part"]),
        "santun_exit_codes": dict(sorted(exits.items())),
        "seconds": seconds, "messages_per_second": total["messages"] / seconds if seconds > 0 else 0.0,
        "workers": workers, "scheduler": scheduler,
    }


def _prepare_output(output, overwrite):
    try:
        os.makedirs(output, exist_ok=True)
    except OSError as e:
        sys.stderr.write(f"santun-dask: -o {output}: {e.strerror}\n")
        raise SystemExit(2) from e
    old = [n for n in os.listdir(output) if re.fullmatch(r"part-\d+\.jsonl(\..*\.tmp)?|summary\.json", n)]
    if old and not overwrite:
        sys.stderr.write(f"santun-dask: {output} holds the results of an earlier run"
                         " (part-*.jsonl, summary.json); remove them or give --overwrite\n")
        raise SystemExit(2)
    for n in old:
        os.unlink(os.path.join(output, n))


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def main(argv=None):
    args = _parse_args(sys.argv[1:] if argv is None else argv)
    files, missing = _expand_inputs(args.inputs)
    if missing:
        for m in missing:
            sys.stderr.write(f"santun-dask: {m}\n")
        return 2

    config = None
    if args.config:
        config = os.path.abspath(args.config)
        if not os.path.isfile(config):
            sys.stderr.write(f"santun-dask: --config {args.config}: no such file\n")
            return 2
    elif not args.isolated:
        config = _find_config(".")
    rules = [os.path.abspath(r) for r in args.rules]
    for r in rules:
        if not os.path.isdir(r):
            sys.stderr.write(f"santun-dask: --rules {r}: no such folder\n")
            return 2

    ship = None
    binary = args.santun
    if args.ship:
        local = shutil.which(binary) if os.sep not in binary else binary
        if not local or not os.path.isfile(local):
            sys.stderr.write(f"santun-dask: --ship: cannot find {binary} here (give --santun PATH)\n")
            return 2
        ship, data, config_args, rule_args = _ship_archive(os.path.realpath(local), config, rules)
    else:
        if os.sep in binary:
            binary = os.path.abspath(binary)
        config_args, rule_args = ([config] if config else []), rules
    output = os.path.abspath(args.output)
    _prepare_output(output, args.overwrite)

    cfg = {"santun": binary, "ship": ship, "config_mode": "file" if config else "isolated",
           "config_args": config_args, "rules": rule_args, "jobs": args.jobs,
           "santun_args": args.santun_args, "output": output, "cwd": os.getcwd()}
    parts, inputs = _plan(files, args.blocksize)
    show = sys.stderr.isatty() if args.progress is None else args.progress

    signal.signal(signal.SIGTERM, _interrupt)
    t0 = time.monotonic()
    with contextlib.ExitStack() as stack:
        if args.scheduler:
            client = stack.enter_context(Client(args.scheduler))
        else:
            # A task spends its time waiting for santun: sampling its Python
            # stack every 10 ms (the dashboard's profile) cost 10 % of the CPU.
            stack.enter_context(dask.config.set({"distributed.worker.profile.enabled": False}))
            cluster = stack.enter_context(LocalCluster(
                n_workers=args.workers, threads_per_worker=args.threads_per_worker, processes=True,
                dashboard_address=None, silence_logs=logging.WARNING))
            client = stack.enter_context(Client(cluster))
        nworkers = len(client.scheduler_info()["workers"])
        if ship:
            client.register_worker_plugin(_ShipSantun(ship, data), name=SHIP_PLUGIN)
        total = sum(i["bytes"] for i in inputs)
        sys.stderr.write(f"santun-dask: {len(files)} file(s), {total / 1e6:.1f} MB in {len(parts)} partitions"
                         f" on {nworkers} worker(s) at {client.scheduler.address}\n")

        bag = db.from_sequence(parts, partition_size=1) if parts else None
        counts, failed_counts = (_run_stage(client, bag.map_partitions(count_partition), args.retries, show,
                                            "counting lines") if parts else ([], []))
        failed = [{"part": parts[i]["part"], "path": parts[i]["display"], "error": e} for i, e in failed_counts]
        reports = []
        if not failed:
            by_part = {c["part"]: c for c in counts}
            line = {}
            staged = []
            for p in parts:
                c = by_part[p["part"]]
                first = line.get(p["display"], 1)
                line[p["display"]] = first + c["lines"]
                staged.append(dict(p, start=c["start"], end=c["end"], lines=c["lines"], first_line=first))
            stage = db.from_sequence(staged, partition_size=1).map_partitions(screen_partition, cfg)
            reports, failed_screens = _run_stage(client, stage, args.retries, show, "screening")
            failed = [{"part": staged[i]["part"], "path": staged[i]["display"],
                       "first_line": staged[i]["first_line"], "lines": staged[i]["lines"], "error": e}
                      for i, e in failed_screens]
        scheduler = client.scheduler.address
    seconds = time.monotonic() - t0
    for n in os.listdir(output):  # what a killed worker may have left
        if n.endswith(".tmp") and n.startswith("part-"):
            with contextlib.suppress(OSError):
                os.unlink(os.path.join(output, n))

    summary = _summarize(reports, failed, inputs, len(parts), seconds, nworkers, scheduler, output)
    text = json.dumps(summary, indent=1, ensure_ascii=False) + "\n"
    with open(os.path.join(output, "summary.json"), "w", encoding="utf-8") as f:
        f.write(text)
    if args.summary:
        with open(args.summary, "w", encoding="utf-8") as f:
            f.write(text)
    if not args.quiet:
        print(_human_summary(summary))
    if summary["failed_partitions"]:
        return 2
    if summary["malformed_count"]:
        return 3
    return 1 if any(r["exit"] == 1 for r in reports) else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.stderr.write("santun-dask: interrupted\n")
        sys.exit(130)
