#!/usr/bin/env python
"""Build scanned versions of the sample PDFs, with expected JSON (test material for extract/ocr/).

Run:  .venv/bin/python samples/scans/build_scans.py

Why: the OCR path must be measured on the same tables as the PDF path, so the
scans are made from ``samples/*.pdf`` and their expected JSON is cut out of
``samples/*.expected.json`` (only the tables whose pages are all in the scan,
pages renumbered) instead of being typed again.  The damage is what a real
office scanner does: 200 or 300 dpi, the sheet fed slightly crooked (±1–2°),
one sheet fed upside down and one landscape sheet fed sideways, grey paper,
sensor noise and blur, JPEG compression or a bilevel (fax-like) image.

Writes into samples/scans/ (total kept under 3 MB, output deterministic):
  unit_par_2021_scan.pdf           4 pages, 200 dpi, grey JPEG in PDF, page 3 upside down
  improvement_scheme_2022_scan.pdf 3 pages, 300 dpi, bilevel (CCITT G4) in PDF, page 3 (landscape) fed sideways
  par_sipas_2023_p2.jpg            page 2, 300 dpi grey JPEG (two tables, merged headers, 12 columns)
  par_sipas_2023_scan.tif          all 10 pages, 200 dpi multi-page bilevel TIFF (G4): tables over page breaks,
                                   and the multi-page scan the 1-vs-2-workers benchmark runs on
  par_sipas_2023_p10.png           page 10 (landscape, 18 columns, 4 header rows), 300 dpi bilevel PNG
each with ``<stem>.expected.json`` in the format of ``samples/*.expected.json``.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent


@dataclass(frozen=True)
class PageSpec:
    """How one source page is 'scanned'."""

    page: int  # 1-based page of the source PDF
    angle: float  # small skew in degrees (counter-clockwise)
    turn: int = 0  # 0, 90, 180, 270: the sheet fed turned (counter-clockwise)


@dataclass(frozen=True)
class ScanSpec:
    """One scanned file made from pages of one sample PDF."""

    out: str
    source: str
    dpi: int
    pages: tuple[PageSpec, ...]
    bilevel: bool = False
    quality: int = 45


SCANS = (
    ScanSpec("unit_par_2021_scan.pdf", "unit_par_2021", 200,
             (PageSpec(1, 1.2), PageSpec(2, -0.8), PageSpec(3, 0.6, turn=180), PageSpec(4, -1.6))),
    ScanSpec("improvement_scheme_2022_scan.pdf", "improvement_scheme_2022", 300,
             (PageSpec(1, -1.5), PageSpec(2, 1.0), PageSpec(3, 0.7, turn=90)), bilevel=True),
    ScanSpec("par_sipas_2023_p2.jpg", "par_sipas_2023", 300, (PageSpec(2, -1.0),)),
    ScanSpec("par_sipas_2023_scan.tif", "par_sipas_2023", 200,
             tuple(PageSpec(p, a) for p, a in zip(range(1, 11), (0.8, -1.2, 1.8, -1.1, 0.5, -0.6, 1.4, -1.9, 1.0, -0.7),
                                                  strict=True)), bilevel=True),
    ScanSpec("par_sipas_2023_p10.png", "par_sipas_2023", 300, (PageSpec(10, -0.9),), bilevel=True),
)


def render(pdf: pdfium.PdfDocument, page: int, dpi: int) -> Image.Image:
    """The page as a grey image, as the printer would have put it on paper."""
    return pdf[page - 1].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")


def scan(img: Image.Image, spec: PageSpec, rng: np.random.Generator, bilevel: bool) -> Image.Image:
    """Damage a clean rendering the way a sheet feeder and sensor do."""
    if spec.turn:
        img = img.rotate(spec.turn, expand=True)
    img = img.rotate(spec.angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(img, dtype=np.float32)
    # grey paper, slightly uneven from top to bottom, and toner that is not quite black
    paper = 238 + 8 * np.linspace(0, 1, a.shape[0], dtype=np.float32)[:, None]
    a = 25 + (a / 255.0) * (paper - 25)
    # sensor noise (stronger on bilevel scans, where it turns into ragged strokes), then optics blur;
    # grey JPEG scans get little noise because noise is what makes them big
    a += rng.normal(0, 12 if bilevel else 4, a.shape).astype(np.float32)
    # dust: a few dark specks
    n = int(a.size / 40000)
    ys, xs = rng.integers(0, a.shape[0], n), rng.integers(0, a.shape[1], n)
    a[ys, xs] = 40
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.7))
    if bilevel:
        # a fixed-threshold bilevel scanner: the noise leaves ragged strokes and specks
        out = out.point(lambda v: 255 if v > 150 else 0).convert("1")
    return out


def save(images: list[Image.Image], spec: ScanSpec) -> Path:
    """Write the images in the file format the name asks for."""
    path = HERE / spec.out
    ext = path.suffix.lower()
    first, rest = images[0], images[1:]
    if ext == ".pdf":
        # PIL embeds grey images as JPEG (DCTDecode) and bilevel ones as CCITT G4; page size follows the dpi
        extra = {} if spec.bilevel else {"quality": spec.quality}
        when = time.gmtime(1704067200)  # fixed dates (2024-01-01): the same bytes on every build
        first.save(path, "PDF", resolution=spec.dpi, save_all=True, append_images=rest, creationDate=when,
                   modDate=when, **extra)
    elif ext == ".jpg":
        first.save(path, "JPEG", quality=spec.quality, dpi=(spec.dpi, spec.dpi), optimize=True)
    elif ext == ".tif":
        first.save(path, "TIFF", compression="group4", dpi=(spec.dpi, spec.dpi), save_all=True, append_images=rest)
    elif ext == ".png":
        first.save(path, "PNG", dpi=(spec.dpi, spec.dpi), optimize=True)
    else:
        raise ValueError(f"unknown output type {ext}")
    return path


def expected_for(spec: ScanSpec) -> dict:
    """The sample's expected JSON restricted to the scanned pages (renumbered from 1).

    A table is kept only when every page it spans is in the scan, and its
    records follow it with the table number changed.
    """
    src = json.loads((SAMPLES / f"{spec.source}.expected.json").read_text(encoding="utf-8"))
    new_page = {p.page: i for i, p in enumerate(spec.pages, 1)}
    tables, records, renumber = [], [], {}
    for t in src["tables"]:
        if not all(p in new_page for p in t["pages"]):
            continue
        renumber[t["table"]] = len(tables) + 1
        tables.append({**t, "table": renumber[t["table"]], "pages": [new_page[p] for p in t["pages"]]})
    for r in src.get("records") or []:
        if r["table"] in renumber:
            records.append({**r, "table": renumber[r["table"]]})
    source = f"{spec.source}.pdf pages " + ",".join(str(p.page) for p in spec.pages)
    return {"doc": spec.out, "n_pages": len(spec.pages), "source": source, "tables": tables, "records": records}


def build(spec: ScanSpec, seed: int) -> tuple[Path, int]:
    """Scan one file and write its expected JSON; returns the path and the number of tables."""
    rng = np.random.default_rng(seed)
    pdf = pdfium.PdfDocument(str(SAMPLES / f"{spec.source}.pdf"))
    try:
        images = [scan(render(pdf, p.page, spec.dpi), p, rng, spec.bilevel) for p in spec.pages]
    finally:
        pdf.close()
    path = save(images, spec)
    exp = expected_for(spec)
    stem = path.name.rsplit(".", 1)[0]
    (HERE / f"{stem}.expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")
    return path, len(exp["tables"])


def main() -> None:
    total = 0
    for i, spec in enumerate(SCANS):
        path, n_tables = build(spec, seed=1000 + i)
        size = path.stat().st_size
        total += size
        print(f"{path.name:36} {len(spec.pages)} page(s) {spec.dpi} dpi  {size / 1024:7.1f} KiB  {n_tables} table(s)")
    print(f"total {total / 1024 / 1024:.2f} MiB")


if __name__ == "__main__":
    main()
