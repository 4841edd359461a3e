#!/usr/bin/env python3
"""Hostile input and output for the santun binary (issue 18): deep TOML,
unwritable output, unreadable folders, FIFOs, dangling links, empty rule
packs, --fix races, owners, modes and links, byte order marks.

usage: io_hostile_test.py SANTUN [CASE...]   (no CASE: every case)

Each case runs the real binary and asserts what a user sees: the exit code,
a message that names the input, the files left behind. Long cases are
bounded by size; the timeouts only stop a hang (they are not measurements).
Exit 77 (skipped) when a case needs what the machine lacks.
"""
import ctypes
import os
import pathlib
import select
import shutil
import stat
import subprocess
import sys
import tempfile
import time

SANTUN = ""
HANG = 60  # seconds: a santun still running after this hangs


class Skip(Exception):
    pass


def run(args, cwd, stdin="", stdout=None, user=None):
    """Runs santun; returns (exit code, stdout, stderr)."""
    cmd = [SANTUN] + args
    if user:
        cmd = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"] + cmd
    p = subprocess.run(cmd, cwd=cwd, input=stdin.encode(), stdout=stdout or subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=HANG, env=dict(os.environ, NO_COLOR="1"))
    out = p.stdout.decode(errors="replace") if p.stdout is not None else ""
    return p.returncode, out, p.stderr.decode(errors="replace")


def expect(cond, what, *context):
    if not cond:
        raise AssertionError(what + "".join("\n  " + str(c) for c in context))


def expect_exit(result, code, *needles):
    rc, out, err = result
    expect(rc == code, f"exit {rc}, expected {code}", out, err)
    for n in needles:
        expect(n in err or n in out, f"missing {n!r}", out, err)


def tmpdir():
    d = tempfile.mkdtemp(prefix="santun-hostile-")
    os.chmod(d, 0o755)
    return pathlib.Path(d)


CLEAN = "Yth. Bapak Budi, terima kasih atas pembayaran Anda sebesar Rp 500.000. Salam, PT Dana Kilat\n"
FIXABLE = "Yth. Bapak Budi, angsuran Rp 500.000 dari PT Dana Kilat jatuh tempo 25 Desember 2026. Kapan dibayar???\n"
FIXED = "Yth. Bapak Budi, angsuran Rp 500.000 dari PT Dana Kilat jatuh tempo 25 Desember 2026. Kapan dibayar.\n"
RULE = """[[rule]]
id = "abuse.kasar-{n}"
severity = "error"
summary = "kata kasar"
message = "kata kasar '{{match}}'"
why = "tidak sopan"
refs = ["POJK 22/2023 Pasal 62 ayat (2) huruf b"]
terms = ["kampret{n}"]

[[rule.example]]
text = "dasar <<kampret{n}>>"
"""


def letters(i):
    """12 -> "cidu": rule ids and terms without digits or repeated letters."""
    return "".join(("ba", "ci", "du", "fe", "go", "hi", "ju", "ke", "lo", "mu")[int(c)] for c in str(i + 1))


def pack(rules=1):
    return '[pack]\nlangs = ["id"]\n\n' + "".join(RULE.format(n=letters(i)) for i in range(rules))


# --- item 1: nesting --------------------------------------------------------

def case_nesting_config():
    for deep in ("x = " + "[" * 6000, "x = " + "{a = " * 6000, "y = 1\nx = " + "[" * 33 + "]" * 33):
        d = tmpdir()
        (d / "santun.toml").write_text(deep + "\n")
        (d / "m.txt").write_text("hi\n")
        line = deep.count("\n") + 1
        expect_exit(run(["check", "m.txt"], d), 2, f"santun.toml:{line}: arrays and inline tables nested deeper "
                    "than 32 levels")
    for deep in (".".join(["a"] * 100000) + " = 1", "[" + ".".join(["a"] * 100000) + "]",
                 "x = {" + ".".join(["a"] * 100000) + " = 1}"):
        d = tmpdir()
        (d / "santun.toml").write_text("y = 1.5\n" + deep + "\n")
        (d / "m.txt").write_text("hi\n")
        expect_exit(run(["check", "m.txt"], d), 2, "santun.toml:2: a dotted key of more than 32 parts")
    d = tmpdir()  # 32 levels are read (and x is an unknown key)
    (d / "santun.toml").write_text("x = " + "[" * 32 + "]" * 32 + "\n")
    (d / "m.txt").write_text("hi\n")
    expect_exit(run(["check", "m.txt"], d), 2, "santun.toml:1: unknown key 'x'")
    # Brackets in strings and comments do not count.
    (d / "santun.toml").write_text('# ' + "[" * 100 + '\nselect = ["' + "[" * 100 + '"]\n')
    rc, out, err = run(["check", "m.txt"], d)
    expect("nested deeper" not in err, "a string counted as nesting", err)


def case_nesting_pack():
    d = tmpdir()
    (d / "rules").mkdir()
    (d / "rules" / "deep.toml").write_text(pack() + "\nx = " + "[" * 6000 + "\n")
    line = pack().count("\n") + 2
    for args in (["test-rules", "rules"], ["check", "--rules", "rules", "-"]):
        expect_exit(run(args, d, stdin="hi\n"), 2,
                    f"rules/deep.toml:{line}: arrays and inline tables nested deeper than 32 levels")


def frame(body):
    data = body.encode()
    return b"Content-Length: %d\r\n\r\n" % len(data) + data


def case_nesting_lsp():
    d = tmpdir()
    (d / "proj").mkdir()
    (d / "proj" / "santun.toml").write_text("x = " + "[" * 6000 + "\n")
    # Started in that folder (the workspace's santun.toml): the server runs on
    # with the defaults, shows the error and puts it on santun.toml's line 1
    # (issue 16 item 3; it used to exit 2 with nothing in the editor).
    session = [
        '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}',
        '{"jsonrpc":"2.0","method":"initialized","params":{}}',
        '{"jsonrpc":"2.0","id":2,"method":"shutdown"}',
        '{"jsonrpc":"2.0","method":"exit"}',
    ]
    p = subprocess.run([SANTUN, "lsp"], cwd=d / "proj", input=b"".join(frame(m) for m in session),
                       capture_output=True, timeout=HANG)
    out = p.stdout.decode(errors="replace")
    expect(p.returncode == 0, f"lsp exit {p.returncode}", p.stderr.decode(errors="replace"))
    expect("santun.toml:1: arrays and inline tables nested deeper than 32 levels" in out,
           "the lsp does not show why santun.toml was not used", out)
    expect('"uri":"%s"' % (d / "proj" / "santun.toml").as_uri() in out, "no diagnostic on santun.toml", out)
    # Found above a document: the document is linted with the defaults, and the user is told why.
    doc = (d / "proj" / "m.txt").as_uri()
    msgs = [
        '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}',
        '{"jsonrpc":"2.0","method":"initialized","params":{}}',
        '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"%s","languageId":'
        '"plaintext","version":1,"text":"Dasar penipu, bayar sekarang!"}}}' % doc,
        '{"jsonrpc":"2.0","id":2,"method":"shutdown"}',
        '{"jsonrpc":"2.0","method":"exit"}',
    ]
    p = subprocess.run([SANTUN, "lsp"], cwd=d, input=b"".join(frame(m) for m in msgs), capture_output=True,
                       timeout=HANG)
    out = p.stdout.decode(errors="replace")
    expect(p.returncode == 0, f"lsp exit {p.returncode}", p.stderr.decode(errors="replace"))
    expect("nested deeper than 32 levels" in out, "the lsp does not say why santun.toml was not used", out)
    expect("abuse." in out, "the document was not linted with the defaults", out)


# --- item 3: output ----------------------------------------------------------

def case_output_full():
    if not os.path.exists("/dev/full"):
        raise Skip("no /dev/full")
    d = tmpdir()
    (d / "clean.txt").write_text(CLEAN)
    (d / "late.txt").write_text(FIXABLE)
    for fmt, name in (("human", "clean.txt"), ("json", "clean.txt"), ("jsonl", "clean.txt"), ("sarif", "clean.txt"),
                      ("github", "late.txt")):  # github prints nothing for a clean file
        with open("/dev/full", "wb") as full:
            expect_exit(run(["check", "--format", fmt, name], d, stdout=full), 3,
                        "santun: error: cannot write the output: No space left on device")
    with open("/dev/full", "wb") as full:
        expect_exit(run(["check", "--fix", "-"], d, stdin=FIXABLE, stdout=full), 3,
                    "cannot write the output: No space left on device")
        expect_exit(run(["check", "--diff", "late.txt"], d, stdout=full), 3, "cannot write the output")
        expect_exit(run(["rules", "--format", "json"], d, stdout=full), 3, "cannot write the output")
    rc, out, err = run(["check", "--format", "sarif", "clean.txt"], d)
    expect(rc == 0 and err == "", "a normal run fails", rc, err)


# --- items 2 and 5: unreadable paths, FIFOs, dangling links ----------------------

def as_nobody():
    if os.geteuid() != 0:
        return None  # already unprivileged
    if not shutil.which("setpriv"):
        raise Skip("root without setpriv: permissions cannot be tested")
    return "nobody"


def case_unreadable_folder():
    user = as_nobody()
    d = tmpdir()
    (d / "locked").mkdir()
    (d / "locked" / "m.txt").write_text(CLEAN)
    os.chmod(d / "locked", 0)
    expect_exit(run(["check", "locked"], d, user=user), 3, "locked", "Permission denied")
    (d / "tree" / "a").mkdir(parents=True)
    (d / "tree" / "b").mkdir()
    (d / "tree" / "a" / "m.txt").write_text(CLEAN)
    (d / "tree" / "b" / "m.txt").write_text(CLEAN)
    os.chmod(d / "tree" / "b", 0)
    rc, out, err = run(["check", "tree"], d, user=user)
    expect_exit((rc, out, err), 3, "tree/b", "Permission denied")
    expect("1 message" in out or "1 file" in out or "No problems" in out, "the readable file was not linted",
           out, err)
    (d / "unreadable.txt").write_text(CLEAN)
    os.chmod(d / "unreadable.txt", 0)
    expect_exit(run(["check", "unreadable.txt"], d, user=user), 3, "unreadable.txt", "Permission denied")


def case_fifo():
    d = tmpdir()
    os.mkfifo(d / "pipe.txt")
    # Given by name: refused at once (a FIFO would block in open()).
    expect_exit(run(["check", "pipe.txt"], d), 3, "pipe.txt", "a FIFO, not a regular file")
    expect_exit(run(["rewrite", "pipe.txt"], d), 3, "pipe.txt", "a FIFO")
    expect_exit(run(["check", "/dev/null"], d), 3, "/dev/null", "a character device")
    # Inside a folder: not a message file, skipped.
    (d / "m.txt").write_text(CLEAN)
    expect_exit(run(["check", "."], d), 0)
    # stdin stays allowed.
    expect_exit(run(["check", "-"], d, stdin=CLEAN), 0)


def case_dangling_symlink():
    d = tmpdir()
    os.symlink("gone.txt", d / "link.txt")
    expect_exit(run(["check", "link.txt"], d), 3, "link.txt", "dangling symbolic link")
    (d / "folder").mkdir()
    (d / "folder" / "m.txt").write_text(CLEAN)
    os.symlink("gone.txt", d / "folder" / "link.txt")
    expect_exit(run(["check", "folder"], d), 3, "folder/link.txt", "dangling symbolic link")


# --- item 4: packs without rules ----------------------------------------------

def case_empty_packs():
    d = tmpdir()
    (d / "typo").mkdir()
    (d / "typo" / "mine.toml").write_text(pack().replace("[pack]", "[pck]").replace("[[rule]]", "[[rules]]")
                                         .replace("[[rule.example]]", "[[rules.example]]"))
    for args in (["test-rules", "typo"], ["check", "--rules", "typo", "-"]):
        expect_exit(run(args, d, stdin=CLEAN), 2, "typo/mine.toml: not a rule pack: unknown table 'pck', did you "
                    "mean 'pack'?")
    (d / "empty").mkdir()
    for args in (["test-rules", "empty"], ["check", "--rules", "empty", "-"]):
        expect_exit(run(args, d, stdin=CLEAN), 2, "empty: no rule packs in this folder")
    (d / "norule").mkdir()
    (d / "norule" / "p.toml").write_text('[pack]\nlangs = ["id"]\n')
    expect_exit(run(["test-rules", "norule"], d), 2, "norule/p.toml: the pack defines no rule")
    expect_exit(run(["test-rules", "nonexistent"], d), 2, "nonexistent: cannot read rule folder: does not exist")
    user = as_nobody()
    (d / "locked").mkdir()
    (d / "locked" / "p.toml").write_text(pack())
    os.chmod(d / "locked" / "p.toml", 0)
    expect_exit(run(["test-rules", "locked"], d, user=user), 2,
                "locked/p.toml: cannot read rule pack: Permission denied")


# --- items 6 and 7: --fix keeps edits, owners, modes and links ---------------------

def case_fix_concurrent_edit():
    """Appends a line after santun has read the file (its descriptor closed)
    and before it renames the fix over it: the edit must survive."""
    libc = ctypes.CDLL(None, use_errno=True)
    d = tmpdir()
    f = d / "big.txt"
    body = FIXABLE * 50
    for attempt in range(6):
        f.write_text(body)
        # inotify: santun closed the file after reading it (IN_CLOSE_NOWRITE).
        watch = libc.inotify_init1(os.O_CLOEXEC)
        expect(watch >= 0 and libc.inotify_add_watch(watch, str(f).encode(), 0x10) >= 0, "inotify failed")
        p = subprocess.Popen([SANTUN, "check", "--fix", "big.txt"], cwd=d, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
        appended = False
        if select.select([watch], [], [], HANG)[0]:
            os.read(watch, 4096)
            with open(f, "a") as a:
                a.write("baris tambahan\n")
            appended = p.poll() is None
        os.close(watch)
        out, err = p.communicate(timeout=HANG)
        out, err = out.decode(errors="replace"), err.decode(errors="replace")
        if appended:
            expect(p.returncode == 3, f"exit {p.returncode}", out, err)
            expect("big.txt: not fixed: the file changed while santun was fixing it" in err, "no message", err)
            expect(f.read_text() == body + "baris tambahan\n", "the edit was lost")
            return
        body *= 2  # santun was too fast to catch: a bigger file
    raise Skip("could not append while santun was fixing")


def case_fix_owner_mode_links():
    d = tmpdir()
    f = d / "late.txt"
    if os.geteuid() == 0:
        f.write_text(FIXABLE)
        os.chown(f, 1234, 5678)
        os.chmod(f, 0o640)
        expect_exit(run(["check", "--fix", "late.txt"], d), 0)
        st = f.stat()
        expect((st.st_uid, st.st_gid) == (1234, 5678), f"owner {st.st_uid}:{st.st_gid}, expected 1234:5678")
        expect(stat.S_IMODE(st.st_mode) == 0o640, f"mode {oct(st.st_mode)}")
        expect(f.read_text() == FIXED, "not fixed")
    f.write_text(FIXABLE)
    os.chmod(f, 0o444)
    rc, out, err = run(["check", "--fix", "late.txt"], d)
    expect_exit((rc, out, err), 3, "late.txt: not fixed: the file is read-only; --force fixes it anyway")
    expect(f.read_text() == FIXABLE, "a read-only file was changed")
    expect("in 1 file" in out or "1 message" in out or "late.txt:1:" in out, "the unfixed file was not reported",
           out)
    expect_exit(run(["check", "--fix", "--force", "late.txt"], d), 0)
    expect(f.read_text() == FIXED and stat.S_IMODE(f.stat().st_mode) == 0o444, "--force did not fix it")
    g = d / "linked.txt"
    g.write_text(FIXABLE)
    os.link(g, d / "other.txt")
    expect_exit(run(["check", "--fix", "linked.txt"], d), 3, "linked.txt: not fixed: the file has 2 hard links")
    expect(g.read_text() == FIXABLE, "a hard-linked file was changed")
    expect_exit(run(["check", "--fix", "--force", "linked.txt"], d), 0)
    expect(g.read_text() == FIXED, "--force did not fix the linked file")


# --- items 13 and 14: big packs, byte order marks, ranges -------------------------

def case_big_pack():
    """10 000 rules: line numbers are found once (toml11 counted them from
    the start of the file for every value: 11.8 s). ctest's timeout bounds it."""
    d = tmpdir()
    (d / "big").mkdir()
    text = pack(10000)
    (d / "big" / "p.toml").write_text(text + "x = 1\n")
    expect_exit(run(["test-rules", "big"], d), 2, f"big/p.toml:{text.count(chr(10)) + 1}: unknown key 'x'")
    (d / "big" / "p.toml").write_text(text)
    expect_exit(run(["test-rules", "big"], d), 0, "10000 rules, 10000 examples: all passed")


def case_bom():
    d = tmpdir()
    (d / "u16.txt").write_bytes("Bayar sekarang".encode("utf-16"))
    expect_exit(run(["check", "u16.txt"], d), 3, "u16.txt: UTF-16 text; santun reads UTF-8")
    (d / "u16be.txt").write_bytes(b"\xfe\xff" + "Bayar".encode("utf-16-be"))
    expect_exit(run(["check", "u16be.txt"], d), 3, "u16be.txt: UTF-16 text; santun reads UTF-8")
    rude = "Dasar penipu, bayar sekarang!\n"
    (d / "plain.txt").write_text(rude)
    (d / "bom.txt").write_bytes(b"\xef\xbb\xbf" + rude.encode())
    _, plain, _ = run(["check", "plain.txt"], d)
    rc, bom, err = run(["check", "bom.txt"], d)
    expect(rc == 1 and "\ufffd" not in bom, "a BOM shows in the output", bom, err)
    expect(bom == plain.replace("plain.txt", "bom.txt"), "a BOM shifts the columns", plain, bom)
    # --fix keeps the BOM.
    (d / "bomfix.txt").write_bytes(b"\xef\xbb\xbf" + FIXABLE.encode())
    run(["check", "--fix", "bomfix.txt"], d)
    expect((d / "bomfix.txt").read_bytes() == b"\xef\xbb\xbf" + FIXED.encode(), "--fix lost the BOM")


def case_config_ranges():
    d = tmpdir()
    (d / "m.txt").write_text(CLEAN)
    (d / "santun.toml").write_text("max-warnings = 9999999999\n")
    expect_exit(run(["check", "m.txt"], d), 2, "santun.toml:1: 'max-warnings' must be at most 2147483647")
    (d / "santun.toml").write_text("max-warnings = 2147483647\n")
    expect_exit(run(["check", "m.txt"], d), 0)


def main():
    global SANTUN
    SANTUN = os.path.realpath(sys.argv[1])
    cases = {n[5:]: f for n, f in globals().items() if n.startswith("case_")}
    chosen = sys.argv[2:] or list(cases)
    skipped = 0
    for name in chosen:
        try:
            cases[name]()
            print(f"ok {name}")
        except Skip as s:
            print(f"skip {name}: {s}")
            skipped += 1
    return 77 if skipped == len(chosen) else 0


if __name__ == "__main__":
    sys.exit(main())
