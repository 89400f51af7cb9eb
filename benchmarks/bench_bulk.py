"""Bulk run: a batch of yearly CCHC submissions through ``parx extract``.

Builds a realistic batch (``benchmarks/bulk/make_batch.py``: DOCX, text-layer
PDF, XLSX, a few scans and a few corrupt files from the province's units over
several years) in a temporary folder, or in ``--keep DIR``, then measures in
the same run:

- wall time of ``parx extract BATCH -o OUT1 --jobs 1 --quiet`` and of the same
  with ``--jobs 2`` into a separate OUT2 (so the cache does not help), files
  per minute for each and the speed-up jobs2/jobs1 (target >= 1.8);
- peak memory of the parx process tree: the largest single process (from
  ``wait4``) and, when psutil is installed, the largest sum of the tree's RSS
  seen while polling (shared pages of forked workers counted in each);
- a second run over the unchanged folder into OUT2 (target < 5 % of the first
  jobs-2 run: the per-file cache in ``OUT/.parx-cache``);

and checks the outputs: every good file has records and no error, every
corrupt file has exactly one row in errors.csv with a clear message, the
second run has no duplicate records (and the same ones as the first), and
jobs 1 and jobs 2 give the same records.  Prints a small table; exit 0 unless
parx could not run at all.

    python benchmarks/bench_bulk.py [--n 200 | --quick] [--seed 0] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
csv.field_size_limit(1 << 30)

from bulk.make_batch import make_batch  # noqa: E402

try:
    import psutil
except ImportError:  # pragma: no cover - optional
    psutil = None

SPEEDUP_TARGET = 1.8
SECOND_RUN_TARGET = 0.05
UNCLEAR = re.compile(r"không mong đợi|Traceback|\b[A-Z][A-Za-z]+(Error|Exception)\b|^\s*$")


@dataclass
class Run:
    label: str
    wall: float
    cpu: float  # user + system seconds of the whole tree (wait4 counts reaped workers)
    rc: int
    max_rss_mb: float  # largest single process of the tree (wait4)
    tree_rss_mb: float | None  # largest sum over the tree while polling (psutil)
    stderr: str


def parx_command() -> list[str]:
    exe = Path(sys.executable).with_name("parx")
    if exe.exists():
        return [str(exe)]
    venv = ROOT / ".venv" / "bin" / "parx"
    if venv.exists():
        return [str(venv)]
    return [sys.executable, "-m", "parx"]


def _poll_tree(pid: int, stop: threading.Event, peak: list[float]) -> None:
    try:
        root = psutil.Process(pid)
    except psutil.Error:
        return
    while not stop.is_set():
        total = 0
        try:
            procs = [root, *root.children(recursive=True)]
        except psutil.Error:
            break
        for p in procs:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
        peak[0] = max(peak[0], total / 2**20)
        stop.wait(0.05)


def timed(label: str, args: list[str]) -> Run:
    """Run one command; wall time, exit status and peak memory of its process tree."""
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=err, cwd=ROOT)
        stop, peak = threading.Event(), [0.0]
        poller = None
        if psutil is not None:
            poller = threading.Thread(target=_poll_tree, args=(proc.pid, stop, peak), daemon=True)
            poller.start()
        _, status, usage = os.wait4(proc.pid, 0)  # the rusage of this child and its reaped descendants
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        stop.set()
        if poller:
            poller.join()
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    return Run(label, wall, usage.ru_utime + usage.ru_stime, proc.returncode, usage.ru_maxrss / 1024,
               peak[0] if psutil else None, text)


def read_csv(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def record_key(r: dict[str, str]) -> tuple:
    return (r["doc"], r["table"], r["row"], r["col"], r["measure"])


def rel_doc(doc: str, batch: Path) -> str:
    try:
        return str(Path(doc).relative_to(batch))
    except ValueError:
        return doc


def fmt_mb(v: float | None) -> str:
    return "n/a" if v is None else f"{v:,.0f} MB"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200, help="number of files in the batch (default 200)")
    ap.add_argument("--quick", action="store_true", help="a batch of 40 files")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", type=Path, default=None,
                    help="build the batch and the outputs in DIR (batch/, out1/, out2/) and keep them")
    ap.add_argument("--jobs", type=int, default=2, help="workers of the parallel run (default 2)")
    args = ap.parse_args()
    n = 40 if args.quick else args.n

    tmp = None
    if args.keep:
        base = args.keep.resolve()
        base.mkdir(parents=True, exist_ok=True)
        for sub in ("batch", "out1", "out2"):
            shutil.rmtree(base / sub, ignore_errors=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="parx-bench-bulk-")
        base = Path(tmp.name)
    batch, out1, out2 = base / "batch", base / "out1", base / "out2"
    try:
        t0 = time.perf_counter()
        entries = make_batch(batch, n=n, seed=args.seed)
        gen = time.perf_counter() - t0
        kinds = Counter(e.kind for e in entries)
        print(f"batch: {len(entries)} files in {batch} (built in {gen:.1f} s): "
              + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), file=sys.stderr)

        cmd = [*parx_command(), "extract", str(batch)]
        load0 = os.getloadavg()[0]
        runs = []
        for label, out, jobs in (("jobs 1", out1, 1), (f"jobs {args.jobs}", out2, args.jobs),
                                 (f"2nd run (jobs {args.jobs})", out2, args.jobs)):
            print(f"running parx extract --jobs {jobs} → {out.name} …", file=sys.stderr, flush=True)
            run = timed(label, [*cmd, "-o", str(out), "--jobs", str(jobs), "--quiet"])
            runs.append(run)
            if run.rc not in (0, 1) or not (out / "records.csv").exists():
                print(f"parx failed (exit {run.rc}):\n{run.stderr[-3000:]}", file=sys.stderr)
                return 1
        r1, r2, r3 = runs

        # ---------------------------------------------------------- checks
        problems: list[str] = []
        bugs: list[str] = []
        bad_good: set[str] = set()  # good files with an error or no records (either run)

        def load(out: Path) -> tuple[list[dict], list[dict]]:
            return read_csv(out / "records.csv"), read_csv(out / "errors.csv")

        rec1, err1 = load(out1)
        rec3, err3 = load(out2)
        for label, recs, errs in (("jobs 1", rec1, err1), (f"jobs {args.jobs} + 2nd run", rec3, err3)):
            per_doc = Counter(rel_doc(r["doc"], batch) for r in recs)
            err_doc: dict[str, list[str]] = {}
            for e in errs:
                err_doc.setdefault(rel_doc(e["doc"], batch), []).append(e["error"])
            for e in entries:
                msgs = err_doc.get(e.path, [])
                if e.expect == "records":
                    if msgs:
                        bugs.append(f"[{label}] {e.path} ({e.kind}): error: {msgs[0]}")
                        bad_good.add(e.path)
                    elif per_doc[e.path] == 0:
                        bugs.append(f"[{label}] {e.path} ({e.kind}): no records")
                        bad_good.add(e.path)
                elif e.expect == "error":
                    if len(msgs) != 1:
                        problems.append(f"[{label}] {e.path} ({e.note}): {len(msgs)} rows in errors.csv, expected 1")
                    elif UNCLEAR.search(msgs[0]):
                        problems.append(f"[{label}] {e.path} ({e.note}): unclear message: {msgs[0]}")
        per_doc1 = Counter(rel_doc(r["doc"], batch) for r in rec1)
        scan_err = {rel_doc(e["doc"], batch): e["error"] for e in err1}
        for e in entries:
            if e.expect == "scan" and not per_doc1[e.path] and e.path not in scan_err:
                problems.append(f"{e.path} ({e.note}): neither records nor an error — a silent empty result")
        dup = sum(c - 1 for c in Counter(map(record_key, rec3)).values() if c > 1)
        if dup:
            problems.append(f"{dup} duplicate records in OUT2 after the second run")
        if Counter(map(record_key, rec1)) != Counter(map(record_key, rec3)):
            problems.append(f"jobs 1 and jobs {args.jobs} (+ 2nd run) give different records: "
                            f"{len(rec1)} vs {len(rec3)}")
        skipped = re.search(r"(\d+) tệp đã có kết quả", r3.stderr)

        # ---------------------------------------------------------- report
        good = [e for e in entries if e.expect == "records"]
        scans = [e for e in entries if e.expect == "scan"]
        corrupt = [e for e in entries if e.expect == "error"]
        speedup = r1.wall / r2.wall if r2.wall else float("nan")
        second = r3.wall / r2.wall if r2.wall else float("nan")

        def mark(ok: bool) -> str:
            return "ok" if ok else "MISSED"

        print()
        print(f"parx bulk benchmark — {n} files (seed {args.seed}), {os.cpu_count()} CPUs, "
              f"load average {load0:.1f} before the runs, {os.getloadavg()[0]:.1f} after")
        print(f"{'run':<22}{'wall':>9}{'files/min':>11}{'CPU':>9}{'max RSS 1 proc':>16}{'tree RSS':>11}{'exit':>6}")
        for r in runs:
            print(f"{r.label:<22}{r.wall:>8.1f}s{n / r.wall * 60:>11.0f}{r.cpu:>8.1f}s{fmt_mb(r.max_rss_mb):>16}"
                  f"{fmt_mb(r.tree_rss_mb):>11}{r.rc:>6}")
        print(f"speed-up jobs {args.jobs}/jobs 1: {speedup:.2f} (target ≥ {SPEEDUP_TARGET}) "
              f"{mark(speedup >= SPEEDUP_TARGET)}; on {args.jobs} idle cores the CPU times would allow "
              f"{r1.cpu / (r2.cpu / args.jobs):.2f} (CPU jobs {args.jobs} / jobs 1 = {r2.cpu / r1.cpu:.2f})")
        print(f"second run: {r3.wall:.2f} s = {second * 100:.1f} % of the first jobs-{args.jobs} run "
              f"(target < {SECOND_RUN_TARGET * 100:.0f} %) {mark(second < SECOND_RUN_TARGET)}"
              + (f"; {skipped.group(1)} files taken from the cache" if skipped else ""))
        print(f"records: {len(rec1)} (jobs 1), {len(rec3)} (after the 2nd run), duplicates {dup}")
        print(f"good files: {len(good)}, with records and no error in both runs: {len(good) - len(bad_good)}")
        print(f"corrupt files: {len(corrupt)}, each with one clear error: "
              f"{mark(not any('errors.csv' in p or 'unclear' in p for p in problems))}")
        for e in corrupt:
            print(f"  {e.note:<22} {scan_err.get(e.path, '(no error row)')}")
        print(f"scans: {len(scans)}")
        for e in scans:
            if per_doc1[e.path]:
                got = f"{per_doc1[e.path]} records"
            elif e.path in scan_err:
                got = f"error: {scan_err[e.path]}"
            else:
                got = "NOTHING: no records and no error (read as an empty document)"
            print(f"  {e.note:<22} {e.path}: {got}")
        if bugs:
            print(f"\nBUGS — errors or no records for good files ({len(bugs)}):")
            for b in bugs:
                print(f"  {b}")
        if problems:
            print(f"\nPROBLEMS ({len(problems)}):")
            for p in problems:
                print(f"  {p}")
        if args.keep:
            (base / "result.json").write_text(json.dumps({
                "n": n, "seed": args.seed, "kinds": kinds,
                "runs": [r.__dict__ | {"stderr": r.stderr[-2000:]} for r in runs],
                "speedup": speedup, "second_run_fraction": second, "bugs": bugs, "problems": problems,
            }, ensure_ascii=False, indent=1), encoding="utf-8")
        return 0
    finally:
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    raise SystemExit(main())
