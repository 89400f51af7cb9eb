"""Shared fixtures: one ``parx extract`` run over samples/ for all end-to-end tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


def run_parx(*args: str, cwd: Path = ROOT, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m parx`` as a user would (a subprocess, exit status and all)."""
    return subprocess.run(
        [sys.executable, "-m", "parx", *args], cwd=cwd, capture_output=True, input=stdin, timeout=600
    )


@pytest.fixture(scope="session")
def samples_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("samples-out")
    # the born-digital samples only; the scanned ones (samples/scans/) have their own slow tests
    pdfs = sorted(str(p.relative_to(ROOT)) for p in SAMPLES.glob("*.pdf"))
    res = run_parx("extract", *pdfs, "-o", str(out))
    assert res.returncode == 0, res.stderr.decode()
    return out


@pytest.fixture(scope="session")
def sample_tables(samples_out) -> dict[str, list[dict]]:
    by_doc: dict[str, list[dict]] = {}
    for line in (samples_out / "tables.jsonl").read_text(encoding="utf-8").splitlines():
        t = json.loads(line)
        by_doc.setdefault(Path(t["doc"]).name, []).append(t)
    return by_doc


@pytest.fixture(scope="session")
def sample_records(samples_out) -> pd.DataFrame:
    return pd.read_csv(samples_out / "records.csv", keep_default_na=False, na_values=[""])


def expected_docs() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.expected.json"))]
