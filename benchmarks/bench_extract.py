"""Seconds per page: ``parx extract`` against plain pdfplumber on the same pages.

The baseline is what a user would otherwise write: open the PDF with
pdfplumber and call ``page.extract_tables()`` on every page.  parx does more
(grid spans, headers, stitching, text repair, records, checks), and the issue
allows it at most 2x the baseline's time.  Both are timed in the same run,
on the same files, best of N repeats to damp noise.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from parx.pipeline import process_file  # noqa: E402


def _baseline(pdf: Path) -> int:
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            page.extract_tables()
        return len(doc.pages)


def _parx(pdf: Path) -> None:
    res = process_file(pdf, str(pdf))
    if res.error:
        raise SystemExit(f"{pdf}: {res.error.error}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "samples")])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    # born-digital PDFs only (a folder's own PDFs, not samples/scans/, which the OCR benchmark covers)
    pdfs = sorted(p for a in args.paths for p in (Path(a).glob("*.pdf") if Path(a).is_dir() else [Path(a)]))
    if not pdfs:
        print("no PDFs found", file=sys.stderr)
        return 1
    pages = sum(_baseline(p) for p in pdfs)  # also warms caches and imports
    for p in pdfs:
        _parx(p)
    best_base = best_parx = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for p in pdfs:
            _baseline(p)
        t1 = time.perf_counter()
        for p in pdfs:
            _parx(p)
        t2 = time.perf_counter()
        best_base = min(best_base, t1 - t0)
        best_parx = min(best_parx, t2 - t1)
    print(f"files: {len(pdfs)}  pages: {pages}  repeats: {args.repeat} (best of)")
    print(f"pdfplumber extract_tables : {best_base / pages * 1000:8.1f} ms/page")
    print(f"parx extract (full stages): {best_parx / pages * 1000:8.1f} ms/page")
    print(f"ratio parx / pdfplumber   : {best_parx / best_base:8.2f}x  (target <= 2.00x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
