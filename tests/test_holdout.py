"""The held-out PDF sets: guards against regressions on documents built by others.

Each set was measured once, blind, before the extractor was fixed on it:
holdout 53.69 %, holdout2 79.61 %, holdout3 55.36 %, holdout4 89.63 %,
holdout5 96.63 %, holdout6 91.96 %, holdout7 96.44 %, holdout8 95.33 %, holdout9 97.93 % of body cells
(holdout9: 19 of 21 tables exact; an unruled table whose wrapped names sit around the number line, and
the last row of a table alone under its repeated header on the next page), holdout10 92.32 % (17 of 19 tables
exact; a boxed table with bold group headings and no inner lines, and a table ruled with horizontal lines only
whose group headings have a rule of their own), then holdout11 100.00 % (19/19 tables) and holdout12
100.00 % (19/19 tables) at their first measurement, and holdout13 100.00 % (13/13 tables; its 300-dpi scans,
through the OCR path, 99.63 % with no wrong number left ok).  After generic fixes all are
at 100 %; these tests keep them there (the bar for unseen documents is 99.5 %).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT, run_parx

SETS = ["holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
        "holdout10", "holdout11", "holdout12", "holdout13"]


@pytest.mark.parametrize("name", SETS)
def test_holdout_cells_tables_and_records(name, tmp_path):
    folder = ROOT / "benchmarks" / name
    pdfs = sorted(str(p) for p in folder.glob("*.pdf"))
    res = run_parx("extract", *pdfs, "-o", str(tmp_path), "--quiet")
    assert res.returncode == 0, res.stderr.decode()
    score = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "accuracy.py"), str(folder), str(tmp_path), "--min-cells", "99.5"],
        capture_output=True, text=True,
    )
    assert score.returncode == 0, score.stdout
    out = score.stdout
    assert "body cells exact        100.00%" in out, out
    assert "(extra tables: 0)" in out
    if "records" in out and "no expected records" not in out:
        # (holdout7: 2 of 743 records missing, from a rule-only table whose 3-row header is still misread)
        all_three = float(out.split("all three")[1].split("%")[0])
        assert all_three >= 99.5, out
