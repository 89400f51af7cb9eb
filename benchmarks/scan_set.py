#!/usr/bin/env python
"""Scan a set of born-digital test PDFs the way an office scanner would, for the OCR accuracy benchmark.

    .venv/bin/python benchmarks/scan_set.py SOURCE_DIR [SOURCE_DIR ...] -o OUT_DIR [--dpi 300]

Why: the OCR path has to be measured on report pages it has never seen, and the blind
PDF sets in ``benchmarks/holdout*`` were never used to tune it.  Each PDF there is printed
to paper in our heads and scanned back: every page rendered at ``--dpi`` (300 by default,
the resolution the issue names), fed slightly crooked (±0.4–1.8°), grey paper, sensor noise,
dust, blur, then stored as an image-only PDF — grey JPEG for even-numbered files, bilevel
CCITT G4 for odd ones, the two kinds archives hold.  The expected JSON is the source's,
only renamed, because the pages and tables are the same.

The scans are not committed (tens of MB); they are rebuilt deterministically from the
committed PDFs, so the numbers are reproducible.  The damage model is the one the scanned
samples use (``samples/scans/build_scans.py``).
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import sys
import time
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parents[1]


@functools.cache
def _scanner():
    """``samples/scans/build_scans.py`` as a module (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location("build_scans", ROOT / "samples" / "scans" / "build_scans.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules["build_scans"] = mod  # dataclasses look their module up while the class is built
    spec.loader.exec_module(mod)
    return mod


def scan_pdf(src: Path, out_dir: Path, dpi: int, index: int) -> Path:
    """Write ``<stem>_scan.pdf`` and its expected JSON; returns the scan's path."""
    bs = _scanner()
    rng = np.random.default_rng(5000 + index)
    bilevel = index % 2 == 1
    pdf = pdfium.PdfDocument(str(src))
    try:
        images = []
        for p in range(1, len(pdf) + 1):
            angle = float(rng.uniform(0.4, 1.8) * rng.choice([-1, 1]))
            images.append(bs.scan(bs.render(pdf, p, dpi), bs.PageSpec(p, angle), rng, bilevel))
    finally:
        pdf.close()
    out = out_dir / f"{src.stem}_scan.pdf"
    when = time.gmtime(1704067200)
    extra = {} if bilevel else {"quality": 50}
    images[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=images[1:], creationDate=when,
                   modDate=when, **extra)
    exp = json.loads(src.with_name(src.stem + ".expected.json").read_text(encoding="utf-8"))
    exp["doc"] = out.name
    exp["source"] = f"{src.parent.name}/{src.name} scanned at {dpi} dpi, {'bilevel' if bilevel else 'grey JPEG'}"
    (out_dir / f"{out.stem}.expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n",
                                                      encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sources", nargs="+", help="directories holding <name>.pdf and <name>.expected.json")
    ap.add_argument("-o", "--out", required=True, help="directory for the scans and their expected JSON")
    ap.add_argument("--dpi", type=int, default=300)
    args = ap.parse_args(argv)
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    srcs = sorted(p for d in args.sources for p in Path(d).glob("*.pdf")
                  if p.with_name(p.stem + ".expected.json").exists())
    if not srcs:
        print("no PDFs with expected JSON found", file=sys.stderr)
        return 1
    for i, src in enumerate(srcs):
        out = scan_pdf(src, out_dir, args.dpi, i)
        print(f"{out.name:48} {out.stat().st_size / 1024:8.1f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
