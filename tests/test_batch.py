"""Bulk runs: parallel, resumable, no duplicates (parx/batch.py)."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from parx.batch import CACHE_DIR
from parx.pipeline import run
from tests.conftest import ROOT, SAMPLES, run_parx

HOLDOUT = ROOT / "benchmarks" / "holdout4"


def _batch(tmp_path: Path, extra: int = 3) -> Path:
    folder = tmp_path / "nop"
    folder.mkdir()
    for p in sorted(SAMPLES.glob("*.pdf")) + sorted(HOLDOUT.glob("*.pdf"))[:extra]:
        shutil.copy(p, folder / p.name)
    (folder / "hong.pdf").write_bytes(b"%PDF-1.4 cut off")
    return folder


def _outputs(out: Path) -> dict[str, str]:
    return {name: (out / name).read_text(encoding="utf-8") for name in
            ("tables.jsonl", "records.csv", "checks.csv", "errors.csv")}


def test_second_run_reuses_results_and_writes_the_same(tmp_path):
    folder = _batch(tmp_path)
    out = tmp_path / "out"
    first = run_parx("extract", str(folder), "-o", str(out), "--jobs", "2")
    assert first.returncode == 1  # the broken file
    assert "hong.pdf" in first.stderr.decode()
    before = _outputs(out)
    # one result per file, the broken one too (the same bytes fail the same way), and the manifest
    assert len(list((out / CACHE_DIR).glob("*.json"))) == 7 + 1
    second = run_parx("extract", str(folder), "-o", str(out), "--jobs", "2")
    assert second.returncode == 1 and "hong.pdf" in second.stderr.decode()  # its error is still reported
    assert "7 tệp không đổi so với lần chạy trước" in second.stderr.decode()
    assert _outputs(out) == before
    rec = pd.read_csv(out / "records.csv")
    assert not rec.duplicated(["doc", "table", "row", "col", "measure"]).any()


def test_jobs_do_not_change_the_outputs(tmp_path):
    folder = _batch(tmp_path)
    one, two = tmp_path / "one", tmp_path / "two"
    run([str(folder)], one, quiet=True, jobs=1)
    run([str(folder)], two, quiet=True, jobs=2)
    assert _outputs(one) == _outputs(two)


def test_force_processes_again(tmp_path):
    folder = _batch(tmp_path)
    out = tmp_path / "out"
    run([str(folder)], out, quiet=True, jobs=1)
    summary = run([str(folder)], out, quiet=True, jobs=1, force=True)
    assert summary.skipped == 0
    assert run([str(folder)], out, quiet=True, jobs=1).skipped == 7


def test_a_run_killed_halfway_finishes_with_the_same_outputs(tmp_path):
    folder = _batch(tmp_path, extra=6)  # nine good files: room to stop after two whatever the machine's speed
    whole = tmp_path / "whole"
    run([str(folder)], whole, quiet=True, jobs=1)
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "parx", "extract", str(folder), "-o", str(out), "--jobs", "1"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    cache = out / CACHE_DIR
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(cache.glob("*.json"))) < 2:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done = len(list(cache.glob("*.json")))
    assert 2 <= done < 10, "the run was not interrupted halfway"
    assert not (out / "records.csv").exists()  # nothing half-written
    summary = run([str(folder)], out, quiet=True, jobs=1)
    assert summary.skipped == done
    assert _outputs(out) == _outputs(whole)


def test_dask_executor_gives_the_same_outputs(tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    folder = _batch(tmp_path)
    local, remote = tmp_path / "local", tmp_path / "dask"
    run([str(folder)], local, quiet=True, jobs=1)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as c:
        run([str(folder)], remote, quiet=True, executor="dask", scheduler=c.scheduler_address)
    assert _outputs(local) == _outputs(remote)


def test_indicators_wide_puts_units_side_by_side(tmp_path):
    import openpyxl

    out = tmp_path / "out"
    res = run_parx("extract", "tests/data/office/cchc_2024.docx", "samples/par_sipas_2023.pdf", "-o", str(out),
                   "--quiet")
    assert res.returncode == 0, res.stderr.decode()
    wide = pd.read_csv(out / "indicators_wide.csv")
    assert list(wide[["year", "entity"]].itertuples(index=False, name=None)) == [(2024, "Thành phố Sóc Trăng")]
    col = next(c for c in wide.columns if c.startswith("III.5.a "))
    assert wide[col].tolist() == [16865.0]
    assert not any(c.startswith(("PAR", "XHH")) for c in wide.columns)  # the provincial report is not a submission
    assert openpyxl.load_workbook(out / "indicators_wide.xlsx").sheetnames == ["Năm 2024"]
    rec = pd.read_csv(out / "records.csv")
    assert set(rec[rec.doc.str.endswith(".docx") & rec.item_code.str.startswith("III.5", na=False)].catalogue) == {
        "indicator"}
