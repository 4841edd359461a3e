#!/usr/bin/python3
"""scripts/santun-dask.py on a real Dask LocalCluster (2 worker processes, 1 thread each).

usage: dask_pipeline_test.py SANTUN          (CTest: cli.dask_pipeline)

A generated corpus in two files (malformed lines and a blank line in it) is
screened by the pipeline and by one direct `santun check --input jsonl
--format jsonl`; every id must come out exactly once with the same result,
error records must name their file and line, the summary must count what
the direct output holds. Then the same with one worker process killed
(SIGKILL) while it runs a partition, with a santun that crashes once, and
with a broken rule pack (exit 2, reported per partition). No timing is
asserted. Every process the pipeline starts runs in its own session, which
must be empty at the end. Exit 77 (skipped) when Dask is not installed.
"""

import collections
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import unittest

try:
    import dask  # noqa: F401
    import distributed  # noqa: F401
except ImportError:
    print("python3-dask / python3-distributed are not installed for /usr/bin/python3: skipped")
    sys.exit(77)

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SCRIPT = os.path.join(ROOT, "scripts", "santun-dask.py")
GEN = os.path.join(ROOT, "bench", "gen_corpus.py")
SANTUN = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(ROOT, "build", "santun")
RUN_TIMEOUT = 420  # seconds for one pipeline run, on a loaded 2-core machine

HOUSE_PACK = """[pack]
description = "house rules of the test"
langs = ["id"]

[[rule]]
id = "template.house-virtual-account"
severity = "info"
summary = "mentions the virtual account"
message = "rekening '{match}'"
why = "a rule that only the shipped santun.toml brings"
terms = ["rekening virtual"]

[[rule.example]]
text = "Bayar melalui <<rekening virtual>> Anda."
"""

CONFIG = """rules = ["house"]
ignore = ["template.sms-length"]

[severity]
"pressure.exclamation" = "info"
"""


def session_processes(sid):
    """PIDs of the processes (other than zombies) in session sid."""
    pids = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        if fields[0] != "Z" and int(fields[3]) == sid:
            pids.append(int(name))
    return pids


class Run:
    """One santun-dask.py run in its own session (so nothing it starts can escape the check)."""

    def __init__(self, args, cwd, on_poll=None, env=None):
        self.args = args
        started = time.monotonic()
        self.proc = subprocess.Popen([sys.executable, SCRIPT, *args], cwd=cwd, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                                     env=env)
        self.sid = self.proc.pid
        out, err = [], []
        readers = [threading.Thread(target=lambda s=s, b=b: b.append(s.read()), daemon=True)
                   for s, b in ((self.proc.stdout, out), (self.proc.stderr, err))]
        for t in readers:
            t.start()
        try:
            while self.proc.poll() is None:
                if time.monotonic() - started > RUN_TIMEOUT:
                    raise AssertionError(f"santun-dask.py {' '.join(args)} did not finish in {RUN_TIMEOUT} s")
                if on_poll:
                    on_poll()
                time.sleep(0.02)
        finally:
            if self.proc.poll() is None:
                os.killpg(self.sid, signal.SIGKILL)
                self.proc.wait()
            for t in readers:
                t.join(10)
            self.proc.stdout.close()
            self.proc.stderr.close()
        self.status = self.proc.returncode
        self.out = out[0].decode() if out else ""
        self.err = err[0].decode() if err else ""
        # Nothing it started may outlive it (a killed worker's santun gets EOF, then SIGPIPE).
        deadline = time.monotonic() + 30
        while session_processes(self.sid) and time.monotonic() < deadline:
            time.sleep(0.1)
        self.left = session_processes(self.sid)
        for pid in self.left:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def describe(self):
        return f"exit {self.status}\n--- stdout\n{self.out}\n--- stderr\n{self.err[-6000:]}"


def read(path, mode="rb"):
    with open(path, mode) as f:
        return f.read()


def records(lines):
    return [json.loads(line) for line in lines]


class DaskPipelineTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="santun-dask-test-")
        proj = cls.proj = os.path.join(cls.tmp, "proj")
        os.makedirs(os.path.join(proj, "house"))
        with open(os.path.join(proj, "house", "house.toml"), "w") as f:
            f.write(HOUSE_PACK)
        with open(os.path.join(proj, "santun.toml"), "w") as f:
            f.write(CONFIG)
        corpus = subprocess.run([sys.executable, GEN, "-n", "1200", "--seed", "7", "--malformed", "3"],
                                check=True, stdout=subprocess.PIPE).stdout.splitlines(True)
        # Two files; the second one with blank lines (skipped, but counted in line
        # numbers) and records whose id is not plain: a repeated key (the last
        # counts), a number, invalid UTF-8, spaces and CRLF.
        odd = [b'{"id":"dup-a","id":"dup-b","text":"Bayar sekarang juga!"}\n',
               b'{"id":17,"text":"Dasar penipu"}\n',
               b'{"id":"bad\xff","text":"x"}\n',
               b' \t \n',
               b'{ "id" : "spaced" , "text" : "Yth. Bapak, tagihan Rp 100.000 jatuh tempo 20 Desember 2027." }\r\n']
        with open(os.path.join(proj, "a.jsonl"), "wb") as f:
            f.writelines(corpus[:700])
        with open(os.path.join(proj, "b-1.jsonl"), "wb") as f:
            f.writelines(corpus[700:1000] + [b"\n"] + corpus[1000:] + odd)
        cls.inputs = ["a.jsonl", "b-1.jsonl"]
        cls.input_ids = [json.loads(line)["id"] for line in corpus if line.startswith(b'{"id":"')]
        direct = subprocess.run([SANTUN, "check", "--input", "jsonl", "--format", "jsonl", "--jobs", "2",
                                 *cls.inputs], cwd=proj, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        assert direct.returncode == 3, direct.stderr.decode()  # findings and four malformed lines
        cls.direct_bytes = direct.stdout
        cls.direct = records(direct.stdout.splitlines(True))
        assert len(cls.direct) == 1204
        cls.malformed = [r for r in cls.direct if "error" in r]
        assert len(cls.malformed) == 4

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def run_pipeline(self, name, extra, on_poll=None, env=None):
        out = os.path.join(self.tmp, name)
        run = Run(["--workers", "2", "--no-progress", "-o", out, *extra], cwd=self.proj, on_poll=on_poll, env=env)
        self.assertEqual(run.left, [], "processes left behind: " + run.describe())
        return run, out

    def part_files(self, out):
        return sorted(n for n in os.listdir(out) if n.startswith("part-"))

    def check_results(self, run, out):
        """Every id exactly once, each with the direct run's result; summary counts the direct run."""
        self.assertEqual(run.status, 3, run.describe())  # malformed lines (and findings)
        parts = self.part_files(out)
        self.assertTrue(all(n.endswith(".jsonl") for n in parts), parts)  # no temporary file left
        data = b"".join(read(os.path.join(out, n)) for n in parts)
        got = records(data.splitlines(True))

        ids = collections.Counter(r["id"] for r in got if r["id"] is not None)
        self.assertEqual([i for i, n in ids.items() if n != 1], [], "ids not seen exactly once")
        self.assertEqual(set(ids), {r["id"] for r in self.direct if r["id"] is not None})
        self.assertTrue(set(self.input_ids) <= set(ids))
        by_id = {r["id"]: r for r in self.direct if r["id"] is not None}
        for r in got:
            if r["id"] is not None:
                self.assertEqual(r, by_id[r["id"]], f"record {r['id']} differs from the direct run")
        # Error records name the input file and its line, as the direct run does.
        self.assertEqual([(r["path"], r["line"], r["error"]) for r in got if "error" in r],
                         [(r["path"], r["line"], r["error"]) for r in self.direct if "error" in r])
        self.assertEqual(len(got), len(self.direct))
        self.assertEqual(data, self.direct_bytes, "the parts, concatenated, are not the direct output")

        summary = json.loads(read(os.path.join(out, "summary.json"), "r"))
        self.assertEqual(summary["messages"], 1204)
        self.assertEqual(summary["results"], 1200)
        self.assertEqual(summary["failed_partitions"], [])
        self.assertEqual([(m["path"], m["line"], m["id"]) for m in summary["malformed"]],
                         [(r["path"], r["line"], r["id"]) for r in self.direct if "error" in r])
        cat_sev, rules = collections.Counter(), collections.Counter()
        for r in self.direct:
            for d in r.get("diagnostics", []):
                cat_sev[(d["category"], d["severity"])] += 1
                rules[d["rule"]] += 1
        self.assertEqual({(c, s): n for c, sev in summary["findings"]["by_category_severity"].items()
                          for s, n in sev.items()}, dict(cat_sev))
        self.assertEqual(summary["findings"]["by_rule"], dict(rules))
        self.assertEqual(summary["messages_with_findings"],
                         sum(1 for r in self.direct if r.get("diagnostics")))
        # santun.toml and its rule pack reached the workers.
        self.assertGreater(rules["template.house-virtual-account"], 0)
        self.assertNotIn("template.sms-length", rules)
        self.assertEqual(summary["findings"]["by_category_severity"]["pressure"].get("info", 0),
                         rules["pressure.exclamation"])
        return summary

    def test_two_workers_shipped_santun(self):
        run, out = self.run_pipeline("shipped", ["--ship", "--santun", SANTUN, "--blocksize", "32k",
                                                 "a.jsonl", "b-*.jsonl"])
        summary = self.check_results(run, out)
        self.assertGreater(summary["partitions"], 10)
        self.assertEqual(summary["workers"], 2)
        self.assertIn("malformed lines: 4", run.out)
        self.assertIn("a.jsonl:", run.out)

    def test_worker_killed_mid_partition(self):
        # A santun that says which worker process started which partition, and
        # takes long enough that the worker is still in that partition when killed.
        marks = os.path.join(self.tmp, "started")
        slow = os.path.join(self.tmp, "slow-santun")
        with open(slow, "w") as f:
            f.write(f'#!/bin/sh\necho "$PPID $SANTUN_DASK_PARTITION" >> {marks}\nsleep 0.3\nexec {SANTUN} "$@"\n')
        os.chmod(slow, 0o755)
        killed = {}

        def kill_a_busy_worker():
            if killed or not os.path.exists(marks):
                return
            lines = read(marks, "r").split("\n")[:-1]
            if len(lines) < 4:
                return
            pid, part = lines[-1].split()
            try:
                os.kill(int(pid), signal.SIGKILL)
            except ProcessLookupError:
                return
            killed.update(pid=int(pid), part=part)

        # --ship: the worker that replaces the killed one gets the shipped files too.
        run, out = self.run_pipeline("killed", ["--ship", "--santun", slow, "--blocksize", "16k", *self.inputs],
                                     on_poll=kill_a_busy_worker)
        self.assertTrue(killed, "no worker was killed: " + run.describe())
        starts = [line.split() for line in read(marks, "r").split("\n")[:-1]]
        again = [pid for pid, part in starts if part == killed["part"] and int(pid) != killed["pid"]]
        self.assertTrue(again, f"partition {killed['part']} was not run again after its worker died")
        print(f"\n  killed worker process {killed['pid']} in partition {killed['part']},"
              f" run again by process {again[0]}", end=" ", flush=True)
        self.check_results(run, out)
        if os.environ.get("SANTUN_DASK_TEST_VERBOSE"):
            print(run.describe())

    def test_crashing_santun_is_retried(self):
        # A santun on the workers' PATH that dies of SIGSEGV the first time it sees partition 2.
        crashed = os.path.join(self.tmp, "crashed-once")
        bindir = os.path.join(self.tmp, "bin")
        os.makedirs(bindir, exist_ok=True)
        flaky = os.path.join(bindir, "santun")
        with open(flaky, "w") as f:
            f.write(f'#!/bin/sh\nif [ "$SANTUN_DASK_PARTITION" = 2 ] && [ ! -e {crashed} ]; then\n'
                    f'  touch {crashed}; kill -SEGV $$\nfi\nexec {SANTUN} "$@"\n')
        os.chmod(flaky, 0o755)
        env = dict(os.environ, PATH=bindir + os.pathsep + os.environ.get("PATH", ""))
        run, out = self.run_pipeline("flaky", ["--blocksize", "128k", *self.inputs], env=env)
        self.assertTrue(os.path.exists(crashed))
        self.check_results(run, out)

    def test_rule_error_is_reported_per_partition(self):
        broken = os.path.join(self.tmp, "broken-rules")
        os.makedirs(broken, exist_ok=True)
        with open(os.path.join(broken, "x.toml"), "w") as f:
            f.write('[pack]\nlangs = ["id"]\n[[rule]]\nsevrity = "error"\n')
        run, out = self.run_pipeline("broken", ["--santun", SANTUN, "--rules", broken, "--blocksize", "256k",
                                                *self.inputs])
        self.assertEqual(run.status, 2, run.describe())
        summary = json.loads(read(os.path.join(out, "summary.json"), "r"))
        self.assertEqual(len(summary["failed_partitions"]), summary["partitions"])
        for p in summary["failed_partitions"]:
            self.assertEqual(p["exit"], 2)
            self.assertIn("unknown key 'sevrity'", p["error"])
        self.assertEqual(self.part_files(out), [])
        self.assertIn("FAILED partitions 0 (a.jsonl:1, ", run.out)

    def test_existing_scheduler(self):
        # --scheduler: a scheduler and a worker process (two workers) started apart, as on a cluster.
        sfile = os.path.join(self.tmp, "scheduler.json")
        daemons = []
        try:
            daemons.append(subprocess.Popen(
                [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0",
                 "--no-dashboard", "--scheduler-file", sfile], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL, start_new_session=True, cwd=self.tmp))
            daemons.append(subprocess.Popen(
                [sys.executable, "-m", "distributed.cli.dask_worker", "--scheduler-file", sfile, "--nworkers", "2",
                 "--nthreads", "1", "--no-dashboard"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True, cwd=self.tmp))
            deadline = time.monotonic() + 120
            while not os.path.exists(sfile) and time.monotonic() < deadline:
                time.sleep(0.1)
            address = json.loads(read(sfile, "r"))["address"]
            run, out = self.run_pipeline("remote", ["--scheduler", address, "--ship", "--santun", SANTUN,
                                                    "--blocksize", "64k", *self.inputs])
            self.check_results(run, out)
        finally:
            for d in reversed(daemons):
                d.terminate()
                try:
                    d.wait(60)
                except subprocess.TimeoutExpired:
                    os.killpg(d.pid, signal.SIGKILL)
                    d.wait()
            for d in daemons:
                deadline = time.monotonic() + 30
                while session_processes(d.pid) and time.monotonic() < deadline:
                    time.sleep(0.1)
                left = session_processes(d.pid)
                for pid in left:
                    os.kill(pid, signal.SIGKILL)
                self.assertEqual(left, [], "scheduler or worker processes left behind")


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
